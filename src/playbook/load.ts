/**
 * From a playbook's YAML to a {@link Playbook}: schema first (shape, types, unknown keys),
 * then the checks a schema cannot express (durations, bounds, references between steps,
 * example answers, patterns). Every problem is an InputError with file, line, column, key.
 */
import { basename } from "node:path";
import { ok, type Result } from "../core/errors.js";
import { validateAgainstSchema } from "../schema/validate.js";
import type { Duration } from "../text/duration.js";
import { expandPattern, PatternError } from "../text/pattern.js";
import { readYamlFile, type KeyPath, type YamlSource } from "../yaml/read.js";
import { collectIssues } from "../yaml/issues.js";
import type { Commitment, Customer, Drill, Playbook, Scalar, Step, StepChoice } from "./types.js";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- shape checked by the schema

export async function loadPlaybookFile(file: string, origin = "shipped"): Promise<Result<Playbook>> {
  const source = await readYamlFile(file);
  if (!source.ok) return source;
  return playbookFromSource(source.value, origin);
}

export function playbookFromSource(source: YamlSource, origin = "shipped"): Result<Playbook> {
  const schemaErrors = validateAgainstSchema(source, "playbook");
  if (schemaErrors.length) return { ok: false, errors: schemaErrors };
  const raw = source.value as Raw;
  const { errors, at, duration } = collectIssues(source);
  const checkPatterns = (path: KeyPath, patterns: string[]) =>
    patterns.forEach((p, i) => {
      try {
        expandPattern(p);
      } catch (error) {
        if (error instanceof PatternError) at([...path, i], `pattern "${p}": ${error.message} (column ${error.column})`);
        else throw error;
      }
    });

  const expectedId = basename(source.file).replace(/\.ya?ml$/i, "");
  if (raw.id !== expectedId) at(["id"], `id "${raw.id}" does not match the file name "${basename(source.file)}"`);
  checkPatterns(["triggers"], raw.triggers);
  checkPatterns(["not-triggers"], raw["not-triggers"] ?? []);

  const steps: Step[] = [];
  const seenSteps = new Set<string>();
  (raw.steps as Raw[]).forEach((s, i) => {
    if (seenSteps.has(s.id)) at(["steps", i, "id"], `duplicate step id "${s.id}"`);
    const choices: StepChoice[] | undefined = s.choices?.map((c: string | Raw) => (typeof c === "string" ? { value: c, label: c } : { value: c.value, label: c.label }));
    if (s.type === "choice" && !choices) at(["steps", i], `a choice step needs "choices"`);
    if (s.type !== "choice" && choices) at(["steps", i, "choices"], `only a choice step has choices (this one is "${s.type}")`);
    if (s.default !== undefined && choices && !choices.some((c) => c.value === String(s.default))) {
      at(["steps", i, "default"], `default "${s.default}" is not one of the choices`);
    }
    if (s.type === "yes-no" && s.default !== undefined && typeof s.default !== "boolean") at(["steps", i, "default"], "expected true or false");
    if (s.type === "number" && s.default !== undefined && typeof s.default !== "number") at(["steps", i, "default"], "expected a number");
    if (s.validate?.pattern !== undefined) {
      try {
        new RegExp(s.validate.pattern, "u");
      } catch {
        at(["steps", i, "validate", "pattern"], `not a valid regular expression`);
      }
    }
    const when: Record<string, Scalar[]> | undefined = s.when ? {} : undefined;
    for (const [ref, value] of Object.entries((s.when ?? {}) as Record<string, Scalar | Scalar[]>)) {
      if (!seenSteps.has(ref)) at(["steps", i, "when", ref], `"${ref}" is not an earlier step`);
      when![ref] = Array.isArray(value) ? value : [value];
    }
    seenSteps.add(s.id);
    steps.push({
      id: s.id,
      ask: s.ask,
      ...(s.help !== undefined && { help: s.help }),
      type: s.type,
      required: s.required ?? true,
      ...(choices && { choices }),
      ...(s.default !== undefined && { default: s.default }),
      ...(s.validate && {
        validate: {
          minLength: s.validate["min-length"],
          maxLength: s.validate["max-length"],
          min: s.validate.min,
          max: s.validate.max,
          pattern: s.validate.pattern,
          message: s.validate.message,
        },
      }),
      ...(when && { when }),
    });
  });

  const commitments: Commitment[] = (raw.commitments as Raw[]).map((c, i) => {
    const earliest = duration(["commitments", i, "earliest"], c.earliest);
    const offer = ((c.offer ?? [c.earliest]) as string[]).map((o, k) => {
      const d = duration(["commitments", i, "offer", k], o);
      if (d.minutes && earliest.minutes && d.minutes < earliest.minutes) {
        at(["commitments", i, "offer", k], `offers "${o}", sooner than the earliest allowed (${c.earliest})`);
      }
      return d;
    });
    const def = c.default !== undefined ? duration(["commitments", i, "default"], c.default) : offer[0]!;
    if (def.minutes < earliest.minutes) at(["commitments", i, "default"], `default "${def.text}" is sooner than the earliest allowed (${c.earliest})`);
    checkPatterns(["commitments", i, "keywords"], c.keywords);
    return {
      id: c.id,
      label: c.label,
      earliest,
      offer: offer.sort((a, b) => a.minutes - b.minutes),
      default: def,
      keywords: c.keywords,
      ...(c.principle && { principle: c.principle }),
    };
  });
  duplicates(raw.commitments, "commitments", at);

  const remedies = ((raw.remedies ?? []) as Raw[]).map((r, i) => {
    checkPatterns(["remedies", i, "keywords"], r.keywords);
    return { id: r.id, label: r.label, requiresApproval: r["requires-approval"], keywords: r.keywords };
  });
  duplicates(raw.remedies ?? [], "remedies", at);
  duplicates(raw.checklist, "checklist", at);

  const example = raw.example as Raw;
  const exampleCommitments: Record<string, Duration> = {};
  for (const [id, within] of Object.entries((example.commitments ?? {}) as Record<string, string>)) {
    const spec = commitments.find((c) => c.id === id);
    const d = duration(["example", "commitments", id], within);
    if (!spec) at(["example", "commitments", id], `no commitment "${id}" in this playbook`);
    else if (d.minutes && d.minutes < spec.earliest.minutes) at(["example", "commitments", id], `"${within}" is sooner than the earliest allowed (${spec.earliest.text})`);
    exampleCommitments[id] = d;
  }
  for (const id of Object.keys(example.answers ?? {})) {
    if (!steps.some((s) => s.id === id)) at(["example", "answers", id], `no step "${id}" in this playbook`);
  }
  for (const step of steps) {
    const answer = (example.answers ?? {})[step.id];
    if (answer === undefined) {
      if (step.required && step.default === undefined && isAsked(step, example.answers ?? {})) at(["example", "answers"], `the example has no answer for the required step "${step.id}"`);
      continue;
    }
    const problem = checkAnswer(step, answer);
    if (problem) at(["example", "answers", step.id], problem);
  }
  for (const [i, id] of ((example.remedies ?? []) as string[]).entries()) {
    if (!remedies.some((r) => r.id === id)) at(["example", "remedies", i], `no remedy "${id}" in this playbook`);
  }

  const drills: Drill[] = ((raw.drills ?? []) as Raw[]).map((d, i) => ({
    id: d.id,
    complaint: d.complaint,
    platform: d.platform,
    customer: customerOf(d.customer),
    age: d.age ? duration(["drills", i, "age"], d.age) : { minutes: 0, text: "0m" },
    facts: ((d.facts ?? []) as Raw[]).map((f, k) => {
      if (f.commitment && !commitments.some((c) => c.id === f.commitment)) at(["drills", i, "facts", k, "commitment"], `no commitment "${f.commitment}" in this playbook`);
      if (f["remedy-not-allowed"] && !remedies.some((r) => r.id === f["remedy-not-allowed"])) at(["drills", i, "facts", k, "remedy-not-allowed"], `no remedy "${f["remedy-not-allowed"]}" in this playbook`);
      return {
        text: f.text,
        ...(f.commitment && { commitment: f.commitment }),
        ...(f.earliest && { earliest: duration(["drills", i, "facts", k, "earliest"], f.earliest) }),
        ...(f["remedy-not-allowed"] && { remedyNotAllowed: f["remedy-not-allowed"] }),
      };
    }),
    expectedPlaybook: d["expected-playbook"] ?? raw.id,
  }));
  duplicates(raw.drills ?? [], "drills", at);
  // The same example twice weighs its words twice: almost always a copy-paste slip.
  const examples = (raw.examples ?? []) as string[];
  const firstOf = new Map<string, number>();
  for (const [i, text] of examples.entries()) {
    const key = text.trim().toLowerCase().replace(/\s+/g, " ");
    const first = firstOf.get(key);
    if (first !== undefined) at(["examples", i], `the same example as examples[${first}]`);
    else firstOf.set(key, i);
  }

  // Read before the error check below: a duration that does not parse must fail the playbook.
  const respondWithin = duration(["respond-within"], raw["respond-within"]);
  if (errors.length) return { ok: false, errors };
  const toList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  return ok({
    id: raw.id,
    title: raw.title,
    locale: raw.locale,
    description: raw.description,
    triggers: raw.triggers,
    notTriggers: raw["not-triggers"] ?? [],
    respondWithin,
    ...(typeof raw.acknowledgement === "string" && { acknowledgement: raw.acknowledgement.replace(/\s+/g, " ").trim() }),
    checklist: (raw.checklist as Raw[]).map((c) => ({ id: c.id, text: c.text, ...(c.principle && { principle: c.principle }) })),
    steps,
    commitments,
    remedies,
    channel: { private: raw.channel.private, via: raw.channel.via ?? [] },
    templates: { public: toList(raw.templates.public), followUp: toList(raw.templates["follow-up"]) },
    example: {
      customer: customerOf(example.customer),
      ...(example.platform && { platform: example.platform }),
      ...(example.complaint && { complaint: example.complaint }),
      answers: { ...(example.answers ?? {}) },
      commitments: exampleCommitments,
      remedies: example.remedies ?? [],
    },
    drills,
    ...(examples.length && { examples }),
    source: { file: source.file, origin },
  });
}

function customerOf(raw: Raw | undefined): Customer {
  const c: Customer = {};
  if (raw?.name) c.name = raw.name;
  if (raw?.handle) c.handle = raw.handle;
  if (raw?.title) c.title = raw.title;
  return c;
}

function duplicates(items: Raw[], key: string, at: (path: KeyPath, message: string) => void): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) at([key, i, "id"], `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

/** Whether a step is asked, given the answers so far (its `when` conditions). */
export function isAsked(step: Step, answers: Record<string, Scalar>): boolean {
  if (!step.when) return true;
  return Object.entries(step.when).every(([ref, values]) => {
    const answer = answers[ref];
    return answer !== undefined && values.some((v) => String(v) === String(answer));
  });
}

/** Checks one answer against its step; returns a problem in words, or undefined when fine. */
export function checkAnswer(step: Step, answer: Scalar): string | undefined {
  const v = step.validate;
  switch (step.type) {
    case "yes-no":
      return typeof answer === "boolean" ? undefined : "expected yes or no (true or false)";
    case "number": {
      const n = typeof answer === "number" ? answer : Number(answer);
      if (!Number.isFinite(n) || String(answer).trim() === "") return "expected a number";
      if (v?.min !== undefined && n < v.min) return v.message ?? `expected at least ${v.min}`;
      if (v?.max !== undefined && n > v.max) return v.message ?? `expected at most ${v.max}`;
      return undefined;
    }
    case "choice":
      return step.choices?.some((c) => c.value === String(answer)) ? undefined : `expected one of: ${step.choices?.map((c) => c.value).join(", ")}`;
    case "date":
      return /^\d{4}-\d{2}-\d{2}/.test(String(answer)) && !Number.isNaN(new Date(String(answer)).getTime()) ? undefined : "expected a date such as 2026-11-22";
    default: {
      const text = String(answer);
      if (v?.minLength !== undefined && text.length < v.minLength) return v.message ?? `expected at least ${v.minLength} characters`;
      if (v?.maxLength !== undefined && text.length > v.maxLength) return v.message ?? `expected at most ${v.maxLength} characters`;
      // Answers are short; the cap keeps a team's pattern from running long on pasted text.
      if (v?.pattern !== undefined) {
        let pattern: RegExp;
        try {
          pattern = new RegExp(v.pattern, "u");
        } catch {
          return `cannot be checked: the step's validate.pattern is not a valid regular expression`;
        }
        if (!pattern.test(text.slice(0, 500))) return v.message ? `expected ${v.message}` : `does not match ${v.pattern}`;
      }
      return undefined;
    }
  }
}
