/**
 * Rendering a reply from a playbook's template without prompts: what `replybook draft
 * --no-interactive` writes, for scripts that fill in the answers themselves.
 *
 * @example
 *   import { renderReply } from "replybook";
 *   const { reply, followUp } = await renderReply({
 *     playbook: "parcel-damaged", locale: "en", customer: "Laura Bianchi", agent: "Dario",
 *     answers: { "photo-received": false }, commitments: { callback: "24h" },
 *   });
 *   const { reply: example } = await renderReply({ playbook: "parcel-damaged", example: true, agent: "Dario" });
 *
 * Promises are checked as `draft` checks them (P4): a time frame sooner than the playbook's
 * earliest, or a remedy that needs approval, is an {@link InputError}, never a rendered reply.
 */
import { InputError } from "../core/errors.js";
import { findPlaybook, type Catalog } from "../catalog/load.js";
import type { Customer, Playbook, Scalar } from "../playbook/types.js";
import { buildReplyContext, signatureFor, type AgentInfo } from "../reply/context.js";
import { renderTemplateFile } from "../reply/render.js";
import { parseDuration, type Duration } from "../text/duration.js";
import { customerOf } from "../lint/names.js";

export interface RenderReplyOptions {
  /** A playbook id or a loaded playbook. */
  playbook: string | Playbook;
  /** The playbook's locale, when `playbook` is an id: en, it. Default: the first locale that has it. */
  locale?: string;
  /** Start from the playbook's own example (customer, answers, promises); the fields below override it. */
  example?: boolean;
  /** The customer's name ("Laura Bianchi"), or `{ name, handle, title }`. */
  customer?: string | Customer;
  /** Who signs: a name ("Dario Rossi") or `{ name, initials, role, signature }`. Default: the config's `agent`. */
  agent?: string | AgentInfo;
  /** The brand the agent speaks for. Default: the config's `brand`. */
  brand?: string;
  /** Where the reply is posted: x, facebook, instagram, email, review-site... */
  platform?: string;
  /** Answers to the playbook's steps, by step id. */
  answers?: Record<string, Scalar>;
  /** Promises by commitment id, as "24h", "2 working days" or a Duration. */
  commitments?: Record<string, string | Duration>;
  /** Remedies offered, by id; only those that need no approval. */
  remedies?: string[];
  /** The template variant, by name. Default: the playbook's first public variant. */
  variant?: string;
  /** When the reply is written (promises' due times count from it). Default: now. */
  now?: Date;
}

export interface RenderedReply {
  /** The public reply. */
  reply: string;
  /** The private follow-up message (P7), when the playbook has one. */
  followUp?: string;
  /** The playbook and variant used. */
  playbook: string;
  locale: string;
  variant: string;
}

/** Renders a reply from the catalog's templates; see {@link RenderReplyOptions}. */
export async function renderReplyWith(catalog: Catalog, defaults: { agent?: AgentInfo; brand: string }, options: RenderReplyOptions): Promise<RenderedReply> {
  const playbook = typeof options.playbook === "string" ? findPlaybook(catalog, options.playbook, options.locale) : options.playbook;
  if (!playbook) throw new InputError(`unknown playbook "${String(options.playbook)}"${options.locale ? ` in locale ${options.locale}` : ""}`, { keyPath: "playbook" });
  const ex = options.example ? playbook.example : undefined;

  const given = options.customer;
  const customer: Customer = (typeof given === "string" ? customerOf(given.startsWith("@") ? undefined : given, given.startsWith("@") ? given : undefined, undefined) : given) ?? ex?.customer ?? {};
  const agent: AgentInfo | undefined = typeof options.agent === "string" ? { name: options.agent } : (options.agent ?? defaults.agent);
  if (!agent?.name) throw new InputError("who signs the reply? pass `agent` (a name) or set `agent.name` in the config", { keyPath: "agent" });

  const commitments: Record<string, Duration> = { ...ex?.commitments };
  for (const [id, raw] of Object.entries(options.commitments ?? {})) {
    const spec = playbook.commitments.find((c) => c.id === id);
    if (!spec) throw new InputError(`"${id}" is not a commitment of ${playbook.id}: expected one of ${playbook.commitments.map((c) => c.id).join(", ") || "(none)"}`, { keyPath: `commitments.${id}` });
    const within = typeof raw === "string" ? parseDuration(raw) : raw;
    if (!within) throw new InputError(`"${String(raw)}" is not a time frame: expected e.g. 24h, 2d, 3 working days`, { keyPath: `commitments.${id}` });
    if (within.minutes < spec.earliest.minutes) throw new InputError(`${spec.label}: ${within.text} is sooner than ${playbook.id} allows (at the earliest ${spec.earliest.text})`, { keyPath: `commitments.${id}` });
    commitments[id] = within;
  }
  const remedies = options.remedies ?? ex?.remedies ?? [];
  for (const id of remedies) {
    const spec = playbook.remedies.find((r) => r.id === id);
    if (!spec) throw new InputError(`"${id}" is not a remedy of ${playbook.id}`, { keyPath: "remedies" });
    if (spec.requiresApproval) throw new InputError(`${spec.label} needs approval and is never offered in a reply`, { keyPath: "remedies" });
  }
  const platform = options.platform ?? ex?.platform;
  const context = buildReplyContext({
    playbook,
    customer,
    agent,
    brand: options.brand ?? defaults.brand,
    ...(platform && { platform }),
    answers: { ...ex?.answers, ...options.answers },
    commitments,
    remedies,
    now: options.now ?? new Date(),
  });
  const variant = options.variant ?? playbook.templates.public[0];
  if (!variant || !playbook.templates.public.includes(variant)) {
    throw new InputError(`"${String(variant)}" is not a template of ${playbook.id}: expected one of ${playbook.templates.public.join(", ")}`, { keyPath: "variant" });
  }
  const reply = await renderTemplateFile(templateFile(catalog, playbook.locale, variant), context);
  const followName = playbook.templates.followUp[0];
  // The follow-up goes privately: signed "— Dario" even when the public reply on X says "^DR".
  const followUp = followName ? await renderTemplateFile(templateFile(catalog, playbook.locale, followName), { ...context, agent: { ...context.agent, signature: signatureFor(agent, undefined) } }) : undefined;
  return { reply, ...(followUp !== undefined && { followUp }), playbook: playbook.id, locale: playbook.locale, variant };
}

function templateFile(catalog: Catalog, locale: string, name: string): string {
  const ref = catalog.templates.get(`${locale}/${name}`);
  if (!ref) throw new InputError(`the template "${name}" is missing: expected templates/${locale}/${name}.hbs`, { keyPath: "templates" });
  return ref.file;
}
