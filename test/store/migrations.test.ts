import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../../src/store/migrations.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { caseFromOutcome } from "../../src/draft/record.js";
import { outcomeEn, PARCEL_DAMAGED_EN, tempDir } from "./helpers.js";

// The first released schema, written out by hand (not by calling MIGRATIONS[0]), the way an
// old replybook left it on someone's disk.
const V1_SCHEMA = `
  CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_name TEXT, customer_handle TEXT, platform TEXT, complaint TEXT,
    playbook TEXT NOT NULL, locale TEXT NOT NULL, reply TEXT NOT NULL, agent TEXT NOT NULL,
    posted_at TEXT, answered_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')), closed_at TEXT,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX cases_answered_at ON cases (answered_at);
  CREATE TABLE commitments (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    commitment_id TEXT NOT NULL, within TEXT NOT NULL, due_at TEXT NOT NULL, done_at TEXT,
    PRIMARY KEY (case_id, commitment_id)
  );
  CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    at TEXT NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX notes_case ON notes (case_id);
  PRAGMA user_version = 1;
`;

function makeV1(file: string): void {
  const db = new Database(file);
  db.exec(V1_SCHEMA);
  db.prepare(
    `INSERT INTO cases (customer_name, customer_handle, platform, complaint, playbook, locale, reply, agent, posted_at, answered_at, status, closed_at, recorded_at)
     VALUES ('Laura Bianchi', '@laurab', 'x', 'smashed parcel', 'parcel-damaged', 'en', 'Hi Laura', 'Dario', '2024-05-01T08:00:00.000Z', '2024-05-01T09:00:00.000Z', 'open', NULL, '2024-05-01T09:00:01.000Z'),
            ('Marco Rossi', NULL, 'facebook', NULL, 'pacco-danneggiato', 'it', 'Ciao Marco', 'Giulia', NULL, '2024-05-02T09:00:00.000Z', 'closed', '2024-05-03T09:00:00.000Z', '2024-05-02T09:00:01.000Z')`,
  ).run();
  db.prepare(
    `INSERT INTO commitments (case_id, commitment_id, within, due_at, done_at) VALUES
       (1, 'callback', '24h', '2024-05-02T09:00:00.000Z', '2024-05-02T08:00:00.000Z'),
       (1, 'courier-collection', '48h', '2024-05-03T09:00:00.000Z', NULL),
       (2, 'richiamata', '24 ore', '2024-05-03T09:00:00.000Z', NULL)`,
  ).run();
  db.prepare("INSERT INTO notes (case_id, at, text) VALUES (1, '2024-05-01T12:00:00.000Z', 'Photo received')").run();
  db.close();
}

describe("schema migrations", () => {
  it("numbers migrations 1..n with no gaps", () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
  });

  it("brings a v1 log made by hand to the current version, keeping every case, and it works afterwards", async () => {
    const file = join(tempDir(), "cases.db");
    makeV1(file);
    const store = openSqliteCaseStore(file, { create: false });
    const db = store.database;
    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);

    const laura = await store.getCase(1);
    expect(laura).toMatchObject({
      customer: { name: "Laura Bianchi", handle: "@laurab" },
      playbook: "parcel-damaged",
      answers: {},
      remedies: [],
      findings: [],
      checklist: { done: [], skipped: [] },
      status: "open",
    });
    expect(laura!.respondWithinMinutes).toBeUndefined();
    // v1 had no labels: the id stands in for one.
    expect(laura!.commitments).toEqual([
      { id: "callback", label: "callback", within: "24h", due: "2024-05-02T09:00:00.000Z", doneAt: "2024-05-02T08:00:00.000Z" },
      { id: "courier-collection", label: "courier-collection", within: "48h", due: "2024-05-03T09:00:00.000Z" },
    ]);
    expect(laura!.history).toEqual([{ at: "2024-05-01T12:00:00.000Z", kind: "note", text: "Photo received" }]);
    expect((await store.getCase(2))!.status).toBe("closed");

    // New cases continue the numbering, with the new columns.
    const id = await store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN, evidence: "https://example.com/shot.png" }));
    expect(id).toBe(3);
    expect(await store.getCase(id)).toMatchObject({ respondWithinMinutes: 360, evidence: "https://example.com/shot.png" });
    const updated = await store.updateCase(1, { done: ["courier-collection"], author: "Dario" });
    expect(updated.ok).toBe(true);
    expect((await store.dueCommitments()).map((d) => d.caseId)).toEqual([3, 3]);
    const report = await buildReport(store, { now: "2024-06-01T00:00:00.000Z" });
    expect(report.totals.cases).toBe(3);
    await store.close();

    // Opening again is a no-op.
    const again = openSqliteCaseStore(file, { create: false });
    expect(again.database.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    await again.close();
  });

  it("gives a fresh log the same schema as a migrated one", () => {
    const schemaOf = (file: string) => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all();
      const columns = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).map((t) => [
        t,
        (db.pragma(`table_info(${t})`) as Array<{ name: string; type: string; notnull: number }>).map((c) => `${c.name} ${c.type} ${c.notnull}`).sort(),
      ]);
      db.close();
      return { rows, columns };
    };
    const migrated = join(tempDir(), "cases.db");
    makeV1(migrated);
    openSqliteCaseStore(migrated, { create: false }).database.close();
    const fresh = join(tempDir(), "cases.db");
    openSqliteCaseStore(fresh).database.close();
    expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
  });

  it("refuses, in one line and changing nothing, a log whose tables are ahead of its version", () => {
    const file = join(tempDir(), "cases.db");
    makeV1(file);
    // A later migration's column already there (a log touched by hand, or by a build that
    // numbered its migrations differently): the upgrade must not guess.
    const db = new Database(file);
    db.exec("ALTER TABLE cases ADD COLUMN customer_key TEXT");
    db.close();
    let message = "";
    try {
      openSqliteCaseStore(file, { create: false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("could not be upgraded from schema v1");
    expect(message).toMatch(/migration v\d+ failed: duplicate column name: customer_key/);
    expect(message).not.toContain("\n");
    const after = new Database(file, { readonly: true });
    expect(after.pragma("user_version", { simple: true })).toBe(1);
    expect((after.prepare("SELECT count(*) AS n FROM cases").get() as { n: number }).n).toBe(2);
    after.close();
  });
});
