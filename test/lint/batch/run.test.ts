// The batch core called as a library: lintBatch over a stream and a file (one and two
// threads give the same bytes), and the engine with a work of its own (the shape another
// line-by-line command plugs in).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { lintBatch, runBatch, type BatchEvent, type BatchSummary, type BatchWork, type Refusal } from "../../../src/lint/batch/index.js";
import { shippedCatalog } from "../../helpers/catalog.js";
import { tempDir } from "../../helpers/cli.js";

const NOW = new Date("2026-01-14T10:00:00Z");
const GOOD = "Laura, I'm so sorry your parcel arrived damaged. The courier will collect it within 48 hours and I'll call you back within 24 hours. Send me a DM with your order number. — Dario";
const STOCK = "Dear customer, we apologise for any inconvenience. The courier will collect it tomorrow!!!";

interface Collected {
  output: string;
  refusals: Array<{ line: number; message: string }>;
  progress: number[];
  summary: BatchSummary | undefined;
}

async function collect(events: AsyncIterable<BatchEvent>): Promise<Collected> {
  const c: Collected = { output: "", refusals: [], progress: [], summary: undefined };
  for await (const e of events) {
    if (e.type === "output") {
      c.output += typeof e.data === "string" ? e.data : Buffer.from(e.data).toString("utf8");
      e.release?.();
    } else if (e.type === "refusal") c.refusals.push({ line: e.refusal.line, message: e.refusal.message });
    else if (e.type === "progress") c.progress.push(e.read);
    else c.summary = e.summary;
  }
  return c;
}

const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => (i === 2 ? '{"id": 3, "text": oops' : JSON.stringify({ id: `r${i + 1}`, text: i % 2 ? STOCK : GOOD, playbook: "parcel-damaged", customer: "Laura Bianchi", agent: "Dario" }))).join("\n") + "\n";

describe("lintBatch", () => {
  it("lints a stream: result lines in input order, refused lines by number, counts in the summary", async () => {
    const catalog = await shippedCatalog();
    const c = await collect(lintBatch(Readable.from([lines(5)]), { catalog, rules: {}, fallbackLocale: "en", base: { now: NOW } }));
    const ids = c.output.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(["r1", "r2", "r4", "r5"]);
    expect(c.refusals).toEqual([{ line: 3, message: expect.stringMatching(/^malformed JSON/) }]);
    expect(c.summary).toMatchObject({ read: 5, refused: 1, interrupted: false, threads: 1, counts: { linted: 4 } });
    expect(c.summary!.counts.errors).toBeGreaterThan(0);
    expect(c.progress.at(-1)).toBe(5);
  });

  it("writes the same bytes from a file on one thread, on two and on three", async () => {
    const catalog = await shippedCatalog();
    const file = join(tempDir("replybook-batch-core-"), "in.jsonl");
    // Several blocks (128 KB each), so that this thread and the workers share the work.
    writeFileSync(file, lines(4000));
    const options = { catalog, rules: {}, fallbackLocale: "en", base: { now: NOW } };
    const one = await collect(lintBatch(file, { ...options, workers: 1 }));
    for (const workers of [2, 3]) {
      const more = await collect(lintBatch(file, { ...options, workers }));
      expect(more.summary!.threads).toBe(workers);
      expect(more.output).toBe(one.output);
      expect(more.refusals).toEqual(one.refusals);
      expect(more.summary!.counts).toEqual(one.summary!.counts);
    }
  });

  it("stops reading when the caller breaks off", async () => {
    const catalog = await shippedCatalog();
    const source = Readable.from(Array.from({ length: 200 }, () => lines(20)));
    let outputs = 0;
    for await (const e of lintBatch(source, { catalog, rules: {}, fallbackLocale: "en", base: { now: NOW } })) {
      if (e.type === "output" && ++outputs === 1) break;
    }
    expect(outputs).toBe(1);
    expect(source.destroyed).toBe(true);
  });
});

/** A work of its own: each record's text, upper-cased; a record without text is refused. */
const shout: BatchWork = {
  counters: ["shouted"],
  lineTooLong: "too long",
  block(bytes, firstLine, sink) {
    const refusals: Refusal[] = [];
    let read = 0;
    let shouted = 0;
    const text = Buffer.from(bytes).toString("utf8").split("\n");
    text.forEach((line, i) => {
      if (!line.trim()) return;
      read++;
      const value = JSON.parse(line) as { text?: string };
      if (typeof value.text !== "string") refusals.push({ line: firstLine + i, column: 1, message: "no text" });
      else {
        sink(`${value.text.toUpperCase()}\n`);
        shouted++;
      }
    });
    return { refusals, read, counts: { shouted } };
  },
  record(value, counts) {
    if (typeof value.text !== "string" || !value.text) return { refused: "no text" };
    counts.shouted!++;
    return `${value.id}:${value.text.toUpperCase()}\n`;
  },
};

describe("runBatch with a work of its own", () => {
  it("runs JSONL lines through the work's block handler", async () => {
    const c = await collect(runBatch(Readable.from(['{"text":"late"}\n\n{"id":2}\n{"text":"again"}\n']), shout));
    expect(c.output).toBe("LATE\nAGAIN\n");
    expect(c.refusals).toEqual([{ line: 3, message: "no text" }]);
    expect(c.summary).toMatchObject({ read: 3, refused: 1, counts: { shouted: 2 } });
  });

  it("runs CSV rows through the work's record handler, with the named columns", async () => {
    const csv = "post,body\np1,late again\np2,\np3,still nothing\n";
    const c = await collect(runBatch(Readable.from([csv]), shout, { input: { columns: { text: "body", id: "post" } } }));
    expect(c.output).toBe("p1:LATE AGAIN\np3:STILL NOTHING\n");
    expect(c.refusals).toEqual([{ line: 3, message: "no text" }]);
    expect(c.summary!.counts).toEqual({ shouted: 2 });
  });

  it("refuses a CSV header without a named column, and a file that is not there, naming the input", async () => {
    const cwd = tempDir("replybook-batch-core-");
    writeFileSync(join(cwd, "export.csv"), "post,message\np1,late\n");
    const columns = { columns: { text: "body" } };
    await expect(collect(runBatch("export.csv", shout, { input: columns, cwd }))).rejects.toMatchObject({ file: "export.csv", line: 1, keyPath: "--text-column", message: expect.stringMatching(/^no column "body" in the header \(columns: post, message\)/) });
    await expect(collect(runBatch("missing.jsonl", shout, { cwd }))).rejects.toMatchObject({ name: "InputError", file: "missing.jsonl" });
  });

  it("reports an aborted run as interrupted", async () => {
    const controller = new AbortController();
    controller.abort();
    const c = await collect(runBatch(Readable.from(['{"text":"late"}\n']), shout, { signal: controller.signal }));
    expect(c.summary).toMatchObject({ interrupted: true, read: 0 });
  });
});

describe("the package's main export", () => {
  it("offers batch linting next to the loaders it needs", async () => {
    const api = await import("../../../src/index.js");
    const loaded = await api.loadCatalog(api.catalogSources({ playbooks: [], phrases: [], templates: [] }));
    if (!loaded.ok) throw loaded.errors[0];
    const source = Readable.from([`${JSON.stringify({ id: "x", text: STOCK })}\n`]);
    const c = await collect(api.lintBatch(source, { catalog: loaded.value, rules: {}, fallbackLocale: "en", base: { now: NOW } }));
    expect(JSON.parse(c.output)).toMatchObject({ id: "x", messages: expect.arrayContaining([expect.objectContaining({ ruleId: "no-canned-phrase" })]) });
  });
});
