// The CI report formats through the real binary: SARIF 2.1.0 (checked against the published
// schema, shipped by an npm package), checkstyle, JUnit, and the GitHub job summary.
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, expectNoStack, replybook, tempDir, cleanEnv } from "../helpers/cli.js";

const NOW = "2026-01-14T10:00";
const BAD = "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!\n— The Customer Care Team\n";
const CLEAN = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number.\n— Dario\n";
/** The docs folder on the repository's web page (package.json's repository), where help links point. */
const DOCS = "https://github.com/replybook/replybook/blob/main/docs/";
const CONTEXT = ["--playbook", "parcel-damaged", "--customer", "Laura Bianchi", "--agent", "Dario", "--now", NOW];

/**
 * The SARIF 2.1.0 schema as published (the final "rtm.5" text, JSON Schema draft-04), from the
 * npm package that ships it; checked with Ajv's draft-04 class (its one pattern, for a language tag, is not valid as a
 * Unicode regular expression: unicodeRegExp off).
 */
function sarifSchema(): object {
  const require = createRequire(import.meta.url);
  const file = join(require.resolve("@microsoft/jest-sarif/package.json"), "..", "lib", "schemas", "sarif-2.1.0-rtm.5.json");
  return JSON.parse(readFileSync(file, "utf8")) as object;
}

// A CommonJS class: loaded with require for its constructor, typed from its declarations.
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv04 = createRequire(import.meta.url)("ajv-draft-04") as new (options: Record<string, unknown>) => { compile(schema: object): Validate };

function workspace(files: Record<string, string>) {
  const dir = tempDir("replybook-formats-");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; helpUri?: string; properties?: { principle?: string; principleUri?: string } }> } };
    results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }> }>;
  }>;
}

describe("replybook lint --format sarif", () => {
  it("is valid SARIF 2.1.0, with every rule's page and stable rule ids", async () => {
    const cwd = workspace({ "replies/a.txt": BAD, "replies/b.txt": CLEAN });
    const r = await replybook(["lint", "replies/a.txt", "replies/b.txt", ...CONTEXT, "--format", "sarif"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe("");
    const log = JSON.parse(r.stdout) as SarifLog;

    const ajv = new Ajv04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema());
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);

    const run = log.runs[0]!;
    expect(log.version).toBe("2.1.0");
    expect(run.tool.driver.name).toBe("replybook");
    const rules = run.tool.driver.rules;
    expect(rules.map((x) => x.id)).toEqual(expect.arrayContaining(["no-over-promise", "signed-by-person", "no-canned-phrase"]));
    const overPromise = rules.find((x) => x.id === "no-over-promise")!;
    // Help links open in a browser on another machine (code scanning): https pages on the
    // repository's web page, from package.json's repository, each a page of the repository.
    expect(overPromise.helpUri).toBe(`${DOCS}rules/no-over-promise.md`);
    expect(overPromise.properties).toMatchObject({ principle: "P4", principleUri: `${DOCS}principles.md#p4` });
    for (const rule of rules) {
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//);
      expect(readFileSync(join(ROOT, "docs", rule.helpUri!.slice(DOCS.length)), "utf8"), rule.id).toContain(`# ${rule.id}`);
    }
    expect((log.runs[0]!.tool.driver as { informationUri?: string }).informationUri).toBe("https://github.com/replybook/replybook/blob/main/README.md");

    const tomorrow = run.results.find((x) => x.ruleId === "no-over-promise")!;
    expect(tomorrow.level).toBe("error");
    expect(rules[tomorrow.ruleIndex]!.id).toBe("no-over-promise");
    expect(tomorrow.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "replies/a.txt", uriBaseId: "%SRCROOT%" },
      region: { startLine: 1, startColumn: 80, endLine: 1, endColumn: 88 },
    });
    expect(run.results.every((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === "replies/a.txt")).toBe(true);
  });

  it("a team's docsUrl in the config moves the help links, and the log stays valid", async () => {
    const cwd = workspace({ "a.txt": BAD, ".replybookrc.yaml": "docsUrl: https://git.acme.example/tools/replybook/-/blob/main/docs\n" });
    const r = await replybook(["lint", "a.txt", ...CONTEXT, "--format", "sarif"], { cwd });
    expect(r.exitCode).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    const validate = new Ajv04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema());
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const overPromise = log.runs[0]!.tool.driver.rules.find((x) => x.id === "no-over-promise")!;
    expect(overPromise.helpUri).toBe("https://git.acme.example/tools/replybook/-/blob/main/docs/rules/no-over-promise.md");
    expect(overPromise.properties!.principleUri).toBe("https://git.acme.example/tools/replybook/-/blob/main/docs/principles.md#p4");
    const wrong = await replybook(["lint", "a.txt", ...CONTEXT, "--format", "sarif"], { cwd: workspace({ "a.txt": BAD, ".replybookrc.yaml": "docsUrl: docs.acme.example\n" }) });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toMatch(/\.replybookrc\.yaml:1:\d+ docsUrl: /);
    expectNoStack(wrong.stderr);
  });

  it("a clean run is valid SARIF with no results; stdin has a location too", async () => {
    const clean = await replybook(["lint", "-", ...CONTEXT, "--format", "sarif"], { input: CLEAN, stdin: "pipe" } as never);
    expect(clean.exitCode).toBe(0);
    const log = JSON.parse(clean.stdout) as SarifLog;
    expect(log.runs[0]!.results).toEqual([]);
    const bad = await replybook(["lint", "-", ...CONTEXT, "--format", "sarif"], { input: BAD, stdin: "pipe" } as never);
    const validate = new Ajv04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema());
    const badLog = JSON.parse(bad.stdout) as SarifLog;
    expect(validate(badLog)).toBe(true);
    expect(validate(log)).toBe(true);
    expect(badLog.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("stdin");
  });
});

describe("replybook lint --format checkstyle and junit", () => {
  it("checkstyle: one <file> per reply, one <error> per finding, XML-escaped", async () => {
    const cwd = workspace({ "a.txt": BAD, "b.txt": CLEAN });
    const r = await replybook(["lint", "a.txt", "b.txt", ...CONTEXT, "--format", "checkstyle"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<checkstyle version="4.3">\n {2}<file name="a.txt">\n/);
    expect(r.stdout).toContain('<error line="1" column="80" severity="error" message="&quot;tomorrow&quot; is sooner than this playbook allows for &quot;Send the courier to collect the parcel&quot; (earliest: 2 days) (no-over-promise)" source="replybook.no-over-promise" />');
    expect(r.stdout).toContain('<file name="b.txt">\n  </file>');
    expect(r.stdout.trimEnd().endsWith("</checkstyle>")).toBe(true);
  });

  it("junit: a suite per reply, a failing case per finding, a passing case for a clean reply", async () => {
    const cwd = workspace({ "a.txt": BAD, "b.txt": CLEAN });
    const r = await replybook(["lint", "a.txt", "b.txt", ...CONTEXT, "--format", "junit"], { cwd });
    expect(r.exitCode).toBe(1);
    const failures = (r.stdout.match(/<failure /g) ?? []).length;
    expect(failures).toBeGreaterThan(2);
    expect(r.stdout).toContain(`<testsuites name="replybook" tests="${failures + 1}" failures="${failures}" errors="0">`);
    expect(r.stdout).toContain('<testcase name="a.txt:1:80 no-over-promise" classname="replybook.no-over-promise">');
    expect(r.stdout).toContain('<testsuite name="b.txt" tests="1" failures="0" errors="0" skipped="0">\n    <testcase name="b.txt" classname="replybook" />');
  });
});

describe("replybook lint --format github: the job summary", () => {
  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`r${i}.txt`, BAD]));

  it("over 10 findings, appends a digest of all of them to $GITHUB_STEP_SUMMARY", async () => {
    const cwd = workspace(many(4));
    const summary = join(cwd, "summary.md");
    writeFileSync(summary, "earlier step\n");
    const r = await replybook(["lint", ...Object.keys(many(4)), ...CONTEXT, "--format", "github"], { cwd, env: { ...cleanEnv(), GITHUB_STEP_SUMMARY: summary } });
    expect(r.exitCode).toBe(1);
    expectNoStack(r.stderr);
    const annotations = r.stdout.split("\n").filter((l) => l.startsWith("::"));
    expect(annotations.length).toBeGreaterThan(10);
    const digest = readFileSync(summary, "utf8");
    expect(digest.startsWith("earlier step\n## replybook: ")).toBe(true);
    expect(digest).toContain(`${annotations.length} findings in 4 of 4 replies`);
    expect(digest).toContain(`| [no-over-promise](${DOCS}rules/no-over-promise.md) | 4 | 0 |`);
    expect(digest.split("\n").filter((l) => /^\| r\d\.txt \| \d+:\d+ \|/.test(l))).toHaveLength(annotations.length);
  });

  it("at 10 findings or fewer, or outside Actions, writes no summary", async () => {
    const cwd = workspace({ "a.txt": BAD });
    const summary = join(cwd, "summary.md");
    const r = await replybook(["lint", "a.txt", ...CONTEXT, "--format", "github"], { cwd, env: { ...cleanEnv(), GITHUB_STEP_SUMMARY: summary } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("::")).length).toBeLessThanOrEqual(10);
    expect(() => readFileSync(summary)).toThrow();
    const outside = await replybook(["lint", ...Object.keys(many(4)), ...CONTEXT, "--format", "github"], { cwd: workspace(many(4)) });
    expect(outside.exitCode).toBe(1);
  });
});
