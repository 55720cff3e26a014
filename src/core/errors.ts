/**
 * Errors a person can act on. Every expected failure (bad YAML, unknown key, missing file,
 * malformed batch line) is an {@link InputError}: it names the file, the position and the key
 * path, and the shell prints it as one line and exits 2. Anything else is a bug.
 *
 * @example
 *   new InputError("expected a string", { file: "playbooks/en/parcel-damaged.yaml", line: 12, column: 5, keyPath: "steps[2].ask" })
 *   // -> playbooks/en/parcel-damaged.yaml:12:5 steps[2].ask: expected a string
 */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  keyPath?: string;
}

export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly keyPath?: string;

  constructor(message: string, where: ErrorLocation = {}) {
    super(message);
    this.name = "InputError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.keyPath = where.keyPath;
  }

  /** One line: `file:line:col key.path: message` (parts that are unknown are left out). */
  format(): string {
    return formatLocated(this.message, this);
  }
}

export function formatLocated(message: string, where: ErrorLocation): string {
  let head = where.file ?? "";
  if (where.file && where.line !== undefined) head += `:${where.line}:${where.column ?? 1}`;
  const key = where.keyPath ? `${where.keyPath}: ` : "";
  const text = oneLine(message);
  return head ? `${head} ${key}${text}` : `${key}${text}`;
}

/** Error text is printed on one line, whatever a library put in it. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

/** A usage mistake on the command line (unknown option value, missing argument). Exit 2. */
export class UsageError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Expected failures travel as values until the shell prints them. */
export type Result<T> = { ok: true; value: T; warnings?: InputError[] } | { ok: false; errors: InputError[] };

export function ok<T>(value: T, warnings?: InputError[]): Result<T> {
  return warnings && warnings.length ? { ok: true, value, warnings } : { ok: true, value };
}

export function fail<T = never>(...errors: InputError[]): Result<T> {
  return { ok: false, errors };
}

/** Unwraps a result, throwing its first error: for call sites that go straight to the shell. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.errors[0] ?? new InputError("unknown error");
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
