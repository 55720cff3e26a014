/**
 * Answers given without prompts: an answers file (`--answers`, YAML or JSON), `--set
 * key=value`, `--commit id=24h`, `--remedy id`, `--customer`, `--handle`, `--agent`, and the
 * playbook's example (`--example`). Every value is checked against its step the same way a
 * typed answer is; mistakes name the file, line and column, or the flag, with did-you-mean.
 *
 * Precedence, lowest first: step defaults, the example, the answers file, the flags.
 *
 * @example answers.yaml
 *   customer: { name: Laura Bianchi, handle: "@laurab" }
 *   answers:
 *     order-number: A-10293
 *     damage: contents
 *   commitments: { callback: 48h, courier-collection: none }
 *
 * A file holding only step ids (`damage: contents`) is read as the `answers` part.
 */
import { InputError, type Result } from "../core/errors.js";
import type { Customer, Playbook, Scalar, Step } from "../playbook/types.js";
import { didYouMean } from "../schema/validate.js";
import { parseDuration, parsePostedAt } from "../text/duration.js";
import { readYamlFile, type YamlSource } from "../yaml/read.js";
import { checkAnswer } from "../playbook/load.js";
import type { DraftState } from "./state.js";

/** Raw inputs before they meet a playbook. `where` says where each came from, for messages. */
export interface DraftInputs {
  complaint?: string;
  platform?: string;
  posted?: string;
  customer?: Customer;
  agent?: string;
  answers: Record<string, unknown>;
  commitments: Record<string, string>;
  remedies?: string[];
  where: Record<string, Where>;
}

export interface Where {
  /** "--set order-number=..." or a file position. */
  flag?: string;
  file?: string;
  line?: number;
  column?: number;
  keyPath?: string;
}

const FILE_KEYS = ["complaint", "platform", "posted", "customer", "agent", "answers", "commitments", "remedies"] as const;
const CUSTOMER_KEYS = ["name", "handle", "title"];

export function emptyInputs(): DraftInputs {
  return { answers: {}, commitments: {}, where: {} };
}

/** Reads an answers file (YAML or JSON). */
export async function readAnswersFile(file: string): Promise<Result<DraftInputs>> {
  const source = await readYamlFile(file);
  if (!source.ok) return source;
  return inputsFromSource(source.value);
}

export function inputsFromSource(source: YamlSource): Result<DraftInputs> {
  const errors: InputError[] = [];
  const out = emptyInputs();
  const at = (path: Array<string | number>, message: string, key = false) => {
    const pos = source.positionOf(path, { key });
    errors.push(new InputError(message, { file: source.file, line: pos.line, column: pos.column, keyPath: path.join(".") }));
  };
  const where = (path: Array<string | number>): Where => {
    const pos = source.positionOf(path);
    return { file: source.file, line: pos.line, column: pos.column, keyPath: path.join(".") };
  };
  const value = source.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    at([], "expected a mapping of answers (step-id: value), or the keys answers, customer, commitments");
    return { ok: false, errors };
  }
  const raw = value as Record<string, unknown>;
  const structured = Object.keys(raw).some((k) => (FILE_KEYS as readonly string[]).includes(k));
  const answers = (structured ? raw.answers : raw) ?? {};
  if (structured) {
    for (const key of Object.keys(raw)) {
      if (!(FILE_KEYS as readonly string[]).includes(key)) at([key], `unknown key "${key}"${didYouMean(key, FILE_KEYS)}; expected ${FILE_KEYS.join(", ")}`, true);
    }
    for (const key of ["complaint", "platform", "posted", "agent"] as const) {
      const v = raw[key];
      if (v === undefined) continue;
      if (typeof v !== "string" || !v.trim()) at([key], "expected text");
      else out[key] = v;
    }
    if (raw.customer !== undefined) {
      if (typeof raw.customer === "string") out.customer = { name: raw.customer };
      else if (typeof raw.customer === "object" && raw.customer !== null && !Array.isArray(raw.customer)) {
        const c: Customer = {};
        for (const [k, v] of Object.entries(raw.customer as Record<string, unknown>)) {
          if (!CUSTOMER_KEYS.includes(k)) at(["customer", k], `unknown key "${k}"${didYouMean(k, CUSTOMER_KEYS)}; expected name, handle, title`, true);
          else if (typeof v !== "string") at(["customer", k], "expected text");
          else c[k as keyof Customer] = v;
        }
        out.customer = c;
      } else at(["customer"], "expected a name, or { name, handle, title }");
    }
    if (raw.commitments !== undefined) {
      if (typeof raw.commitments !== "object" || raw.commitments === null || Array.isArray(raw.commitments)) at(["commitments"], "expected commitment-id: time frame (24h, 2d, none)");
      else
        for (const [id, v] of Object.entries(raw.commitments as Record<string, unknown>)) {
          if (typeof v !== "string" && v !== null && v !== false) at(["commitments", id], 'expected a time frame such as 24h, or "none"');
          else {
            out.commitments[id] = typeof v === "string" ? v : "none";
            out.where[`commitment:${id}`] = where(["commitments", id]);
          }
        }
    }
    if (raw.remedies !== undefined) {
      if (!Array.isArray(raw.remedies) || raw.remedies.some((r) => typeof r !== "string")) at(["remedies"], "expected a list of remedy ids");
      else {
        out.remedies = raw.remedies as string[];
        raw.remedies.forEach((id, i) => (out.where[`remedy:${id}`] = where(["remedies", i])));
      }
    }
  }
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) at(structured ? ["answers"] : [], "expected step-id: value pairs");
  else
    for (const [id, v] of Object.entries(answers as Record<string, unknown>)) {
      out.answers[id] = v;
      out.where[`step:${id}`] = where(structured ? ["answers", id] : [id]);
    }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

/** `--set key=value` (repeatable); `--commit id=24h`. */
export function parseAssignments(list: string[], flag: string): Array<{ key: string; value: string; text: string }> {
  return list.map((text) => {
    const eq = text.indexOf("=");
    if (eq <= 0) throw new InputError(`${flag} ${text}: expected key=value, e.g. ${flag === "--commit" ? "--commit callback=24h" : "--set order-number=A-10293"}`);
    return { key: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim(), text };
  });
}

/** Later inputs override earlier ones. */
export function mergeInputs(...all: DraftInputs[]): DraftInputs {
  const out = emptyInputs();
  for (const i of all) {
    for (const key of ["complaint", "platform", "posted", "agent"] as const) if (i[key] !== undefined) out[key] = i[key];
    if (i.customer) out.customer = { ...(out.customer ?? {}), ...i.customer };
    Object.assign(out.answers, i.answers);
    Object.assign(out.commitments, i.commitments);
    if (i.remedies) out.remedies = i.remedies;
    Object.assign(out.where, i.where);
  }
  return out;
}

/** The playbook's example as inputs (`--example`). */
export function exampleInputs(playbook: Playbook): DraftInputs {
  const ex = playbook.example;
  return {
    ...(ex.complaint && { complaint: ex.complaint }),
    ...(ex.platform && { platform: ex.platform }),
    customer: { ...ex.customer },
    answers: { ...ex.answers },
    commitments: Object.fromEntries(Object.entries(ex.commitments).map(([id, d]) => [id, d.text])),
    remedies: [...ex.remedies],
    where: {},
  };
}

const YES = new Set(["true", "yes", "y", "si", "sì", "s", "1"]);
const NO = new Set(["false", "no", "n", "0"]);

/** A raw value (from YAML or a flag) as the step's type; a problem in words when it cannot be. */
export function coerceAnswer(step: Step, raw: unknown): { value: Scalar } | { problem: string } {
  let value: Scalar;
  if (raw instanceof Date) value = raw.toISOString().slice(0, 10);
  else if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") value = raw;
  else return { problem: "expected a single value" };
  switch (step.type) {
    case "yes-no":
      if (typeof value === "string") {
        const t = value.trim().toLowerCase();
        if (YES.has(t)) value = true;
        else if (NO.has(t)) value = false;
      }
      break;
    case "number":
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) value = Number(value);
      break;
    case "choice": {
      const text = String(value);
      const byLabel = step.choices?.find((c) => c.value !== text && c.label.toLowerCase() === text.toLowerCase());
      value = byLabel ? byLabel.value : text;
      break;
    }
    default:
      value = String(value);
  }
  const problem = checkAnswer(step, value);
  if (problem) return { problem: step.type === "choice" ? `${problem}${didYouMean(String(value), step.choices?.map((c) => c.value) ?? [])}` : problem };
  return { value };
}

export interface ApplyMode {
  /** The values need no more asking (flags, an answers file). */
  settle: boolean;
  /** Fill only what the state does not hold yet (the example as defaults while drafting with prompts). */
  onlyMissing?: boolean;
}

/** Values the flags and files gave, checked against the playbook and written into the state. */
export function applyInputs(state: DraftState, given: DraftInputs, playbook: Playbook | undefined, now: Date, mode: ApplyMode): Result<DraftState> {
  const errors: InputError[] = [];
  const next: DraftState = { ...state, answers: { ...state.answers }, commitments: { ...state.commitments }, settled: [...state.settled] };
  const inputs = mode.onlyMissing ? withoutKnown(given, state) : given;
  const settled = (key: string) => {
    if (mode.settle && !next.settled.includes(key)) next.settled.push(key);
  };
  const fail = (key: string, message: string) => {
    const w = inputs.where[key] ?? {};
    errors.push(new InputError(w.flag ? `${w.flag}: ${message}` : message, { file: w.file, line: w.line, column: w.column, keyPath: w.keyPath }));
  };
  if (inputs.complaint !== undefined) {
    next.complaint = inputs.complaint.trim();
    settled("complaint");
  }
  if (inputs.platform !== undefined) {
    next.platform = inputs.platform;
    settled("platform");
  }
  if (inputs.posted !== undefined) {
    const at = parsePostedAt(inputs.posted, now);
    if (!at) errors.push(new InputError(`--posted "${inputs.posted}": write it like "3h ago", "2 days ago" or 2025-05-02T14:30`));
    else {
      next.postedAt = at.toISOString();
      settled("posted");
    }
  }
  if (inputs.customer && (inputs.customer.name || inputs.customer.handle)) {
    const handle = inputs.customer.handle;
    // A customer the person names (flags, answers file, inbox) replaces the identity held so far
    // (the example's, the retried draft's) entirely: a name never keeps someone else's handle,
    // or every demo case would be filed under one returning customer. Defaults fill in only.
    const base = mode.settle ? {} : (next.customer ?? {});
    next.customer = { ...base, ...inputs.customer, ...(handle && { handle: handle.startsWith("@") ? handle : `@${handle}` }) };
    // A handle alone still leaves the name to ask for (P3); without prompts it is enough.
    if (inputs.customer.name) settled("customer");
  }
  if (inputs.agent) {
    next.agent = inputs.agent;
    settled("agent");
  }
  if (playbook) {
    const stepIds = playbook.steps.map((s) => s.id);
    for (const [id, raw] of Object.entries(inputs.answers)) {
      const step = playbook.steps.find((s) => s.id === id);
      if (!step) {
        fail(`step:${id}`, `no step "${id}" in the playbook ${playbook.id}${didYouMean(id, stepIds)}; its steps are: ${stepIds.join(", ")}`);
        continue;
      }
      const coerced = coerceAnswer(step, raw);
      if ("problem" in coerced) fail(`step:${id}`, `${id}: ${coerced.problem}`);
      else {
        next.answers[id] = coerced.value;
        settled(`step:${id}`);
      }
    }
    const commitmentIds = playbook.commitments.map((c) => c.id);
    for (const [id, text] of Object.entries(inputs.commitments)) {
      const spec = playbook.commitments.find((c) => c.id === id);
      if (!spec) {
        fail(`commitment:${id}`, `no commitment "${id}" in the playbook ${playbook.id}${didYouMean(id, commitmentIds)}; its commitments are: ${commitmentIds.join(", ")}`);
        continue;
      }
      if (/^(none|no|off|false|0|nessuno|no promise)$/i.test(text.trim())) {
        next.commitments[id] = null;
        settled(`commitment:${id}`);
        continue;
      }
      const d = parseDuration(text);
      if (!d) fail(`commitment:${id}`, `${id}: "${text}" is not a time frame; write it like ${spec.offer.map((o) => o.text).join(" or ")}, or "none"`);
      else if (d.minutes < spec.earliest.minutes) fail(`commitment:${id}`, `${id}: "${text}" is sooner than this playbook allows: never promise it in less than ${spec.earliest.text} (P4)`);
      else {
        next.commitments[id] = d.text;
        settled(`commitment:${id}`);
      }
    }
    if (inputs.remedies) {
      const ok: string[] = [];
      for (const id of inputs.remedies) {
        const spec = playbook.remedies.find((r) => r.id === id);
        if (!spec) fail(`remedy:${id}`, `no remedy "${id}" in the playbook ${playbook.id}${didYouMean(id, playbook.remedies.map((r) => r.id))}`);
        else if (spec.requiresApproval) fail(`remedy:${id}`, `the remedy "${id}" (${spec.label}) needs a manager's approval and cannot be offered in a draft (P4)`);
        else ok.push(id);
      }
      next.remedies = ok;
      settled("remedies");
    }
  }
  next.updatedAt = now.toISOString();
  return errors.length ? { ok: false, errors } : { ok: true, value: next };
}

function withoutKnown(inputs: DraftInputs, state: DraftState): DraftInputs {
  const out: DraftInputs = { ...inputs, answers: {}, commitments: {} };
  if (state.complaint !== undefined) delete out.complaint;
  if (state.platform !== undefined) delete out.platform;
  if (state.postedAt !== undefined) delete out.posted;
  if (state.customer?.name || state.customer?.handle) delete out.customer;
  if (state.agent) delete out.agent;
  if (state.settled.includes("remedies") || state.remedies.length) delete out.remedies;
  for (const [id, v] of Object.entries(inputs.answers)) if (state.answers[id] === undefined) out.answers[id] = v;
  for (const [id, v] of Object.entries(inputs.commitments)) if (state.commitments[id] === undefined) out.commitments[id] = v;
  return out;
}
