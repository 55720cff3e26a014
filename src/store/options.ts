/**
 * The values the case-log commands read from the command line, checked: case numbers,
 * `--since 7d` / `--until 2025-03-31`, `--older-than 90d`, `--now <iso>`. A bad value is an
 * InputError naming the option, printed as one line with exit 2.
 */
import { InputError } from "../core/errors.js";
import type { CaseId } from "./types.js";
import { parseInstant, parseTimeBound } from "./time.js";

/** "42" or "#42". */
export function parseCaseId(text: string): CaseId {
  const m = /^#?(\d{1,15})$/.exec(text.trim());
  if (!m) throw new InputError(`"${text}" is not a case number (such as 42; list them with: replybook cases)`);
  return Number(m[1]);
}

/** A --since / --until / --older-than value as a Date. */
export function timeOption(flag: string, text: string, now: Date, opts: { endOfDay?: boolean } = {}): Date {
  const bound = parseTimeBound(text, now, opts);
  if (!bound.ok) throw new InputError(bound.message, { keyPath: flag });
  return bound.date;
}

/** `--now` (or `--at`): an ISO time; defaults to the real now. */
export function nowOption(text: string | undefined, flag = "--now"): Date {
  if (text === undefined) return new Date();
  const t = parseInstant(text);
  if (!t.ok) throw new InputError(t.message, { keyPath: flag });
  return t.date;
}
