import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectNoStack, replybook, ROOT, tempDir } from "../helpers/cli.js";

describe("replybook --help / --version", () => {
  it("prints help with examples and the exit codes", async () => {
    const r = await replybook(["--help"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 error-level findings, 2 usage/);
  });
  it("prints the version", async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await replybook(["--version"])).stdout.trim()).toBe(pkg.version);
  });
  it.each(["playbooks", "route", "config", "init"])("help %s has examples", async (command) => {
    const r = await replybook(["help", command]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/Examples:|Commands:/);
  });
  it("an unknown command is a usage error with a suggestion", async () => {
    const r = await replybook(["lnt"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'lnt'/);
    expectNoStack(r.stderr);
  });
});

describe("replybook playbooks", () => {
  it("lists every shipped playbook in its three locales", async () => {
    const r = await replybook(["playbooks", "list", "--json"]);
    expect(r.exitCode).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ id: string; locales: string[] }>;
    const ids = ["parcel-damaged", "parcel-lost", "wrong-item", "late-delivery", "unreachable-support", "site-malfunction", "refund-request", "abusive-or-spam"];
    for (const id of ids) expect(rows.find((row) => row.id === id)?.locales).toEqual(["el", "en", "it"]);
  });
  it("lists as a table fitting 80 columns", async () => {
    const r = await replybook(["playbooks", "list"], { env: { ...process.env, NO_COLOR: "1", COLUMNS: "80" } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^ID +TITLE/);
  });
  it("shows a procedure in Italian", async () => {
    const r = await replybook(["playbooks", "show", "parcel-damaged", "--locale", "it"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Impegni che si possono prendere \(P4\)/);
    expect(r.stdout).toMatch(/non prima di 24 ore/);
  });
  it("suggests the closest id for a typo", async () => {
    const r = await replybook(["playbooks", "show", "parcel-damage"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe('replybook: no playbook "parcel-damage" (did you mean "parcel-damaged"?); see \'replybook playbooks list\'');
  });
  it("validates everything shipped", async () => {
    const r = await replybook(["playbooks", "validate"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/\d+ playbooks, 3 phrase lists, \d+ templates checked: all valid/);
    expect(r.exitCode).toBe(0);
  });

  const broken: Array<[string, string, RegExp]> = [
    ["broken YAML", "id: [oops\n", /bad\.yaml:\d+:\d+ /],
    ["an empty file", "", /bad\.yaml:1:1 the file is empty/],
    ["a list where a map belongs", "- id: x\n", /bad\.yaml:1:1 expected a map, got a list/],
    ["unknown keys", readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8").replace(/^title:/m, "titel:"), /titel: unknown key "titel" \(did you mean "title"\?\)/],
    ["the same example twice", readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8").replace(/^examples:\n/m, "examples:\n  - box came in bits\n  - Box came in bits\n"), /examples\[1\]: the same example as examples\[0\]/],
  ];
  it.each(broken)("refuses %s in one line, exit 2", async (_name, text, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.yaml"), text);
    const r = await replybook(["playbooks", "validate", "bad.yaml"], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expectNoStack(r.stderr);
  });
  it("reports a template that uses an unknown variable, with file:line", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pb", "en"), { recursive: true });
    mkdirSync(join(dir, "tpl", "en"), { recursive: true });
    const pb = readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8").replace(/templates:\n  public: .*\n  follow-up: .*\n/, "templates:\n  public: custom\n");
    writeFileSync(join(dir, "pb", "en", "parcel-damaged.yaml"), pb);
    writeFileSync(join(dir, "tpl", "en", "custom.hbs"), "Hi {{customer.firstName}},\nyour order {{answers.order-nmber}} {{commitments.callback.whithin}}\n{{agent.signature}}\n");
    const r = await replybook(["playbooks", "validate", "pb", "tpl"], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/tpl\/en\/custom\.hbs:2:14 unknown variable "answers\.order-nmber": no step "order-nmber" in playbook parcel-damaged \(en\)/);
    expect(r.stderr).toMatch(/tpl\/en\/custom\.hbs:2:38 unknown variable "commitments\.callback\.whithin"/);
  });
  it("reports a missing template", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "en"), { recursive: true });
    writeFileSync(join(dir, "en", "parcel-damaged.yaml"), readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8").replace("follow-up: parcel-damaged.follow-up", "follow-up: nowhere"));
    const r = await replybook(["playbooks", "validate", "en"], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/en\/parcel-damaged\.yaml:\d+:\d+ templates\.follow-up: template "nowhere" not found \(expected templates\/en\/nowhere\.hbs\)/);
  });
  it("reports duplicate playbook ids in a team folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "team", "en"), { recursive: true });
    const text = readFileSync(join(ROOT, "playbooks/en/parcel-damaged.yaml"), "utf8");
    writeFileSync(join(dir, "team", "en", "parcel-damaged.yaml"), text);
    writeFileSync(join(dir, "team", "parcel-damaged.yml"), text);
    writeFileSync(join(dir, ".replybookrc.yaml"), "playbooks: [./team]\n");
    const r = await replybook(["playbooks", "list"], { cwd: dir, env: { ...process.env, NO_COLOR: "1", REPLYBOOK_CONFIG_STOP_DIR: dir } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/duplicate playbook id "parcel-damaged" for locale en/);
  });
});

describe("replybook route", () => {
  it.each([
    ["my parcel arrived smashed", "parcel-damaged", "en"],
    ["il pacco è arrivato rotto", "parcel-damaged", "it"],
    ["I have been waiting two weeks for my order", "late-delivery", "en"],
    ["aspetto il mio ordine da due settimane", "late-delivery", "it"],
    ["nobody ever answers your phone line", "unreachable-support", "en"],
    ["nessuno risponde mai al vostro numero di telefono", "unreachable-support", "it"],
  ])("%s -> %s", async (text, id, locale) => {
    const r = await replybook(["route", text, "--json"]);
    expect(r.exitCode).toBe(0);
    const routed = JSON.parse(r.stdout) as { kind: string; matches: Array<{ id: string; locale: string; score: number; matched: string[] }> };
    expect(routed.kind).toBe("complaint");
    const ranked = routed.matches;
    expect(ranked[0]).toMatchObject({ id, locale });
    expect(ranked[0]!.matched.length).toBeGreaterThan(0);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
  });
  it("reads the complaint from stdin", async () => {
    const r = await replybook(["route"], { input: "my parcel arrived smashed", stdin: undefined } as never);
    expect(r.stdout).toMatch(/1\. parcel-damaged \(en\)/);
  });
});

describe("replybook config and init", () => {
  it("shows where each part came from", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".replybookrc.yaml"), "agent: { name: Dario }\nbrand: Acme\n");
    const r = await replybook(["config", "--json"], { cwd: dir, env: { ...process.env, NO_COLOR: "1", REPLYBOOK_CONFIG_STOP_DIR: dir } });
    const out = JSON.parse(r.stdout) as { config: { brand: string }; origins: Record<string, string> };
    expect(out.config.brand).toBe("Acme");
    expect(out.origins.brand).toBe(join(dir, ".replybookrc.yaml"));
    expect(out.origins.locale).toBe("default");
  });
  it("a broken --config is one line, exit 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "c.yaml"), "agent:\n  nmae: x\n");
    const r = await replybook(["--config", "c.yaml", "config"], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toMatch(/^replybook: .*c\.yaml:2:3 agent\.nmae: unknown key "nmae" \(did you mean "name"\?\)$/);
  });
  it("scaffolds a team folder that validates", async () => {
    const dir = tempDir();
    const r = await replybook(["init", "team", "--agent", "Dario", "--playbook", "parcel-damaged", "--locale", "it"], { cwd: dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/team\/playbooks\/it\/parcel-damaged\.yaml/);
    const v = await replybook(["playbooks", "validate"], { cwd: join(dir, "team"), env: { ...process.env, NO_COLOR: "1", REPLYBOOK_CONFIG_STOP_DIR: dir } });
    expect(v.exitCode).toBe(0);
    const again = await replybook(["init", "team"], { cwd: dir });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/already exists \(use --force to overwrite\)/);
  });
});
