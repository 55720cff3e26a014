/**
 * Reading an export of complaints (CSV or JSONL) from a social tool into plain records, with
 * the batch robustness of `lint`: every line is accounted for (read, kept or refused with its
 * file:line and why), a bad line never stops the rest, and nothing is dropped silently.
 *
 * Columns are found by their common names (below) in any case, or named with `columns`
 * (`--text-column message_body`). A value starting with "@" in the author column is a handle;
 * anything else there with a space in it is a name.
 *
 * @example
 *   const read = await readComplaintFile("export.csv", {});
 *   read.records[0]; // { line: 2, text: "...", handle: "@laurab", platform: "x", postedAt: "2026-12-07T08:00:00.000Z", ... }
 *   read.refused[0]; // { line: 7, column: 1, message: "no text (column text, message...)" }
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { InputError } from "../core/errors.js";

export type ComplaintField = "id" | "text" | "name" | "handle" | "author" | "platform" | "posted" | "link" | "orders" | "locale" | "playbook";

/** The header names each field is recognised by, first match wins (compared folded: case, spaces, dashes). */
export const COMMON_COLUMNS: Record<ComplaintField, string[]> = {
  id: ["id", "post_id", "message_id", "tweet_id", "comment_id", "external_id", "conversation_id"],
  text: ["text", "message", "body", "content", "complaint", "comment", "post", "full_text"],
  name: ["name", "author_name", "customer", "customer_name", "full_name", "from_name", "display_name"],
  handle: ["handle", "username", "user_handle", "screen_name", "user_screen_name", "account"],
  author: ["author", "user", "from", "author_id", "user_name"],
  platform: ["platform", "channel", "network", "source", "social_network"],
  posted: ["posted_at", "created_at", "date", "timestamp", "time", "published_at", "posted"],
  link: ["link", "url", "permalink", "post_url"],
  orders: ["orders", "order_count", "orders_count"],
  locale: ["lang", "language", "locale"],
  playbook: ["playbook"],
};

export interface ComplaintRecord {
  /** Line of the file it starts on (CSV: the header is line 1). */
  line: number;
  text: string;
  externalId?: string;
  name?: string;
  handle?: string;
  platform?: string;
  /** ISO time. */
  postedAt?: string;
  link?: string;
  orders?: number;
  locale?: string;
  playbook?: string;
}

export interface Refusal {
  line: number;
  column: number;
  message: string;
}

export interface ComplaintFile {
  name: string;
  format: "csv" | "jsonl";
  /** Lines (JSONL) or records (CSV) read, blank lines aside. */
  read: number;
  records: ComplaintRecord[];
  refused: Refusal[];
  /** Which column each field was read from (CSV and JSONL keys alike). */
  columns: Partial<Record<ComplaintField, string>>;
}

export interface ReadOptions {
  /** csv or jsonl; by default from the extension (.csv, .jsonl/.ndjson/.json), else from the first character. */
  format?: "csv" | "jsonl";
  /** Column names that override the common ones: { text: "message_body" }. */
  columns?: Partial<Record<ComplaintField, string>>;
  /** The platform of every line without one (--platform). */
  platform?: string;
}

const foldHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

/** Which header each field comes from: the named column, else the first common name present. */
export function mapColumns(header: string[], given: Partial<Record<ComplaintField, string>> = {}): { columns: Partial<Record<ComplaintField, string>>; missing: string[] } {
  const byFolded = new Map(header.map((h) => [foldHeader(h), h]));
  const columns: Partial<Record<ComplaintField, string>> = {};
  const missing: string[] = [];
  for (const field of Object.keys(COMMON_COLUMNS) as ComplaintField[]) {
    const wanted = given[field];
    if (wanted !== undefined) {
      const found = header.includes(wanted) ? wanted : byFolded.get(foldHeader(wanted));
      if (found === undefined) missing.push(`--${field === "posted" ? "posted" : field}-column "${wanted}"`);
      else columns[field] = found;
      continue;
    }
    for (const name of COMMON_COLUMNS[field]) {
      const found = byFolded.get(name);
      if (found !== undefined && !Object.values(columns).includes(found)) {
        columns[field] = found;
        break;
      }
    }
  }
  return { columns, missing };
}

/** Reads the whole file. Throws an InputError for a file that cannot be read or has no text column at all. */
export async function readComplaintFile(file: string, options: ReadOptions = {}): Promise<ComplaintFile> {
  let format = options.format ?? formatFromName(file);
  if (!format) {
    const head = (await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => Promise.reject(new InputError(`cannot read it (${e.code ?? e.message})`, { file })))).trimStart();
    format = head.startsWith("{") ? "jsonl" : "csv";
  }
  return format === "csv" ? readCsvFile(file, options) : readJsonlFile(file, options);
}

function formatFromName(file: string): "csv" | "jsonl" | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".tsv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  return undefined;
}

async function readJsonlFile(file: string, options: ReadOptions): Promise<ComplaintFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file });
  }
  const out: ComplaintFile = { name: file, format: "jsonl", read: 0, records: [], refused: [], columns: {} };
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let mapped: { columns: Partial<Record<ComplaintField, string>>; keys: string } | undefined;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    out.read++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      out.refused.push({ line, column: 1, message: `not JSON (${(e as Error).message})` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      out.refused.push({ line, column: 1, message: "expected an object: { \"text\": ..., \"author\": ..., ... }" });
      return;
    }
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).join("\u0000");
    if (!mapped || mapped.keys !== keys) {
      const m = mapColumns(Object.keys(obj), options.columns);
      if (m.missing.length && Object.keys(options.columns ?? {}).some((f) => m.columns[f as ComplaintField] === undefined && (options.columns as Record<string, string>)[f] !== undefined)) {
        // A named column missing from this line: the line is refused, not the file.
        out.refused.push({ line, column: 1, message: `no such key: ${m.missing.join(", ")} (keys: ${Object.keys(obj).join(", ")})` });
        return;
      }
      mapped = { columns: m.columns, keys };
      for (const [f, c] of Object.entries(m.columns)) out.columns[f as ComplaintField] ??= c;
    }
    const record = recordFrom((f) => stringOf(obj[mapped!.columns[f] ?? "\u0000"]), line, options);
    if ("message" in record) out.refused.push(record);
    else out.records.push(record);
  });
  return out;
}

async function readCsvFile(file: string, options: ReadOptions): Promise<ComplaintFile> {
  const { parse } = await import("csv-parse");
  const out: ComplaintFile = { name: file, format: "csv", read: 0, records: [], refused: [], columns: {} };
  let headerError: InputError | undefined;
  const delimiter = extname(file).toLowerCase() === ".tsv" ? "\t" : ",";
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: false,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    columns: (header: string[]) => {
      const m = mapColumns(header, options.columns);
      if (m.missing.length) {
        headerError = new InputError(`no such column: ${m.missing.join(", ")} (columns: ${header.join(", ")})`, { file, line: 1, column: 1 });
        throw headerError;
      }
      if (!m.columns.text) {
        headerError = new InputError(`no text column: name it with --text-column (columns: ${header.join(", ")}; recognised: ${COMMON_COLUMNS.text.join(", ")})`, { file, line: 1, column: 1 });
        throw headerError;
      }
      out.columns = m.columns;
      return header;
    },
    on_skip: (error) => {
      out.read++;
      out.refused.push({ line: typeof error?.lines === "number" ? error.lines : out.read + 1, column: 1, message: `malformed CSV: ${error?.message ?? "unreadable record"}` });
      return undefined;
    },
  } as import("csv-parse").Options);
  const input = createReadStream(file);
  const done = new Promise<void>((resolve, reject) => {
    input.on("error", (e: NodeJS.ErrnoException) => reject(new InputError(`cannot read it (${e.code ?? e.message})`, { file })));
    parser.on("error", (e) => reject(headerError ?? new InputError(`malformed CSV: ${e.message}`, { file })));
    parser.on("readable", () => {
      let item: { record: Record<string, string>; info: { lines: number; records?: number } } | null;
      while ((item = parser.read() as typeof item) !== null) {
        out.read++;
        const rec = item.record;
        const record = recordFrom((f) => (out.columns[f] === undefined ? undefined : rec[out.columns[f]!]), item.info.lines, options);
        if ("message" in record) out.refused.push(record);
        else out.records.push(record);
      }
    });
    parser.on("end", () => resolve());
  });
  input.pipe(parser);
  await done;
  out.refused.sort((a, b) => a.line - b.line);
  return out;
}

function stringOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "object" && v !== null) {
    // A nested author object ({ "screen_name": ..., "name": ... }) is common in social exports.
    const o = v as Record<string, unknown>;
    const inner = o.screen_name ?? o.username ?? o.handle ?? o.name;
    return typeof inner === "string" ? inner : undefined;
  }
  return undefined;
}

function recordFrom(get: (field: ComplaintField) => string | undefined, line: number, options: ReadOptions): ComplaintRecord | Refusal {
  const text = get("text")?.trim();
  if (!text) return { line, column: 1, message: `no text (looked in: ${COMMON_COLUMNS.text.join(", ")}; name it with --text-column)` };
  const record: ComplaintRecord = { line, text };
  const id = get("id")?.trim();
  if (id) record.externalId = id;
  const name = get("name")?.trim();
  const handle = get("handle")?.trim();
  const author = get("author")?.trim();
  if (name) record.name = name;
  if (handle) record.handle = handle.startsWith("@") || handle.includes("@") ? handle : `@${handle}`;
  if (author) {
    // An e-mail address is kept as it is; a word without spaces is a handle; words with spaces are a name.
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author)) record.handle ??= author;
    else if (author.startsWith("@") || !/\s/.test(author)) record.handle ??= author.startsWith("@") ? author : `@${author}`;
    else record.name ??= author;
  }
  const platform = (get("platform")?.trim() || options.platform)?.toLowerCase();
  if (platform) record.platform = platform === "twitter" ? "x" : platform;
  const posted = get("posted")?.trim();
  if (posted) {
    const ms = /^\d{10}(\d{3})?$/.test(posted) ? Number(posted) * (posted.length === 10 ? 1000 : 1) : Date.parse(posted);
    if (Number.isNaN(ms)) return { line, column: 1, message: `"${posted}" is not a time (posted_at: ISO 8601, such as 2026-12-07T09:30:00Z, or seconds since 1970)` };
    record.postedAt = new Date(ms).toISOString();
  }
  const link = get("link")?.trim();
  if (link) record.link = link;
  const orders = get("orders")?.trim();
  if (orders) {
    const n = Number(orders);
    if (!Number.isInteger(n) || n < 0) return { line, column: 1, message: `orders "${orders}" is not a whole number` };
    record.orders = n;
  }
  const locale = get("locale")?.trim().toLowerCase();
  if (locale) record.locale = locale.slice(0, 2);
  const playbook = get("playbook")?.trim();
  if (playbook) record.playbook = playbook;
  return record;
}
