/**
 * Grading a drill reply: transparent and reproducible. Pure: the same input always gets the
 * same score; the time taken and the reference time are passed in, never read from a clock.
 *
 * Items and their maximum points ({@link WEIGHTS}):
 *   playbook         the right procedure chosen (P2)
 *   checklist        the playbook's checklist done (P10, P11, P9...)
 *   time             the post's age plus the time taken, against respond-within (P1)
 *   lint             findings by rule: an error costs more than a warning (P14)
 *   commitments      time frames within the playbook's bounds and the scenario's facts, no
 *                    remedy the facts forbid, a next step with a time frame (P4, P6)
 *   personalisation  the customer's name, the agent's own name and signature (P3)
 * An item that cannot be assessed (the playbook choice or the checklist was not recorded) has
 * max 0 and the score is the points over the maximum of the items that were assessed.
 *
 * Some mistakes fail a reply whatever else it does well ({@link failingMistakes}): an
 * error-level stock phrase, over-promise or blame, and a team signature. A failed reply scores
 * at most one under {@link PASS_MARK}, and the grade says which mistakes failed it.
 *
 * @example
 *   const grade = gradeReply({ scenario, playbook, reply, linter, secondsTaken: 240, now, trainee: "Dario Russo" });
 *   grade.score; // 86
 */
import type { AnalyzedReply } from "../lint/analysis.js";
import { tailSignature } from "../lint/rules/signed-by-person.js";
import type { Finding, Linter } from "../lint/types.js";
import type { Playbook } from "../playbook/types.js";
import { splitName, initialsOf } from "../reply/context.js";
import { foldText, tokenize } from "../text/tokens.js";
import { foldedWords, sameNameWord } from "../lint/names.js";
import { gradeMessages, type GradeMessages } from "./grade-messages.js";
import { findRemedyMentions, findTimeFrames, tieTimeFrames } from "./time-frames.js";
import type { Grade, GradeItem, Loss, Scenario } from "./types.js";

/**
 * The lowest passing score. A reply right on every item but a few warnings (no private channel,
 * no introduction) scores 85 to 95; one that also misses its next step or the customer's name
 * still passes; under 70 several things a customer notices are missing.
 */
export const PASS_MARK = 70;
/**
 * Rules whose error-level findings fail a drill on their own (P3, P4, P5): one of them in public
 * is what turns a complaint into a crisis, so a reply that has one is not a pass however many
 * points it earns elsewhere. signed-by-person fails only for a team signature ("team"); a
 * missing signature or another person's costs points.
 */
export const FAILING_RULES: Record<string, { what: keyof GradeMessages["failing"]; messageIds?: readonly string[] }> = {
  "no-canned-phrase": { what: "stockPhrase" },
  "no-over-promise": { what: "overPromise" },
  "no-blame": { what: "blame" },
  "signed-by-person": { what: "teamSignature", messageIds: ["team"] },
};

export const WEIGHTS = { playbook: 10, checklist: 10, time: 15, lint: 25, commitments: 25, personalisation: 15 } as const;
/** Points a lint finding costs, by severity. */
export const LINT_COST = { error: 6, warn: 2 } as const;
/** Points a broken promise costs: a time frame sooner than allowed, a forbidden remedy (P4). */
export const PROMISE_COST = 10;
/** No next step with a time frame at all (P6). */
export const NO_NEXT_STEP_COST = 8;
/**
 * Checks the linter makes too: when its rule reported something, the point is lost once, under
 * lint, and the item says so instead of charging again.
 */
export const COVERED_BY_LINT: Record<string, string> = {
  "personalisation/name": "address-customer",
  "personalisation/signature": "signed-by-person",
  "personalisation/team-signature": "signed-by-person",
  "commitments/no-next-step": "concrete-next-step",
};
/** After this many times respond-within a reply earns no time points (P1: ~18 h for 6 h). */
export const TIME_ZERO_FACTOR = 3;

export interface GradeInput {
  scenario: Scenario;
  /** The playbook the scenario expects (bounds, checklist, commitments come from it). */
  playbook: Playbook;
  /** The playbook the trainee chose; undefined when not recorded (the item is not assessed). */
  chosenPlaybook?: string;
  /** Checklist item ids the trainee ticked; undefined when not recorded (not assessed). */
  checklistDone?: readonly string[];
  reply: string;
  linter: Linter;
  /** Seconds from the start of the drill to the reply. */
  secondsTaken: number;
  /** The trainee's name: the reply must be signed by them (P3). */
  trainee?: string;
  /** Reference time for relative promises ("by Monday") and for the linter. */
  now: Date;
}

export function gradeReply(input: GradeInput): Grade {
  const lint = input.linter.lint(input.reply, {
    locale: input.scenario.locale,
    playbook: input.playbook,
    customer: input.scenario.customer,
    ...(input.trainee && { agent: input.trainee }),
    channel: input.scenario.platform,
    now: input.now,
    // The post the reply answers: whether an apology and a next step are owed is read from it.
    complaint: input.scenario.complaint,
  });
  const findings = [...lint.findings].sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
  const locale = input.scenario.locale;
  const breakdown = [
    gradePlaybook(input),
    gradeChecklist(input),
    gradeTime(input.scenario.age.minutes, input.secondsTaken, input.playbook, locale),
    gradeLint(findings, locale),
    gradeCommitments(input, findings),
    gradePersonalisation(input, findings),
  ];
  return gradeFrom(breakdown, failingMistakes(input.reply, findings, breakdown, locale));
}

/** Losses of the drill's own checks that fail a reply: promises beyond the bounds or the facts (P4), a team signature (P3). */
const FAILING_LOSSES: ReadonlyArray<[RegExp, keyof GradeMessages["failing"]]> = [
  [/^commitments\/(?!no-next-step$)/, "overPromise"],
  [/^personalisation\/team-signature$/, "teamSignature"],
];

/**
 * The mistakes that fail a reply, each in words: the error-level findings of {@link FAILING_RULES}
 * with the words they flag, and the drill's own over-promises and team signature.
 */
export function failingMistakes(reply: string, findings: readonly Finding[], breakdown: readonly GradeItem[], locale?: string): string[] {
  const m = gradeMessages(locale);
  const out: string[] = [];
  for (const f of findings) {
    const family = FAILING_RULES[f.ruleId];
    if (!family || f.severity !== "error" || (family.messageIds && !family.messageIds.includes(f.messageId))) continue;
    const words = reply.slice(f.start, f.end).replace(/\s+/g, " ").trim();
    out.push(`${m.failing[family.what]}${words ? ` "${words}"` : ""} (${f.ruleId}, ${f.principle ?? "P3"})`);
  }
  for (const item of breakdown) {
    for (const loss of item.losses) {
      const family = FAILING_LOSSES.find(([key]) => key.test(loss.key));
      if (family) out.push(`${m.failing[family[1]]}: ${loss.why} (${loss.principle})`);
    }
  }
  return [...new Set(out)];
}

/**
 * Sums items into a 0..100 score; a reply with failing mistakes scores at most one under the
 * pass mark and does not pass.
 */
export function gradeFrom(breakdown: GradeItem[], fails: string[] = []): Grade {
  const max = breakdown.reduce((n, i) => n + i.max, 0);
  const points = breakdown.reduce((n, i) => n + i.points, 0);
  const raw = max ? Math.round((100 * points) / max) : 0;
  const score = fails.length ? Math.min(raw, PASS_MARK - 1) : raw;
  return { score, max: 100, breakdown, passMark: PASS_MARK, passed: score >= PASS_MARK && fails.length === 0, fails };
}

function item(name: GradeItem["item"], max: number, principle: string, losses: Loss[], earned: string, m: GradeMessages = gradeMessages(undefined)): GradeItem {
  const lost = losses.reduce((n, l) => n + l.points, 0);
  const points = Math.max(0, max - lost);
  const why = losses.length ? losses.map((l) => `-${l.points} ${l.why} (${l.principle})`).join(m.separator) : earned;
  return { item: name, points, max, why, principle, losses };
}

/** Caps losses so they add up to at most `max` (later ones shrink, then drop to 0). */
function capLosses(losses: Loss[], max: number, m: GradeMessages = gradeMessages(undefined)): Loss[] {
  let left = max;
  return losses.map((l) => {
    const points = Math.min(l.points, left);
    left -= points;
    return points === l.points ? l : { ...l, points, why: `${l.why} ${points ? m.capped : m.noPointsLeft}` };
  });
}

export function gradePlaybook(input: Pick<GradeInput, "chosenPlaybook" | "scenario">): GradeItem {
  const expected = input.scenario.expectedPlaybook;
  const m = gradeMessages(input.scenario.locale);
  if (input.chosenPlaybook === undefined) {
    return { item: "playbook", points: 0, max: 0, why: m.playbookNotAssessed, principle: "P2", losses: [] };
  }
  if (input.chosenPlaybook === expected) return item("playbook", WEIGHTS.playbook, "P2", [], m.choseRight(expected), m);
  return item("playbook", WEIGHTS.playbook, "P2", [
    { points: WEIGHTS.playbook, why: m.choseWrong(input.chosenPlaybook, expected), principle: "P2", key: "playbook" },
  ], "", m);
}

export function gradeChecklist(input: Pick<GradeInput, "checklistDone" | "playbook">): GradeItem {
  const list = input.playbook.checklist;
  const m = gradeMessages(input.playbook.locale);
  if (input.checklistDone === undefined || !list.length) {
    return { item: "checklist", points: 0, max: 0, why: m.checklistNotAssessed, principle: "P10", losses: [] };
  }
  const done = new Set(input.checklistDone);
  const shares = spread(WEIGHTS.checklist, list.length);
  const losses: Loss[] = [];
  list.forEach((c, i) => {
    if (!done.has(c.id)) losses.push({ points: shares[i]!, why: m.skipped(c.id, c.text), principle: c.principle ?? "P2", key: `checklist/${c.id}` });
  });
  return item("checklist", WEIGHTS.checklist, "P10", losses.filter((l) => l.points > 0), m.checklistDone(list.length), m);
}

/** n integers adding up to total, as equal as possible (larger ones first). */
function spread(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => base + (i < total - base * n ? 1 : 0));
}

export function gradeTime(ageMinutes: number, secondsTaken: number, playbook: Pick<Playbook, "respondWithin">, locale?: string): GradeItem {
  const m = gradeMessages(locale);
  const fm = (minutes: number) => formatMinutes(minutes, locale);
  const bound = playbook.respondWithin.minutes;
  const taken = Math.max(0, secondsTaken) / 60;
  const elapsed = ageMinutes + taken;
  const zero = bound * TIME_ZERO_FACTOR;
  const story = m.timeStory(fm(ageMinutes), fm(taken), fm(elapsed));
  if (elapsed <= bound) return item("time", WEIGHTS.time, "P1", [], `${story}${m.withinTarget(fm(bound))}`, m);
  const points = elapsed >= zero ? 0 : Math.round((WEIGHTS.time * (zero - elapsed)) / (zero - bound));
  const late = ageMinutes > bound ? m.alreadyLate : "";
  return item("time", WEIGHTS.time, "P1", [
    { points: WEIGHTS.time - points, why: `${story}${m.overTarget(fm(bound))}${elapsed >= zero ? m.spread(fm(zero)) : ""}${late}`, principle: "P1", key: "time" },
  ], "", m);
}

export function gradeLint(findings: readonly Finding[], locale?: string): GradeItem {
  const m = gradeMessages(locale);
  const losses = findings.map<Loss>((f) => ({
    points: LINT_COST[f.severity],
    why: `${f.ruleId} (${f.severity}): ${f.message}`,
    principle: f.principle ?? "P14",
    ruleId: f.ruleId,
    key: f.ruleId,
  }));
  return item("lint", WEIGHTS.lint, "P14", capLosses(losses, WEIGHTS.lint, m), m.noLintFindings, m);
}

export function gradeCommitments(input: Pick<GradeInput, "reply" | "playbook" | "scenario" | "now">, findings: readonly Finding[]): GradeItem {
  const { reply, playbook, scenario } = input;
  const m = gradeMessages(scenario.locale);
  if (!playbook.commitments.length && !scenario.facts.some((f) => f.remedyNotAllowed)) {
    return { item: "commitments", points: 0, max: 0, why: m.commitmentsNotAssessed, principle: "P4", losses: [] };
  }
  // A place the linter already charged for is not charged twice.
  const linted = (start: number, end: number) => findings.find((f) => f.start < end && f.end > start);
  const losses: Loss[] = [];
  const notes: string[] = [];
  const frames = findTimeFrames(reply, input.now, scenario.locale);
  const tied = tieTimeFrames(reply, frames, playbook.commitments);
  // "right away" says when the agent acts ("I'll open the courier claim right away"); a promise
  // that the courier comes right away is the linter's no-over-promise to find.
  const kept = tied.filter((t) => !t.hedged && !t.immediate);
  for (const frame of kept) {
    const spec = playbook.commitments.find((c) => c.id === frame.commitment)!;
    const fact = scenario.facts.find((f) => f.commitment === spec.id && f.earliest);
    const what = m.promiseWhat(frame.text, spec.label);
    let why: string | undefined;
    if (frame.minutes < spec.earliest.minutes) why = m.soonerThanAllowed(what, spec.earliest.text);
    else if (fact?.earliest && frame.minutes < fact.earliest.minutes) why = m.contradictsFacts(what, fact.text);
    if (!why) {
      notes.push(m.withinBounds(frame.text, spec.id));
      continue;
    }
    const charged = linted(frame.start, frame.end);
    if (charged) notes.push(m.alreadyCounted(why, charged.ruleId));
    else losses.push({ points: PROMISE_COST, why: m.brokenPromise(why), principle: spec.principle ?? "P4", key: `commitments/${spec.id}` });
  }
  const forbidden = new Map(scenario.facts.filter((f) => f.remedyNotAllowed).map((f) => [f.remedyNotAllowed!, f.text]));
  for (const mention of findRemedyMentions(reply, playbook.remedies)) {
    const fact = forbidden.get(mention.remedy);
    if (!fact || mention.hedged) continue;
    forbidden.delete(mention.remedy); // once per remedy
    const charged = linted(mention.start, mention.end);
    const why = m.offersRuledOut(mention.text, fact);
    if (charged) notes.push(m.alreadyCounted(why, charged.ruleId));
    else losses.push({ points: PROMISE_COST, why: m.noRemedy(why), principle: "P4", key: `commitments/remedy-${mention.remedy}` });
  }
  const nextStepRule = findings.find((f) => f.ruleId === COVERED_BY_LINT["commitments/no-next-step"]);
  if (playbook.commitments.length && !tied.length && nextStepRule) notes.push(m.noNextStepCounted(nextStepRule.ruleId));
  else if (playbook.commitments.length && !tied.length) {
    const bounds = playbook.commitments.map((c) => m.commitmentBound(c.label, c.earliest.text)).join(m.separator);
    // A reply with times that time none of the procedure's steps ("a new one today, the tracking
    // by 6pm") has a next step, just not the playbook's: say that, not "no next step".
    const untied = frames.filter((f) => !f.hedged).map((f) => f.text);
    const why = untied.length ? m.noPlaybookStep(untied, bounds) : m.noNextStep(bounds);
    losses.push({ points: NO_NEXT_STEP_COST, why, principle: "P6", key: "commitments/no-next-step" });
  }
  const graded = item("commitments", WEIGHTS.commitments, "P4", capLosses(losses, WEIGHTS.commitments, m), notes.length ? notes.join(m.separator) : m.commitmentsOk, m);
  if (losses.length && notes.length) graded.why += `${m.separator}${notes.join(m.separator)}`;
  return graded;
}

export function gradePersonalisation(input: Pick<GradeInput, "reply" | "scenario" | "trainee">, findings: readonly Finding[] = []): GradeItem {
  const { reply, scenario } = input;
  const m = gradeMessages(scenario.locale);
  const words = ` ${foldText(reply)} `;
  const replyWords = tokenize(reply).map((t) => t.norm);
  // A name in any of its cases ("Γιώργο" for "Γιώργος"); other phrases word for word.
  const has = (phrase: string) => {
    const name = foldedWords(phrase);
    if (name.length === 1) return replyWords.some((w) => sameNameWord(w, name[0]!));
    return phrase.trim() !== "" && words.includes(` ${foldText(phrase)} `);
  };
  const losses: Loss[] = [];
  const customer = scenario.customer;
  const { first, last } = splitName(customer.name);
  const handle = customer.handle?.replace(/^@/, "");
  const known = [first, last, handle].filter((x): x is string => Boolean(x));
  if (known.length && !known.some(has)) {
    losses.push({ points: 6, why: m.noName([customer.name, customer.handle].filter(Boolean).join(" / ")), principle: "P3", key: "personalisation/name" });
  }
  const lines = reply.trim().split(/\n/).map((l) => l.trim()).filter(Boolean);
  const lastLine = lines[lines.length - 1] ?? "";
  const trainee = input.trainee ? splitName(input.trainee) : undefined;
  const initials = input.trainee ? initialsOf(input.trainee) : undefined;
  // The signature: the last line, or the end of a one-line reply ("... ^DR").
  const tail = lines.length > 1 ? lastLine : lastLine.slice(-40);
  // Who signed, read as `replybook lint` reads it: a person, initials or a team.
  const signer = tailSignature({ text: reply.trim() } as AnalyzedReply, []);
  const signed =
    signer?.kind !== "team" &&
    (trainee
      ? new RegExp(`(^|[\\s—–-])(\\^${escape(initials!)}(?![\\p{L}\\p{N}]))`, "iu").test(tail) || tokenize(tail).some((t) => sameNameWord(t.norm, foldText(trainee.first)))
      : /(^|\s)\^\p{Lu}{1,3}(?![\p{L}\p{N}])|^[—–-]+\s*\p{Lu}|^(kind regards|best|thanks|cordiali saluti|un saluto|με εκτίμηση|φιλικά)(?![\p{L}])/iu.test(tail));
  const sign = trainee ? m.signHint(trainee.first, initials!) : "";
  if (!signed && signer?.kind === "team") {
    losses.push({ points: 6, why: m.teamSignature(signer.name, trainee?.first, sign), principle: "P3", key: "personalisation/team-signature" });
  } else if (!signed && signer && trainee) {
    losses.push({ points: 6, why: m.signedByOther(signer.name, trainee.first, sign), principle: "P3", key: "personalisation/signature" });
  } else if (!signed) {
    losses.push({ points: 6, why: m.noSignature(input.trainee, sign), principle: "P3", key: "personalisation/signature" });
  }
  const body = lines.length > 1 ? lines.slice(0, -1).join("\n") : lastLine.slice(0, -40);
  const introduced = trainee
    ? tokenize(body).some((t) => sameNameWord(t.norm, foldText(trainee.first)))
    : /(?<![\p{L}])(I'?m|I am|this is|my name is|sono|mi chiamo|είμαι|ονομάζομαι|λέγομαι)\s+(?:[οη]\s+)?\p{Lu}/u.test(body);
  if (!introduced) losses.push({ points: 3, why: m.noIntroduction, principle: "P3", key: "personalisation/introduction" });
  const notes: string[] = [];
  const charged = losses.filter((l) => {
    const rule = COVERED_BY_LINT[l.key];
    if (!rule || !findings.some((f) => f.ruleId === rule)) return true;
    notes.push(m.alreadyCounted(l.why.split(": ")[0]!.replace(/ \(— .*\)$/, ""), rule));
    return false;
  });
  const graded = item("personalisation", WEIGHTS.personalisation, "P3", charged, notes.length ? notes.join(m.separator) : m.personalisationOk, m);
  if (charged.length && notes.length) graded.why += `${m.separator}${notes.join(m.separator)}`;
  return graded;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "2h05m", "45m", "1d3h" (in Greek "2 ώρ. 05 λεπ."): short durations for explanations. */
export function formatMinutes(minutes: number, locale?: string): string {
  const total = Math.round(minutes);
  return gradeMessages(locale).minutes(Math.floor(total / 1440), Math.floor((total % 1440) / 60), total % 60);
}
