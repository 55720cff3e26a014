/**
 * Training drills (P16): the shapes shared by scenarios, grading, results and reports.
 *
 * @example
 *   const grade: Grade = gradeReply({ scenario, playbook, chosenPlaybook: "parcel-damaged", reply, lint, secondsTaken: 300 });
 *   grade.score;         // 0..100
 *   grade.breakdown[3];  // { item: "commitments", points: 15, max: 25, why: "...", principle: "P4", losses: [...] }
 */
import type { Drill } from "../playbook/types.js";

/** Where a scenario came from: a playbook's `drills`, or a trainer's scenario file. */
export interface ScenarioSource {
  kind: "playbook" | "file";
  /** The playbook file or the scenario file (as given). */
  file: string;
}

/** One complaint to answer: a drill plus where it came from and its locale. */
export interface Scenario extends Drill {
  locale: string;
  source: ScenarioSource;
}

/** A trainer's scenario file after validation: `playbook`, `locale` and its drills. */
export interface ScenarioFileContent {
  file: string;
  playbook: string;
  locale: string;
  title?: string;
  scenarios: Scenario[];
}

/** One reason points were lost, with the principle (docs/principles.md) behind it. */
export interface Loss {
  points: number;
  why: string;
  principle: string;
  /** The lint rule that found it, for lint losses (and the per-rule report). */
  ruleId?: string;
  /** A stable key for "most frequent mistakes": a rule id, or item/detail ("commitments/courier-collection"). */
  key: string;
}

export type GradeItemName = "playbook" | "checklist" | "time" | "lint" | "commitments" | "personalisation" | "order" | "waiting" | "replies" | "reply-mistakes";

export interface GradeItem {
  item: GradeItemName;
  points: number;
  max: number;
  /** In words: what earned the points and what lost them. */
  why: string;
  /** The principle the item is about (each loss carries its own too). */
  principle: string;
  losses: Loss[];
}

export interface Grade {
  /**
   * 0..100: points over the maximum of the items that could be assessed, capped one under the
   * pass mark when the reply fails (see `fails`).
   */
  score: number;
  max: 100;
  breakdown: GradeItem[];
  /** The lowest passing score ({@link PASS_MARK} in ./grade.ts). */
  passMark: number;
  /** At least the pass mark, and no failing mistake. */
  passed: boolean;
  /**
   * The mistakes that fail a reply whatever its other points, in words: an error-level stock
   * phrase, over-promise or blame, a team signature ("an over-promise: \"guaranteed\" (P4)").
   */
  fails: string[];
}

/** One attempt, as a line of the results file (JSONL). */
export interface DrillResult {
  version: 1;
  kind: "drill" | "crisis";
  trainee: string;
  /** ISO time the attempt ended. */
  at: string;
  locale: string;
  /** Scenario id (drill id), or the crisis' seed label. */
  scenario: string;
  expectedPlaybook: string;
  chosenPlaybook?: string;
  seconds: number;
  hints: boolean;
  score: number;
  max: number;
  /** Whether the attempt passed (absent in results written before pass marks). */
  passed?: boolean;
  breakdown: GradeItem[];
  /** Crisis drills: each complaint's own result, in the order answered. */
  replies?: Array<{ scenario: string; score: number; waitedSeconds: number }>;
}
