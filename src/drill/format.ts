/**
 * A grade in words for the terminal: the score, each item with its points, every point lost
 * with its reason and principle, and the trainee's reply beside the model reply (stacked when
 * the terminal is narrow).
 */
import { visible, wrapText } from "./card.js";
import type { Grade } from "./types.js";

export function formatGrade(grade: Grade, title = "Score"): string {
  const out = [`${title}: ${grade.score}/100, ${verdict(grade)}`];
  for (const fail of grade.fails ?? []) out.push(`  ✗ ${visible(fail)}`);
  out.push("");
  const width = Math.max(...grade.breakdown.map((i) => i.item.length));
  for (const item of grade.breakdown) {
    if (item.max === 0) {
      out.push(`  ${item.item.padEnd(width)}     -   ${visible(item.why)}`);
      continue;
    }
    const pts = `${item.points}/${item.max}`.padStart(5);
    if (!item.losses.length) out.push(`  ${item.item.padEnd(width)}  ${pts}  ${visible(item.why)} (${item.principle})`);
    else {
      out.push(`  ${item.item.padEnd(width)}  ${pts}`);
      for (const loss of item.losses) out.push(`      -${loss.points} ${visible(loss.why)} (${loss.principle})`);
    }
  }
  return out.join("\n");
}

/** "passed (pass mark 70)", or why not: a failing mistake fails whatever the points. */
function verdict(grade: Grade): string {
  const mark = grade.passMark ?? 70;
  if (grade.passed) return `passed (pass mark ${mark})`;
  const n = grade.fails?.length ?? 0;
  if (n) return `not passed: ${n === 1 ? "this mistake fails" : "these mistakes fail"} a reply whatever its other points (pass mark ${mark})`;
  return `not passed (pass mark ${mark})`;
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
