/**
 * The SQLite side of the inbox's shared queries (src/store/inbox.ts): statements run at once on
 * the one connection; a write is one IMMEDIATE transaction, so the write lock is held from the
 * first read to the commit and two processes claiming at once take turns.
 */
import type Database from "better-sqlite3";
import type { Runner, Session } from "./inbox.js";

const value = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : v);

export function sqliteSession(db: Database.Database): Session {
  const runner: Runner = {
    dialect: "sqlite",
    async all<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(params.map(value)) as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      db.prepare(sql).run(params.map(value));
    },
  };
  return {
    read: (fn) => fn(runner),
    async write(fn) {
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(runner);
        if (isFailedResult(result)) db.exec("ROLLBACK");
        else db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
  };
}

/** A Result carrying errors changed nothing: it is rolled back, not committed. */
export function isFailedResult(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && Array.isArray((value as { errors?: unknown }).errors);
}
