/**
 * `route --jsonl`: one message per line in, its kind and playbooks out, in input order, on the
 * batch engine of `lint --jsonl` (src/lint/batch/run.ts: reading, blocks, bad lines, threads,
 * ordered output), which takes this per-line work as a value.
 *
 *   in:  {"id": "m1", "text": "my parcel arrived smashed", "locale"?: "en"}
 *   out: {"id":"m1","kind":"complaint","matches":[{"id":"parcel-damaged","locale":"en","score":16.5,"matched":["parcel arrived smashed"]},{"id":"general",...}]}
 *
 * A line that is not a JSON object with a string "text" is refused with its line number and
 * the run goes on, as in `lint --jsonl`.
 */
import { isUtf8 } from "node:buffer";
import { MAX_LINE_BYTES } from "../../lint/batch/blocks.js";
import { isBlank, parseJsonLine } from "../../lint/batch/json-line.js";
import type { BatchWork, BlockHandler, Refusal } from "../../lint/batch/types.js";
import type { Playbook } from "../../playbook/types.js";
import { routeMessage, type RouteMatch } from "../route.js";

/** A message longer than this is refused (a complaint is a post, not a book). */
export const MAX_MESSAGE_CHARS = 100_000;
export const LINE_TOO_LONG = `line is too long (more than ${MAX_LINE_BYTES} bytes)`;
export const ROUTE_COUNTERS = ["routed", "complaints", "onlyGeneral", "praise"] as const;

export interface RouteLineOptions {
  /** Route every line among this language's playbooks (a line's own "locale" wins). */
  locale?: string | undefined;
  /** At most this many matches per line (default: all). */
  limit?: number | undefined;
}

interface Item {
  id: unknown;
  text: string;
  locale: string | undefined;
}

/** A record to a message, or the problem with it in words. */
export function itemFrom(value: unknown, locales: ReadonlySet<string>): Item | string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return 'expected a JSON object such as {"id": 1, "text": "..."}';
  const v = value as Record<string, unknown>;
  if (typeof v.text !== "string") return `"text" must be a string${v.text === undefined ? " (the message is missing)" : ""}`;
  if (v.text.length > MAX_MESSAGE_CHARS) return `the message is too large (more than ${MAX_MESSAGE_CHARS} characters)`;
  if (v.id !== undefined && v.id !== null && typeof v.id !== "string" && typeof v.id !== "number") return '"id" must be a string or a number';
  if (v.locale !== undefined && v.locale !== null && v.locale !== "") {
    if (typeof v.locale !== "string") return '"locale" must be a string';
    if (!locales.has(v.locale)) return `"locale" must be one of ${[...locales].join(", ")} (the languages with playbooks)`;
  }
  return { id: v.id ?? undefined, text: v.text, locale: typeof v.locale === "string" && v.locale ? v.locale : undefined };
}

/** One output line for a message. */
function routeItem(playbooks: readonly Playbook[], item: Item, options: RouteLineOptions, counts: Record<string, number>): string {
  const locale = item.locale ?? options.locale;
  const routing = routeMessage(item.text, playbooks, locale ? { locale } : {});
  counts.routed = (counts.routed ?? 0) + 1;
  if (routing.kind === "complaint") counts.complaints = (counts.complaints ?? 0) + 1;
  if (routing.kind === "praise") counts.praise = (counts.praise ?? 0) + 1;
  if (routing.onlyGeneral) counts.onlyGeneral = (counts.onlyGeneral ?? 0) + 1;
  const matches = options.limit ? routing.matches.slice(0, options.limit) : routing.matches;
  return `{"id":${item.id === undefined ? "null" : JSON.stringify(item.id)},"kind":"${routing.kind}","matches":[${matches.map(matchJson).join(",")}]}\n`;
}

function matchJson(m: RouteMatch): string {
  return `{"id":${JSON.stringify(m.id)},"locale":${JSON.stringify(m.locale)},"score":${m.score},"matched":${JSON.stringify(m.matched)}}`;
}

export function routeBlockHandler(playbooks: readonly Playbook[], options: RouteLineOptions): BlockHandler {
  const locales = new Set(playbooks.map((p) => p.locale));
  return (bytes, firstLine, sink) => {
    const refusals: Refusal[] = [];
    const counts: Record<string, number> = {};
    let read = 0;
    const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const valid = isUtf8(buf);
    let lineNo = firstLine;
    let from = 0;
    while (from < buf.length) {
      let nl = buf.indexOf(10, from);
      if (nl === -1) nl = buf.length;
      if (!isBlank(buf, from, nl)) {
        read++;
        const value = parseJsonLine(buf, from, nl, valid, lineNo, LINE_TOO_LONG, refusals);
        if (value !== undefined) {
          const item = itemFrom(value.json, locales);
          if (typeof item === "string") refusals.push({ line: lineNo, column: 1, message: item });
          else {
            if (item.id === undefined) item.id = lineNo;
            sink(routeItem(playbooks, item, options, counts));
          }
        }
      }
      from = nl + 1;
      lineNo++;
    }
    return { refusals, read, counts };
  };
}

/** Routing as the batch engine's work, minus the worker module (./index.ts adds it). */
export function routeLines(playbooks: readonly Playbook[], options: RouteLineOptions): Omit<BatchWork, "worker"> {
  const locales = new Set(playbooks.map((p) => p.locale));
  return {
    counters: ROUTE_COUNTERS,
    lineTooLong: LINE_TOO_LONG,
    block: routeBlockHandler(playbooks, options),
    record(value, counts) {
      const item = itemFrom(value, locales);
      if (typeof item === "string") return { refused: item };
      return routeItem(playbooks, item, options, counts);
    },
  };
}
