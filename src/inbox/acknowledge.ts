/**
 * Outside working hours an honest acknowledgement beats silence (P1): the customer hears that
 * the message arrived, who will answer and when the team is back, and nothing else is promised
 * (no fix, no time frame the playbook has not allowed, P4). It is recorded with the complaint,
 * which stays in the queue: the full reply is still due.
 *
 * In Greek: "Γεια σας Μαρία, λάβαμε το μήνυμά σας. Η ομάδα μας επιστρέφει τη Δευτέρα 14 Δεκεμβρίου στις 09:00 ...".
 *
 * @example
 *   acknowledgementFor(item, { team, now, playbooks })
 *   // { text: "Hi Laura, your message has reached us. Our team is away until Monday 8 December at 09:00
 *   //   (Europe/Rome): I'm Anna, and I'll take it up myself then and reply to you here. ^AP", answerer: "Anna Pace", opens: "2026-12-08T08:00:00.000Z" }
 */
import { greetingNameFor, signatureFor, splitName } from "../reply/context.js";
import { agentInfoFor, fits, findAgent, isWorking, teamNextOpening, type TeamAgent } from "../team/agents.js";
import type { Playbook } from "../playbook/types.js";
import type { InboxItem } from "../store/types.js";

export interface Acknowledgement {
  text: string;
  locale: string;
  /** Who will answer. */
  answerer: string;
  /** When the team is back (ISO). */
  opens: string;
}

/** Whether nobody on the team is working at `now` (a team without agents or hours never is out of hours). */
export function outOfHours(team: readonly TeamAgent[], now: Date): boolean {
  return team.length > 0 && !team.some((a) => isWorking(a, now));
}

/** X's limit for one post; its counter weighs Latin and Greek letters as one each. */
const X_LIMIT = 280;
const X_PLATFORMS = new Set(["x", "twitter"]);

const LANGS: Record<string, string> = { en: "en-GB", it: "it-IT", el: "el-GR" };

function whenText(at: Date, zone: string, locale: string): string {
  const lang = LANGS[locale] ?? "en-GB";
  const day = new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: "long", day: "numeric", month: "long" }).format(at);
  const time = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);
  if (locale === "it") return `${day} alle ${time} (${zone})`;
  // The day takes its article: "το Σάββατο", "τη Δευτέρα", "την Τρίτη" (the final ν stays before τ, π, κ).
  if (locale === "el") return `${day.startsWith("Σάββατο") ? "το" : day.startsWith("Δευτέρα") ? "τη" : "την"} ${day} στις ${time} (${zone})`;
  return `${day} at ${time} (${zone})`;
}

/**
 * The acknowledgement for a waiting complaint, signed by who will answer it: the customer's
 * returning agent when they fit, else whoever fits and comes back first. Undefined when the
 * team has no working hours to speak of.
 */
export function acknowledgementFor(item: InboxItem, opts: { team: readonly TeamAgent[]; now: Date; playbooks?: readonly Playbook[] }): Acknowledgement | undefined {
  const { team, now } = opts;
  const fitting = (a: TeamAgent) => fits(a, { ...(item.playbook && { playbook: item.playbook }), ...(item.locale && { locale: item.locale }) });
  const returning = item.returningAgent ? findAgent(team, item.returningAgent) : undefined;
  let first = teamNextOpening(team, now, fitting) ?? teamNextOpening(team, now);
  if (returning && fitting(returning)) {
    const back = teamNextOpening([returning], now);
    // The same person for a returning customer (P15), unless that would make them wait another day.
    if (back && (!first || back.at.getTime() - first.at.getTime() < 24 * 3_600_000)) first = back;
  }
  if (!first) return undefined;
  const locale = item.locale === "it" || item.locale === "el" ? item.locale : "en";
  const info = agentInfoFor(first.agent);
  const sig = signatureFor(info, item.platform);
  const firstName = splitName(first.agent.name).first || first.agent.name;
  const greet = greetingNameFor(item.customer, locale);
  const when = whenText(first.at, first.agent.timezone, locale);
  // The procedure's own word for the wait (keep the box, do not share card numbers), in its language.
  const meanwhile = opts.playbooks?.find((p) => p.id === item.playbook && p.locale === locale)?.acknowledgement;
  const say = (sign: string) =>
    locale === "it"
      ? `${greet ? `Gentile ${greet}, il` : "Il"} suo messaggio ci è arrivato. Il nostro team riprende ${when}: sono ${firstName} e me ne occuperò io, rispondendole qui. ${sign}`
      : locale === "el"
        ? `${greet ? `Γεια σας ${greet}, λάβαμε` : "Λάβαμε"} το μήνυμά σας. Η ομάδα μας επιστρέφει ${when}: ονομάζομαι ${firstName} και θα αναλάβω τότε προσωπικά την υπόθεσή σας, απαντώντας σας εδώ. ${sign}`
        : `${greet ? `Hi ${greet}, your` : "Your"} message has reached us. Our team is away until ${when}: I'm ${firstName}, and I'll take it up myself then and reply to you here. ${sign}`;
  // On X the acknowledgement must fit one post: the playbook's sentence goes when it would not.
  const longer = meanwhile ? say(`${meanwhile} ${sig}`) : undefined;
  const text = longer && !(X_PLATFORMS.has(item.platform ?? "") && [...longer].length > X_LIMIT) ? longer : say(sig);
  return { text, locale, answerer: first.agent.name, opens: first.at.toISOString() };
}
