/**
 * Text the reply quotes ("you wrote 'your fault'") is the customer's, not the agent's: rules
 * that hold words against a reply skip what lies inside quotation marks.
 *
 * Recognised: "…", “…”, „…“, «…», ‘…’, and '…' when it is clearly a quote: the opening mark
 * stands after a space or an opening bracket and before a word, the closing one after a word
 * and before a space, punctuation or the end. An apostrophe inside a word ("l'ordine",
 * "don't", "un’ora") is never a quotation mark. A quote does not cross a blank line and is at
 * most {@link MAX_QUOTE} characters long, so one stray mark cannot hide the rest of a reply.
 */
export type Range = readonly [start: number, end: number];

export const MAX_QUOTE = 300;

const PAIRS: Record<string, string> = { "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "\u2018": "\u2019" };

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isOpenContext = (ch: string | undefined) => ch === undefined || /[\s([{:—–-]/.test(ch);
const isCloseContext = (ch: string | undefined) => ch === undefined || /[\s)\]}.,;:!?…—–-]/.test(ch);

/** Quoted ranges (marks included), sorted, not overlapping. */
export function findQuotes(text: string): Range[] {
  // Most replies quote nothing: one scan for any quotation mark before the real work.
  const marks = /["'\u201c\u201e\u00ab\u2018]/g;
  const out: Range[] = [];
  let i = 0;
  while (i < text.length) {
    // Jump from one quotation mark to the next: most replies have only apostrophes.
    marks.lastIndex = i;
    const found = marks.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i]!;
    let close: number | undefined;
    if (ch === '"') {
      close = findClose(text, i, (j) => text[j] === '"');
    } else if (PAIRS[ch] !== undefined) {
      const want = PAIRS[ch]!;
      // ’ doubles as an apostrophe: as a closing mark it must not sit inside a word.
      close = findClose(text, i, (j) => text[j] === want && (want !== "\u2019" || !isWordChar(text[j + 1])));
    } else if (ch === "'" && isOpenContext(text[i - 1]) && isWordChar(text[i + 1])) {
      close = findClose(text, i, (j) => text[j] === "'" && !isWordChar(text[j + 1]) && isCloseContext(text[j + 1]) && !/\s/.test(text[j - 1] ?? " "));
    }
    if (close !== undefined) {
      out.push([i, close + 1]);
      i = close + 1;
    } else {
      i++;
    }
  }
  return out;
}

function findClose(text: string, open: number, isClose: (j: number) => boolean): number | undefined {
  const limit = Math.min(text.length, open + MAX_QUOTE);
  for (let j = open + 1; j < limit; j++) {
    if (text[j] === "\n" && text[j + 1] === "\n") return undefined;
    if (j > open + 1 && isClose(j)) return j;
  }
  return undefined;
}

/** Whether an offset lies inside one of the (sorted) ranges. */
export function inRanges(ranges: readonly Range[], offset: number): boolean {
  for (const [s, e] of ranges) {
    if (offset < s) return false;
    if (offset < e) return true;
  }
  return false;
}
