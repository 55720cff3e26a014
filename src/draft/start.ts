/**
 * Where a draft starts: the flags and files turned into inputs, the playbook and template
 * variant they name, and the state (new, resumed or retried). Mistakes are UsageErrors naming
 * the flag.
 */
import { UsageError, unwrap } from "../core/errors.js";
import type { Playbook } from "../playbook/types.js";
import { GENERAL_PLAYBOOK } from "../route/route.js";
import { didYouMean } from "../schema/validate.js";
import { applyAnswer, type FlowContext } from "./flow.js";
import { applyInputs, emptyInputs, exampleInputs, mergeInputs, parseAssignments, readAnswersFile, type DraftInputs } from "./inputs.js";
import type { DraftState } from "./state.js";

/** The draft command's flags that carry answers. */
export interface DraftFlags {
  answers?: string | undefined;
  platform?: string | undefined;
  channel?: string | undefined;
  posted?: string | undefined;
  customer?: string | undefined;
  handle?: string | undefined;
  agent?: string | undefined;
  set?: string[] | undefined;
  commit?: string[] | undefined;
  remedy?: string[] | undefined;
}

/**
 * --answers, then the flags over it; `agent` falls back to the config's agent. The complaint
 * is read after the answers file, so a broken file stops the run before stdin is waited on.
 */
export async function inputsFromFlags(flags: DraftFlags, readComplaint: () => Promise<string | undefined>, configAgent: string | undefined): Promise<DraftInputs> {
  const fromFile = flags.answers ? unwrap(await readAnswersFile(flags.answers)) : emptyInputs();
  const given = emptyInputs();
  const complaint = await readComplaint();
  if (complaint !== undefined) given.complaint = complaint;
  const platform = flags.platform ?? flags.channel;
  if (platform) given.platform = platform;
  if (flags.posted) given.posted = flags.posted;
  if (flags.customer || flags.handle) given.customer = { ...(flags.customer && { name: flags.customer }), ...(flags.handle && { handle: flags.handle }) };
  const agent = flags.agent ?? configAgent;
  if (agent) given.agent = agent;
  for (const { key, value, text } of parseAssignments(flags.set ?? [], "--set")) {
    given.answers[key] = value;
    given.where[`step:${key}`] = { flag: `--set ${text}` };
  }
  for (const { key, value, text } of parseAssignments(flags.commit ?? [], "--commit")) {
    given.commitments[key] = value;
    given.where[`commitment:${key}`] = { flag: `--commit ${text}` };
  }
  if (flags.remedy?.length) {
    given.remedies = flags.remedy;
    for (const id of flags.remedy) given.where[`remedy:${id}`] = { flag: `--remedy ${id}` };
  }
  return mergeInputs(fromFile, given);
}

export function findPlaybookIn(playbooks: readonly Playbook[], id: string, locale?: string): Playbook | undefined {
  return playbooks.find((p) => p.id === id && (!locale || p.locale === locale)) ?? (locale ? undefined : playbooks.find((p) => p.id === id));
}

/** --playbook: in --locale, else in the config's locale, else in any. */
export function playbookFor(playbooks: readonly Playbook[], id: string, locale: string | undefined, configLocale: string): Playbook {
  const found = locale ? findPlaybookIn(playbooks, id, locale) : (findPlaybookIn(playbooks, id, configLocale) ?? findPlaybookIn(playbooks, id));
  if (found) return found;
  const ids = [...new Set(playbooks.map((p) => p.id))];
  const elsewhere = playbooks.filter((p) => p.id === id).map((p) => p.locale);
  if (elsewhere.length) throw new UsageError(`--playbook ${id}: there is no ${locale} version; it exists in: ${elsewhere.join(", ")}`);
  throw new UsageError(`--playbook ${id}: no such playbook${didYouMean(id, ids)}; see 'replybook playbooks list'`);
}

/** --variant: a template's number (from 1) or name. */
export function variantIndex(playbook: Playbook, variant: string): number {
  const names = playbook.templates.public;
  const n = Number(variant);
  if (Number.isInteger(n) && n >= 1 && n <= names.length) return n - 1;
  const i = names.findIndex((name) => name === variant || name === `${playbook.id}.${variant}`);
  if (i >= 0) return i;
  throw new UsageError(`--variant ${variant}: the playbook ${playbook.id} has ${names.map((x, k) => `${k + 1}. ${x}`).join(", ")}`);
}

/** The state with `playbook` chosen, as if the person had picked it. */
export function withPlaybook(state: DraftState, playbook: Pick<Playbook, "id" | "locale">, ctx: Pick<FlowContext, "playbooks" | "now">): DraftState {
  return applyAnswer(state, { kind: "playbook", key: "playbook", suggestions: [], options: [] }, `${playbook.locale}/${playbook.id}`, ctx);
}

export interface InputsChoice {
  inputs: DraftInputs;
  /** --example: the playbook's example answers under the flags. */
  example: boolean;
  variant: string | undefined;
  /** While prompting the example only fills what is missing (its answers become defaults). */
  interactive: boolean;
  now: Date;
}

/** Flags and files for the chosen playbook; the example below them (as defaults while prompting). */
export function withInputs(s: DraftState, pb: Playbook | undefined, choice: InputsChoice): DraftState {
  let out = s;
  if (choice.example && pb) {
    out = unwrap(applyInputs(out, exampleInputs(pb), pb, choice.now, { settle: false, onlyMissing: choice.interactive }));
    // The example's complaint and platform are the scenario, not answers to confirm again.
    for (const key of ["complaint", "platform"] as const) if (out[key] !== undefined && !out.settled.includes(key)) out = { ...out, settled: [...out.settled, key] };
  }
  out = unwrap(applyInputs(out, choice.inputs, pb, choice.now, { settle: true }));
  if (choice.variant && pb) out = { ...out, review: { ...(out.review ?? { edits: 0 }), variant: variantIndex(pb, choice.variant) } };
  return out;
}

/**
 * Without prompts and without --playbook, the playbook the complaint's words point to, when one
 * clearly leads (a tie is left to the person). Returns the state with it chosen, and why.
 */
export function routeWithoutPrompts(state: DraftState, complaint: string | undefined, flow: FlowContext): { state: DraftState; playbook: Playbook; note: string } | { note: string } | undefined {
  if (!complaint) return undefined;
  const options = flow.routeLocale ? { locale: flow.routeLocale } : {};
  if (flow.kindOf?.(complaint, flow.playbooks, options) === "praise") {
    return { note: "replybook: this reads as praise, not a complaint: no complaint playbook applies; to draft a reply anyway, choose one with --playbook" };
  }
  const routed = flow.route(complaint, flow.playbooks, options);
  const top = routed[0];
  if (!top || (routed[1] && routed[1].score === top.score)) return undefined;
  const playbook = flow.playbooks.find((p) => p.id === top.id && p.locale === top.locale)!;
  const note =
    top.id === GENERAL_PLAYBOOK && routed.length === 1
      ? `replybook: no specific playbook fits this complaint: using ${top.id} (${top.locale}), the universal procedure; choose another with --playbook`
      : `replybook: using the playbook ${top.id} (${top.locale}): the complaint says ${top.matched.map((w) => `"${w}"`).join(", ")}; choose another with --playbook`;
  return { state: withPlaybook(state, top, { playbooks: flow.playbooks, now: new Date() }), playbook, note };
}
