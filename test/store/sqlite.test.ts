import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { openCaseStore } from "../../src/store/open.js";
import { caseLogPath, resolveDataDir } from "../../src/store/paths.js";
import { caseFromOutcome, recordDraftOutcome } from "../../src/draft/record.js";
import { openSqliteCaseStore, type SqliteCaseStore } from "../../src/store/sqlite.js";
import { SCHEMA_VERSION } from "../../src/store/migrations.js";
import { outcomeEn, outcomeIt, PACCO_DANNEGGIATO_IT, PARCEL_DAMAGED_EN, tempDir, testConfig } from "./helpers.js";

function freshStore(): { store: SqliteCaseStore; file: string } {
  const file = join(tempDir(), "data", "cases.db");
  return { store: openSqliteCaseStore(file), file };
}

describe("where the case log lives", () => {
  it("prefers REPLYBOOK_DATA_DIR, then the config's data-dir, then XDG_DATA_HOME, then ~/.local/share", () => {
    const env = { HOME: "/home/ann", XDG_DATA_HOME: "/xdg" };
    expect(resolveDataDir({ dataDir: "/cfg" }, { ...env, REPLYBOOK_DATA_DIR: "/env" })).toBe("/env");
    expect(resolveDataDir({ dataDir: "/cfg" }, env)).toBe("/cfg");
    expect(resolveDataDir({}, env)).toBe(join("/xdg", "replybook"));
    expect(resolveDataDir({}, { HOME: "/home/ann" })).toBe(join("/home/ann", ".local", "share", "replybook"));
    // A relative XDG_DATA_HOME is invalid per the spec and ignored.
    expect(resolveDataDir({}, { HOME: "/home/ann", XDG_DATA_HOME: "rel" })).toBe(join("/home/ann", ".local", "share", "replybook"));
    expect(caseLogPath({}, { REPLYBOOK_DATA_DIR: "/env" })).toBe(join("/env", "cases.db"));
  });

  it("creates the file with mode 0600 and its folder 0700, in WAL mode", async () => {
    const dir = join(tempDir(), "nested", "replybook");
    const store = await openCaseStore(testConfig(dir), {});
    await store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN }));
    const file = join(dir, "cases.db");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // SQLite gives the WAL the database file's permissions.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
    expect((store as SqliteCaseStore).database.pragma("journal_mode", { simple: true })).toBe("wal");
    expect((store as SqliteCaseStore).database.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    await store.close();
  });

  it("uses the data folder from the environment for recordDraftOutcome", async () => {
    const dir = tempDir();
    const id = await recordDraftOutcome(outcomeEn(), { config: testConfig(), env: { REPLYBOOK_DATA_DIR: dir }, playbook: PARCEL_DAMAGED_EN });
    expect(id).toBe(1);
    expect(statSync(join(dir, "cases.db")).mode & 0o777).toBe(0o600);
  });
});

describe("a database it cannot use", () => {
  it("refuses a file that is not a database, naming it, as an InputError", () => {
    const dir = tempDir();
    const file = join(dir, "cases.db");
    writeFileSync(file, "this is not a SQLite database, it is a shopping list: milk, eggs, bread and more text to fill a page".repeat(20));
    let error: unknown;
    try {
      openSqliteCaseStore(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).format()).toMatch(/cases\.db is not a readable case log \(file is not a database\)/);
  });

  it("refuses a log written by a newer replybook", () => {
    const file = join(tempDir(), "cases.db");
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 3}`);
    db.close();
    expect(() => openSqliteCaseStore(file)).toThrow(/newer replybook \(case log schema v\d+; this one knows up to v\d+\)/);
  });

  it("refuses a SQLite database that is something else", () => {
    const file = join(tempDir(), "cases.db");
    const db = new Database(file);
    db.exec("CREATE TABLE recipes (name TEXT)");
    db.close();
    expect(() => openSqliteCaseStore(file)).toThrow(/not a replybook case log/);
  });

  it("explains a data folder it cannot create", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "");
    expect(() => openSqliteCaseStore(join(dir, "file", "sub", "cases.db"))).toThrow(InputError);
  });
});

describe("recording and reading cases", () => {
  it("keeps everything a draft outcome carries", async () => {
    const { store } = freshStore();
    const outcome = outcomeEn("2025-03-01T09:30:00.000Z", {
      followUp: "Hi Laura, the courier will collect the parcel on Thursday.",
      remedies: ["replacement"],
      override: { reason: "the customer asked for it", findings: ["no-over-promise"] },
      findings: [{ ruleId: "no-over-promise", messageId: "promise", severity: "error", message: "over-promise", start: 1, end: 5 }],
    });
    const id = await store.recordCase(caseFromOutcome(outcome, { playbook: PARCEL_DAMAGED_EN, evidence: "/shots/laurab.png" }));
    const c = await store.getCase(id);
    expect(c).toMatchObject({
      id,
      customer: { name: "Laura Bianchi", handle: "@laurab" },
      platform: "x",
      complaint: "My parcel arrived smashed!!",
      playbook: "parcel-damaged",
      locale: "en",
      reply: outcome.reply,
      followUp: outcome.followUp,
      agent: "Dario",
      postedAt: "2025-03-01T08:00:00.000Z",
      answeredAt: "2025-03-01T09:30:00.000Z",
      respondWithinMinutes: 360,
      answers: { "photo-received": false, damage: "contents" },
      remedies: ["replacement"],
      checklist: { done: ["read-all", "screenshot"], skipped: ["check-order"] },
      override: { reason: "the customer asked for it", findings: ["no-over-promise"] },
      evidence: "/shots/laurab.png",
      status: "open",
      history: [],
    });
    expect(c!.findings[0]!.ruleId).toBe("no-over-promise");
    expect(c!.commitments).toEqual([
      { id: "callback", label: "Call the customer back with the outcome", within: "24h", due: "2025-03-02T09:30:00.000Z" },
      { id: "courier-collection", label: "Send the courier to collect the parcel", within: "48h", due: "2025-03-03T09:30:00.000Z" },
    ]);
    expect(await store.getCase(id + 1)).toBeUndefined();
    await store.close();
  });

  it("lists newest first and searches by customer (any case, accents, @ optional), playbook, agent, status and time", async () => {
    const { store } = freshStore();
    await store.recordCase(caseFromOutcome(outcomeEn("2025-03-01T09:00:00Z"), { playbook: PARCEL_DAMAGED_EN }));
    await store.recordCase(caseFromOutcome(outcomeIt("2025-03-02T09:00:00Z", { customer: { name: "Zoë Ñúñez", handle: "@ZoeN" } }), { playbook: PACCO_DANNEGGIATO_IT }));
    await store.recordCase(caseFromOutcome(outcomeEn("2025-03-03T09:00:00Z", { agent: "Anna" }), { playbook: PARCEL_DAMAGED_EN }));
    const ids = async (filter: Parameters<typeof store.listCases>[0]) => (await store.listCases(filter)).map((c) => c.id);
    expect(await ids({})).toEqual([3, 2, 1]);
    expect(await ids({ customer: "LAURA" })).toEqual([3, 1]);
    expect(await ids({ customer: "zoe nunez" })).toEqual([2]);
    expect(await ids({ customer: "zoen" })).toEqual([2]);
    expect(await ids({ customer: "@zoen" })).toEqual([2]);
    expect(await ids({ customer: "%" })).toEqual([]);
    expect(await ids({ playbook: "pacco-danneggiato" })).toEqual([2]);
    expect(await ids({ agent: "anna" })).toEqual([3]);
    expect(await ids({ since: "2025-03-02T00:00:00Z" })).toEqual([3, 2]);
    expect(await ids({ until: "2025-03-02T00:00:00Z" })).toEqual([1]);
    expect(await ids({ limit: 1 })).toEqual([3]);
    expect(await ids({ sameCustomer: { handle: "LAURAB" } })).toEqual([3, 1]);
    expect(await ids({ sameCustomer: { name: "laura  bianchi" } })).toEqual([3, 1]);
    expect(await ids({ sameCustomer: { name: "laura" } })).toEqual([]);
    expect(await ids({ sameCustomer: {} })).toEqual([]);
    const [latest] = await store.listCases({ limit: 1 });
    expect(latest).toMatchObject({ openCommitments: 2, nextDue: "2025-03-04T09:00:00.000Z", status: "open" });
    await store.close();
  });

  it("records progress: notes, commitments kept, closing and reopening, in the history", async () => {
    const { store } = freshStore();
    const id = await store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN }));
    const noted = await store.updateCase(id, { note: "Photo received", at: "2025-03-01T12:00:00.000Z", author: "Dario" });
    expect(noted.ok).toBe(true);
    const done = await store.updateCase(id, { done: ["callback"], at: "2025-03-02T08:00:00.000Z", author: "Dario" });
    if (!done.ok) throw done.errors[0];
    expect(done.value.commitments[0]).toMatchObject({ id: "callback", doneAt: "2025-03-02T08:00:00.000Z", doneBy: "Dario" });
    const again = await store.updateCase(id, { done: ["callback"] });
    expect(again.ok && again.warnings?.[0]?.message).toMatch(/already marked done/);
    const closed = await store.updateCase(id, { close: true, at: "2025-03-02T09:00:00.000Z" });
    if (!closed.ok) throw closed.errors[0];
    expect(closed.value).toMatchObject({ status: "closed", closedAt: "2025-03-02T09:00:00.000Z" });
    expect(closed.value.history.map((e) => [e.kind, e.text])).toEqual([
      ["note", "Photo received"],
      ["done", "Call the customer back with the outcome (callback)"],
      ["close", "closed with commitments not marked done: courier-collection"],
    ]);
    const reopened = await store.updateCase(id, { reopen: true });
    expect(reopened.ok && reopened.value.status).toBe("open");
    await store.close();
  });

  it("changes nothing when part of an update is wrong", async () => {
    const { store } = freshStore();
    const id = await store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN }));
    const bad = await store.updateCase(id, { note: "called", done: ["callback", "calback"] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]!.message).toBe(`case ${id} has no commitment "calback" (it has: callback, courier-collection)`);
    const c = await store.getCase(id);
    expect(c!.history).toEqual([]);
    expect(c!.commitments.every((m) => !m.doneAt)).toBe(true);
    const missing = await store.updateCase(999, { note: "x" });
    expect(!missing.ok && missing.errors[0]!.message).toMatch(/no case 999/);
    const empty = await store.updateCase(id, { note: "   " });
    expect(!empty.ok && empty.errors[0]!.message).toBe("the note is empty");
    await store.close();
  });

  it("exports whole cases, oldest first, and purges by age or by customer", async () => {
    const { store } = freshStore();
    const old = await store.recordCase(caseFromOutcome(outcomeEn("2024-01-10T09:00:00Z"), { playbook: PARCEL_DAMAGED_EN }));
    await store.updateCase(old, { note: "Called back" });
    await store.recordCase(caseFromOutcome(outcomeIt("2025-03-01T09:00:00Z"), { playbook: PACCO_DANNEGGIATO_IT }));
    await store.recordCase(caseFromOutcome(outcomeEn("2025-03-02T09:00:00Z"), { playbook: PARCEL_DAMAGED_EN }));
    const all = await store.exportCases();
    expect(all.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(all[0]!.history[0]!.text).toBe("Called back");
    expect((await store.exportCases({ customer: "marco" })).map((c) => c.id)).toEqual([2]);

    expect(await store.purgeOlderThan("2025-01-01T00:00:00Z", { dryRun: true })).toEqual({ cases: 1, commitments: 2, events: 1 });
    expect((await store.listCases()).length).toBe(3);
    expect(await store.purgeOlderThan("2025-01-01T00:00:00Z")).toEqual({ cases: 1, commitments: 2, events: 1 });
    expect((await store.listCases()).map((c) => c.id)).toEqual([3, 2]);
    const db = (store as SqliteCaseStore).database;
    expect(db.prepare("SELECT count(*) AS n FROM commitments").get()).toEqual({ n: 4 });
    expect(db.prepare("SELECT count(*) AS n FROM notes").get()).toEqual({ n: 0 });

    expect(await store.purgeCustomer({ handle: "MarcoR" })).toEqual({ cases: 1, commitments: 2, events: 0 });
    expect(await store.purgeCustomer({ name: "laura" })).toEqual({ cases: 0, commitments: 0, events: 0 });
    expect(await store.purgeCustomer({})).toEqual({ cases: 0, commitments: 0, events: 0 });
    expect((await store.listCases()).map((c) => c.id)).toEqual([3]);
    await store.close();
  });

  it("overwrites purged personal data in the file (secure_delete, WAL checkpointed)", async () => {
    const dir = tempDir();
    const store = openSqliteCaseStore(join(dir, "cases.db"));
    const secret = "Unforgettable-Surname-Xyzzy";
    for (let i = 0; i < 5; i++) await store.recordCase(caseFromOutcome(outcomeEn("2024-01-10T09:00:00Z", { customer: { name: `Ada ${secret}` } })));
    await store.recordCase(caseFromOutcome(outcomeEn("2025-03-02T09:00:00Z")));
    await store.purgeOlderThan("2025-01-01T00:00:00Z");
    await store.close();
    expect(readFileSync(join(dir, "cases.db")).includes(Buffer.from(secret))).toBe(false);
  });

  it("turns SQLite failures into one-line InputErrors naming the file", async () => {
    const { sqliteInputError } = await import("../../src/store/sqlite.js");
    const busy = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    expect((sqliteInputError(busy, "/x/cases.db") as InputError).format()).toBe("/x/cases.db is locked by another replybook for too long: try again in a moment");
    const other = new Error("boom");
    expect(sqliteInputError(other, "/x/cases.db")).toBe(other);
  });
});
