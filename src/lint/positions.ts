/** Offsets to 1-based line and column (columns in UTF-16 units, as ESLint counts them). */
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  at(offset: number): Position {
    const starts = (this.starts ??= lineStarts(this.text));
    const line = lineOf(starts, offset);
    return { line, column: offset - starts[line - 1]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  line(n: number): string {
    const starts = (this.starts ??= lineStarts(this.text));
    const start = starts[n - 1] ?? this.text.length;
    const next = starts[n];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, "");
  }
}

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset, given {@link lineStarts}. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
