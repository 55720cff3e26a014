/**
 * The team (P15, P17): who answers, what they know, when they work. From the config's
 * `agents` list:
 *
 *   agents:
 *     - name: Anna Pace
 *       initials: AP
 *       signature: initials        # initials (^AP), name (— Anna), full (— Anna Pace) or a literal line
 *       skills: [parcel-damaged, late-delivery]   # playbook ids; none: every playbook
 *       languages: [en, it]                       # none: every language
 *       hours: mon-fri 09:00-18:00                # or a list of spans; none: always working
 *       timezone: Europe/Rome                     # default: the machine's
 *
 * @example
 *   const team = resolveTeam(config);            // Result<TeamAgent[]>
 *   findAgent(team.value, "anna")?.name;         // "Anna Pace"
 *   fits(agent, { playbook: "parcel-damaged", locale: "it" });
 */
import type { AgentConfig, Config } from "../config/types.js";
import { InputError, type Result } from "../core/errors.js";
import { initialsOf, type AgentInfo } from "../reply/context.js";
import { isTimeZone, isWithinHours, nextOpening, parseHours, type WeeklyHours } from "./hours.js";

export type SignatureStyle = "initials" | "name" | "full";

export interface TeamAgent {
  name: string;
  initials?: string;
  role?: string;
  /** A literal signature line, or how to derive one. */
  signature?: string;
  signatureStyle?: SignatureStyle;
  /** Playbook ids this agent answers; empty: all of them. */
  skills: string[];
  /** Locales this agent writes; empty: all of them. */
  languages: string[];
  hours?: WeeklyHours;
  timezone: string;
}

const STYLES = new Set<string>(["initials", "name", "full"]);

function defaultZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** The configured agents, checked: a bad span of hours, an unknown time zone or a name given twice is an error naming its key. */
export function resolveTeam(config: Pick<Config, "agents" | "agent">): Result<TeamAgent[]> {
  const errors: InputError[] = [];
  const out: TeamAgent[] = [];
  const seen = new Set<string>();
  (config.agents ?? []).forEach((a: AgentConfig, i) => {
    const key = `agents[${i}]`;
    const name = a.name?.trim();
    if (!name) return errors.push(new InputError("an agent needs a name", { keyPath: `${key}.name` }));
    if (seen.has(name.toLowerCase())) return errors.push(new InputError(`"${name}" is listed twice`, { keyPath: `${key}.name` }));
    seen.add(name.toLowerCase());
    const agent: TeamAgent = { name, skills: [...(a.skills ?? [])], languages: [...(a.languages ?? [])], timezone: a.timezone ?? defaultZone() };
    if (a.initials) agent.initials = a.initials;
    if (a.role) agent.role = a.role;
    if (a.signature) {
      if (STYLES.has(a.signature)) agent.signatureStyle = a.signature as SignatureStyle;
      else agent.signature = a.signature;
    }
    if (!isTimeZone(agent.timezone)) errors.push(new InputError(`"${agent.timezone}" is not a time zone (such as Europe/Rome, UTC)`, { keyPath: `${key}.timezone` }));
    if (a.hours !== undefined) {
      const hours = parseHours(a.hours, `${key}.hours`);
      if (hours.ok) agent.hours = hours.value;
      else errors.push(...hours.errors);
    }
    out.push(agent);
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** An agent by full name, first name or initials, any case; undefined when none or several match. */
export function findAgent(team: readonly TeamAgent[], name: string): TeamAgent | undefined {
  const want = fold(name);
  const exact = team.find((a) => fold(a.name) === want);
  if (exact) return exact;
  const partial = team.filter((a) => fold(a.name).split(/\s+/)[0] === want || (a.initials && fold(a.initials) === want));
  return partial.length === 1 ? partial[0] : undefined;
}

/** Whether the agent answers this playbook in this language. */
export function fits(agent: TeamAgent, complaint: { playbook?: string; locale?: string }): boolean {
  if (agent.skills.length && (!complaint.playbook || !agent.skills.includes(complaint.playbook))) return false;
  if (agent.languages.length && complaint.locale && !agent.languages.includes(complaint.locale)) return false;
  return true;
}

/** Working now: within their hours (always, when they have none). */
export function isWorking(agent: TeamAgent, at: Date): boolean {
  return !agent.hours || isWithinHours(agent.hours, agent.timezone, at);
}

/** When the team is next at work, and who comes first; `at` itself when someone is working. */
export function teamNextOpening(team: readonly TeamAgent[], at: Date, among: (a: TeamAgent) => boolean = () => true): { agent: TeamAgent; at: Date } | undefined {
  let best: { agent: TeamAgent; at: Date } | undefined;
  for (const agent of team.filter(among)) {
    const opens = agent.hours ? nextOpening(agent.hours, agent.timezone, at) : at;
    if (opens && (!best || opens < best.at)) best = { agent, at: opens };
  }
  return best;
}

/** Whether anyone on the team is working (a team without agents or hours always is). */
export function teamIsWorking(team: readonly TeamAgent[], at: Date): boolean {
  return team.length === 0 || team.some((a) => isWorking(a, at));
}

/** What the reply templates need to sign as this agent (the style becomes a literal line; none: derived per platform). */
export function agentInfoFor(agent: TeamAgent): AgentInfo {
  const info: AgentInfo = { name: agent.name };
  if (agent.initials) info.initials = agent.initials;
  if (agent.role) info.role = agent.role;
  if (agent.signature) info.signature = agent.signature;
  else if (agent.signatureStyle === "initials") info.signature = `^${agent.initials ?? initialsOf(agent.name)}`;
  else if (agent.signatureStyle === "name") info.signature = `— ${agent.name.split(/\s+/)[0]}`;
  else if (agent.signatureStyle === "full") info.signature = `— ${agent.name}`;
  return info;
}

/** The agent a command acts as: --agent, else the config's agent.name; looked up in the team when there is one. */
export function currentAgent(team: readonly TeamAgent[], given: string | undefined, configured: string | undefined): Result<TeamAgent> {
  const name = given ?? configured;
  if (!name) return { ok: false, errors: [new InputError("who are you? give --agent <name> or set agent.name in the config")] };
  if (!team.length) return { ok: true, value: { name, skills: [], languages: [], timezone: defaultZone() } };
  const found = findAgent(team, name);
  if (found) return { ok: true, value: found };
  return { ok: false, errors: [new InputError(`no agent "${name}" in the config's agents: ${team.map((a) => a.name).join(", ")}`, given ? {} : { keyPath: "agent.name" })] };
}
