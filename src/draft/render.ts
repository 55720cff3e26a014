/**
 * From a finished set of answers to text: the public reply (one of the playbook's template
 * variants, or the person's edited text), the private follow-up, the linter's findings,
 * and the {@link DraftOutcome} that `--json` prints.
 */
import { InputError } from "../core/errors.js";
import type { Finding, Linter, LintResult } from "../lint/types.js";
import type { Customer, Playbook } from "../playbook/types.js";
import { buildReplyContext, signatureFor, type AgentInfo } from "../reply/context.js";
import { renderTemplateFile } from "../reply/render.js";
import { compactDuration, dueAfter, type Duration } from "../text/duration.js";
import type { CommitmentMade, DraftOutcome } from "./outcome.js";
import { checklistSummary, chosenCommitments, effectiveAnswers } from "./flow.js";
import type { DraftState } from "./state.js";

export interface TemplateSource {
  /** "<locale>/<name>" -> file */
  templates: Map<string, { file: string }>;
}

export interface RenderOptions {
  playbook: Playbook;
  state: DraftState;
  catalog: TemplateSource;
  agent: AgentInfo;
  brand: string;
  now: Date;
}

export interface RenderedDraft {
  /** The template's text for the chosen variant. */
  rendered: string;
  /** What is shown and accepted: the person's edit, else the rendered text. */
  reply: string;
  followUp?: string;
  variant: string;
}

export function variantNames(playbook: Playbook): string[] {
  return playbook.templates.public;
}

export function templateFileFor(catalog: TemplateSource, locale: string, name: string): string {
  const ref = catalog.templates.get(`${locale}/${name}`);
  if (!ref) throw new InputError(`the template "${name}" is missing: expected templates/${locale}/${name}.hbs`, { keyPath: "templates" });
  return ref.file;
}

export async function renderDraft(options: RenderOptions): Promise<RenderedDraft> {
  const { playbook, state } = options;
  const context = buildReplyContext({
    playbook,
    customer: state.customer ?? {},
    agent: options.agent,
    brand: options.brand,
    ...(state.platform && { platform: state.platform }),
    answers: effectiveAnswers(playbook, state.answers),
    commitments: chosenCommitments(playbook, state),
    remedies: state.remedies,
    now: options.now,
  });
  const names = variantNames(playbook);
  const index = Math.min(Math.max(state.review?.variant ?? 0, 0), names.length - 1);
  const variant = names[index]!;
  const rendered = await renderTemplateFile(templateFileFor(options.catalog, playbook.locale, variant), context);
  const followName = playbook.templates.followUp[0];
  // The follow-up is a private message or e-mail: signed "— Dario" even when the public reply on X says "^DR".
  const privateContext = { ...context, agent: { ...context.agent, signature: signatureFor(options.agent, undefined) } };
  const followUp = followName ? await renderTemplateFile(templateFileFor(options.catalog, playbook.locale, followName), privateContext) : undefined;
  return { rendered, reply: state.review?.text ?? rendered, ...(followUp !== undefined && { followUp }), variant };
}

export interface LintDraftOptions {
  linter: Linter;
  playbook: Playbook;
  customer: Customer | undefined;
  agent: string;
  platform?: string;
  now: Date;
}

export function lintDraft(text: string, o: LintDraftOptions): LintResult {
  return o.linter.lint(text, {
    locale: o.playbook.locale,
    playbook: o.playbook,
    ...(o.customer && { customer: o.customer }),
    agent: o.agent,
    ...(o.platform && { channel: o.platform }),
    now: o.now,
  });
}

export function errorFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}

export interface OutcomeOptions {
  playbook: Playbook;
  state: DraftState;
  draft: RenderedDraft;
  findings: Finding[];
  agent: AgentInfo;
  now: Date;
}

export function buildOutcome({ playbook, state, draft, findings, agent, now }: OutcomeOptions): DraftOutcome {
  const commitments: CommitmentMade[] = Object.entries(chosenCommitments(playbook, state)).map(([id, d]) => ({
    id,
    within: d.working ? d.text : compactDuration(d.minutes),
    due: dueTime(now, d).toISOString(),
  }));
  return {
    reply: draft.reply,
    ...(draft.followUp !== undefined && { followUp: draft.followUp }),
    playbook: playbook.id,
    locale: playbook.locale,
    customer: { ...(state.customer ?? {}) },
    agent: agent.name,
    ...(state.platform && { platform: state.platform }),
    ...(state.complaint && { complaint: state.complaint }),
    ...(state.postedAt && { postedAt: state.postedAt }),
    answeredAt: (state.acceptedAt ? new Date(state.acceptedAt) : now).toISOString(),
    answers: effectiveAnswers(playbook, state.answers),
    commitments,
    ...(state.remedies.length && { remedies: [...state.remedies] }),
    findings,
    checklist: checklistSummary(playbook, state),
    ...(state.override && { override: state.override }),
  };
}

/** When a promise falls due (working days skip weekends): see dueAfter. */
export const dueTime = dueAfter;
