// PostgreSQL for the tests: REPLYBOOK_TEST_DATABASE_URL names a server where this user may
// create databases (bash .ci/run starts a throwaway one). Each caller gets a new, empty
// database, dropped after the test file. Without the variable the PostgreSQL variants are
// skipped, saying why; under CI they fail instead, so CI can never pass without them.
import pg from "pg";
import { afterAll, describe, it } from "vitest";

export const PG_TEST_URL = process.env.REPLYBOOK_TEST_DATABASE_URL?.trim() || undefined;
export const PG_SKIP_REASON = "REPLYBOOK_TEST_DATABASE_URL is not set (bash .ci/run starts a server and sets it)";

export type StoreKind = "sqlite" | "postgres";

let counter = 0;
const made: string[] = [];

afterAll(async () => {
  if (!PG_TEST_URL || !made.length) return;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  try {
    for (const name of made.splice(0)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}, 60_000);

/** The URL of a new, empty database on the test server. */
export async function freshDatabaseUrl(): Promise<string> {
  if (!PG_TEST_URL) throw new Error(PG_SKIP_REASON);
  const name = `rb_t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = new pg.Client({ connectionString: PG_TEST_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  made.push(name);
  const url = new URL(PG_TEST_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `fn` against one database of the test server, with a plain pg client. */
export async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

let toldSkip = false;

/**
 * `describe` once per store. The PostgreSQL variant is skipped with its reason when no test
 * server is configured, and fails under CI (CI=true), where one must be.
 */
export function describeEachStore(title: string, fn: (kind: StoreKind) => void): void {
  describe(`${title} [sqlite]`, () => fn("sqlite"));
  describePostgres(title, () => fn("postgres"));
}

/** `describe` for PostgreSQL only: skipped with its reason without a server, failing under CI. */
export function describePostgres(title: string, fn: () => void): void {
  if (PG_TEST_URL) describe(`${title} [postgres]`, fn);
  else if (process.env.CI) describe(`${title} [postgres]`, () => it("has a PostgreSQL server to run against", () => {
    throw new Error(`CI must run the PostgreSQL tests: ${PG_SKIP_REASON}`);
  }));
  else {
    if (!toldSkip) process.stderr.write(`PostgreSQL tests skipped: ${PG_SKIP_REASON}\n`);
    toldSkip = true;
    describe.skip(`${title} [postgres: skipped, ${PG_SKIP_REASON}]`, fn);
  }
}
