/**
 * The one exit-code table (the README's "Exit codes" section repeats it).
 *
 * | code | meaning |
 * | 0 | ok: no error-level finding |
 * | 1 | error-level findings, or more warnings than --max-warnings |
 * | 2 | usage, configuration or input error; an interrupted run (Ctrl-C); an internal error |
 */
export const EXIT = {
  ok: 0,
  findings: 1,
  input: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
