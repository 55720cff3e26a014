/**
 * A draft without prompts (`draft --no-interactive`, or stdin is not a terminal): every answer
 * comes from flags, files and defaults; what is missing is listed all at once. Otherwise the
 * reply is rendered (in the first template variant that passes, unless --variant chose one),
 * linted, and made an outcome. Returns values; the shell prints them.
 */
import type { Linter, LintResult } from "../lint/types.js";
import type { Playbook } from "../playbook/types.js";
import type { AgentInfo } from "../reply/context.js";
import { chosenPlaybook, type FlowContext } from "./flow.js";
import { waitNote, withBestVariant } from "./interactive.js";
import { messagesFor } from "./messages.js";
import type { DraftOutcome } from "./outcome.js";
import { buildOutcome, lintDraft, renderDraft, type RenderedDraft, type TemplateSource } from "./render.js";
import { resolveWithoutPrompts, type MissingAnswer } from "./resolve.js";
import type { DraftState } from "./state.js";

export interface HeadlessDeps {
  flow: FlowContext;
  catalog: TemplateSource;
  /** Made only once nothing is missing: building a linter is most of a refused run's cost. */
  linter(): Promise<Linter>;
  brand: string;
  agentFor(name: string): AgentInfo;
  /** --variant was given: the state's variant stands. */
  variantGiven: boolean;
  /** A screenshot of the post, kept with the outcome (P11). */
  evidence?: string | undefined;
  now: Date;
}

export type HeadlessDraft =
  | { missing: MissingAnswer[] }
  | {
      state: DraftState;
      playbook: Playbook;
      draft: RenderedDraft;
      lint: LintResult;
      outcome: DraftOutcome;
      /** Another variant than the first was picked, in words. */
      variantNote?: string;
      /** How long the customer has waited, against the playbook (when the post time is known). */
      waitNote?: string;
    };

export async function draftHeadless(initial: DraftState, deps: HeadlessDeps): Promise<HeadlessDraft> {
  const { flow, catalog, now } = deps;
  const { state: resolved, missing } = resolveWithoutPrompts(initial, flow);
  if (missing.length) return { missing };
  const playbook = chosenPlaybook(resolved, flow.playbooks)!;
  const linter = await deps.linter();
  let state: DraftState = { ...resolved, acceptedAt: now.toISOString() };
  const agent = deps.agentFor(state.agent!);
  let variantNote: string | undefined;
  if (!state.review && !deps.variantGiven) {
    // The first template that passes here: on X the long reply is over the limit, the short one is not.
    state = await withBestVariant(state, playbook, agent, { catalog, linter, brand: deps.brand, now: () => now });
    if (state.review!.variant > 0) {
      const names = playbook.templates.public;
      variantNote = messagesFor(playbook.locale).variantPicked(names[state.review!.variant]!, names[0]!);
    }
  }
  const draft = await renderDraft({ playbook, state, catalog, agent, brand: deps.brand, now });
  const lint = lintDraft(draft.reply, { linter, playbook, customer: state.customer, agent: agent.name, ...(state.platform && { platform: state.platform }), now });
  const built = buildOutcome({ playbook, state, draft, findings: lint.findings, agent, now });
  const outcome = deps.evidence ? { ...built, evidence: deps.evidence } : built;
  const wait = state.postedAt ? waitNote(state, playbook, now) : undefined;
  return { state, playbook, draft, lint, outcome, ...(variantNote && { variantNote }), ...(wait && { waitNote: wait }) };
}
