// The JS API as a user gets it: the packed package installed into a new project, called from
// plain ESM with node and from TypeScript compiled by tsc against the package's own types.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { installPacked, type PackedProject } from "../helpers/pack.js";
import { readmeExample } from "../helpers/readme.js";

const CALLER = `
import { lint, createLinter, route, renderReply, loadPlaybook, loadPhraseList, openCatalog, lintBatch, RULES, InputError } from "replybook";
import { Readable } from "node:stream";
import { createRequire } from "node:module";
const dir = createRequire(import.meta.url).resolve("replybook/schema/playbook.json").replace(/schema\\/playbook\\.schema\\.json$/, "");
const out = {};
const stock = "Dear customer, we apologise for any inconvenience. Your request will be handled as soon as possible.";
const one = await lint(stock, { customer: "Laura Bianchi", locale: "en", channel: "x" });
out.lint = { errorCount: one.errorCount, rules: [...new Set(one.findings.map((f) => f.ruleId))].sort(), locale: one.locale };
const linter = await createLinter({ rules: { "show-empathy": "off" } });
const report = linter.lintToReport(stock, { filePath: "reply.txt", customer: "Laura Bianchi" });
out.report = { filePath: report.filePath, first: report.messages[0], keys: Object.keys(report).sort() };
out.route = (await route("il pacco è arrivato tutto rotto")).slice(0, 1).map((m) => [m.id, m.locale]);
const rendered = await renderReply({ playbook: "parcel-damaged", locale: "en", example: true, agent: "Dario Rossi" });
out.rendered = { playbook: rendered.playbook, clean: linter.lint(rendered.reply, { playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario Rossi" }).errorCount, hasFollowUp: typeof rendered.followUp === "string" };
try { await renderReply({ playbook: "parcel-damaged", locale: "en", agent: "Dario", commitments: { callback: "1m" } }); } catch (e) { out.overPromise = e instanceof InputError; }
const playbook = await loadPlaybook(dir + "playbooks/en/parcel-damaged.yaml");
const phrases = await loadPhraseList(dir + "playbooks/it/phrases.yaml");
out.loaded = [playbook.id, phrases.locale];
const catalog = await openCatalog();
const lines = [];
for await (const e of lintBatch(Readable.from([JSON.stringify({ id: "a", text: stock }) + "\\n"]), { catalog, rules: {}, fallbackLocale: "en" })) if (e.type === "output") lines.push(typeof e.data === "string" ? e.data : Buffer.from(e.data).toString("utf8"));
out.batch = lines.join("").trim().split("\\n").map((l) => JSON.parse(l).id);
out.rules = RULES.size;
console.log(JSON.stringify(out));
`;

const TYPED = `
import { lint, createLinter, route, renderReply, type LintResult, type Finding, type ReplyLinter, type RouteMatch, type RenderedReply, type FileReport } from "replybook";
const result: LintResult = await lint("Dear customer, sorry.", { customer: { name: "Laura Bianchi" }, playbook: "parcel-damaged", now: new Date("2026-12-07T10:00:00Z") });
const first: Finding | undefined = result.findings[0];
const linter: ReplyLinter = await createLinter({ rules: { "max-length": ["error", { x: 200 }] } });
const report: FileReport = linter.lintToReport("Hi Laura", { filePath: "a.txt" });
const best: RouteMatch[] = await route("my parcel arrived smashed", { locale: "en" });
const rendered: RenderedReply = await renderReply({ playbook: "parcel-damaged", example: true, agent: { name: "Dario Rossi", initials: "DR" } });
// Type errors the compiler must catch (never called: they only have to fail to compile).
export async function mistakes(): Promise<void> {
  // @ts-expect-error a reply is text
  await lint(42);
  // @ts-expect-error severities are named
  await createLinter({ rules: { "max-length": "loud" } });
}
console.log(JSON.stringify({ severity: first?.severity, line: report.messages[0]?.line, best: best[0]?.id, variant: rendered.variant }));
`;

// One pack and one install for the whole file: npm is the slow part.
let project: PackedProject;
beforeAll(async () => {
  project = await installPacked({ packFolders: { "replybook-plugin-acme": join(ROOT, "examples", "replybook-plugin-acme") } });
}, 600_000);

describe("the tarball", () => {
  it("holds what runs and what the README links to, and nothing of the repository's own", () => {
    const files = project.files;
    for (const needed of ["package.json", "README.md", "LICENSE", "bin/replybook.js", "dist/index.js", "dist/index.d.ts", "dist/bundle/replybook.cjs", "dist/cli/launch.cjs", "playbooks/en/parcel-damaged.yaml", "playbooks/it/phrases.yaml", "templates/it/parcel-damaged.public.hbs", "schema/config.schema.json", "docs/principles.md", "docs/editors.md", "docs/rules/no-over-promise.md"]) {
      expect(files, needed).toContain(needed);
    }
    // Every page the README links to ships with it.
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)#]+\.md)(?:#[^)]*)?\)/g)) expect(files, link).toContain(link);
    const stray = files.filter((f) => /^(test|bench|src|examples|\.ci|node_modules|coverage)\//.test(f) || /^dist\/(eval|build)\//.test(f) || /\.(test|spec)\.[cm]?[jt]s$/.test(f) || /\.tsbuildinfo$|\.jsonl$|\.csv$/.test(f));
    expect(stray).toEqual([]);
  });
});

describe("the packed package's JS API", () => {
  it("is called from plain ESM", async () => {
    writeFileSync(join(project.dir, "caller.mjs"), CALLER);
    const run = await execa("node", ["caller.mjs"], { cwd: project.dir, env: project.env, extendEnv: false, reject: false });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout);
    expect(out.lint.rules).toEqual(expect.arrayContaining(["address-customer", "no-canned-phrase"]));
    expect(out.lint.errorCount).toBeGreaterThan(0);
    expect(out.lint.locale).toBe("en");
    expect(out.report.filePath).toBe("reply.txt");
    expect(out.report.keys).toEqual(["errorCount", "fatalErrorCount", "filePath", "fixableErrorCount", "fixableWarningCount", "messages", "source", "warningCount"]);
    expect(out.report.first).toMatchObject({ ruleId: expect.any(String), severity: expect.any(Number), line: 1, column: expect.any(Number) });
    expect(out.route).toEqual([["parcel-damaged", "it"]]);
    expect(out.rendered).toEqual({ playbook: "parcel-damaged", clean: 0, hasFollowUp: true });
    expect(out.overPromise).toBe(true);
    expect(out.loaded).toEqual(["parcel-damaged", "it"]);
    expect(out.batch).toEqual(["a"]);
    expect(out.rules).toBeGreaterThanOrEqual(11);
  });

  it("runs the README's ESM example as written", async () => {
    writeFileSync(join(project.dir, "check.mjs"), readmeExample("js", "check.mjs"));
    const run = await execa("node", ["check.mjs"], { cwd: project.dir, env: project.env, extendEnv: false, reject: false });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^error no-canned-phrase: /m);
    expect(run.stdout).toMatch(/^0 \[/m);
    expect(run.stdout).toMatch(/^— Dario Rossi$|^— Dario$/m);
  });

  // tsc checks every declaration file the API reaches (no skipLibCheck: the package's own
  // .d.ts must hold up in a strict project), which takes a while on a busy machine.
  it("type-checks and runs from TypeScript", async () => {
    writeFileSync(join(project.dir, "typed.ts"), TYPED);
    // The README's TypeScript example, compiled in the same run.
    writeFileSync(join(project.dir, "check.ts"), readmeExample("ts", "check.ts"));
    writeFileSync(
      join(project.dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, types: ["node"], outDir: "out" }, files: ["typed.ts", "check.ts"] }),
    );
    const tsc = await execa("node", ["node_modules/typescript/bin/tsc", "-p", "."], { cwd: project.dir, env: project.env, extendEnv: false, reject: false });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.exitCode).toBe(0);
    const run = await execa("node", ["out/typed.js"], { cwd: project.dir, env: project.env, extendEnv: false, reject: false });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toMatchObject({ best: "parcel-damaged", variant: expect.any(String) });
    writeFileSync(join(project.dir, "reply.txt"), "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!\n— The Customer Care Team\n");
    const check = await execa("node", ["out/check.js"], { cwd: project.dir, env: project.env, extendEnv: false, reject: false });
    expect(check.stderr).toBe("");
    expect(check.stdout).toMatch(/^error no-over-promise at \d+-\d+: .*tomorrow/m);
    expect(check.exitCode).toBe(1);
  }, 240_000);
});

describe("the example plug-in, installed next to the packed package", () => {
  it("its RuleTester tests pass with node --test, in a project where replybook is installed", async () => {
    // The plug-in's source as its author has it (the packed plug-in ships no tests).
    const dir = join(project.dir, "replybook-plugin-acme");
    cpSync(join(ROOT, "examples", "replybook-plugin-acme"), dir, { recursive: true, filter: (from) => !from.includes("node_modules") });
    const run = await execa("node", ["--test", "test/"], { cwd: dir, env: project.env, extendEnv: false, reject: false });
    expect(run.stdout).toMatch(/# pass [1-9]/);
    expect(run.stdout).toMatch(/# fail 0/);
    expect(run.exitCode).toBe(0);
  });

  it("is used by the installed binary from a config naming the package", async () => {
    writeFileSync(join(project.dir, ".replybookrc.yaml"), "plugins: [replybook-plugin-acme]\nrules:\n  acme/no-competitor-names: error\n");
    writeFileSync(join(project.dir, "reply.txt"), "Laura, I'm sorry. Globex is worse.\n— Dario\n");
    const run = await execa("node", ["node_modules/replybook/bin/replybook.js", "lint", "reply.txt", "--format", "compact"], { cwd: project.dir, env: project.env, extendEnv: false, reject: false });
    expect(run.stdout).toContain("reply.txt:1:19: error \"Globex\" is a competitor");
    expect(run.exitCode).toBe(1);
  });
});
