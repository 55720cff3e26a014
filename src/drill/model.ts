/**
 * The model reply shown beside the trainee's: the playbook's own public template rendered on
 * the scenario (its customer and platform, the playbook's example answers), with each
 * commitment moved to the scenario's facts: when a fact says "the courier can only come in
 * 3 days", the model promises the first time frame the playbook offers that is not sooner
 * (or the fact's own bound) -- never over-promise (P4).
 */
import type { TemplateRef } from "../reply/render.js";
import type { Playbook } from "../playbook/types.js";
import { buildReplyContext, type AgentInfo } from "../reply/context.js";
import { renderTemplateFile } from "../reply/render.js";
import type { Duration } from "../text/duration.js";
import type { Scenario } from "./types.js";

/** Characters a public reply may have on a platform, where there is a limit. */
export const PLATFORM_LIMITS: Record<string, number> = { x: 280, twitter: 280 };

export interface ModelReply {
  text: string;
  /** The template's name (templates/<locale>/<name>.hbs). */
  template: string;
  commitments: Record<string, Duration>;
}

/** The time frames the model reply promises: the example's, moved to the facts' bounds. */
export function modelCommitments(playbook: Playbook, scenario: Scenario): Record<string, Duration> {
  const out: Record<string, Duration> = { ...playbook.example.commitments };
  for (const fact of scenario.facts) {
    if (fact.commitment && fact.earliest && !out[fact.commitment]) {
      const spec = playbook.commitments.find((c) => c.id === fact.commitment);
      if (spec) out[spec.id] = spec.default;
    }
  }
  for (const [id, chosen] of Object.entries(out)) {
    const spec = playbook.commitments.find((c) => c.id === id);
    const bound = Math.max(
      spec?.earliest.minutes ?? 0,
      ...scenario.facts.filter((f) => f.commitment === id && f.earliest).map((f) => f.earliest!.minutes),
    );
    if (chosen.minutes >= bound) continue;
    out[id] = spec?.offer.find((o) => o.minutes >= bound) ?? scenario.facts.find((f) => f.commitment === id && f.earliest?.minutes === bound)!.earliest!;
  }
  return out;
}

export interface ModelReplyInput {
  playbook: Playbook;
  scenario: Scenario;
  templates: ReadonlyMap<string, TemplateRef>;
  agent: AgentInfo;
  brand: string;
  now: Date;
}

/** Renders each public variant and keeps the first that fits the platform's limit. */
export async function renderModelReply(input: ModelReplyInput): Promise<ModelReply | undefined> {
  const { playbook, scenario } = input;
  const commitments = modelCommitments(playbook, scenario);
  const forbidden = new Set(scenario.facts.map((f) => f.remedyNotAllowed).filter(Boolean));
  const context = buildReplyContext({
    playbook,
    customer: scenario.customer,
    agent: input.agent,
    brand: input.brand,
    platform: scenario.platform,
    answers: playbook.example.answers,
    commitments,
    remedies: playbook.example.remedies.filter((r) => !forbidden.has(r)),
    now: input.now,
  });
  const limit = PLATFORM_LIMITS[scenario.platform];
  let first: ModelReply | undefined;
  for (const name of playbook.templates.public) {
    const ref = input.templates.get(`${playbook.locale}/${name}`) ?? input.templates.get(`en/${name}`);
    if (!ref) continue;
    const text = await renderTemplateFile(ref.file, context);
    const reply = { text, template: name, commitments };
    first ??= reply;
    if (!limit || [...text].length <= limit) return reply;
  }
  return first;
}
