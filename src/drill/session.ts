/**
 * The interactive drill: the complaint as a card, a clock, the trainee's choice of playbook
 * (no routing hint unless asked for), the checklist, the reply typed or written in $EDITOR;
 * then the grade with every point lost explained and the model reply beside the trainee's.
 *
 * Asks only through a {@link Prompter} and reads time only through the injected clock, so a
 * test drives a whole drill with scripted answers and a fake clock. Prompt keys: "playbook",
 * "checklist", "reply-method", "reply"; in a crisis also "next".
 */
import type { TemplateRef } from "../reply/render.js";
import type { Linter } from "../lint/types.js";
import type { Playbook } from "../playbook/types.js";
import type { Prompter } from "../prompts/types.js";
import { routeComplaint } from "../route/route.js";
import { platformName, renderComplaintCard } from "./card.js";
import { buildCrisis, gradeCrisis, type CrisisAnswer, type CrisisBurst, type CrisisGrade } from "./crisis.js";
import { formatGrade, sideBySide } from "./format.js";
import { gradeMessages } from "./grade-messages.js";
import { drillMessages } from "./messages.js";
import { formatMinutes, gradeReply } from "./grade.js";
import { renderModelReply, type ModelReply } from "./model.js";
import { findExpectedPlaybook } from "./scenario.js";
import { formatSeconds } from "./report.js";
import type { DrillResult, Grade, Scenario } from "./types.js";

export interface DrillDeps {
  prompter: Prompter;
  playbooks: readonly Playbook[];
  templates: ReadonlyMap<string, TemplateRef>;
  linter: Linter;
  trainee: string;
  brand: string;
  hints: boolean;
  /** Terminal width for cards and columns. */
  width: number;
  /** Milliseconds, monotonic: the drill's stopwatch. */
  clock: () => number;
  /** Wall time, for the results file and relative promises. */
  now: () => Date;
  /** Called after each graded attempt (the shell appends it to the results file). */
  onResult?: (result: DrillResult) => Promise<void> | void;
}

export interface AttemptOutcome {
  scenario: Scenario;
  chosenPlaybook: string;
  checklistDone: string[];
  reply: string;
  seconds: number;
  grade: Grade;
  model?: ModelReply;
  result: DrillResult;
}

/** Runs drills one after the other; each is graded and reported before the next. */
export async function runDrills(scenarios: readonly Scenario[], deps: DrillDeps): Promise<AttemptOutcome[]> {
  const out: AttemptOutcome[] = [];
  for (const [i, scenario] of scenarios.entries()) {
    // The prompters' own words (yes/no, hints) follow each scenario's language.
    deps.prompter.setLocale(scenario.locale);
    if (scenarios.length > 1) deps.prompter.note(`\n${drillMessages(scenario.locale).drillOf(i + 1, scenarios.length)}`);
    deps.prompter.note(renderComplaintCard(scenario, { width: Math.min(deps.width, 80) }));
    const start = deps.clock();
    const answer = await answerComplaint(scenario, deps);
    const seconds = Math.round((deps.clock() - start) / 1000);
    const outcome = await gradeAttempt(scenario, answer, seconds, deps);
    deps.prompter.note(describeOutcome(outcome, deps.width));
    await deps.onResult?.(outcome.result);
    out.push(outcome);
  }
  return out;
}

interface Answer {
  chosenPlaybook: string;
  checklistDone: string[];
  reply: string;
}

async function answerComplaint(scenario: Scenario, deps: DrillDeps): Promise<Answer> {
  const { prompter } = deps;
  const t = drillMessages(scenario.locale);
  const candidates = deps.playbooks.filter((p) => p.locale === scenario.locale);
  const pool = candidates.length ? candidates : [...deps.playbooks];
  let ordered = [...pool].sort((a, b) => a.title.localeCompare(b.title));
  let suggested: string | undefined;
  if (deps.hints) {
    const ranked = routeComplaint(scenario.complaint, pool);
    suggested = ranked[0]?.id;
    if (suggested) ordered = [...ordered.filter((p) => p.id === suggested), ...ordered.filter((p) => p.id !== suggested)];
  }
  const chosenPlaybook = await prompter.select<string>({
    key: "playbook",
    message: t.pickPlaybook,
    choices: ordered.map((p) => ({ value: p.id, name: `${p.title} (${p.id})${p.id === suggested ? t.suggested : ""}` })),
    ...(suggested && { default: suggested }),
  });
  const chosen = pool.find((p) => p.id === chosenPlaybook)!;
  const checklistDone = chosen.checklist.length
    ? await prompter.checkbox<string>({
        key: "checklist",
        message: t.checklist(chosen.title),
        choices: chosen.checklist.map((c) => ({ value: c.id, name: c.text })),
      })
    : [];
  const method = await prompter.select<"type" | "editor">({
    key: "reply-method",
    message: t.replyMethod,
    choices: [
      { value: "type", name: t.typeIt },
      { value: "editor", name: t.openEditor },
    ],
    default: "type",
  });
  let reply = "";
  for (let attempt = 0; attempt < 3 && !reply.trim(); attempt++) {
    reply =
      method === "editor"
        ? await prompter.editor({ key: "reply", message: t.yourReply, default: "" })
        : await prompter.multiline({ key: "reply", message: t.yourReply, hint: t.replyHint, endOnEmptyLine: false });
    if (!reply.trim() && attempt < 2) prompter.note(t.emptyReply);
  }
  return { chosenPlaybook, checklistDone, reply: reply.trim() };
}

async function gradeAttempt(scenario: Scenario, answer: Answer, seconds: number, deps: DrillDeps, kind: DrillResult["kind"] = "drill"): Promise<AttemptOutcome> {
  const playbook = findExpectedPlaybook(deps.playbooks, scenario);
  if (!playbook) throw new Error(`scenario ${scenario.id} expects playbook ${scenario.expectedPlaybook}, which is not in the catalog`);
  const now = deps.now();
  // The checklist the trainee worked is the chosen playbook's; only the expected one's items count.
  const grade = gradeReply({
    scenario,
    playbook,
    chosenPlaybook: answer.chosenPlaybook,
    checklistDone: answer.chosenPlaybook === playbook.id ? answer.checklistDone : answer.checklistDone.filter((id) => playbook.checklist.some((c) => c.id === id)),
    reply: answer.reply,
    linter: deps.linter,
    secondsTaken: seconds,
    trainee: deps.trainee,
    now,
  });
  const model = await renderModelReply({ playbook, scenario, templates: deps.templates, agent: { name: deps.trainee }, brand: deps.brand, now });
  const result: DrillResult = {
    version: 1,
    kind,
    trainee: deps.trainee,
    at: now.toISOString(),
    locale: scenario.locale,
    scenario: scenario.id,
    expectedPlaybook: scenario.expectedPlaybook,
    chosenPlaybook: answer.chosenPlaybook,
    seconds,
    hints: deps.hints,
    score: grade.score,
    max: grade.max,
    passed: grade.passed,
    breakdown: grade.breakdown,
  };
  return { scenario, ...answer, seconds, grade, ...(model && { model }), result };
}

export function describeOutcome(outcome: AttemptOutcome, width: number): string {
  const locale = outcome.scenario.locale;
  const m = gradeMessages(locale);
  const parts = [
    "",
    m.answeredIn(formatSeconds(outcome.seconds, locale)),
    formatGrade(outcome.grade, undefined, locale),
    "",
    sideBySide({ title: m.yourReply, text: outcome.reply || m.empty }, { title: m.modelReply(outcome.model?.template), text: outcome.model?.text ?? m.noModel }, width),
  ];
  return parts.join("\n");
}

export interface CrisisOutcome {
  burst: CrisisBurst;
  grade: CrisisGrade;
  attempts: AttemptOutcome[];
  result: DrillResult;
}

/**
 * A burst of complaints on a simulated clock: the clock runs with real time, and jumps ahead
 * to the next arrival when the queue is empty. The trainee picks which complaint to answer
 * next from those that have arrived.
 */
export async function runCrisis(pool: readonly Scenario[], options: { count: number; seed: string }, deps: DrillDeps): Promise<CrisisOutcome> {
  const burst = buildCrisis(pool, deps.playbooks, options);
  const { prompter } = deps;
  const last = burst.items[burst.items.length - 1]!;
  const locale = burst.items[0]?.scenario.locale ?? "en";
  const t = drillMessages(locale);
  const ago = (minutes: number) => formatMinutes(minutes, locale);
  prompter.setLocale(locale);
  prompter.note(t.crisis.start(burst.items.length, ago(Math.ceil(last.arrivesAfter / 60) || 1), burst.seed));
  const start = deps.clock();
  let skipped = 0;
  const sim = () => (deps.clock() - start) / 1000 + skipped;
  const shown = new Set<string>();
  const answers: CrisisAnswer[] = [];
  const attempts: AttemptOutcome[] = [];
  while (answers.length < burst.items.length) {
    const open = () => burst.items.filter((i) => i.arrivesAfter <= sim() && !answers.some((a) => a.scenario === i.scenario.id));
    if (!open().length) {
      const next = burst.items.find((i) => !answers.some((a) => a.scenario === i.scenario.id))!;
      skipped += Math.max(0, next.arrivesAfter - sim());
      prompter.note(t.crisis.quiet(clockText(next.arrivesAfter)));
    }
    const queue = open();
    for (const item of queue) {
      if (shown.has(item.scenario.id)) continue;
      shown.add(item.scenario.id);
      prompter.note(renderComplaintCard(item.scenario, { width: Math.min(deps.width, 80), note: t.crisis.arrived(item.scenario.id, clockText(item.arrivesAfter)) }));
    }
    const now = sim();
    const pick = await prompter.select<string>({
      key: "next",
      message: t.crisis.pickNext(clockText(now), queue.length),
      choices: queue.map((i) => ({
        value: i.scenario.id,
        name: t.crisis.choice(i.scenario.id, platformName(i.scenario.platform, locale), [i.scenario.customer.name, i.scenario.customer.handle].filter(Boolean).join(" "), ago(i.scenario.age.minutes + (now - i.arrivesAfter) / 60)),
      })),
    });
    const item = burst.items.find((i) => i.scenario.id === pick)!;
    prompter.note(renderComplaintCard(item.scenario, { width: Math.min(deps.width, 80) }));
    const answer = await answerComplaint(item.scenario, deps);
    const answeredAt = Math.round(sim());
    const outcome = await gradeAttempt(item.scenario, answer, Math.max(0, answeredAt - item.arrivesAfter), deps, "crisis");
    attempts.push(outcome);
    answers.push({ scenario: item.scenario.id, answeredAt, grade: outcome.grade });
    prompter.note(t.crisis.answered(item.scenario.id, outcome.grade.score));
  }
  const grade = gradeCrisis(burst, answers);
  const seconds = Math.round(sim());
  for (const a of attempts) prompter.note(`\n[${a.scenario.id}]\n${describeOutcome(a, deps.width)}`);
  prompter.note(`\n${formatGrade(grade, t.crisis.score, locale)}\n\n${t.crisis.yourOrder} ${grade.order.join(", ")}\n${t.crisis.rightOrder} ${grade.ideal.join(", ")} ${t.crisis.closestFirst}`);
  const result: DrillResult = {
    version: 1,
    kind: "crisis",
    trainee: deps.trainee,
    at: deps.now().toISOString(),
    locale,
    scenario: `crisis:${burst.seed}`,
    expectedPlaybook: [...new Set(burst.items.map((i) => i.scenario.expectedPlaybook))].join(","),
    seconds,
    hints: deps.hints,
    score: grade.score,
    max: grade.max,
    passed: grade.passed,
    breakdown: [...grade.breakdown, ...mergeReplyLosses(attempts, t.crisis.replyMistakes)],
    replies: grade.replies,
  };
  await deps.onResult?.(result);
  return { burst, grade, attempts, result };
}

/**
 * The replies' own lost points, folded into one item with max 0 so the per-rule report sees
 * the mistakes made during a crisis too; the crisis score itself is unchanged.
 */
function mergeReplyLosses(attempts: AttemptOutcome[], why: string): DrillResult["breakdown"] {
  const losses = attempts.flatMap((a) => a.grade.breakdown.flatMap((i) => i.losses.map((l) => ({ ...l, why: `${a.scenario.id}: ${l.why}` }))));
  return losses.length ? [{ item: "reply-mistakes", points: 0, max: 0, why, principle: "P16", losses }] : [];
}

function clockText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
