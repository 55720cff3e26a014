// `replybook db` through the real binary: status on both stores, and copy --to from a SQLite
// log to a PostgreSQL server and back to a new SQLite file, the cases exported the same at
// every step; copying into a log that is not empty is refused in one line.
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { caseFromOutcome, recordDraftOutcome } from "../../src/draft/record.js";
import { openCaseStore } from "../../src/store/open.js";
import { describePostgres, freshDatabaseUrl, PG_TEST_URL } from "../helpers/pg.js";
import { SHARED_CACHE } from "../helpers/cli.js";
import { outcomeEn, outcomeIt, PACCO_DANNEGGIATO_IT, PARCEL_DAMAGED_EN, tempDir, testConfig } from "../store/helpers.js";

const BIN = fileURLToPath(new URL("../../bin/replybook.js", import.meta.url));

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL("../../dist/cli/run.js", import.meta.url)))) throw new Error("build first: npx tsc -p tsconfig.build.json");
});

function replybook(root: string, args: string[], env: Record<string, string>) {
  const home = join(root, "home");
  mkdirSync(home, { recursive: true });
  return execa(process.execPath, [BIN, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH!, HOME: home, XDG_CACHE_HOME: SHARED_CACHE, NO_COLOR: "1", REPLYBOOK_CONFIG_STOP_DIR: tmpdir(), TZ: "UTC", ...env },
    extendEnv: false,
    reject: false,
  });
}

/** Three cases with commitments, one closed with a note, one done: every table has rows. */
async function seed(env: Record<string, string>): Promise<void> {
  const config = testConfig();
  const a = await recordDraftOutcome(outcomeEn("2025-03-09T09:30:00.000Z"), { config, env, playbook: PARCEL_DAMAGED_EN, evidence: "shots/laurab-1.png" });
  await recordDraftOutcome(outcomeIt("2025-03-09T20:00:00.000Z", { customer: { name: "Zoë Ōtsuka 大阪", handle: "@zoe" } }), { config, env, playbook: PACCO_DANNEGGIATO_IT });
  const c = await recordDraftOutcome(outcomeEn("2024-10-01T09:00:00.000Z", { agent: "Anna" }), { config, env, playbook: PARCEL_DAMAGED_EN });
  const store = await openCaseStore(config, env);
  await store.updateCase(a, { done: ["callback"], note: "Called, courier booked", at: "2025-03-10T08:00:00.000Z" });
  await store.updateCase(c, { close: true, at: "2024-10-02T09:00:00.000Z" });
  await store.close();
}

describePostgres("replybook db", () => {
  it("copies a SQLite log to the server and back, the counts checked and every case the same", async () => {
    const root = tempDir("replybook-db-");
    const sqlite = { REPLYBOOK_DATA_DIR: join(root, "data") };
    await seed(sqlite);
    const url = await freshDatabaseUrl();
    const withPassword = new URL(url);
    withPassword.password = "s3cret-pw"; // trust authentication ignores it; it must never be printed
    const server = { REPLYBOOK_DATA_DIR: join(root, "unused"), REPLYBOOK_DATABASE_URL: withPassword.toString() };

    const status = await replybook(root, ["db", "status"], sqlite);
    expect(status.exitCode, String(status.stderr)).toBe(0);
    expect(status.stdout).toMatch(/^Case log\s+SQLite .*cases\.db$/m);
    expect(status.stdout).toMatch(/^Holds\s+3 cases, 6 commitments, 3 history events$/m);
    const exportOf = async (env: Record<string, string>) => (JSON.parse(String((await replybook(root, ["cases", "export"], env)).stdout)) as { cases: unknown[] }).cases;
    const exported = await exportOf(sqlite);
    expect(exported).toHaveLength(3);

    const up = await replybook(root, ["db", "copy", "--to", withPassword.toString()], sqlite);
    expect(up.exitCode, String(up.stderr)).toBe(0);
    expect(up.stdout).toMatch(/^Copied 3 cases to PostgreSQL postgres(ql)?:\/\/postgres:\*\*\*@.*: 3 cases, 6 commitments, 3 history events, the same as the source\.$/);
    expect(String(up.stdout) + String(up.stderr)).not.toContain("s3cret-pw");
    const serverStatus = await replybook(root, ["db", "status"], server);
    expect(serverStatus.stdout).toMatch(/^Case log\s+PostgreSQL .* \(from REPLYBOOK_DATABASE_URL\)$/m);
    expect(serverStatus.stdout).toMatch(/^Schema\s+v\d+ \(up to date\)$/m);
    expect(serverStatus.stdout).toMatch(/^Holds\s+3 cases, 6 commitments, 3 history events$/m);
    expect(serverStatus.stdout).not.toContain("s3cret-pw");
    expect(await exportOf(server)).toEqual(exported);
    // New cases on the server continue after the numbers copied in.
    expect(await recordDraftOutcome(outcomeEn("2025-03-11T09:00:00.000Z", { customer: { handle: "@new" } }), { config: testConfig(), env: server, playbook: PARCEL_DAMAGED_EN })).toBe(4);

    const down = await replybook(root, ["db", "copy", "--to", join(root, "back")], server);
    expect(down.exitCode, String(down.stderr)).toBe(0);
    expect(down.stdout).toMatch(/^Copied 4 cases to SQLite .*back\/cases\.db: 4 cases, 8 commitments, 3 history events, the same as the source\.$/);
    const back = { REPLYBOOK_DATA_DIR: join(root, "back") };
    const roundTrip = await exportOf(back);
    expect(roundTrip).toHaveLength(4);
    // Exported oldest first: the three copied cases come first (the new one was answered last).
    expect(roundTrip.slice(0, 3)).toEqual(exported);

    const again = await replybook(root, ["db", "copy", "--to", withPassword.toString()], sqlite);
    expect(again.exitCode).toBe(2);
    expect(String(again.stderr).trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toMatch(/already holds 4 cases, 8 commitments, 3 history events: copy only into an empty case log$/);
    expect(again.stderr).not.toContain("s3cret-pw");
    const same = await replybook(root, ["db", "copy", "--to", join(root, "data")], sqlite);
    expect(same.exitCode).toBe(2);
    expect(same.stderr).toMatch(/--to names the case log in use/);
  }, 120_000);
});

/** A team's log: three cases and an inbox of four complaints, one claimed with a lease, one answered. */
async function seedInbox(env: Record<string, string>): Promise<void> {
  await seed(env);
  const store = await openCaseStore(testConfig(), env);
  const complaint = (n: number) => ({
    sourceKey: `export.csv:${n}`,
    text: `Parcel ${n} arrived broken`,
    customer: { name: `Zoë ${n}`, handle: `@zoe${n}` },
    platform: "x",
    postedAt: "2025-03-10T08:00:00.000Z",
    playbook: "parcel-damaged",
    locale: "en",
    routeWords: ["broken"],
    respondWithinMinutes: 60,
    dueMs: Date.parse("2025-03-10T09:00:00.000Z") + n,
    rankMs: Date.parse("2025-03-10T09:00:00.000Z") + n,
    vip: false,
  });
  await store.importComplaints([1, 2, 3, 4].map(complaint));
  await store.claimNext({ agent: "Dario", now: "2025-03-10T08:30:00.000Z", leaseMs: 15 * 60_000 });
  const taken = (await store.claimNext({ agent: "Giulia", now: "2025-03-10T08:31:00.000Z", leaseMs: 15 * 60_000 }))!;
  const answer = caseFromOutcome(outcomeEn("2025-03-10T08:40:00.000Z", { agent: "Giulia" }), { playbook: PARCEL_DAMAGED_EN });
  expect((await store.answerComplaint(taken.id, answer)).ok).toBe(true);
  await store.close();
}

async function inboxOf(env: Record<string, string>): Promise<unknown> {
  const store = await openCaseStore(testConfig(), env);
  try {
    return await store.listInbox({ status: "all" });
  } finally {
    await store.close();
  }
}

describe("replybook db copy, the team's inbox", () => {
  const holds = "4 cases, 8 commitments, 3 history events, 4 inbox complaints \\(2 claimed, 1 answered\\)";
  it("copies the inbox with its claims, leases and answers to another SQLite log, the counts checked", async () => {
    const root = tempDir("replybook-db-inbox-");
    const sqlite = { REPLYBOOK_DATA_DIR: join(root, "data") };
    await seedInbox(sqlite);
    const status = await replybook(root, ["db", "status"], sqlite);
    expect(status.stdout).toMatch(new RegExp(`^Holds\\s+${holds}$`, "m"));
    const copy = await replybook(root, ["db", "copy", "--to", join(root, "copy")], sqlite);
    expect(copy.exitCode, String(copy.stderr)).toBe(0);
    expect(copy.stdout).toMatch(new RegExp(`^Copied 4 cases and 4 inbox complaints to SQLite .*copy/cases\\.db: ${holds}, the same as the source\\.$`));
    const copied = { REPLYBOOK_DATA_DIR: join(root, "copy") };
    expect(await inboxOf(copied)).toEqual(await inboxOf(sqlite));
  }, 120_000);

  it.skipIf(!PG_TEST_URL)("copies the inbox to PostgreSQL and back", async () => {
    const root = tempDir("replybook-db-inbox-pg-");
    const sqlite = { REPLYBOOK_DATA_DIR: join(root, "data") };
    await seedInbox(sqlite);
    const server = { REPLYBOOK_DATA_DIR: join(root, "unused"), REPLYBOOK_DATABASE_URL: await freshDatabaseUrl() };
    const up = await replybook(root, ["db", "copy", "--to", server.REPLYBOOK_DATABASE_URL], sqlite);
    expect(up.exitCode, String(up.stderr)).toBe(0);
    expect(up.stdout).toMatch(new RegExp(`^Copied 4 cases and 4 inbox complaints to PostgreSQL .*: ${holds}, the same as the source\\.$`));
    expect(await inboxOf(server)).toEqual(await inboxOf(sqlite));
    const again = await replybook(root, ["db", "copy", "--to", server.REPLYBOOK_DATABASE_URL], sqlite);
    expect(again.stderr).toMatch(new RegExp(`already holds ${holds}: copy only into an empty case log$`));
    const down = await replybook(root, ["db", "copy", "--to", join(root, "back")], server);
    expect(down.exitCode, String(down.stderr)).toBe(0);
    expect(await inboxOf({ REPLYBOOK_DATA_DIR: join(root, "back") })).toEqual(await inboxOf(sqlite));
  }, 120_000);
});
