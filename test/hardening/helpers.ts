// Shared by the hardening tests: the real binary, with a pinned home and config search, and the
// assertions every error path must pass (one line, positioned, no stack trace, exit 2).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import type { InputError } from "../../src/core/errors.js";
import { BIN, cleanEnv, replybook, ROOT, tempDir } from "../helpers/cli.js";

export { BIN, cleanEnv, replybook, ROOT, tempDir };

/** Writes files (text or bytes) under a fresh temp folder; returns the folder. */
export function fixture(files: Record<string, string | Uint8Array>, prefix = "replybook-hardening-"): string {
  const dir = tempDir(prefix);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** What a user mistake looks like on stderr: no stack frame, no Node internals, no "internal error". */
export function expectCleanFailure(result: { exitCode: number; stderr: string; stdout: string }): void {
  expect(result.stderr, "a stack trace reached stderr").not.toContain("    at ");
  expect(result.stderr).not.toMatch(/node:internal|Error: .*\n\s+at |TypeError|RangeError|ReferenceError/);
  expect(result.stderr).not.toContain("internal error");
  expect(result.exitCode, `exit code (stderr: ${result.stderr})`).toBe(2);
}

/** Every error in a failed result is positioned: a file, line >= 1, column >= 1. */
export function expectPositioned(errors: InputError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.file, e.format()).toBeTruthy();
    expect(e.line, e.format()).toBeGreaterThanOrEqual(1);
    expect(e.column, e.format()).toBeGreaterThanOrEqual(1);
    expect(e.format(), "one line").not.toContain("\n");
  }
}

/** Nothing reached Object.prototype. */
export function expectPrototypeClean(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_KEYS);
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
