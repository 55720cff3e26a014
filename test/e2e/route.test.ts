// `replybook route` through the real binary: one message (text and --json with its kind) and a
// batch (--jsonl), with bad lines reported as in lint --jsonl.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replybook, tempDir } from "../helpers/cli.js";

describe("replybook route", () => {
  it("gives the kind and the playbooks, general last", async () => {
    const r = await replybook(["route", "my parcel arrived smashed", "--json"]);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ kind: "complaint", locale: "en", onlyGeneral: false });
    expect(json.matches[0]).toMatchObject({ id: "parcel-damaged", locale: "en" });
    expect(json.matches.at(-1).id).toBe("general");
  });

  it("says plainly when only general fits, and when it reads as praise", async () => {
    const general = await replybook(["route", "Very disappointed, I expected much better from you"]);
    expect(general.stdout).toMatch(/^No specific playbook fits: only general, the universal procedure, does\.\n1\. general \(en\)/);
    const praise = await replybook(["route", "Grazie mille, siete stati bravissimi!"]);
    expect(praise.stdout).toMatch(/reads as praise, not a complaint/);
  });

  it("routes a JSONL queue in order, and reports a bad line with its number and goes on", async () => {
    const dir = tempDir();
    const file = join(dir, "queue.jsonl");
    writeFileSync(file, ['{"id":"a","text":"I was charged twice for one order"}', "{not json", '{"id":"b","text":"Thank you, brilliant service"}', '{"text":"il mio volo è stato cancellato"}', ""].join("\n"));
    const r = await replybook(["route", "--jsonl", file]);
    expect(r.exitCode).toBe(2);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.kind, l.matches[0]?.id ?? null])).toEqual([
      ["a", "complaint", "payment-problem"],
      ["b", "praise", null],
      [4, "complaint", "travel-disruption"],
    ]);
    expect(lines[0].matches[0]).toEqual({ id: "payment-problem", locale: "en", score: expect.any(Number), matched: expect.any(Array) });
    expect(r.stderr).toMatch(/queue\.jsonl:2:\d+ malformed JSON/);
    expect(r.stderr).toMatch(/4 read, 3 routed, 1 refused/);
  });
});
