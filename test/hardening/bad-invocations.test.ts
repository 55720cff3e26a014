// Every user mistake, in every command, through the real binary: exit 2, a short message on
// stderr, never a stack trace ("    at "), never "internal error". A table, so a new command
// or option gets its bad invocations added in one place.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectCleanFailure, fixture, replybook, tempDir } from "./helpers.js";

/** A working folder with a few bad files the invocations below point at. */
function workspace(): string {
  const dir = fixture({
    "bad.yaml": "id: [unclosed\n",
    "bad.jsonl": "{nope\n",
    "bad.csv": 'id,text\n1,"never closed\n',
    "binary.txt": Buffer.from([0x68, 0x69, 0x00, 0x01]),
    "latin1.txt": Buffer.from("caff\xe8", "latin1"),
    "reply.txt": "Hi Laura, I'm sorry. I'll call you back within 24 hours. — Dario\n",
    "answers.yaml": "order-number: [a, b\n",
    "proto.json": '{ "__proto__": { "polluted": true } }',
    "broken-rc/.replybookrc.yaml": "agent: {\n",
    "scenario.yaml": "drills: [\n",
  });
  mkdirSync(join(dir, "folder"), { recursive: true });
  return dir;
}

// [description, argv, pattern stderr must match]
const TABLE: Array<[string, string[], RegExp]> = [
  // global
  ["an unknown command", ["lnt"], /unknown command 'lnt'/],
  ["an unknown global option", ["--frobnicate", "lint"], /unknown option '--frobnicate'/],
  ["--config with no file", ["--config"], /option '--config <file>' argument missing/],
  ["--config pointing at a missing file", ["--config", "nope.yaml", "playbooks", "list"], /nope\.yaml no such config file/],
  ["--config pointing at a folder", ["--config", "folder", "config"], /folder is a folder, expected a file/],
  ["--config pointing at broken YAML", ["--config", "bad.yaml", "config"], /bad\.yaml:\d+:\d+ /],
  ["a __proto__ key in a JSON config", ["--config", "proto.json", "config"], /proto\.json:1:3 __proto__: key "__proto__" is not allowed/],
  // lint
  ["lint: an unknown option", ["lint", "--frobnicate", "reply.txt"], /unknown option '--frobnicate'/],
  ["lint: a missing file", ["lint", "missing.txt"], /missing\.txt no such file/],
  ["lint: a folder", ["lint", "folder"], /folder is a folder/],
  ["lint: a binary file", ["lint", "binary.txt"], /binary\.txt:1:3 binary content/],
  ["lint: a non-UTF-8 file", ["lint", "latin1.txt"], /latin1\.txt:1:5 not valid UTF-8/],
  ["lint: a bad --format", ["lint", "reply.txt", "--format", "xml"], /argument 'xml' is invalid/],
  ["lint: a bad --locale", ["lint", "reply.txt", "--locale", "klingon"], /argument 'klingon' is invalid/],
  ["lint: an unknown playbook", ["lint", "reply.txt", "--playbook", "nope"], /--playbook: no playbook "nope"/],
  ["lint: an unknown rule", ["lint", "reply.txt", "--rule", "no-such-rule=off"], /no-such-rule/],
  ["lint: a bad rule severity", ["lint", "reply.txt", "--rule", "calm-tone=loud"], /calm-tone/],
  ["lint: a bad --max-warnings", ["lint", "reply.txt", "--max-warnings", "lots"], /expected a whole number/],
  ["lint: a bad --now", ["lint", "reply.txt", "--now", "yesterday"], /expected an ISO time/],
  ["lint: --write without --fix", ["lint", "reply.txt", "--write"], /--write needs --fix/],
  ["lint: --jsonl and --csv", ["lint", "--jsonl", "bad.jsonl", "--csv", "bad.csv"], /use --jsonl or --csv, not both/],
  ["lint: a broken JSONL batch", ["lint", "--jsonl", "bad.jsonl", "--no-progress"], /bad\.jsonl:1:2 malformed JSON/],
  ["lint: a broken CSV batch", ["lint", "--csv", "bad.csv", "--no-progress"], /bad\.csv:\d+:1 malformed CSV/],
  ["lint: a missing JSONL file", ["lint", "--jsonl", "missing.jsonl"], /missing\.jsonl no such file/],
  ["lint: a JSONL folder", ["lint", "--jsonl", "folder"], /folder is a folder/],
  // draft
  ["draft: an unknown option", ["draft", "--frobnicate"], /unknown option '--frobnicate'/],
  ["draft: an unknown playbook", ["draft", "--no-interactive", "--playbook", "nope"], /nope/],
  ["draft: --resume with --retry", ["draft", "--resume", "--retry"], /--resume and --retry do not go together/],
  ["draft: a bad --locale", ["draft", "--no-interactive", "--locale", "xx", "--playbook", "parcel-damaged"], /--locale xx/],
  ["draft: broken --answers", ["draft", "--no-interactive", "--playbook", "parcel-damaged", "--answers", "answers.yaml"], /answers\.yaml:\d+:\d+ /],
  ["draft: a missing --complaint-file", ["draft", "--no-interactive", "--complaint-file", "missing.txt"], /missing\.txt/],
  ["draft: a bad --set", ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--set", "novalue"], /--set/],
  ["draft: a bad --commit", ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--commit", "callback=soonish"], /callback|soonish/],
  ["draft: a promise sooner than allowed", ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--commit", "callback=1h"], /callback|24/],
  ["draft: a bad --posted", ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--posted", "the other day"], /--posted|the other day/],
  ["draft: missing answers without a terminal", ["draft", "--no-interactive", "--playbook", "parcel-damaged"], /\S/],
  // drill
  ["drill: an unknown option", ["drill", "--frobnicate"], /unknown option '--frobnicate'/],
  ["drill: an unknown playbook", ["drill", "--trainee", "T", "--playbook", "nope", "--no-record"], /nope/],
  ["drill: a bad --random", ["drill", "--trainee", "T", "--random", "many", "--no-record"], /many|--random/],
  ["drill: a broken scenario file", ["drill", "--trainee", "T", "--scenario", "scenario.yaml", "--no-record"], /scenario\.yaml:\d+:\d+ /],
  ["drill grade: no reply", ["drill", "grade"], /\S/],
  ["drill report: a missing results file", ["drill", "report", "missing.jsonl"], /missing\.jsonl/],
  ["drill report: a broken results file", ["drill", "report", "bad.jsonl"], /bad\.jsonl:1:/],
  // route
  ["route: no complaint", ["route"], /missing required argument|complaint/],
  ["route: a bad --limit", ["route", "parcel smashed", "--limit", "lots"], /--limit|lots/],
  ["route: a bad --locale", ["route", "parcel smashed", "--locale", "xx"], /xx/],
  // playbooks
  ["playbooks: an unknown subcommand", ["playbooks", "frobnicate"], /unknown command 'frobnicate'|too many arguments/],
  ["playbooks show: an unknown id", ["playbooks", "show", "parcel-damagd"], /no playbook "parcel-damagd" \(did you mean "parcel-damaged"\?\)/],
  ["playbooks show: a missing locale", ["playbooks", "show", "parcel-damaged", "--locale", "xx"], /no "xx" version/],
  ["playbooks list: a locale with none", ["playbooks", "list", "--locale", "xx"], /no playbooks in locale "xx"/],
  ["playbooks validate: broken YAML", ["playbooks", "validate", "bad.yaml"], /bad\.yaml:\d+:\d+ /],
  ["playbooks validate: a missing path", ["playbooks", "validate", "missing.yaml"], /missing\.yaml no such file or folder/],
  // config, init
  ["config: an unknown option", ["config", "--frobnicate"], /unknown option '--frobnicate'/],
  ["init: an unknown playbook", ["init", "--playbook", "nope", "--agent", "Dario"], /nope/],
  ["init: an unknown locale", ["init", "--locale", "xx", "--agent", "Dario"], /xx/],
  // the case log
  ["cases: a bad --since", ["cases", "--since", "a while"], /--since|a while/],
  ["cases purge: no criterion", ["cases", "purge"], /cases purge needs --older-than/],
  ["cases purge: both criteria", ["cases", "purge", "--older-than", "90d", "--customer", "@x"], /not both/],
  ["cases purge: a bad --older-than", ["cases", "purge", "--older-than", "ages"], /--older-than|ages/],
  ["case show: not a number", ["case", "show", "abc"], /abc|case/],
  ["case show: a missing case", ["case", "show", "999999"], /999999/],
  ["case update: nothing to record", ["case", "update", "1"], /\S/],
  ["followups: a bad --due", ["followups", "--due", "someday"], /argument 'someday' is invalid/],
  ["followups: a bad --now", ["followups", "--now", "tomorrow-ish"], /--now|tomorrow-ish/],
  ["report: a bad --format", ["report", "--format", "pdf"], /argument 'pdf' is invalid/],
  ["report: a bad --since", ["report", "--since", "the dawn of time"], /--since|dawn/],
  ["report: --html into a folder", ["report", "--html", "folder"], /folder/],
];

describe("bad invocations: exit 2, a message, no stack trace", () => {
  const dir = workspace();

  it.each(TABLE)("%s", async (_name, argv, message) => {
    // A fresh folder each: a command that wrongly succeeds (init) must not change the others' world.
    const r = await replybook(argv, { cwd: workspace() });
    expectCleanFailure(r);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().length).toBeGreaterThan(0);
  }, 60_000);

  it("a broken .replybookrc found by the search is reported for every command that reads it", async () => {
    const cwd = join(dir, "broken-rc");
    for (const argv of [["lint", "../reply.txt"], ["playbooks", "list"], ["config"], ["route", "parcel smashed"], ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged"]]) {
      const r = await replybook(argv, { cwd });
      expectCleanFailure(r);
      expect(r.stderr).toMatch(/\.replybookrc\.yaml:2:1 /);
    }
  }, 120_000);

  it("a data folder that is a file is one line, for every command that opens the case log", async () => {
    const home = tempDir("replybook-home-");
    const notAFolder = join(home, "data-is-a-file");
    writeFileSync(notAFolder, "x");
    for (const argv of [["cases"], ["followups"], ["report"], ["case", "show", "1"]]) {
      const r = await replybook(argv, { cwd: dir, env: { HOME: home, REPLYBOOK_DATA_DIR: notAFolder, REPLYBOOK_CONFIG_STOP_DIR: home, NO_COLOR: "1", PATH: process.env.PATH ?? "" } });
      expectCleanFailure(r);
      expect(r.stderr).toContain(notAFolder);
    }
  }, 120_000);

  it("stdout closed early (| head) ends quietly", async () => {
    const { execa } = await import("execa");
    const { BIN, cleanEnv } = await import("./helpers.js");
    const r = await execa("bash", ["-c", `node '${BIN}' playbooks list --json | head -c 10 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`], { reject: false, env: cleanEnv(), extendEnv: false, cwd: dir });
    expect(String(r.stderr)).not.toContain("    at ");
    expect(String(r.stderr)).toMatch(/status=(0|141)/);
  });
});

describe("an internal bug", () => {
  it("is one line saying so and where to report it; the stack only with --debug", async () => {
    const { PassThrough } = await import("node:stream");
    const { reportError, REPORT_URL } = await import("../../src/cli/run.js");
    const capture = () => {
      const stderr = new PassThrough();
      let text = "";
      stderr.on("data", (c: Buffer) => (text += c.toString()));
      const io = { stdout: new PassThrough(), stderr, stdin: new PassThrough(), env: {}, cwd: process.cwd() };
      return { io, text: () => text };
    };
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.js:1:1)");
    const quiet = capture();
    expect(reportError(bug, quiet.io, false)).toBe(2);
    expect(quiet.text()).toBe(`replybook: internal error: Cannot read properties of undefined (reading 'x') at somewhere (file.js:1:1). This is a bug: please report it to ${REPORT_URL} with the command you ran (add --debug for details).\n`);
    expect(quiet.text()).not.toContain("    at ");
    const loud = capture();
    reportError(bug, loud.io, true);
    expect(loud.text()).toContain("    at ");
  });
});
