/**
 * A prompter that answers from a script: flows are tested with injected answers, no
 * terminal. Answers are looked up by question key; a list answers the same key several
 * times in turn; a function sees the question. Keys without an answer take the question's
 * default (or fail, with `strict`). Everything asked and noted is kept in `transcript`.
 *
 * @example
 *   const p = new ScriptedPrompter({ complaint: "My parcel arrived smashed", "step:damage": "contents", review: ["accept"] });
 */
import {
  PromptInterrupted,
  type CheckboxQuestion,
  type ConfirmQuestion,
  type EditorQuestion,
  type InputQuestion,
  type MultilineQuestion,
  type NumberQuestion,
  type Prompter,
  type SelectQuestion,
} from "./types.js";

/** Answer with this to simulate Ctrl-C at that question. */
export const INTERRUPT = Symbol("interrupt");

export type ScriptedAnswer = unknown | typeof INTERRUPT | ((question: AnyQuestion) => unknown);
export type AnyQuestion = { key: string; message: string; kind: string; [k: string]: unknown };

export interface TranscriptEntry {
  kind: string;
  key: string;
  message: string;
  answer?: unknown;
  /** For notes: the text shown. */
  text?: string;
}

export class ScriptedPrompter implements Prompter {
  readonly mode = "scripted" as const;
  readonly transcript: TranscriptEntry[] = [];
  private readonly used = new Map<string, number>();

  constructor(
    private readonly answers: Record<string, ScriptedAnswer | ScriptedAnswer[]>,
    private readonly options: { strict?: boolean; maxQuestions?: number } = {},
  ) {}

  /** Notes shown so far, joined. */
  get notes(): string {
    return this.transcript.filter((t) => t.kind === "note").map((t) => t.text).join("\n");
  }

  /** Keys asked, in order. */
  get asked(): string[] {
    return this.transcript.filter((t) => t.kind !== "note").map((t) => t.key);
  }

  setLocale(): void {}
  close(): void {}

  note(text: string): void {
    this.transcript.push({ kind: "note", key: "", message: "", text });
  }

  async input(q: InputQuestion): Promise<string> {
    const value = String(this.take("input", q, q.default ?? ""));
    const problem = q.validate?.(value);
    if (problem) throw new Error(`scripted answer "${value}" for ${q.key} is invalid: ${problem}`);
    return value;
  }

  async multiline(q: MultilineQuestion): Promise<string> {
    return String(this.take("multiline", q, q.default ?? ""));
  }

  async editor(q: EditorQuestion): Promise<string> {
    const answer = this.take("editor", q, q.default);
    return typeof answer === "string" ? answer : q.default;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    return Boolean(this.take("confirm", q, q.default ?? true));
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    const answer = this.take("number", q, q.default);
    const value = answer === undefined ? undefined : Number(answer);
    const problem = q.validate?.(value);
    if (problem) throw new Error(`scripted answer ${value} for ${q.key} is invalid: ${problem}`);
    return value;
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    return this.choose("select", q);
  }

  async search<T>(q: SelectQuestion<T>): Promise<T> {
    return this.choose("search", q);
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    const answer = this.take("checkbox", q, q.choices.filter((c) => c.checked).map((c) => c.value));
    const values = Array.isArray(answer) ? answer : [answer];
    for (const v of values) if (!q.choices.some((c) => c.value === v)) throw new Error(`scripted answer ${String(v)} for ${q.key} is not a choice`);
    return values as T[];
  }

  private choose<T>(kind: string, q: SelectQuestion<T>): T {
    const answer = this.take(kind, q, q.default !== undefined ? q.default : q.choices[0]?.value);
    const choice = q.choices.find((c) => c.value === answer) ?? q.choices.find((c) => c.name === answer);
    if (!choice) throw new Error(`scripted answer ${JSON.stringify(answer)} for ${q.key} is not one of: ${q.choices.map((c) => JSON.stringify(c.value)).join(", ")}`);
    return choice.value;
  }

  private take(kind: string, q: { key: string; message: string }, fallback: unknown): unknown {
    // A flow that keeps asking the same thing would otherwise spin until the test times out.
    if (this.transcript.length > (this.options.maxQuestions ?? 500)) throw new Error(`scripted prompter: more than ${this.options.maxQuestions ?? 500} questions; the last was ${q.key} ("${q.message}")`);
    const entry: TranscriptEntry = { kind, key: q.key, message: q.message };
    this.transcript.push(entry);
    let answer: ScriptedAnswer;
    const scripted = this.answers[q.key];
    if (Array.isArray(scripted) && kind !== "checkbox") {
      const i = this.used.get(q.key) ?? 0;
      this.used.set(q.key, i + 1);
      answer = i < scripted.length ? scripted[i] : this.missing(q.key, fallback);
    } else if (Array.isArray(scripted) && kind === "checkbox" && Array.isArray(scripted[0])) {
      const i = this.used.get(q.key) ?? 0;
      this.used.set(q.key, i + 1);
      answer = i < scripted.length ? scripted[i] : this.missing(q.key, fallback);
    } else {
      answer = q.key in this.answers ? scripted : this.missing(q.key, fallback);
    }
    if (typeof answer === "function") answer = (answer as (q: AnyQuestion) => unknown)({ ...q, kind } as AnyQuestion);
    if (answer === INTERRUPT) throw new PromptInterrupted("interrupt");
    entry.answer = answer;
    return answer;
  }

  private missing(key: string, fallback: unknown): unknown {
    if (this.options.strict) throw new Error(`no scripted answer for "${key}"`);
    return fallback;
  }
}
