/**
 * White space as JavaScript's `\s` defines it, tested on a UTF-16 code unit: for the loops
 * that trim a reply's end on every reply of a batch, where `/\s+$/` would rescan the text and
 * `/\s/.test(ch)` would cut a string per character.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The length of `text` without its trailing white space: `text.replace(/\s+$/, "").length`. */
export function trimmedEnd(text: string, end = text.length): number {
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}
