/**
 * The one module that talks to @inquirer/prompts. Everything else asks through the
 * {@link Prompter} interface, so flows are tested with injected answers and the library can
 * be swapped without touching them. Loaded only by `draft` (lazy import): `lint` never pays
 * for it.
 */
import type { Readable, Writable } from "node:stream";
import { chromeFor, type Chrome } from "./chrome.js";
import { LineReader, readText, reasonOf } from "./lines.js";
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

type Inquirer = typeof import("@inquirer/prompts");

export interface RichPrompterOptions {
  input: Readable & { isTTY?: boolean };
  output: Writable & { columns?: number };
  env: NodeJS.ProcessEnv;
  locale?: string;
  signal?: AbortSignal;
}

const ACTIONS: Record<string, Record<string, string>> = {
  it: { navigate: "sposta", select: "scegli", submit: "conferma", all: "tutti", invert: "inverti" },
  el: { navigate: "μετακίνηση", select: "επιλογή", submit: "επιβεβαίωση", all: "όλα", invert: "αντιστροφή" },
};

export class RichPrompter implements Prompter {
  readonly mode = "rich" as const;
  private lib: Inquirer | undefined;
  private chrome: Chrome;
  private locale: string;
  private readonly lines: LineReader;

  constructor(private readonly options: RichPrompterOptions) {
    this.locale = options.locale ?? "en";
    this.chrome = chromeFor(this.locale);
    this.lines = new LineReader(options.input, options.signal);
  }

  setLocale(locale: string): void {
    this.locale = locale;
    this.chrome = chromeFor(locale);
  }

  note(text: string): void {
    try {
      this.options.output.write(`${text}\n`);
    } catch {
      // closed terminal
    }
  }

  close(): void {
    this.lines.close();
  }

  async input(q: InputQuestion): Promise<string> {
    const { input } = await this.load();
    return this.run(() =>
      input(
        {
          message: this.message(q),
          // The default is put on the line, editable: "Laura" can become "Laura Bianchi".
          ...(q.default !== undefined && q.default !== "" && { default: q.default, prefill: "editable" as const }),
          ...(q.validate && { validate: (v: string) => q.validate!(v.trim() === "" ? (q.default ?? "") : v.trim()) ?? true }),
        },
        this.context(),
      ),
    ).then((v) => v.trim());
  }

  async multiline(q: MultilineQuestion): Promise<string> {
    this.note(`${this.message(q)}\n  (${q.hint})`);
    try {
      return await readText(this.lines, q);
    } finally {
      this.lines.release(); // hand the terminal back to the rich prompts
    }
  }

  async editor(q: EditorQuestion): Promise<string> {
    const { editor } = await this.load();
    return this.run(() => editor({ message: this.message(q), default: q.default, waitForUserInput: false, postfix: ".txt" }, this.context())).then((text) =>
      text.replace(/\s+$/, ""),
    );
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const c = this.chrome;
    if (this.locale !== "en") return this.confirmByWords(q);
    const { confirm } = await this.load();
    return this.run(() =>
      confirm(
        {
          message: this.message(q),
          ...(q.default !== undefined && { default: q.default }),
          transformer: (v: boolean) => (v ? c.yes : c.no),
        },
        this.context(),
      ),
    );
  }

  /** Inquirer's confirm only knows y/n; other languages answer with their own words (sì/no). */
  private async confirmByWords(q: ConfirmQuestion): Promise<boolean> {
    const { input } = await this.load();
    const c = this.chrome;
    // The first letters, without accents: "(S/n)", "(Ν/ο)" for "ναι"/"όχι".
    const y = c.yes.normalize("NFD")[0]!;
    const n = c.no.normalize("NFD")[0]!;
    const hint = q.default === undefined ? `${y}/${n}` : q.default ? `${y.toUpperCase()}/${n}` : `${y}/${n.toUpperCase()}`;
    const parse = (v: string): boolean | undefined => {
      const t = v.trim().toLowerCase();
      if (t === "") return q.default;
      if (c.yesWords.includes(t)) return true;
      if (c.noWords.includes(t)) return false;
      return undefined;
    };
    const answer = await this.run(() =>
      input(
        {
          message: `${this.message(q)} (${hint})`,
          validate: (v: string) => (parse(v) === undefined ? `${c.yes}/${c.no}?` : true),
          transformer: (v: string, { isFinal }: { isFinal: boolean }) => (isFinal ? (parse(v) ? c.yes : c.no) : v),
        },
        this.context(),
      ),
    );
    return parse(answer)!;
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    const { number } = await this.load();
    return this.run(() =>
      number(
        {
          message: this.message(q),
          ...(q.default !== undefined && { default: q.default }),
          required: q.required ?? false,
          step: "any",
          ...(q.validate && { validate: (v: number | undefined) => q.validate!(v) ?? true }),
        },
        this.context(),
      ),
    );
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    const { select } = await this.load();
    return this.run(() =>
      select<T>(
        {
          message: this.message(q),
          choices: q.choices.map((c) => ({ value: c.value, name: c.name, ...(c.description && { description: c.description }) })),
          ...(q.default !== undefined && { default: q.default }),
          pageSize: 10,
          loop: false,
          theme: this.listTheme(),
        },
        this.context(),
      ),
    );
  }

  async search<T>(q: SelectQuestion<T>): Promise<T> {
    const { search } = await this.load();
    return this.run(() =>
      search<T>(
        {
          message: this.message(q),
          source: (term) => {
            const words = (term ?? "").toLowerCase().split(/\s+/).filter(Boolean);
            return q.choices
              .filter((c) => words.every((w) => `${c.name} ${c.description ?? ""}`.toLowerCase().includes(w)))
              .map((c) => ({ value: c.value, name: c.name, ...(c.description && { description: c.description }) }));
          },
          pageSize: 10,
          theme: this.listTheme(),
        },
        this.context(),
      ),
    );
  }

  async checkbox<T>(q: CheckboxQuestion<T>): Promise<T[]> {
    const { checkbox } = await this.load();
    return this.run(() =>
      checkbox<T>(
        {
          message: this.message(q),
          choices: q.choices.map((c) => ({ value: c.value, name: c.name, checked: Boolean(c.checked), ...(c.description && { description: c.description }) })),
          pageSize: 10,
          theme: this.listTheme(),
        },
        this.context(),
      ),
    );
  }

  private message(q: { message: string; help?: string }): string {
    return q.help ? `${q.message}\n  ${q.help}\n ` : q.message;
  }

  private listTheme() {
    const actions = ACTIONS[this.locale];
    return {
      style: {
        keysHelpTip: (keys: Array<[string, string]>) => keys.map(([key, action]) => `${key} ${actions?.[action] ?? action}`).join(" • "),
      },
    };
  }

  private context() {
    return { input: this.lines.input as NodeJS.ReadableStream, output: this.options.output as NodeJS.WritableStream, clearPromptOnDone: false, ...(this.options.signal && { signal: this.options.signal }) };
  }

  private async load(): Promise<Inquirer> {
    this.lib ??= await import("@inquirer/prompts");
    return this.lib;
  }

  /** Inquirer's own errors become {@link PromptInterrupted}: Ctrl-C, or our abort on SIGTERM / SIGHUP. */
  private async run<T>(ask: () => Promise<T>): Promise<T> {
    try {
      return await ask();
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === "ExitPromptError") throw new PromptInterrupted(this.options.signal?.aborted ? reasonOf(this.options.signal) : "interrupt");
      if (name === "AbortPromptError" || name === "CancelPromptError") throw new PromptInterrupted(this.options.signal ? reasonOf(this.options.signal) : "interrupt");
      throw error;
    }
  }
}
