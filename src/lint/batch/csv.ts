/**
 * A CSV input (a spreadsheet exported by a social tool): a header row, then one record per
 * row, made an object by `columns` and handed to the work one at a time in this thread.
 */
import type { Readable } from "node:stream";
import { InputError } from "../../core/errors.js";
import { MAX_LINE_BYTES } from "./blocks.js";
import type { BatchEvent, BatchSummary, BatchWork, CsvInput } from "./types.js";

/** Output strings are joined up to this many characters before they are handed on. */
const CHUNK_CHARS = 1 << 15;

export interface CsvRun {
  /** The input's name in messages. */
  name: string;
  summary: BatchSummary;
  totalBytes: number | undefined;
  emit: (event: BatchEvent) => Promise<void>;
  stop: () => boolean;
}

export async function readCsv(input: Readable, csv: CsvInput, work: BatchWork, run: CsvRun): Promise<void> {
  const { parse } = await import("csv-parse");
  const { summary, emit, stop } = run;
  const columns = csv.columns;
  const refuse = (line: number, message: string) => {
    summary.refused++;
    void emit({ type: "refusal", refusal: { line, column: 1, message } });
  };
  let headerError: InputError | undefined;
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      const missing = Object.entries(columns)
        .filter(([, col]) => col !== undefined && !header.includes(col))
        .map(([key, col]) => `--${key}-column "${col}"`);
      if (missing.length) {
        headerError = new InputError(`no such column: ${missing.join(", ")} (columns: ${header.join(", ")})`, { file: run.name, line: 1, column: 1 });
        throw headerError;
      }
      return header;
    },
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_LINE_BYTES,
    info: true,
    on_skip: (error) => {
      summary.read++;
      const lines = typeof error?.lines === "number" ? error.lines : summary.read + 1;
      refuse(lines, `malformed CSV: ${error?.message ?? "unreadable record"}`);
      return undefined;
    },
  });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);
  const others = Object.entries(columns).filter(([key]) => key !== "text" && key !== "id");
  let row = 0;
  let chunks: string[] = [];
  let size = 0;
  let bytes = 0;
  const handOn = async () => {
    void emit({ type: "progress", read: summary.read, bytes, totalBytes: run.totalBytes });
    const data = chunks.join("");
    chunks = [];
    size = 0;
    if (data) await emit({ type: "output", data });
  };
  try {
    for await (const entry of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number; bytes: number } }>) {
      if (stop()) break;
      row++;
      summary.read++;
      bytes = entry.info.bytes;
      const r = entry.record;
      const record: Record<string, unknown> = { text: r[columns.text], id: columns.id ? r[columns.id] || row : row };
      for (const [key, col] of others) if (col && r[col]) record[key] = r[col];
      const out = work.record(record, summary.counts);
      if (typeof out !== "string") {
        refuse(entry.info.lines, out.refused);
        continue;
      }
      chunks.push(out);
      size += out.length;
      if (size >= CHUNK_CHARS) await handOn();
    }
  } catch (error) {
    if (headerError) throw headerError;
    if (stop()) return;
    const e = error as Error & { lines?: number; code?: string };
    if (!e.code?.startsWith("CSV_")) throw error;
    refuse(e.lines ?? row + 1, `malformed CSV: ${e.message}`);
  } finally {
    if (size) await handOn();
  }
}
