// `replybook draft` through the real binary, without a terminal: the prompt-free path, what
// happens when answers are missing or stdin is not a terminal, files in and out.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedCatalog } from "../helpers/catalog.js";
import type { DraftOutcome } from "../../src/draft/outcome.js";
import { cleanEnv, expectNoStack, replybook, ROOT, tempDir } from "../helpers/cli.js";

const shipped = (await shippedCatalog()).playbooks.map((p) => [p.id, p.locale] as const);

function parse(stdout: string): DraftOutcome {
  return JSON.parse(stdout) as DraftOutcome;
}

describe("draft --no-interactive --example, for every shipped playbook and locale", () => {
  it.each(shipped)("%s (%s): a reply to Laura, signed by Dario, with no error-level finding", async (id, locale) => {
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", id, "--locale", locale, "--customer", "Laura Bianchi", "--agent", "Dario", "--json"]);
    expectNoStack(r.stderr);
    expect(r.stdout, `exit ${r.exitCode}: ${r.stderr}`).not.toBe("");
    const outcome = parse(r.stdout);
    const errors = outcome.findings.filter((f) => f.severity === "error");
    expect(errors, `${locale}/${id}: ${errors.map((f) => `${f.ruleId}: ${f.message}`).join("; ")}`).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(outcome).toMatchObject({ playbook: id, locale, customer: { name: "Laura Bianchi" }, agent: "Dario" });
    expect(outcome.reply).toMatch(/\bLaura\b/);
    expect(outcome.reply.trim().split("\n").at(-1)).toMatch(/^— Dario$/);
    for (const c of outcome.commitments) expect(Object.keys(c).sort()).toEqual(["due", "id", "within"]);
  });
});

describe("draft without prompts", () => {
  it("prints the reply and the private follow-up plainly", async () => {
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--customer", "Laura Bianchi", "--agent", "Dario"]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Hi Laura,/);
    expect(r.stdout).toMatch(/\n--- Private follow-up, once they write to you \(P7\) ---\n/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("exits 2 naming every missing answer", async () => {
    const r = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged"]);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("replybook: cannot draft the reply: these answers are missing:");
    expect(r.stderr).toContain("  - the customer's name (P3: address them by name): give it with --customer <name> or --handle <@handle>");
    expect(r.stderr).toContain("  - your name, to sign the reply (P3): give it with --agent <name>, or agent.name in the config");
    expectNoStack(r.stderr);
  });

  it("names each required step that has no answer and no default", async () => {
    const cwd = tempDir("replybook-team-");
    mkdirSync(join(cwd, "team", "en"), { recursive: true });
    const yaml = readFileSync(join(ROOT, "playbooks", "en", "parcel-damaged.yaml"), "utf8").replace(/\n {4}default: care@example\.com/, "").replace(/required: false/, "required: true");
    writeFileSync(join(cwd, "team", "en", "parcel-damaged.yaml"), yaml.replace("../../schema/", `${ROOT}/schema/`));
    writeFileSync(join(cwd, ".replybookrc.yaml"), "playbooks: [./team]\nagent: { name: Dario }\n");
    const r = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--customer", "Laura"], { cwd });
    expect(r.stderr).toContain('  - step "order-number": What is the order number (if you found it)?: give it with --set order-number=<value> or --answers <file>');
    expect(r.stderr).toContain('  - step "contact-email": Which e-mail address should the customer write to for you?: give it with --set contact-email=<value> or --answers <file>');
    expect(r.exitCode).toBe(2);
    const ok = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--customer", "Laura", "--set", "order-number=A-1", "--set", "contact-email=dario@example.com"], { cwd });
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("dario@example.com");
    expect(ok.exitCode).toBe(0);
  });

  it("never hangs when stdin is not a terminal: says so and exits 2", async () => {
    const started = Date.now();
    // stdin is a pipe nobody writes to or closes, like a script's.
    const r = await replybook(["draft", "--playbook", "parcel-damaged"], { stdin: "pipe", timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/stdin is not a terminal, so replybook cannot ask for them/);
    expect(r.stderr).toMatch(/the customer's name/);
  });

  it("reads a piped complaint and routes it", async () => {
    const r = await replybook(["draft", "--customer", "Laura", "--agent", "Dario", "--json"], { stdin: "pipe", input: "My parcel arrived completely smashed and nobody answers.\n— Laura\n" });
    expect(r.stderr).toMatch(/using the playbook parcel-damaged \(en\): the complaint says .*smashed/);
    expect(r.exitCode).toBe(0);
    expect(parse(r.stdout)).toMatchObject({ playbook: "parcel-damaged", complaint: "My parcel arrived completely smashed and nobody answers.\n— Laura" });
  });

  it("takes answers from a file, --set, --commit and --remedy, flags winning, and reports mistakes with positions", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "answers.yaml"), "customer: { name: Laura Bianchi }\nanswers:\n  damage: box\n  photo-received: yes\ncommitments:\n  courier-collection: none\n");
    const r = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--agent", "Dario", "--answers", "answers.yaml", "--set", "damage=contents", "--commit", "callback=48h", "--json"], { cwd });
    expect(r.stderr).toBe("");
    const outcome = parse(r.stdout);
    expect(outcome.answers).toMatchObject({ damage: "contents", "photo-received": true });
    expect(outcome.commitments.map((c) => [c.id, c.within])).toEqual([["callback", "2d"]]);

    writeFileSync(join(cwd, "bad.yaml"), "answers:\n  order-number: A-1\n  damaged: box\n");
    const bad = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--agent", "Dario", "--customer", "Laura", "--answers", "bad.yaml"], { cwd });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toBe('replybook: bad.yaml:3:12 answers.damaged: no step "damaged" in the playbook parcel-damaged (did you mean "damage"?); its steps are: order-number, photo-received, damage, contact-email');

    const sooner = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--agent", "Dario", "--customer", "Laura", "--commit", "callback=2h"], { cwd });
    expect(sooner.exitCode).toBe(2);
    expect(sooner.stderr).toContain('--commit callback=2h: callback: "2h" is sooner than this playbook allows: never promise it in less than 24h (P4)');

    const remedy = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--agent", "Dario", "--customer", "Laura", "--remedy", "refund"], { cwd });
    expect(remedy.exitCode).toBe(2);
    expect(remedy.stderr).toMatch(/--remedy refund: the remedy "refund" \(Refund\) needs a manager's approval/);
  });

  it("exits 1 when the reply has error-level findings, and shows them with suggestions", async () => {
    const cwd = tempDir("replybook-team-");
    mkdirSync(join(cwd, "tpl", "en"), { recursive: true });
    writeFileSync(join(cwd, "tpl", "en", "parcel-damaged.public.hbs"), "Hi {{customer.greetingName}}, we apologise for any inconvenience. {{agent.signature}}\n");
    writeFileSync(join(cwd, ".replybookrc.yaml"), "templates: [./tpl]\n");
    const args = ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--customer", "Laura", "--agent", "Dario", "--platform", "facebook"];
    // Left to choose, draft takes the first template without error-level findings...
    const picked = await replybook(args, { cwd });
    expect(picked.exitCode).toBe(0);
    expect(picked.stderr).toMatch(/Using the template parcel-damaged\.public-short: parcel-damaged\.public has error-level findings here/);
    // ...and held to one, it reports them.
    const r = await replybook([...args, "--variant", "parcel-damaged.public"], { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^Hi Laura, we apologise for any inconvenience\. — Dario/);
    expect(r.stderr).toMatch(/Findings: \d+ errors?/);
    expect(r.stderr).toMatch(/error no-canned-phrase "we apologise for any inconvenience"/);
    expect(r.stderr).toMatch(/try: /);
  });

  it("warns when the reply is late for the playbook (P1)", async () => {
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--customer", "Laura", "--agent", "Dario", "--posted", "20h ago"]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/LATE: the customer has waited 20 hours; this playbook asks for a reply within 6 hours \(P1\)/);
    expect(r.stderr).toMatch(/indexed by search engines/);
  });

  it("writes --out privately, and copies with the system's clipboard tool or says there is none", async () => {
    const home = tempDir("replybook-home-");
    const cwd = tempDir();
    const bin = join(cwd, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "wl-copy"), `#!/bin/sh\ncat > '${join(cwd, "clipboard.txt")}'\n`);
    chmodSync(join(bin, "wl-copy"), 0o755);
    const env = { ...cleanEnv(home), WAYLAND_DISPLAY: "wayland-0", PATH: `${bin}:${process.env.PATH}` };
    const args = ["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--customer", "Laura", "--agent", "Dario"];
    const r = await replybook([...args, "--out", "reply.txt", "--copy"], { cwd, env });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Written to reply.txt.");
    expect(r.stderr).toContain("The reply is on the clipboard (wl-copy).");
    const written = readFileSync(join(cwd, "reply.txt"), "utf8");
    expect(readFileSync(join(cwd, "clipboard.txt"), "utf8")).toBe(written.split("\n\n--- ")[0]);

    const none = await replybook([...args, "--copy"], { cwd, env: cleanEnv(home) });
    expect(none.exitCode).toBe(0);
    expect(none.stderr).toContain("No clipboard here (looked for pbcopy, wl-copy, xclip, xsel, clip.exe); copy the reply printed above instead.");
  });

  it("--retry reopens the last draft with its answers; --resume says when there is nothing to resume", async () => {
    const home = tempDir("replybook-home-");
    const env = cleanEnv(home);
    const first = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-lost", "--customer", "Laura", "--agent", "Dario"], { env });
    expect(first.exitCode).toBe(0);
    expect(existsSync(join(env.REPLYBOOK_DATA_DIR!, "drafts", "last.json"))).toBe(true);
    const again = await replybook(["draft", "--retry", "--no-interactive", "--set", "tracking-status=delivered", "--json"], { env });
    expect(again.stderr).toBe("");
    expect(parse(again.stdout)).toMatchObject({ playbook: "parcel-lost", customer: { name: "Laura" }, answers: { "order-number": "A-20417", "tracking-status": "delivered" } });
    const resume = await replybook(["draft", "--resume", "--no-interactive"], { env });
    expect(resume.exitCode).toBe(2);
    expect(resume.stderr.trim()).toBe("replybook: there is no unfinished draft to resume; start one with: replybook draft");
  });

  it("a case log it cannot upgrade: the reply is still printed, then one line says why it is not recorded (exit 2)", async () => {
    const home = tempDir("replybook-home-");
    const env = cleanEnv(home);
    mkdirSync(env.REPLYBOOK_DATA_DIR!, { recursive: true });
    // A log whose version says 1 but which already has a later migration's column.
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(join(env.REPLYBOOK_DATA_DIR!, "cases.db"));
    db.exec("CREATE TABLE cases (id INTEGER PRIMARY KEY, playbook TEXT NOT NULL, customer_key TEXT); CREATE TABLE commitments (case_id INTEGER); CREATE TABLE notes (id INTEGER PRIMARY KEY, case_id INTEGER); PRAGMA user_version = 1;");
    db.close();
    const r = await replybook(["draft", "--no-interactive", "--example", "--playbook", "parcel-damaged", "--customer", "Laura", "--agent", "Dario", "--record"], { env });
    expect(r.exitCode).toBe(2);
    expectNoStack(r.stderr);
    expect(r.stdout).toMatch(/^Hi Laura,/);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe("The reply above is ready but not recorded in the case log. Once the log is fixed, 'replybook draft --retry' brings back its answers to record it.");
    expect(lines[1]).toMatch(/^replybook: .*cases\.db could not be upgraded from schema v1 \(migration v\d+ failed: .*\); its tables do not match its version, so nothing was changed/);
    expect(lines).toHaveLength(2);
  });

  it("rejects an unknown playbook or locale with a suggestion", async () => {
    const r = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damage"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe("replybook: --playbook parcel-damage: no such playbook (did you mean \"parcel-damaged\"?); see 'replybook playbooks list'");
    const l = await replybook(["draft", "--no-interactive", "--playbook", "parcel-damaged", "--locale", "fr"]);
    expect(l.exitCode).toBe(2);
    expect(l.stderr).toMatch(/--locale fr: no playbooks in that language; there are: /);
  });
});
