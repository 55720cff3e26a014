/**
 * Plain prompts: numbered questions, one line of text per answer, no colours, no cursor
 * movement, nothing redrawn. For screen readers, logs and terminals where the rich prompts
 * misbehave (`--plain`). The terminal stays in cooked mode, so Ctrl-C is an ordinary signal.
 */
import type { Readable, Writable } from "node:stream";
import { chromeFor, type Chrome } from "./chrome.js";
import { editorCommand, editText } from "./editor.js";
import { LineReader, readText } from "./lines.js";
import {
  PromptInterrupted,
  type CheckboxQuestion,
  type Choice,
  type ConfirmQuestion,
  type EditorQuestion,
  type InputQuestion,
  type MultilineQuestion,
  type NumberQuestion,
  type Prompter,
  type SelectQuestion,
} from "./types.js";

export interface PlainPrompterOptions {
  input: Readable & { isTTY?: boolean };
  output: Writable;
  env: NodeJS.ProcessEnv;
  locale?: string;
  signal?: AbortSignal;
}

export class PlainPrompter implements Prompter {
  readonly mode = "plain" as const;
  private count = 0;
  private chrome: Chrome;
  private readonly lines: LineReader;

  constructor(private readonly options: PlainPrompterOptions) {
    this.chrome = chromeFor(options.locale ?? "en");
    this.lines = new LineReader(options.input, options.signal);
  }

  setLocale(locale: string): void {
    this.chrome = chromeFor(locale);
  }

  note(text: string): void {
    this.write(`${text}\n`);
  }

  close(): void {
    this.lines.close();
  }

  async input(q: InputQuestion): Promise<string> {
    this.head(q, q.default ? this.chrome.enterFor(q.default) : undefined);
    for (;;) {
      const raw = (await this.read()).trim();
      const value = raw === "" ? (q.default ?? "") : raw;
      const problem = q.validate?.(value);
      if (!problem) return value;
      this.problem(problem);
    }
  }

  async multiline(q: MultilineQuestion): Promise<string> {
    this.head(q, q.hint);
    return readText(this.lines, q);
  }

  async editor(q: EditorQuestion): Promise<string> {
    const editor = editorCommand(this.options.env);
    this.head(q, this.chrome.editorWaiting(editor));
    this.lines.release(); // the editor owns the terminal until it exits
    try {
      return await editText(q.default, this.options.env);
    } catch (error) {
      this.problem(this.chrome.editorFailed(editor, (error as Error).message));
      return q.default;
    }
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const c = this.chrome;
    const hint = `${c.yes}/${c.no}` + (q.default === undefined ? "" : `, ${c.enterFor(q.default ? c.yes : c.no)}`);
    this.head(q, hint);
    for (;;) {
      const raw = (await this.read()).trim().toLowerCase();
      if (raw === "" && q.default !== undefined) return q.default;
      if (c.yesWords.includes(raw)) return true;
      if (c.noWords.includes(raw)) return false;
      this.problem(`${c.yes}/${c.no}?`);
    }
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    this.head(q, q.default !== undefined ? this.chrome.enterFor(String(q.default)) : undefined);
    for (;;) {
      const raw = (await this.read()).trim();
      let value: number | undefined;
      if (raw === "") value = q.default;
      else {
        value = Number(raw.replace(",", "."));
        if (!Number.isFinite(value)) {
          this.problem(this.chrome.notANumber);
          continue;
        }
      }
      if (value === undefined && q.required) {
        this.problem(this.chrome.required);
        continue;
      }
      const problem = q.validate?.(value);
      if (!problem) return value;
      this.problem(problem);
    }
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    const defaultIndex = q.choices.findIndex((c) => q.default !== undefined && c.value === q.default);
    this.head(q, undefined);
    this.list(q.choices, defaultIndex);
    this.write(`   ${this.chrome.pickNumber}${defaultIndex >= 0 ? ` (${this.chrome.enterFor(String(defaultIndex + 1))})` : ""}.\n`);
    return this.pick(q.choices, defaultIndex);
  }

  async search<T>(q: SelectQuestion<T>): Promise<T> {
    this.head(q, this.chrome.filterHint);
    let shown = q.choices;
    this.list(shown, -1);
    for (;;) {
      const raw = (await this.read()).trim();
      const n = Number(raw);
      if (raw !== "" && Number.isInteger(n)) {
        if (n >= 1 && n <= shown.length) return shown[n - 1]!.value;
        this.problem(this.chrome.notInList(shown.length));
        continue;
      }
      const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
      const filtered = q.choices.filter((c) => words.every((w) => `${c.name} ${c.description ?? ""}`.toLowerCase().includes(w)));
      if (filtered.length === 0) {
        this.problem(this.chrome.noMatch);
        continue;
      }
      if (filtered.length === 1 && words.length) return filtered[0]!.value;
      shown = filtered;
      this.list(shown, -1);
    }
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    this.head(q, undefined);
    this.list(q.choices, -1);
    const preset = q.choices.flatMap((c, i) => (c.checked ? [i + 1] : []));
    this.write(`   ${this.chrome.pickNumbers} (${this.chrome.enterFor(preset.length ? preset.join(",") : this.chrome.none)}).\n`);
    for (;;) {
      const raw = (await this.read()).trim();
      if (raw === "") return q.choices.filter((c) => c.checked).map((c) => c.value);
      if (raw === "0" || raw.toLowerCase() === this.chrome.none) return [];
      const picks = raw.split(/[\s,;]+/).filter(Boolean).map(Number);
      if (picks.some((n) => !Number.isInteger(n) || n < 1 || n > q.choices.length)) {
        this.problem(this.chrome.notInList(q.choices.length));
        continue;
      }
      return [...new Set(picks)].sort((a, b) => a - b).map((n) => q.choices[n - 1]!.value);
    }
  }

  private async pick<T>(choices: Array<Choice<T>>, defaultIndex: number): Promise<T> {
    for (;;) {
      const raw = (await this.read()).trim();
      if (raw === "" && defaultIndex >= 0) return choices[defaultIndex]!.value;
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 1 && n <= choices.length) return choices[n - 1]!.value;
      const byName = choices.filter((c) => c.name.toLowerCase() === raw.toLowerCase());
      if (byName.length === 1) return byName[0]!.value;
      this.problem(this.chrome.notInList(choices.length));
    }
  }

  private list(choices: Array<Choice<unknown>>, defaultIndex: number): void {
    choices.forEach((c, i) => {
      const mark = i === defaultIndex ? ` ${this.chrome.defaultMark}` : "";
      this.write(`   ${i + 1}) ${c.name}${mark}\n`);
      if (c.description) this.write(`      ${c.description}\n`);
    });
  }

  private head(q: { message: string; help?: string }, hint: string | undefined): void {
    this.count++;
    this.write(`\n${this.count}. ${q.message}\n`);
    if (q.help) this.write(`   ${q.help}\n`);
    if (hint) this.write(`   (${hint})\n`);
  }

  private problem(text: string): void {
    this.write(`   ! ${text}\n`);
  }

  private async read(): Promise<string> {
    this.write("> ");
    const line = await this.lines.next();
    if (line === undefined) throw new PromptInterrupted("input-ended");
    return line;
  }

  private write(text: string): void {
    try {
      this.options.output.write(text);
    } catch {
      // A closed terminal: nothing more can be shown, and the session file has the progress.
    }
  }
}
