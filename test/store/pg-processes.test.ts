// Several replybook processes on one PostgreSQL case log: recording at once, killed with -9
// mid-write, and cut off by the server mid-run. Every case a process was told is committed
// must be there exactly once, and no case may be left without its commitments.
// (bench/cases-faults.js runs the same for a minute and stops a real server.)
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { execa, type ResultPromise } from "execa";
import { beforeAll, expect, it } from "vitest";
import { describePostgres, freshDatabaseUrl, withPg } from "../helpers/pg.js";

const WRITER = fileURLToPath(new URL("./fixtures/pg-writer.mjs", import.meta.url));

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL("../../dist/draft/record.js", import.meta.url)))) throw new Error("build first: npx tsc -p tsconfig.build.json");
});

function writer(url: string, tag: string, count: number): ResultPromise {
  return execa(process.execPath, [WRITER, url, tag, String(count)], { reject: false, buffer: true });
}

function acknowledged(stdout: string): string[] {
  return stdout.split("\n").flatMap((l) => (/^ok (\S+) \d+$/.exec(l)?.[1] ? [/^ok (\S+)/.exec(l)![1]!] : []));
}

/** Every acknowledged case present exactly once; no case without its three commitments. */
async function checkLog(url: string, acks: string[]): Promise<{ cases: number }> {
  return withPg(url, async (c) => {
    const rows = (await c.query("SELECT complaint, count(*)::int AS n FROM cases GROUP BY complaint")).rows as Array<{ complaint: string; n: number }>;
    const seen = new Map(rows.map((r) => [r.complaint, r.n]));
    for (const tag of acks) expect(seen.get(tag), tag).toBe(1);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    const partial = (await c.query("SELECT count(*)::int AS n FROM cases c WHERE (SELECT count(*) FROM commitments m WHERE m.case_id = c.id) <> 3")).rows[0].n;
    expect(partial).toBe(0);
    return { cases: rows.length };
  });
}

describePostgres("replybook processes sharing one case log", () => {
  it("8 processes recording at once: every case present exactly once, numbered without gaps in what they were told", async () => {
    const url = await freshDatabaseUrl();
    const runs = await Promise.all(Array.from({ length: 8 }, (_, n) => writer(url, `w${n}`, 25)));
    for (const r of runs) expect(r.exitCode, String(r.stderr)).toBe(0);
    const acks = runs.flatMap((r) => acknowledged(String(r.stdout)));
    expect(acks).toHaveLength(200);
    const ids = runs.flatMap((r) => String(r.stdout).split("\n").filter(Boolean).map((l) => Number(l.split(" ")[2])));
    expect(new Set(ids).size).toBe(200);
    expect((await checkLog(url, acks)).cases).toBe(200);
  }, 120_000);

  it("kill -9 in the middle of writing loses nothing committed and leaves no half case", async () => {
    const url = await freshDatabaseUrl();
    for (let round = 0; round < 3; round++) {
      const procs = Array.from({ length: 4 }, (_, n) => writer(url, `k${round}${n}`, 0));
      await new Promise((r) => setTimeout(r, 1500 + round * 300));
      for (const p of procs) p.kill("SIGKILL");
      const runs = await Promise.all(procs);
      for (const r of runs) expect(r.signal).toBe("SIGKILL");
      const acks = runs.flatMap((r) => acknowledged(String(r.stdout)));
      expect(acks.length).toBeGreaterThan(0);
      const { cases } = await checkLog(url, acks);
      // A case may be committed in the instant before its "ok" is printed; never the other way.
      expect(cases).toBeGreaterThanOrEqual(acks.length);
    }
  }, 120_000);

  it("connections cut by the server mid-run: each process says so in one line and exits 2; no half case", async () => {
    const url = await freshDatabaseUrl();
    const procs = Array.from({ length: 4 }, (_, n) => writer(url, `s${n}`, 0));
    await new Promise((r) => setTimeout(r, 1500));
    let done = false;
    const all = Promise.all(procs).finally(() => (done = true));
    await withPg(url, async (admin) => {
      // What a server shutdown does to its clients: every replybook connection terminated, again and again.
      while (!done) {
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'replybook' AND pid <> pg_backend_pid()");
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    const runs = await all;
    for (const r of runs) {
      expect(r.exitCode).toBe(2);
      const last = String(r.stdout).trim().split("\n").pop()!;
      expect(last).toMatch(/^error postgresql:\/\/.* (cannot reach the case log server \(.+\): (nothing was saved|nothing was changed|the connection was lost while saving: the change may or may not have been saved, check with replybook cases))$/);
    }
    const acks = runs.flatMap((r) => acknowledged(String(r.stdout)));
    await checkLog(url, acks);
  }, 120_000);
});
