/**
 * A grade in words for the terminal: the score, each item with its points, every point lost
 * with its reason and principle, and the trainee's reply beside the model reply (stacked when
 * the terminal is narrow).
 */
import { visible, wrapText } from "./card.js";
import { gradeMessages } from "./grade-messages.js";
import type { Grade } from "./types.js";

/** The grade in the scenario's language (`locale`), English when it has no words of its own. */
export function formatGrade(grade: Grade, title?: string, locale?: string): string {
  const m = gradeMessages(locale);
  const name = (item: string) => m.items[item] ?? item;
  const out = [`${title ?? m.score}: ${grade.score}/100, ${verdict(grade, locale)}`];
  for (const fail of grade.fails ?? []) out.push(`  ✗ ${visible(fail)}`);
  out.push("");
  const width = Math.max(...grade.breakdown.map((i) => [...name(i.item)].length));
  const pad = (item: string) => name(item) + " ".repeat(Math.max(0, width - [...name(item)].length));
  for (const item of grade.breakdown) {
    if (item.max === 0) {
      out.push(`  ${pad(item.item)}     -   ${visible(item.why)}`);
      continue;
    }
    const pts = `${item.points}/${item.max}`.padStart(5);
    if (!item.losses.length) out.push(`  ${pad(item.item)}  ${pts}  ${visible(item.why)} (${item.principle})`);
    else {
      out.push(`  ${pad(item.item)}  ${pts}`);
      for (const loss of item.losses) out.push(`      -${loss.points} ${visible(loss.why)} (${loss.principle})`);
    }
  }
  return out.join("\n");
}

/** "passed (pass mark 70)", or why not: a failing mistake fails whatever the points. */
function verdict(grade: Grade, locale?: string): string {
  const m = gradeMessages(locale);
  const mark = grade.passMark ?? 70;
  if (grade.passed) return m.verdictPassed(mark);
  const n = grade.fails?.length ?? 0;
  if (n) return m.verdictFailedBy(n, mark);
  return m.verdictFailed(mark);
}

/** Two texts in columns under their titles, or one after the other below `minWidth`. */
export function sideBySide(left: { title: string; text: string }, right: { title: string; text: string }, width: number, minWidth = 100): string {
  if (width < minWidth) {
    return [`${left.title}`, rule(left.title), visible(left.text), "", `${right.title}`, rule(right.title), visible(right.text)].join("\n");
  }
  const col = Math.floor((width - 3) / 2);
  const a = [left.title, rule(left.title), ...wrapText(visible(left.text), col)];
  const b = [right.title, rule(right.title), ...wrapText(visible(right.text), col)];
  const rows: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) rows.push(`${(a[i] ?? "").padEnd(col)} │ ${b[i] ?? ""}`.trimEnd());
  return rows.join("\n");
}

function rule(title: string): string {
  return "─".repeat([...title].length);
}
