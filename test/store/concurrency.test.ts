// Two terminals recording at once must both succeed (issue 6): two real processes write
// 1,000 cases each into one new log, and every case arrives whole.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { tempDir } from "./helpers.js";

const script = fileURLToPath(new URL("./fixtures/record-many.mjs", import.meta.url));
const COUNT = 1000;

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL("../../dist/draft/record.js", import.meta.url)))) throw new Error("build first: npx tsc -p tsconfig.build.json");
});

describe("two processes recording at once", () => {
  for (const mode of ["open per case", "--keep-open"] as const) {
    it(`loses no case (${COUNT} each, ${mode})`, async () => {
      const dataDir = join(tempDir(), "data");
      const started = Date.now();
      const args = (tag: string) => [script, dataDir, String(COUNT), tag, ...(mode === "--keep-open" ? ["--keep-open"] : [])];
      // Both start on a log that does not exist yet: creating and migrating it races too.
      const [a, b] = await Promise.all([execa(process.execPath, args("ann"), { reject: false }), execa(process.execPath, args("bob"), { reject: false })]);
      const elapsed = Date.now() - started;
      expect(a.stderr).toBe("");
      expect(b.stderr).toBe("");
      expect(a.exitCode).toBe(0);
      expect(b.exitCode).toBe(0);
      type Timing = { ms: number; start: number; end: number };
      const ta = JSON.parse(String(a.stdout)) as Timing;
      const tb = JSON.parse(String(b.stdout)) as Timing;
      console.info(`[concurrency] ${mode}: 2 x ${COUNT} cases in ${elapsed} ms wall (writers: ${ta.ms} ms, ${tb.ms} ms)`);

      const store = openSqliteCaseStore(join(dataDir, "cases.db"), { create: false });
      const db = store.database;
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const perTag = db.prepare("SELECT agent, count(*) AS n, count(DISTINCT complaint) AS distinct_n FROM cases GROUP BY agent ORDER BY agent").all();
      expect(perTag).toEqual([
        { agent: "ann", n: COUNT, distinct_n: COUNT },
        { agent: "bob", n: COUNT, distinct_n: COUNT },
      ]);
      expect(db.prepare("SELECT count(*) AS n FROM commitments").get()).toEqual({ n: 4 * COUNT });
      expect(db.prepare("SELECT count(*) AS n FROM cases c WHERE (SELECT count(*) FROM commitments m WHERE m.case_id = c.id) <> 2").get()).toEqual({ n: 0 });
      // The two writers really ran at the same time (otherwise this proves nothing): each began
      // before the other had finished. How finely their cases interleave depends on the load: a
      // writer in a tight loop can hold the lock until it is done, and the other waits its turn
      // (busy_timeout) instead of failing, which is the point.
      expect(ta.start < tb.end && tb.start < ta.end).toBe(true);
      const order = db.prepare("SELECT agent FROM cases ORDER BY id").pluck().all() as string[];
      const switches = order.filter((tag, i) => i > 0 && tag !== order[i - 1]).length;
      console.info(`[concurrency] ${mode}: the writers took turns ${switches} times`);
      await store.close();
    }, 120_000);
  }
});
