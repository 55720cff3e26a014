/**
 * What a trainer looks at after the drills (P16 "look at the results", P17 "one view"):
 * per-trainee scores over time and the most frequent mistakes, by rule. Pure: results in,
 * a summary out, and text for it as a table, JSON or Markdown (the HTML page is html.ts).
 */
import { gradeMessages } from "./grade-messages.js";
import { drillMessages } from "./messages.js";
import type { DrillResult } from "./types.js";

export interface TraineeSummary {
  trainee: string;
  attempts: number;
  average: number;
  best: number;
  last: number;
  /** Average seconds per attempt. */
  averageSeconds: number;
  /** Every attempt, oldest first. */
  scores: Array<{ at: string; score: number; scenario: string; kind: DrillResult["kind"] }>;
  /** This trainee's most frequent mistakes (keys), most frequent first. */
  topMistakes: string[];
}

export interface MistakeSummary {
  /** A lint rule id, or an item/detail key ("commitments/courier-collection", "time"). */
  key: string;
  /** Times it cost points. */
  count: number;
  points: number;
  trainees: number;
  principle: string;
  /** One explanation, as an example. */
  example: string;
}

export interface DrillSummary {
  attempts: number;
  trainees: TraineeSummary[];
  mistakes: MistakeSummary[];
  /** First and last attempt times (ISO). */
  from?: string;
  to?: string;
}

export function summariseResults(results: readonly DrillResult[]): DrillSummary {
  const sorted = [...results].sort((a, b) => a.at.localeCompare(b.at) || a.trainee.localeCompare(b.trainee));
  const byTrainee = new Map<string, DrillResult[]>();
  for (const r of sorted) byTrainee.set(r.trainee, [...(byTrainee.get(r.trainee) ?? []), r]);
  const mistakes = new Map<string, MistakeSummary & { who: Set<string> }>();
  const perTrainee = new Map<string, Map<string, number>>();
  for (const r of sorted) {
    const mine = perTrainee.get(r.trainee) ?? new Map<string, number>();
    perTrainee.set(r.trainee, mine);
    for (const item of r.breakdown) {
      for (const loss of item.losses ?? []) {
        if (!(loss.points > 0)) continue;
        const key = typeof loss.key === "string" && loss.key ? loss.key : item.item;
        const m = mistakes.get(key) ?? { key, count: 0, points: 0, trainees: 0, principle: loss.principle ?? item.principle ?? "", example: loss.why ?? "", who: new Set<string>() };
        m.count++;
        m.points += loss.points;
        m.who.add(r.trainee);
        mistakes.set(key, m);
        mine.set(key, (mine.get(key) ?? 0) + 1);
      }
    }
  }
  const trainees = [...byTrainee.entries()]
    .map(([trainee, rs]): TraineeSummary => {
      const scores = rs.map((r) => r.score);
      const top = [...(perTrainee.get(trainee) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return {
        trainee,
        attempts: rs.length,
        average: round1(scores.reduce((a, b) => a + b, 0) / rs.length),
        best: Math.max(...scores),
        last: scores[scores.length - 1]!,
        averageSeconds: Math.round(rs.reduce((a, r) => a + (r.seconds ?? 0), 0) / rs.length),
        scores: rs.map((r) => ({ at: r.at, score: r.score, scenario: r.scenario, kind: r.kind })),
        topMistakes: top.slice(0, 3).map(([k]) => k),
      };
    })
    .sort((a, b) => a.trainee.localeCompare(b.trainee));
  return {
    attempts: sorted.length,
    trainees,
    mistakes: [...mistakes.values()]
      .map(({ who, ...m }) => ({ ...m, trainees: who.size }))
      .sort((a, b) => b.count - a.count || b.points - a.points || a.key.localeCompare(b.key)),
    ...(sorted.length && { from: sorted[0]!.at, to: sorted[sorted.length - 1]!.at }),
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function table(head: string[], rows: string[][], right: Set<number>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The summary as text tables, in the report's language (`locale`; English by default). */
export function formatSummaryTable(summary: DrillSummary, locale?: string): string {
  const r = gradeMessages(locale).report;
  if (!summary.attempts) return r.none;
  const out: string[] = [];
  out.push(`${r.heading}: ${r.summary(summary.attempts, summary.trainees.length, summary.from?.slice(0, 10) ?? "", summary.to?.slice(0, 10) ?? "")}`, "");
  out.push(
    table(
      [...r.traineeHead],
      summary.trainees.map((t) => [t.trainee, String(t.attempts), String(t.average), String(t.best), String(t.last), formatSeconds(t.averageSeconds, locale), t.topMistakes.join(", ") || "-"]),
      new Set([1, 2, 3, 4, 5]),
    ),
  );
  out.push("", `${r.mistakesBy}:`);
  out.push(
    summary.mistakes.length
      ? table(
          [...r.mistakeHead],
          summary.mistakes.map((m) => [m.key, String(m.count), String(m.points), String(m.trainees), m.principle]),
          new Set([1, 2, 3]),
        )
      : r.noneFound,
  );
  return out.join("\n");
}

export function formatSummaryMarkdown(summary: DrillSummary, locale?: string): string {
  const r = gradeMessages(locale).report;
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const out = [`# ${r.heading}`, ""];
  if (!summary.attempts) return [...out, r.none].join("\n");
  out.push(`${r.summary(summary.attempts, summary.trainees.length, summary.from?.slice(0, 10) ?? "", summary.to?.slice(0, 10) ?? "")}.`, "");
  out.push(`## ${r.trainees}`, "", `| ${r.traineeHead.map(cap).join(" | ")} |`, "| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const t of summary.trainees) out.push(`| ${esc(t.trainee)} | ${t.attempts} | ${t.average} | ${t.best} | ${t.last} | ${formatSeconds(t.averageSeconds, locale)} | ${esc(t.topMistakes.join(", ") || "-")} |`);
  out.push("", `## ${r.mistakesBy}`, "");
  if (!summary.mistakes.length) out.push(`${cap(r.noneFound)}.`);
  else {
    out.push(`| ${[...r.mistakeHead, r.example].map(cap).join(" | ")} |`, "| --- | ---: | ---: | ---: | --- | --- |");
    for (const m of summary.mistakes) out.push(`| ${esc(m.key)} | ${m.count} | ${m.points} | ${m.trainees} | ${m.principle} | ${esc(m.example)} |`);
  }
  return out.join("\n");
}

/** Seconds as the report shows them: "4m05s" in English, "4 λεπ. 05 δευτ." in Greek. */
export function formatSeconds(seconds: number, locale?: string): string {
  const s = Math.max(0, Math.round(seconds));
  return drillMessages(locale).seconds(Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60);
}
