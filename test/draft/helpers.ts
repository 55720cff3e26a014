// Shared by the draft tests: the shipped catalog, the linter, a fixed clock, temp folders.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { FlowContext } from "../../src/draft/flow.js";
import { newDraftState, type DraftState } from "../../src/draft/state.js";
import { createLinter } from "../../src/lint/engine.js";
import type { Linter } from "../../src/lint/types.js";
import type { Playbook } from "../../src/playbook/types.js";
import { routeComplaint } from "../../src/route/route.js";
import { shippedCatalog } from "../helpers/catalog.js";

export const NOW = new Date("2025-05-02T15:00:00.000Z");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = "replybook-draft-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export { shippedCatalog };

/** Every shipped playbook, in every locale it is shipped in (never a hard-coded list). */
export async function shippedPlaybooks(): Promise<Playbook[]> {
  return (await shippedCatalog()).playbooks;
}

/** The shared linter (src/lint/engine.ts), as `draft` creates it. */
export async function testLinter(): Promise<Linter> {
  const cat = await shippedCatalog();
  return createLinter({ phrases: cat.phrases, playbooks: cat.playbooks, rules: {} });
}

export async function flowContext(overrides: Partial<FlowContext> = {}): Promise<FlowContext> {
  return { playbooks: await shippedPlaybooks(), route: routeComplaint, now: NOW, ...overrides };
}

export function freshState(locale = "en"): DraftState {
  return newDraftState({ locale, now: NOW, id: "test-draft" });
}
