// The GitHub Action (action.yml) and the pre-commit hook (.pre-commit-hooks.yaml) as the
// repository ships them: each file is read with the yaml library and checked for the interface
// it promises, then its command is run here, the way the runner would run it, on fixture
// replies through the real binary. The action's lint step is run by bash with the environment
// GitHub would give it (its `${{ inputs.* }}` filled in from the inputs, defaults included); the
// hook's entry is run with its args and the staged files' names, as pre-commit does.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BIN, ROOT, cleanEnv, expectNoStack, tempDir } from "../helpers/cli.js";
import { readmeBlocks } from "../helpers/readme.js";

const BAD = "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!\n— The Customer Care Team\n";
const CLEAN = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number.\n— Dario\n";
/** A generic salutation: a warning (address-customer) and an error (no-canned-phrase, off in team.yaml). */
const WARNS = "Dear customer, I'm sorry. I'll call you back within 24 hours.\n— Dario\n";

function workspace(files: Record<string, string>): string {
  const dir = tempDir("replybook-ci-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

// ---------------------------------------------------------------------------------- action

interface ActionInput {
  description: string;
  required?: boolean;
  default?: string;
}
interface ActionStep {
  id?: string;
  name?: string;
  uses?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;
const lintStep = action.runs.steps.find((s) => s.id === "lint")!;

/** `${{ inputs.x }}` and `${{ github.action_path }}` as the runner fills them in. */
function expand(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
    if (expr === "github.action_path") return ROOT.replace(/\/$/, "");
    const input = /^inputs\.([\w-]+)$/.exec(expr)?.[1];
    if (input === undefined) throw new Error(`unexpected expression in action.yml: ${expr}`);
    if (!(input in action.inputs)) throw new Error(`action.yml uses an input it does not declare: ${input}`);
    return inputs[input] ?? action.inputs[input]!.default ?? "";
  });
}

/** Runs the lint step's script with bash in `cwd`, as the runner would with these inputs. */
async function runLintStep(cwd: string, inputs: Record<string, string> = {}) {
  const githubOutput = join(cwd, ".github-output");
  writeFileSync(githubOutput, "");
  const stepEnv = Object.fromEntries(Object.entries(lintStep.env ?? {}).map(([k, v]) => [k, expand(String(v), inputs)]));
  const r = await execa("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", lintStep.run!], {
    cwd,
    env: { ...cleanEnv(), ...stepEnv, GITHUB_OUTPUT: githubOutput },
    extendEnv: false,
    reject: false,
    stdin: "ignore",
    timeout: 60_000,
  });
  const outputs = Object.fromEntries(readFileSync(githubOutput, "utf8").split("\n").filter(Boolean).map((l) => l.split("=", 2) as [string, string]));
  return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr), outputs };
}

describe("action.yml, the composite GitHub Action", () => {
  it("declares the inputs files, format and fail-on (with defaults), and an exit-code output", () => {
    expect(action.name).toBeTruthy();
    expect(action.runs.using).toBe("composite");
    expect(action.inputs).toMatchObject({
      files: { default: "replies/**/*.txt" },
      format: { default: "github" },
      "fail-on": { default: "error" },
      output: { default: "" },
      config: { default: "" },
    });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    expect(action.outputs["exit-code"]!.value).toBe("${{ steps.lint.outputs.exit-code }}");
  });

  it("installs replybook from its own folder, then runs the binary with every input through the environment", () => {
    const install = action.runs.steps.find((s) => s.run?.includes("npm ci"))!;
    expect(install["working-directory"]).toBe("${{ github.action_path }}");
    expect(action.runs.steps.indexOf(install)).toBeLessThan(action.runs.steps.indexOf(lintStep));
    expect(lintStep.shell).toBe("bash");
    expect(lintStep.env).toMatchObject({
      REPLYBOOK_BIN: "${{ github.action_path }}/bin/replybook.js",
      INPUT_FILES: "${{ inputs.files }}",
      INPUT_FORMAT: "${{ inputs.format }}",
      INPUT_FAIL_ON: "${{ inputs.fail-on }}",
      INPUT_OUTPUT: "${{ inputs.output }}",
      INPUT_CONFIG: "${{ inputs.config }}",
    });
    // An input pasted into the script would be shell code anyone opening a pull request writes.
    expect(lintStep.run).not.toContain("${{");
    expect(lintStep.run).toMatch(/node "\$REPLYBOOK_BIN" "\$\{args\[@\]\}"/);
    expect(lintStep.run).toContain('--format "$INPUT_FORMAT"');
  });

  it("with the defaults: annotations for the replies under replies/, exit 1 on errors, exit-code output", async () => {
    const cwd = workspace({ "replies/a.txt": BAD, "replies/nested/b.txt": CLEAN, "notes.txt": BAD });
    const r = await runLintStep(cwd);
    expect(r.exitCode).toBe(1);
    expectNoStack(r.stderr);
    const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations.length).toBeGreaterThan(2);
    expect(annotations.every((l) => l.includes("file=replies/a.txt,"))).toBe(true);
    expect(annotations.some((l) => l.startsWith("::error ") && l.includes("no-canned-phrase"))).toBe(true);
    expect(r.outputs["exit-code"]).toBe("1");

    const clean = await runLintStep(workspace({ "replies/b.txt": CLEAN }));
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout.trim()).toBe("");
    expect(clean.outputs["exit-code"]).toBe("0");
  });

  it("format sarif with output: the report goes to the file, for upload-sarif", async () => {
    const cwd = workspace({ "replies/a.txt": BAD, "more/c.txt": CLEAN });
    const r = await runLintStep(cwd, { files: "replies/*.txt\nmore/*.txt", format: "sarif", output: "replybook.sarif" });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    const log = JSON.parse(readFileSync(join(cwd, "replybook.sarif"), "utf8")) as { version: string; runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(log.version).toBe("2.1.0");
    expect(new Set(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(["replies/a.txt"]));
  });

  it("format checkstyle and junit print XML; fail-on never passes the job but keeps the exit code", async () => {
    const cwd = workspace({ "replies/a.txt": BAD });
    const checkstyle = await runLintStep(cwd, { format: "checkstyle", "fail-on": "never" });
    expect(checkstyle.exitCode).toBe(0);
    expect(checkstyle.outputs["exit-code"]).toBe("1");
    expect(checkstyle.stdout).toContain('<file name="replies/a.txt">');
    const junit = await runLintStep(cwd, { format: "junit" });
    expect(junit.exitCode).toBe(1);
    expect(junit.stdout).toContain("<testsuites ");
  });

  it("fail-on warning fails on warnings alone; the config input names the config file", async () => {
    const cwd = workspace({ "replies/w.txt": WARNS, "team.yaml": "rules:\n  no-canned-phrase: off\n" });
    const onError = await runLintStep(cwd, { config: "team.yaml", format: "compact" });
    expect(onError.stdout).toContain("replies/w.txt:1:1: warning");
    expect(onError.stdout).not.toContain("error");
    expect(onError.exitCode).toBe(0);
    const onWarning = await runLintStep(cwd, { config: "team.yaml", format: "compact", "fail-on": "warning" });
    expect(onWarning.exitCode).toBe(1);
    expect(onWarning.outputs["exit-code"]).toBe("1");
  });

  it("no reply matching is not a failure; a wrong fail-on or a broken config is (exit 2)", async () => {
    const none = await runLintStep(workspace({ "notes.md": BAD }));
    expect(none.exitCode).toBe(0);
    expect(none.stdout).toContain("replybook: no reply matches: replies/**/*.txt");
    const cwd = workspace({ "replies/a.txt": CLEAN, "broken.yaml": "rules: [\n" });
    const wrong = await runLintStep(cwd, { "fail-on": "sometimes" });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stdout).toContain('::error::fail-on must be error, warning or never, not "sometimes"');
    const broken = await runLintStep(cwd, { config: "broken.yaml" });
    expect(broken.exitCode).toBe(2);
    expect(broken.outputs["exit-code"]).toBe("2");
    expect(broken.stderr).toMatch(/broken\.yaml:\d+:\d+/);
    expectNoStack(broken.stderr);
  });
});

// ------------------------------------------------------------------------------ pre-commit

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  types?: string[];
  args?: string[];
  require_serial?: boolean;
}

const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

/** A folder with a `replybook` command on it, as `language: node` installs the package's bin. */
function pathWithReplybook(): string {
  const bin = tempDir("replybook-path-");
  writeFileSync(join(bin, "replybook"), `#!/bin/sh\nexec node ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(bin, "replybook"), 0o755);
  return `${bin}${delimiter}${process.env.PATH ?? "/usr/bin:/bin"}`;
}

/** What pre-commit runs: the entry split into words, the hook's args, then the files' names. */
async function runHook(hook: Hook, cwd: string, files: string[]) {
  const staged = files.filter((f) => new RegExp(hook.files ?? "").test(f));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const r = await execa(command!, [...entryArgs, ...(hook.args ?? []), ...staged], {
    cwd,
    env: { ...cleanEnv(), PATH: pathWithReplybook() },
    extendEnv: false,
    reject: false,
    stdin: "ignore",
    timeout: 60_000,
  });
  return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr), staged };
}

describe(".pre-commit-hooks.yaml", () => {
  const hook = hooks.find((h) => h.id === "replybook-lint")!;

  it("declares replybook-lint: a node hook whose entry is the package's binary, on text replies", () => {
    expect(hooks.map((h) => h.id)).toEqual(["replybook-lint"]);
    expect(hook).toMatchObject({ name: expect.any(String), language: "node", types: ["text"] });
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    const [command, subcommand] = hook.entry.split(/\s+/);
    expect(Object.keys(pkg.bin)).toContain(command);
    expect(existsSync(join(ROOT, pkg.bin[command!]!))).toBe(true);
    expect(subcommand).toBe("lint");
    const files = new RegExp(hook.files!);
    for (const name of ["replies/a.txt", "support/2026/reply.md"]) expect(files.test(name), name).toBe(true);
    for (const name of ["src/index.ts", "replies/a.txt.bak", "package.json"]) expect(files.test(name), name).toBe(false);
    expect(hook.args).toEqual(["--format", "compact"]);
  });

  it("fails the commit on a reply with errors, naming file:line:column, and passes clean ones", async () => {
    const cwd = workspace({ "replies/a.txt": BAD, "replies/b.txt": CLEAN, "src/app.ts": "export {};\n" });
    const bad = await runHook(hook, cwd, ["replies/a.txt", "replies/b.txt", "src/app.ts"]);
    expect(bad.staged).toEqual(["replies/a.txt", "replies/b.txt"]);
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/^replies\/a\.txt:1:\d+: error .* \[no-canned-phrase\]$/m);
    expect(bad.stdout).not.toContain("replies/b.txt");
    expectNoStack(bad.stderr);
    const clean = await runHook(hook, cwd, ["replies/b.txt"]);
    expect(clean.exitCode).toBe(0);
    expect(clean.stdout.trim()).toBe("");
  });
});

// ------------------------------------------------------------------------------ the README

describe("the README's CI examples", () => {
  const blocks = readmeBlocks("yaml").map((text) => ({ text, doc: parse(text) as unknown }));

  it("use the action with inputs it declares and values it accepts", () => {
    const uses = blocks.flatMap(({ doc }) => {
      const jobs = Object.values((doc as { jobs?: Record<string, { steps?: ActionStep[] }> }).jobs ?? {});
      return jobs.flatMap((j) => (j.steps ?? []).filter((step) => step.uses?.startsWith("replybook/replybook@")));
    }) as Array<ActionStep & { with?: Record<string, string> }>;
    expect(uses.length).toBeGreaterThanOrEqual(2);
    const formats = ["github", "sarif", "checkstyle", "junit", "json", "compact"];
    for (const step of uses) {
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), key).toContain(key);
      if (step.with?.format) expect(formats).toContain(step.with.format);
      if (step.with?.["fail-on"]) expect(["error", "warning", "never"]).toContain(step.with["fail-on"]);
    }
  });

  it("use the pre-commit hook by its id, keeping its compact format", () => {
    const configs = blocks.map(({ doc }) => doc as { repos?: Array<{ repo: string; hooks: Array<{ id: string; args?: string[]; files?: string }> }> }).filter((d) => d.repos);
    expect(configs).toHaveLength(1);
    const [repo] = configs[0]!.repos!;
    expect(repo!.repo).toBe("https://github.com/replybook/replybook");
    for (const h of repo!.hooks) {
      expect(hooks.map((x) => x.id)).toContain(h.id);
      expect(h.args?.slice(0, 2)).toEqual(["--format", "compact"]);
      if (h.files) expect(new RegExp(h.files).test("replies/a.txt")).toBe(true);
    }
  });

  it("give GitLab a JUnit report written by lint --format junit", () => {
    const gitlab = blocks.find(({ text }) => text.startsWith("# .gitlab-ci.yml"))!.doc as Record<string, { script: string[]; artifacts: { reports: { junit: string } } }>;
    const job = Object.values(gitlab)[0]!;
    const report = job.artifacts.reports.junit;
    expect(job.script.some((line) => line.includes("replybook lint") && line.includes("--format junit") && line.endsWith(`> ${report}`))).toBe(true);
  });
});
