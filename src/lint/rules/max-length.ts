/**
 * Fit the channel: at most 280 characters on X by default, and any limit a team sets per
 * channel (`max-length: [error, { x: 280, sms: 160 }]`). A thread numbered "1/2", "2/2" is
 * checked part by part. Characters are counted as the platforms do: by code point, and on
 * X every link as 23 characters.
 */
import { isSpaceCode, trimmedEnd } from "../../text/spaces.js";
import type { Rule, RuleFinding } from "../rule.js";

interface Options {
  limits: Record<string, number>;
}

const X_CHANNELS = new Set(["x", "twitter"]);
const URL = /https?:\/\/\S+/g;
// "1/2" at the start or the end of a part (optionally in brackets).
const MARK = /(?:^|\s)\(?(\d{1,2})\s*\/\s*(\d{1,2})\)?(?=\s|$)/g;

export const rule: Rule<Options> = {
  id: "max-length",
  meta: {
    description: "Replies fit the channel's length limit (x: 280); a numbered thread is checked part by part.",
    principle: "P8",
    defaultSeverity: "error",
    options: {
      limits: { type: "number-map", default: { x: 280, twitter: 280 }, description: "Characters allowed per channel; the rule's options may also be the map itself: { x: 280, sms: 160 }." },
    },
    messages: {
      tooLong: "{{length}} characters; the limit on {{channel}} is {{limit}}",
      partTooLong: "Part {{part}} is {{length}} characters; the limit on {{channel}} is {{limit}}",
    },
  },
  check(reply, context) {
    const channel = context.lint.channel?.toLowerCase();
    if (!channel) return [];
    const limit = context.options.limits[channel];
    if (!limit) return [];
    const text = reply.text;
    const out: RuleFinding[] = [];
    const parts = threadParts(text);
    for (const part of parts) {
      const body = text.slice(part.start, part.end);
      const length = countLength(body, X_CHANNELS.has(channel));
      if (length <= limit) continue;
      const over = part.start + offsetAt(body, limit, X_CHANNELS.has(channel));
      out.push({
        messageId: parts.length > 1 ? "partTooLong" : "tooLong",
        start: over,
        end: part.end,
        data: { length, limit, channel, part: part.label },
      });
    }
    return out;
  },
};

interface Part {
  start: number;
  end: number;
  label: string;
}

/** Splits "1/2 ... 2/2 ..." (marks leading) or "... 1/2 ... 2/2" (marks trailing) into parts. */
export function threadParts(text: string): Part[] {
  const end = trimmedEnd(text);
  const marks: Array<{ at: number; to: number; n: number; total: number }> = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m !== null; m = MARK.exec(text)) {
    const n = Number(m[1]);
    const total = Number(m[2]);
    if (n < 1 || total < 2 || n > total || total > 25) continue;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    marks.push({ at, to: m.index + m[0].length, n, total });
  }
  // A thread: at least two marks of the same total, numbered in order.
  const total = marks[0]?.total;
  const thread = marks.filter((m) => m.total === total);
  if (thread.length < 2 || thread.some((m, i) => m.n !== i + 1)) return [{ start: 0, end, label: "1" }];
  const leading = text.slice(0, thread[0]!.at).trim() === "";
  const parts: Part[] = [];
  for (let i = 0; i < thread.length; i++) {
    const m = thread[i]!;
    const label = `${m.n}/${m.total}`;
    if (leading) parts.push({ start: m.at, end: trimmedEnd(text, i + 1 < thread.length ? thread[i + 1]!.at : end), label });
    else parts.push({ start: skipSpace(text, i === 0 ? 0 : thread[i - 1]!.to), end: m.to, label });
  }
  return parts;
}

function skipSpace(text: string, start: number): number {
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** Code points, with links as 23 on X. */
export function countLength(text: string, x: boolean): number {
  let length = 0;
  let last = 0;
  if (x) {
    URL.lastIndex = 0;
    for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
      length += codePoints(text.slice(last, m.index)) + 23;
      last = m.index + m[0].length;
    }
  }
  return length + codePoints(text.slice(last));
}

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** The UTF-16 offset of the first character past `limit`. */
function offsetAt(text: string, limit: number, x: boolean): number {
  const urls: Array<[number, number]> = [];
  if (x) for (const m of text.matchAll(URL)) urls.push([m.index, m.index + m[0].length]);
  let count = 0;
  let u = 0;
  for (let i = 0; i < text.length; ) {
    const url = urls[u];
    if (url && i === url[0]) {
      count += 23;
      if (count > limit) return i;
      i = url[1];
      u++;
      continue;
    }
    count++;
    if (count > limit) return i;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return text.length;
}
