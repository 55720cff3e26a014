/**
 * Plain-text building blocks for the case log's output: aligned tables, local times, spans.
 * Colour is injected as a {@link Paint} so this stays free of chalk: the shell passes one
 * made with chalk when the terminal wants colour, tests pass none.
 */

export interface Paint {
  bad(text: string): string;
  good(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const same = (text: string) => text;
export const NO_PAINT: Paint = { bad: same, good: same, warn: same, dim: same, bold: same };

export type Cell = string | { text: string; paint?: (text: string) => string; align?: "left" | "right" };

/**
 * Columns padded to the widest cell; the widest column is cut with "…" when the table would
 * be wider than `width`. Trailing spaces are trimmed.
 */
export function renderTable(header: string[], rows: Cell[][], opts: { width?: number; paint?: Paint } = {}): string {
  const paint = opts.paint ?? NO_PAINT;
  const cells = [header.map((h) => ({ text: h, paint: paint.bold })), ...rows.map((r) => r.map((c) => (typeof c === "string" ? { text: c } : c)))];
  const columns = header.length;
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...cells.map((r) => visibleLength(r[i]?.text ?? ""))));
  const gap = 2;
  if (opts.width && opts.width > 20) {
    let total = widths.reduce((a, b) => a + b, 0) + gap * (columns - 1);
    while (total > opts.width) {
      const widest = widths.indexOf(Math.max(...widths));
      if (widths[widest]! <= 12) break;
      widths[widest]!--;
      total--;
    }
  }
  return cells
    .map((row) =>
      row
        .map((cell, i) => {
          const width = widths[i]!;
          const text = truncate(cell.text, width);
          const pad = " ".repeat(Math.max(0, width - visibleLength(text)));
          const shown = cell.paint ? cell.paint(text) : text;
          const aligned = (cell as { align?: string }).align === "right" ? pad + shown : shown + (i === columns - 1 ? "" : pad);
          return aligned;
        })
        .join(" ".repeat(gap))
        .trimEnd(),
    )
    .join("\n");
}

function visibleLength(text: string): number {
  return [...text].length;
}

function truncate(text: string, width: number): string {
  const chars = [...text.replace(/\s*\n\s*/g, " ")];
  return chars.length <= width ? chars.join("") : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

/** "2025-03-01 09:30", local time. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "2d 3h", "5h 10m", "45m", "0m". */
export function formatSpan(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  if (days) return hours ? `${days}d ${hours}h` : `${days}d`;
  if (hours) return mins ? `${hours}h ${mins}m` : `${hours}h`;
  return `${mins}m`;
}

/** "Laura Bianchi (@laurab)", "@laurab", "Laura Bianchi", "(unknown customer)". */
export function formatCustomer(c: { name?: string; handle?: string }, platform?: string): string {
  const who = c.name && c.handle ? `${c.name} (${c.handle})` : c.name ?? c.handle ?? "(unknown customer)";
  return platform ? `${who} on ${platform}` : who;
}

export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : "–";
}

/** A {@link Paint} from a chalk instance (or anything with the same colour functions). */
export function paintFrom(c: { red(t: string): string; green(t: string): string; yellow(t: string): string; dim(t: string): string; bold(t: string): string }): Paint {
  return { bad: (t) => c.red(t), good: (t) => c.green(t), warn: (t) => c.yellow(t), dim: (t) => c.dim(t), bold: (t) => c.bold(t) };
}
