// `lint --record`: replies written elsewhere go into the case log with their promises (P12).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cleanEnv, expectNoStack, replybook, tempDir } from "../helpers/cli.js";
import { describeEachStore, freshDatabaseUrl } from "../helpers/pg.js";

const REPLY = "Hi Laura, I'm Dario and I'm so sorry your order is late. I'll update you within 24 hours. Send me a DM.\n— Dario\n";

describeEachStore("lint --record", (kind) => {
  it("records the reply, its findings and its promises; followups lists them", async () => {
    const env = cleanEnv();
    if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
    const cwd = tempDir();
    writeFileSync(join(cwd, "reply.txt"), REPLY);
    writeFileSync(join(cwd, "complaint.txt"), "Two weeks and my order is still not here!");
    const r = await replybook(["lint", "reply.txt", "--playbook", "late-delivery", "--customer", "Laura Bianchi", "--handle", "@laurab", "--agent", "Dario", "--record", "--commit", "status-update=24h", "--posted", "3h ago", "--complaint-file", "complaint.txt", "--evidence", "shots/post.png", "--now", "2026-11-20T10:00:00Z"], { env, cwd });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/Recorded as case 1\./);
    const due = await replybook(["followups", "--due", "all", "--json", "--now", "2026-11-20T11:00:00Z"], { env, cwd });
    const items = JSON.parse(due.stdout) as Array<Record<string, unknown>>;
    expect(JSON.stringify(items)).toMatch(/status-update/);
    expect(JSON.stringify(items)).toMatch(/2026-11-21T10:00:00/);
    const shown = await replybook(["case", "1"], { env, cwd });
    expect(shown.stdout).toMatch(/Two weeks and my order is still not here!/);
    expect(shown.stdout).toMatch(/shots\/post\.png/);
  });

  it.each([
    [["--record"], /--record needs --playbook/],
    [["--record", "--playbook", "late-delivery"], /--record needs --customer or --handle/],
    [["--record", "--playbook", "late-delivery", "--handle", "@x", "--agent", "D", "--commit", "status-update=2h"], /sooner than the playbook allows \(24 hours, P4\)/],
    [["--record", "--playbook", "late-delivery", "--handle", "@x", "--agent", "D", "--commit", "callback=24h"], /has no such commitment/],
    [["--commit", "status-update=24h"], /--commit goes with --record/],
  ])("refuses %j in one line, exit 2, recording nothing", async (args, message) => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "reply.txt"), REPLY);
    const env = cleanEnv();
    if (kind === "postgres") env.REPLYBOOK_DATABASE_URL = await freshDatabaseUrl();
    const r = await replybook(["lint", "reply.txt", ...args], { cwd, env });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expectNoStack(r.stderr);
    const cases = await replybook(["cases", "--json"], { cwd, env });
    expect(JSON.parse(cases.stdout)).toEqual([]);
  });
});
