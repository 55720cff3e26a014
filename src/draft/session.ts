/**
 * Nothing is lost: the draft in progress is written to the user's data folder after every
 * answer, atomically (a temporary file renamed over the old one, so a crash mid-write
 * leaves the previous version) and readable by its owner only (it holds a customer's words
 * and name). `draft --resume` reads `drafts/current.json`; accepting a reply moves it to
 * `drafts/last.json`, which `draft --retry` reopens.
 *
 * The data folder is the case log's (src/store/paths.ts `resolveDataDir`): REPLYBOOK_DATA_DIR,
 * else the config's `data-dir`, else $XDG_DATA_HOME/replybook, else ~/.local/share/replybook.
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { STATE_VERSION, type DraftState } from "./state.js";

export class DraftSessionStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, "drafts");
  }

  get currentFile(): string {
    return join(this.dir, "current.json");
  }

  get lastFile(): string {
    return join(this.dir, "last.json");
  }

  /** Saves the draft in progress (synchronously: it is on disk before the next question). */
  saveCurrent(state: DraftState): void {
    this.write(this.currentFile, state);
  }

  /**
   * The draft was accepted: it becomes the last draft (for --retry). The unfinished one is
   * cleared only when it is the draft just finished: a run without prompts must never
   * discard someone's interrupted draft.
   */
  finish(state: DraftState, { clearCurrent }: { clearCurrent: boolean }): void {
    this.write(this.lastFile, state);
    if (clearCurrent) rmSync(this.currentFile, { force: true });
  }

  loadCurrent(): DraftState | undefined {
    return this.read(this.currentFile);
  }

  loadLast(): DraftState | undefined {
    return this.read(this.lastFile);
  }

  discardCurrent(): void {
    rmSync(this.currentFile, { force: true });
  }

  private write(file: string, state: DraftState): void {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
      chmodSync(tmp, 0o600); // the mode above is masked by umask; the customer's words stay private
      renameSync(tmp, file);
    } catch (error) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // nothing was written
      }
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(`cannot save the draft${code ? ` (${code})` : ""}: set REPLYBOOK_DATA_DIR to a folder you can write to`, { file });
    }
  }

  private read(file: string): DraftState | undefined {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new InputError(`cannot read the saved draft (${(error as NodeJS.ErrnoException).code})`, { file });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new InputError("the saved draft is damaged (not valid JSON); delete it to start again", { file });
    }
    if (!isDraftState(value)) throw new InputError(`the saved draft is not one this version of replybook can read (expected version ${STATE_VERSION}); delete it to start again`, { file });
    return value;
  }
}

function isDraftState(value: unknown): value is DraftState {
  const v = value as Partial<DraftState> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    v.version === STATE_VERSION &&
    typeof v.id === "string" &&
    typeof v.locale === "string" &&
    Array.isArray(v.settled) &&
    typeof v.answers === "object" &&
    v.answers !== null &&
    typeof v.checklist === "object" &&
    typeof v.commitments === "object" &&
    Array.isArray(v.remedies)
  );
}
