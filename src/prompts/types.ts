/**
 * What the draft flow asks a person, independent of how it is asked. Three prompters
 * implement it: the rich one (@inquirer/prompts, src/prompts/inquirer.ts), the plain one
 * (numbered questions read line by line, for screen readers and logs) and the scripted one
 * that tests inject answers through. Every question carries a `key` ("step:damage",
 * "checklist:screenshot") so a script can answer by key rather than by position.
 *
 * @example
 *   const name = await prompter.input({ key: "customer", message: "Customer's name?", default: "Laura" });
 */

/** Returns a problem in words, or undefined when the value is fine. */
export type Validate<T> = (value: T) => string | undefined;

interface Base {
  /** Stable key for scripted answers and transcripts. */
  key: string;
  message: string;
  /** One more line of explanation, shown under the question. */
  help?: string;
}

export interface InputQuestion extends Base {
  default?: string;
  validate?: Validate<string>;
}

export interface MultilineQuestion extends Base {
  /** How to finish ("end with an empty line or Ctrl-D"). */
  hint: string;
  /** Finish on an empty line (true) or only on a line holding "." (false: text with paragraphs). */
  endOnEmptyLine: boolean;
  default?: string;
}

export interface EditorQuestion extends Base {
  default: string;
}

export interface ConfirmQuestion extends Base {
  default?: boolean;
}

export interface NumberQuestion extends Base {
  default?: number;
  required?: boolean;
  validate?: Validate<number | undefined>;
}

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export interface SelectQuestion<T> extends Base {
  choices: Array<Choice<T>>;
  default?: T;
}

export interface CheckboxQuestion<T> extends Base {
  choices: Array<Choice<T> & { checked?: boolean }>;
}

export interface Prompter {
  readonly mode: "rich" | "plain" | "scripted";
  input(q: InputQuestion): Promise<string>;
  /** Several lines of pasted text. */
  multiline(q: MultilineQuestion): Promise<string>;
  /** The person's own editor ($VISUAL / $EDITOR) on a copy of the text. */
  editor(q: EditorQuestion): Promise<string>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  number(q: NumberQuestion): Promise<number | undefined>;
  select<T>(q: SelectQuestion<T>): Promise<T>;
  /** A list filtered by what the person types. */
  search<T>(q: SelectQuestion<T>): Promise<T>;
  checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]>;
  /** Text for the person between questions (a summary, a reply, a warning). */
  note(text: string): void;
  /** The prompters' own words (yes/no, "type a number") follow the playbook's locale. */
  setLocale(locale: string): void;
  /** Releases the terminal. */
  close(): void;
}

/**
 * The person stopped the flow: Ctrl-C, a closed terminal, SIGTERM, or the input ended. The
 * flow has saved everything answered so far; the shell says how to resume and exits 2.
 */
export class PromptInterrupted extends Error {
  constructor(readonly reason: "interrupt" | "terminated" | "hangup" | "input-ended") {
    super(`prompt interrupted (${reason})`);
    this.name = "PromptInterrupted";
  }
}

export function isPromptInterrupted(error: unknown): error is PromptInterrupted {
  return error instanceof PromptInterrupted;
}
