/**
 * What a reply template can use. Templates are Handlebars files under templates/<locale>/;
 * `playbooks validate` reports any variable outside this shape with file:line.
 *
 *   customer.name  customer.firstName  customer.lastName  customer.handle  customer.title
 *   customer.greetingName   "Laura", else "@laurab", else "Ms Bianchi"
 *   agent.name  agent.firstName  agent.initials  agent.role  agent.signature ("— Dario" or "^DR")
 *   brand  platform  locale
 *   answers.<step-id>       the step's answer (a choice's value)
 *   labels.<step-id>        a choice's label
 *   commitments.<id>.within "24 hours" / "24 ore"; .compact "24h"; .label; .due (ISO time)
 *   remedies.<id>           true when an allowed remedy was chosen
 *   channel.private  channel.via   (P7)
 * Helpers: eq, ne, and, or, not, date ({{date answers.new-date}} -> "24 November 2026" /
 * "24 novembre 2026"), plus Handlebars' if, unless, each, with, lookup.
 */
import { compactDuration, dueAfter, formatDuration, type Duration } from "../text/duration.js";
import type { Customer, Playbook, Scalar } from "../playbook/types.js";

export interface AgentInfo {
  name: string;
  initials?: string;
  role?: string;
  /** A literal signature line ("— Dario", "^DR", "Kind regards, Dario"); derived when absent. */
  signature?: string;
}

export interface ReplyInput {
  playbook: Playbook;
  customer: Customer;
  agent: AgentInfo;
  brand: string;
  platform?: string;
  answers: Record<string, Scalar>;
  /** commitment id -> chosen time frame */
  commitments: Record<string, Duration>;
  remedies?: string[];
  /** The time the reply is written; commitments' due times count from it. */
  now?: Date;
}

export interface CommitmentView {
  label: string;
  within: string;
  compact: string;
  due: string;
}

export interface ReplyContext {
  customer: { name: string; firstName: string; lastName: string; handle: string; title: string; greetingName: string };
  agent: { name: string; firstName: string; initials: string; role: string; signature: string };
  brand: string;
  platform: string;
  locale: string;
  answers: Record<string, Scalar>;
  labels: Record<string, string>;
  commitments: Record<string, CommitmentView>;
  remedies: Record<string, boolean>;
  channel: { private: boolean; via: string[] };
}

/** The root names a template may use, for `playbooks validate`. */
export const CONTEXT_ROOTS = ["customer", "agent", "brand", "platform", "locale", "answers", "labels", "commitments", "remedies", "channel"] as const;
export const CUSTOMER_KEYS = ["name", "firstName", "lastName", "handle", "title", "greetingName"] as const;
export const AGENT_KEYS = ["name", "firstName", "initials", "role", "signature"] as const;
export const COMMITMENT_KEYS = ["label", "within", "compact", "due"] as const;
export const CHANNEL_KEYS = ["private", "via"] as const;

export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .join("")
    .slice(0, 3);
}

export function splitName(name: string | undefined): { first: string; last: string } {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { first: "", last: "" };
  return { first: parts[0]!, last: parts.length > 1 ? parts.slice(1).join(" ") : "" };
}

/** The signature line: the configured one, or "^DR" on X (teams there sign with initials, P3), or "— Dario" (also on X for a one-word name). */
export function signatureFor(agent: AgentInfo, platform: string | undefined): string {
  if (agent.signature) return agent.signature;
  const initials = agent.initials ?? initialsOf(agent.name);
  // "^D" from a lone first name reads as a keystroke, not a person: initials need two of them.
  if ((platform === "x" || platform === "twitter") && initials.length >= 2) return `^${initials}`;
  return `— ${splitName(agent.name).first || agent.name}`;
}

/**
 * How the reply calls the customer: "Laura", "@laurab", "Ms Bianchi". In Greek a man is called
 * in the vocative case ("Γεια σας Γιώργο", "κύριε Παπαδόπουλε"); see {@link greekVocative}.
 */
export function greetingNameFor(customer: Customer, locale = "en"): string {
  const { first, last } = splitName(customer.name);
  if (first && locale === "el") return customer.title && last ? `${greekVocative(customer.title)} ${last.split(/\s+/).map(greekVocative).join(" ")}` : greekVocative(first);
  if (first) return customer.title && last ? `${customer.title} ${last}` : first;
  if (customer.handle) return customer.handle.startsWith("@") ? customer.handle : `@${customer.handle}`;
  return "";
}

const GREEK_VOWELS = "αεηιουωάέήίόύώϊϋΐΰ";
const GREEK_ACCENTED = "άέήίόύώΐΰ";

/**
 * A Greek man's name in the vocative case, the case a greeting uses: "Γιώργος" -> "Γιώργο",
 * "Αλέξανδρος" -> "Αλέξανδρε", "Παπαδόπουλος" -> "Παπαδόπουλε", "Δημήτρης" -> "Δημήτρη",
 * "Κώστας" -> "Κώστα", "κύριος" -> "κύριε". Names in -ος take -ε when stressed three syllables
 * from the end (or when long), -ο otherwise. Any other name (women's names, Latin letters) is
 * unchanged: "Μαρία", "Παπαδοπούλου", "Laura".
 */
export function greekVocative(name: string): string {
  if (name === "κύριος" || name === "Κύριος") return name.slice(0, -2) + "ε";
  const m = /^(\p{L}*?)(ος|ός|ης|ής|ας|άς)$/u.exec(name);
  if (!m || !/[\u0370-\u03ff\u1f00-\u1fff]/u.test(name)) return name;
  const stem = m[1]!;
  const ending = m[2]!;
  if (ending !== "ος" && ending !== "ός") return name.slice(0, -1);
  if (ending === "ός") return stem + "έ";
  // Vowel groups after the stressed one, and in all ("Νί-κος": 1 of 2, "Αλέ-ξαν-δρος": 2 of 4).
  const groups: boolean[] = [];
  let inVowel = false;
  for (const ch of name.toLowerCase()) {
    const vowel = GREEK_VOWELS.includes(ch);
    if (vowel && !inVowel) groups.push(GREEK_ACCENTED.includes(ch));
    else if (vowel && GREEK_ACCENTED.includes(ch)) groups[groups.length - 1] = true;
    inVowel = vowel;
  }
  const stressed = groups.lastIndexOf(true);
  const after = stressed < 0 ? 1 : groups.length - 1 - stressed;
  return stem + (after >= 2 || groups.length >= 4 ? "ε" : "ο");
}

export function buildReplyContext(input: ReplyInput): ReplyContext {
  const { playbook } = input;
  const now = input.now ?? new Date();
  const { first, last } = splitName(input.customer.name);
  const agentName = splitName(input.agent.name);
  const labels: Record<string, string> = {};
  for (const step of playbook.steps) {
    const answer = input.answers[step.id];
    const choice = step.choices?.find((c) => c.value === String(answer));
    if (choice) labels[step.id] = choice.label;
  }
  const commitments: Record<string, CommitmentView> = {};
  for (const [id, within] of Object.entries(input.commitments)) {
    const spec = playbook.commitments.find((c) => c.id === id);
    if (!spec) continue;
    commitments[id] = {
      label: spec.label,
      within: formatDuration(within, playbook.locale),
      compact: compactDuration(within.minutes),
      due: dueAfter(now, within).toISOString(),
    };
  }
  const remedies: Record<string, boolean> = {};
  for (const id of input.remedies ?? []) remedies[id] = true;
  return {
    customer: {
      name: input.customer.name ?? "",
      firstName: first,
      lastName: last,
      handle: input.customer.handle ?? "",
      title: input.customer.title ?? "",
      greetingName: greetingNameFor(input.customer, playbook.locale),
    },
    agent: {
      name: input.agent.name,
      firstName: agentName.first || input.agent.name,
      initials: input.agent.initials ?? initialsOf(input.agent.name),
      role: input.agent.role ?? "",
      signature: signatureFor(input.agent, input.platform),
    },
    brand: input.brand,
    platform: input.platform ?? "",
    locale: playbook.locale,
    answers: { ...input.answers },
    labels,
    commitments,
    remedies,
    channel: { private: playbook.channel.private, via: [...playbook.channel.via] },
  };
}
