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

/** A record key as its flag's stem: "text" -> text (--text-column). */
function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** A refused record's key as the CSV column it came from, and the flag that names it. */
function csvKey(key: string, columns: CsvInput["columns"]): string {
  const col = columns[key];
  return col ? `${col} (--${flagName(key)}-column)` : key;
}

export async function readCsv(input: Readable, csv: CsvInput, work: BatchWork, run: CsvRun): Promise<void> {
  const { parse } = await import("csv-parse");
  const { summary, emit, stop } = run;
  const columns = csv.columns;
  const refuse = (line: number, message: string, key?: string) => {
    summary.refused++;
    void emit({ type: "refusal", refusal: { line, column: 1, message, ...(key && { key }) } });
  };
  let headerError: InputError | undefined;
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      const missing = Object.entries(columns).filter(([, col]) => col !== undefined && !header.includes(col));
      if (missing.length) {
        // The first missing one, named by its flag: one line, the key is what to change.
        const [key, col] = missing[0]!;
        const others = missing.length > 1 ? `; also ${missing.slice(1).map(([k, c]) => `--${flagName(k)}-column "${c}"`).join(", ")}` : "";
        headerError = new InputError(`no column "${col}" in the header (columns: ${header.join(", ")})${others}`, { file: run.name, line: 1, column: 1, keyPath: `--${flagName(key)}-column` });
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
        refuse(entry.info.lines, out.refused, out.key && csvKey(out.key, columns));
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
