// A kill in the middle of a write leaves the log readable and consistent (issue 6): a real
// process writes in a loop and is killed with SIGKILL (kill -9) at a random moment, three
// times over on the same log; each time the log must pass SQLite's integrity check and hold
// only whole cases and whole updates, including every write the process reported done.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build.js";
import { openSqliteCaseStore } from "../../src/store/sqlite.js";
import { tempDir } from "./helpers.js";

const script = fileURLToPath(new URL("./fixtures/write-loop.mjs", import.meta.url));
const stallScript = fileURLToPath(new URL("./fixtures/stall-in-write.mjs", import.meta.url));

beforeAll(() => {
  if (!existsSync(fileURLToPath(new URL("../../dist/store/open.js", import.meta.url)))) throw new Error("build first: npx tsc -p tsconfig.build.json");
});

/** Starts the writer, waits until it has committed at least `min` rounds plus a random moment, kills it with SIGKILL. Returns the last round it reported. */
async function killMidWrite(dataDir: string, tag: string, min: number): Promise<number> {
  const child = execa(process.execPath, [script, dataDir, tag], { reject: false, buffer: false });
  let last = -1;
  let killed = false;
  await new Promise<void>((resolve, reject) => {
    let pending = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) last = Number(line.split(" ")[1]);
      if (last >= min && !killed) {
        killed = true;
        setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, Math.floor(Math.random() * 40));
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => reject(new Error(`writer failed: ${chunk.toString()}`)));
    child.on("exit", (code) => {
      if (!killed) reject(new Error(`writer exited by itself with ${code}`));
    });
  });
  const result = await child;
  expect(result.signal).toBe("SIGKILL");
  // Lines written just before the kill may still have been in the pipe.
  return last;
}

describe("kill -9 in the middle of writing", () => {
  it("leaves a readable, consistent log every time", async () => {
    const dataDir = join(tempDir(), "data");
    let before = 0;
    for (const [round, tag] of ["ann", "bob", "cat"].entries()) {
      const reported = await killMidWrite(dataDir, tag, 50 + round * 20);
      const store = openSqliteCaseStore(join(dataDir, "cases.db"), { create: false });
      const db = store.database;
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const written = (db.prepare("SELECT count(*) AS n FROM cases WHERE agent = ?").get(tag) as { n: number }).n;
      // Every round it reported done is there; at most the one it was in when killed is extra.
      expect(written).toBeGreaterThanOrEqual(reported + 1);
      expect(written).toBeLessThanOrEqual(reported + 2);
      // Whole cases: three commitments each.
      expect(db.prepare("SELECT count(*) AS n FROM cases c WHERE (SELECT count(*) FROM commitments m WHERE m.case_id = c.id) <> 3").get()).toEqual({ n: 0 });
      // Whole updates: a note and its "done" entry together with the commitment marked done, or none of them.
      const torn = db
        .prepare(
          `SELECT count(*) AS n FROM cases c WHERE NOT (
             ((SELECT count(*) FROM notes n WHERE n.case_id = c.id) = 0 AND (SELECT done_at FROM commitments m WHERE m.case_id = c.id AND m.commitment_id = 'a') IS NULL)
             OR ((SELECT count(*) FROM notes n WHERE n.case_id = c.id) = 2 AND (SELECT done_at FROM commitments m WHERE m.case_id = c.id AND m.commitment_id = 'a') IS NOT NULL))`,
        )
        .get();
      expect(torn).toEqual({ n: 0 });
      // And the store still works through its interface.
      const total = (await store.listCases()).length;
      expect(total).toBe(before + written);
      expect((await buildReport(store)).totals.cases).toBe(total);
      before = total;
      await store.close();
    }
  }, 120_000);
});

describe("kill -9 inside a transaction", () => {
  it("drops the half-written case, whose pages had already reached the WAL", async () => {
    const dataDir = join(tempDir(), "data");
    const file = join(dataDir, "cases.db");
    const child = execa(process.execPath, [stallScript, dataDir, "5"], { reject: false, buffer: false });
    const [walCommitted, walInside] = await new Promise<[number, number]>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        const m = /inside (\d+) (\d+)/.exec(chunk.toString());
        if (m) resolve([Number(m[1]), Number(m[2])]);
      });
      child.on("exit", () => reject(new Error("the writer exited before stalling")));
    });
    child.kill("SIGKILL");
    const result = await child;
    expect(result.signal).toBe("SIGKILL");
    // The stalled transaction's pages were in the WAL file when the process died.
    expect(walInside - walCommitted).toBeGreaterThan(40_000);

    const store = openSqliteCaseStore(file, { create: false });
    const db = store.database;
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.prepare("SELECT count(*) AS n FROM cases").get()).toEqual({ n: 5 });
    expect(db.prepare("SELECT count(*) AS n FROM commitments").get()).toEqual({ n: 15 });
    // The next write takes the next number as if nothing had happened.
    const list = await store.listCases();
    expect(list.map((c) => c.id)).toEqual([5, 4, 3, 2, 1]);
    await store.close();
  }, 60_000);
});
