// Plug-in rules through the real binary: the example plug-in under examples/, named by path in
// a config, adds acme/no-competitor-names with options and severity from the config, in every
// format, and in a batch run in worker threads; mistakes are one line naming the config key.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, expectNoStack, replybook, tempDir } from "../helpers/cli.js";

const EXAMPLE = join(ROOT, "examples", "replybook-plugin-acme");
const REPLY = "Laura, I'm so sorry your parcel arrived damaged. Globex would have lost it, we won't. The courier will collect it within 48 hours.\n— Dario\n";
const CONTEXT = ["--playbook", "parcel-damaged", "--customer", "Laura Bianchi", "--agent", "Dario", "--now", "2026-01-14T10:00"];

function project(config: string, files: Record<string, string> = {}) {
  const dir = tempDir("replybook-plugins-");
  writeFileSync(join(dir, ".replybookrc.yaml"), config);
  for (const [name, text] of Object.entries({ "reply.txt": REPLY, ...files })) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("plug-in rules", () => {
  it("a plug-in named by path adds its namespaced rules, at their default severity", async () => {
    const cwd = project(`plugins: [${JSON.stringify(EXAMPLE)}]\n`);
    const r = await replybook(["lint", "reply.txt", ...CONTEXT, "--format", "json"], { cwd });
    expect(r.stderr).toBe("");
    const [result] = JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; line: number; column: number; message: string }> }>;
    const found = result!.messages.filter((m) => m.ruleId === "acme/no-competitor-names");
    expect(found).toEqual([expect.objectContaining({ severity: 1, line: 1, column: 50, message: '"Globex" is a competitor: keep the reply about the customer\'s case' })]);
    expect(r.exitCode).toBe(0);
  });

  it("takes severity and options from the config; SARIF describes the plug-in rule", async () => {
    const cwd = project(`plugins: ["./plugins/acme"]\ndocsUrl: https://wiki.acme.example/replybook/docs\nrules:\n  acme/no-competitor-names: [error, { names: [Umbrella] }]\n`, {
      "plugins/acme/package.json": JSON.stringify({ name: "replybook-plugin-acme", type: "module", exports: "./index.js" }),
      "plugins/acme/index.js": `export { default } from ${JSON.stringify(join(EXAMPLE, "index.js"))};\n`,
      "umbrella.txt": REPLY.replace("Globex", "Umbrella"),
    });
    const r = await replybook(["lint", "reply.txt", "umbrella.txt", ...CONTEXT, "--format", "compact"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('umbrella.txt:1:50: error "Umbrella" is a competitor: keep the reply about the customer\'s case [acme/no-competitor-names]');
    expect(r.stdout).not.toContain("Globex");
    const sarif = await replybook(["lint", "umbrella.txt", ...CONTEXT, "--format", "sarif"], { cwd });
    const driver = (JSON.parse(sarif.stdout) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string; shortDescription: { text: string } }> } } }> }).runs[0]!.tool.driver;
    // The plug-in's rule links the page its meta names; built-in rules follow the config's docsUrl.
    expect(driver.rules.find((x) => x.id === "acme/no-competitor-names")).toMatchObject({
      shortDescription: { text: "Replies do not name competitors" },
      helpUri: "https://github.com/replybook/replybook/blob/main/examples/replybook-plugin-acme/README.md#acmeno-competitor-names",
    });
    expect(driver.rules.find((x) => x.id === "no-blame")!.helpUri).toBe("https://wiki.acme.example/replybook/docs/rules/no-blame.md");
    const off = await replybook(["lint", "umbrella.txt", ...CONTEXT, "--rule", "acme/no-competitor-names=off"], { cwd });
    expect(off.exitCode).toBe(0);
  });

  it("a batch in worker threads loads the plug-in in each thread", async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `r${i}`, text: i % 2 ? REPLY : REPLY.replace("Globex", "the other courier") })).join("\n");
    const cwd = project(`plugins: [${JSON.stringify(EXAMPLE)}]\n`, { "batch.jsonl": `${lines}\n` });
    const r = await replybook(["lint", "--jsonl", "batch.jsonl", "--workers", "2", ...CONTEXT], { cwd });
    expectNoStack(r.stderr);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; messages: Array<{ ruleId: string }> });
    expect(out).toHaveLength(400);
    expect(out.filter((o) => o.messages.some((m) => m.ruleId === "acme/no-competitor-names")).map((o) => o.id)).toEqual(out.filter((_, i) => i % 2).map((o) => o.id));
  });

  it("mistakes are one line with the config file and key, exit 2", async () => {
    const missing = project(`plugins: [replybook-plugin-nowhere]\n`);
    const r = await replybook(["lint", "reply.txt", ...CONTEXT], { cwd: missing });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/\.replybookrc\.yaml.*plugins\[0\].*plug-in "replybook-plugin-nowhere" not found: install it/);
    expectNoStack(r.stderr);
    const unknown = project(`rules:\n  acme/no-competitor-names: error\n`);
    const u = await replybook(["lint", "reply.txt", ...CONTEXT], { cwd: unknown });
    expect(u.exitCode).toBe(2);
    expect(u.stderr).toContain('unknown rule "acme/no-competitor-names" (a plug-in rule: is its plug-in listed under plugins?)');
    const broken = project(`plugins: ["./bad.js"]\n`, { "bad.js": "export default { rules: { oops: { meta: { description: 'x', defaultSeverity: 'loud' }, check() { return []; } } } };\n" });
    const b = await replybook(["lint", "reply.txt", ...CONTEXT], { cwd: broken });
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toContain('plug-in rule "bad/oops": meta.defaultSeverity must be error, warn or off');
  });
});
