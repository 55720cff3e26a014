// What only the PostgreSQL store has: migrations under an advisory lock, a server that is
// unreachable or drops the connection mid-write, passwords kept out of messages, and the
// least-privilege role the README documents.
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { caseFromOutcome } from "../../src/draft/record.js";
import { openPostgresCaseStore, pgConnectionString, type PostgresCaseStore } from "../../src/store/postgres.js";
import { PG_SCHEMA_VERSION } from "../../src/store/postgres-migrations.js";
import { caseLogTarget, describeTarget, redactUrl } from "../../src/store/target.js";
import { describePostgres, freshDatabaseUrl, withPg } from "../helpers/pg.js";
import { outcomeEn, PARCEL_DAMAGED_EN, testConfig } from "./helpers.js";

const BIN = fileURLToPath(new URL("../../bin/replybook.js", import.meta.url));
const open: PostgresCaseStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
const track = (s: PostgresCaseStore) => (open.push(s), s);

describe("choosing the store and hiding passwords", () => {
  it("uses REPLYBOOK_DATABASE_URL, else caseLog.url, else the SQLite file", () => {
    const config = { ...testConfig("/data"), caseLog: { url: "postgres://team@db.example/cases" }, origins: { caseLog: "/team/.replybookrc" } };
    expect(caseLogTarget(config, { REPLYBOOK_DATABASE_URL: "postgresql://me@other/x" })).toEqual({ kind: "postgres", url: "postgresql://me@other/x", origin: "REPLYBOOK_DATABASE_URL" });
    expect(caseLogTarget(config, {})).toEqual({ kind: "postgres", url: "postgres://team@db.example/cases", origin: "/team/.replybookrc" });
    expect(caseLogTarget(testConfig("/data"), {})).toEqual({ kind: "sqlite", file: "/data/cases.db" });
    expect(() => caseLogTarget(testConfig(), { REPLYBOOK_DATABASE_URL: "mysql://x:pw@h/db" })).toThrow(/"mysql:\/\/x:\*\*\*@h\/db" is not a PostgreSQL URL/);
  });

  it("never shows a password, in the URL or its parameters", () => {
    expect(redactUrl("postgres://rb:s3cr%40t@db.example:5432/cases?sslmode=verify-full")).toBe("postgres://rb:***@db.example:5432/cases?sslmode=verify-full");
    expect(redactUrl("postgres://db.example/cases?user=rb&password=hunter2&sslpassword=x")).not.toMatch(/hunter2|=x\b/);
    expect(describeTarget({ kind: "postgres", url: "postgres://rb:pw@h/c", origin: "REPLYBOOK_DATABASE_URL" })).toBe("PostgreSQL postgres://rb:***@h/c (from REPLYBOOK_DATABASE_URL)");
  });

  it("passes sslmode to node-postgres, naming its verify-full meaning so it prints no warning", () => {
    expect(pgConnectionString("postgres://rb@db.example/cases?sslmode=require")).toBe("postgres://rb@db.example/cases?sslmode=verify-full");
    expect(pgConnectionString("postgres://rb@db.example/cases?sslmode=verify-ca&sslrootcert=%2Fetc%2Fca.crt")).toBe("postgres://rb@db.example/cases?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt");
    for (const kept of ["postgres://rb@db.example/cases", "postgres://rb@db.example/cases?sslmode=disable", "postgres://rb@db.example/cases?sslmode=verify-full", "postgres://rb@db.example/cases?uselibpqcompat=true&sslmode=require"])
      expect(pgConnectionString(kept)).toBe(kept);
  });

  it("replybook config names the store in use and hides its password", async () => {
    const env = { PATH: process.env.PATH!, HOME: "/nonexistent", REPLYBOOK_CONFIG_STOP_DIR: "/", REPLYBOOK_DATABASE_URL: "postgres://rb:hunter2@db.example/cases" };
    const text = await execa(process.execPath, [BIN, "config"], { env, extendEnv: false, reject: false, cwd: "/" });
    expect(text.stdout).toMatch(/case log\s+PostgreSQL postgres:\/\/rb:\*\*\*@db\.example\/cases \(from REPLYBOOK_DATABASE_URL\)/);
    const json = await execa(process.execPath, [BIN, "config", "--json"], { env, extendEnv: false, reject: false, cwd: "/" });
    expect(JSON.parse(json.stdout).caseLog).toEqual({ kind: "postgres", location: "postgres://rb:***@db.example/cases", origin: "REPLYBOOK_DATABASE_URL" });
    expect(text.stdout + json.stdout).not.toContain("hunter2");
  });
});

describePostgres("the PostgreSQL store", () => {
  it("migrates a new database once when several replybooks start at the same moment", async () => {
    const url = await freshDatabaseUrl();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresCaseStore(url)));
    stores.forEach(track);
    const rows = await withPg(url, async (c) => (await c.query("SELECT version FROM replybook_migrations ORDER BY version")).rows.map((r) => r.version));
    expect(rows).toEqual(Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
    expect(await stores[5]!.schemaStatus()).toEqual({ current: PG_SCHEMA_VERSION, latest: PG_SCHEMA_VERSION, pending: [] });
  });

  it("leaves a new database alone when asked not to migrate, and db migrate does it", async () => {
    const url = await freshDatabaseUrl();
    const store = track(await openPostgresCaseStore(url, { migrate: false }));
    expect((await store.schemaStatus()).current).toBe(0);
    const env = { PATH: process.env.PATH!, HOME: "/nonexistent", REPLYBOOK_CONFIG_STOP_DIR: "/", REPLYBOOK_DATABASE_URL: url };
    const status = await execa(process.execPath, [BIN, "db", "status"], { env, extendEnv: false, reject: false, cwd: "/" });
    expect(status.stdout).toMatch(/Schema\s+v0 \(this replybook knows v\d+: run replybook db migrate\)/);
    const migrated = await execa(process.execPath, [BIN, "db", "migrate"], { env, extendEnv: false, reject: false, cwd: "/" });
    expect(migrated.stdout).toBe(`Migrated from schema v0 to v${PG_SCHEMA_VERSION}.`);
    const again = await execa(process.execPath, [BIN, "db", "migrate"], { env, extendEnv: false, reject: false, cwd: "/" });
    expect(again.stdout).toBe(`Already at schema v${PG_SCHEMA_VERSION}: nothing to do.`);
  });

  it("refuses a database migrated by a newer replybook, or one whose cases table is someone else's", async () => {
    const newer = await freshDatabaseUrl();
    track(await openPostgresCaseStore(newer));
    await withPg(newer, (c) => c.query("INSERT INTO replybook_migrations (version, description) VALUES (99, 'from the future')"));
    await expect(openPostgresCaseStore(newer)).rejects.toThrow(/newer replybook \(case log schema v99; this one knows up to v\d+\): upgrade replybook/);
    const foreign = await freshDatabaseUrl();
    await withPg(foreign, (c) => c.query("CREATE TABLE cases (recipe text)"));
    await expect(openPostgresCaseStore(foreign)).rejects.toThrow(/has a table named cases that replybook did not make/);
  });

  it("turns an unreachable server into one line, exit 2, without the password", async () => {
    const env = { PATH: process.env.PATH!, HOME: "/nonexistent", REPLYBOOK_CONFIG_STOP_DIR: "/", REPLYBOOK_DATABASE_URL: "postgres://rb:hunter2@127.0.0.1:1/cases?connect_timeout=2" };
    const r = await execa(process.execPath, [BIN, "cases"], { env, extendEnv: false, reject: false, cwd: "/" });
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^replybook: postgres:\/\/rb:\*\*\*@127\.0\.0\.1:1\/cases\?connect_timeout=2 cannot reach the case log server \(connect ECONNREFUSED/);
  });

  it("asks the server for TLS when the URL says sslmode, and says so in one line when it has none", async () => {
    const url = new URL(await freshDatabaseUrl());
    url.searchParams.set("sslmode", "require");
    const env = { PATH: process.env.PATH!, HOME: "/nonexistent", REPLYBOOK_CONFIG_STOP_DIR: "/", REPLYBOOK_DATABASE_URL: url.toString() };
    const r = await execa(process.execPath, [BIN, "db", "status"], { env, extendEnv: false, reject: false, cwd: "/" });
    const ssl = await withPg(await freshDatabaseUrl(), async (c) => (await c.query("SHOW ssl")).rows[0].ssl as string);
    if (ssl === "on") {
      // A server with TLS answers, or its certificate is refused in one line.
      if (r.exitCode !== 0) expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/TLS certificate was refused/)]);
      return;
    }
    // bash .ci/run's server runs without TLS.
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/sslmode=require.* the server does not accept TLS connections \(The server does not support SSL connections\): it needs ssl on, or the URL sslmode=disable on a network you trust$/)]);
  });

  it("saves nothing of a case whose connection is cut mid-write, and says so in one line", async () => {
    const url = await freshDatabaseUrl();
    const store = track(await openPostgresCaseStore(url));
    await withPg(url, async (admin) => {
      // Hold the commitments table: the case row goes in, then its commitments wait.
      await admin.query("BEGIN");
      await admin.query("LOCK TABLE commitments IN ACCESS EXCLUSIVE MODE");
      const writing = store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN })).then(
        () => undefined,
        (e: unknown) => e,
      );
      await waitFor(async () => (await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'replybook' AND wait_event_type = 'Lock'")).rows[0].n === 1);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'replybook' AND wait_event_type = 'Lock'");
      const error = await writing;
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).format()).toMatch(/cannot reach the case log server \(.*\): nothing was saved$/);
      await admin.query("COMMIT");
    });
    expect(await store.counts()).toEqual({ cases: 0, commitments: 0, events: 0 });
    expect(await store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN }))).toBeGreaterThan(0);
  });

  it("works with the least-privilege role the README gives", async () => {
    const url = await freshDatabaseUrl();
    const db = new URL(url).pathname.slice(1);
    const role = `rb_role_${process.pid}`;
    await withPg(url, async (c) => {
      await c.query(`DROP ROLE IF EXISTS ${role}`);
      // The README's SQL, with this test's names.
      await c.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
      await c.query(`GRANT CONNECT ON DATABASE ${db} TO ${role}`);
      await c.query(`CREATE SCHEMA replybook AUTHORIZATION ${role}`);
      await c.query(`ALTER ROLE ${role} IN DATABASE ${db} SET search_path = replybook`);
    });
    const asRole = new URL(url);
    asRole.username = role;
    const store = track(await openPostgresCaseStore(asRole.toString()));
    const id = await store.recordCase(caseFromOutcome(outcomeEn(), { playbook: PARCEL_DAMAGED_EN }));
    expect((await store.updateCase(id, { done: ["callback"], close: true })).ok).toBe(true);
    expect((await store.purgeOlderThan("2100-01-01T00:00:00Z")).cases).toBe(1);
    await expect(withPg(asRole.toString(), (c) => c.query("CREATE TABLE public.elsewhere (x int)"))).rejects.toThrow(/permission denied/);
    await store.close();
    await withPg(url, async (c) => {
      await c.query(`DROP SCHEMA replybook CASCADE`);
      await c.query(`REVOKE CONNECT ON DATABASE ${db} FROM ${role}`);
      await c.query(`DROP ROLE ${role}`);
    });
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
}
