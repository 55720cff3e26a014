/**
 * Rule settings from the config (`rules: { id: severity | [severity, options] }`) and from
 * `--rule id=severity`, checked against the rule registry: an unknown rule id, an unknown
 * option or an option of the wrong type is an error a person can act on, never ignored.
 */
import type { RuleSetting, SeverityName } from "../config/types.js";
import { InputError } from "../core/errors.js";
import type { PhraseList } from "../phrases/types.js";
import { defaultOptions, type Rule, type RuleSeverity } from "./rule.js";
import { RULES as BUILTIN_RULES } from "./rules/index.js";

export interface ResolvedRule {
  rule: Rule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each rule checks its own options type
  severity: RuleSeverity;
  options: Record<string, unknown>;
  /** The severity was set by the config or --rule (not the default). */
  configured: boolean;
}

export interface ResolvedSettings {
  rules: ResolvedRule[];
  /** Team categories (phrase entries whose category is not a built-in rule): severity when configured. */
  categories: Map<string, RuleSeverity>;
}

export function severityOf(value: SeverityName | 0 | 1 | 2 | string): RuleSeverity | undefined {
  switch (value) {
    case "error":
    case 2:
      return "error";
    case "warn":
    case "warning":
    case 1:
      return "warn";
    case "off":
    case 0:
      return "off";
    default:
      return undefined;
  }
}

/** Categories named by phrase entries across the lists (team rules live there). */
export function phraseCategories(phrases: Map<string, PhraseList>): Set<string> {
  const out = new Set<string>();
  for (const list of phrases.values()) for (const entry of list.banned) out.add(entry.category);
  return out;
}

/**
 * Checks and resolves settings; every problem is returned, keyed `rules.<id>`. `plugins` are
 * rules from plug-ins (`acme/no-competitor-names`), resolved after the built-in ones.
 */
export function resolveRuleSettings(settings: Record<string, RuleSetting>, phrases: Map<string, PhraseList>, plugins?: ReadonlyMap<string, Rule>): { value: ResolvedSettings; errors: InputError[] } {
  const RULES = plugins?.size ? new Map<string, Rule>([...BUILTIN_RULES, ...plugins]) : BUILTIN_RULES;
  const errors: InputError[] = [];
  const categories = phraseCategories(phrases);
  const resolved: ResolvedRule[] = [];
  const teamSeverities = new Map<string, RuleSeverity>();
  for (const id of Object.keys(settings)) {
    if (RULES.has(id) || categories.has(id)) continue;
    const known = [...RULES.keys(), ...categories];
    const near = closestName(id, known);
    const plugin = id.includes("/") && !plugins?.size ? " (a plug-in rule: is its plug-in listed under plugins?)" : "";
    errors.push(new InputError(`unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : plugin}; rules: ${[...RULES.keys()].join(", ")}`, { keyPath: `rules.${id}` }));
  }
  for (const rule of RULES.values()) {
    const setting = settings[rule.id];
    let severity = rule.meta.defaultSeverity;
    let options = defaultOptions(rule.meta);
    const configured = setting !== undefined;
    if (setting !== undefined) {
      const [sev, opts] = Array.isArray(setting) ? setting : [setting, undefined];
      const s = severityOf(sev as SeverityName);
      if (!s) errors.push(new InputError(`expected a severity (error, warn, off, 2, 1, 0), got ${JSON.stringify(sev)}`, { keyPath: `rules.${rule.id}` }));
      else severity = s;
      if (opts !== undefined) {
        const checked = checkOptions(rule, opts);
        errors.push(...checked.errors);
        options = { ...options, ...checked.value };
      }
    }
    resolved.push({ rule, severity, options, configured });
  }
  for (const category of categories) {
    if (RULES.has(category)) continue;
    const setting = settings[category];
    if (setting === undefined) continue;
    const sev = Array.isArray(setting) ? setting[0] : setting;
    const s = severityOf(sev as SeverityName);
    if (!s) errors.push(new InputError(`expected a severity (error, warn, off, 2, 1, 0), got ${JSON.stringify(sev)}`, { keyPath: `rules.${category}` }));
    else teamSeverities.set(category, s);
  }
  return { value: { rules: resolved, categories: teamSeverities }, errors };
}

function checkOptions(rule: Rule<unknown>, raw: unknown): { value: Record<string, unknown>; errors: InputError[] } {
  const errors: InputError[] = [];
  const at = (key: string, message: string) => errors.push(new InputError(message, { keyPath: `rules.${rule.id}[1]${key ? `.${key}` : ""}` }));
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    at("", "expected an object of options");
    return { value: {}, errors };
  }
  const specs = rule.meta.options;
  const mapKey = Object.keys(specs).find((k) => specs[k]!.type === "number-map");
  const value: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(raw as Record<string, unknown>)) {
    const spec = specs[key];
    if (!spec) {
      // A rule whose one option is a map (max-length) takes the map's keys directly: { x: 280 }.
      if (mapKey && typeof v === "number" && Number.isFinite(v) && v > 0) {
        value[mapKey] = { ...((value[mapKey] as Record<string, number>) ?? (specs[mapKey]!.default as Record<string, number>)), [key]: v };
        continue;
      }
      const names = Object.keys(specs);
      at(key, `unknown option "${key}"${names.length ? `; options: ${names.join(", ")}` : "; this rule has no options"}`);
      continue;
    }
    const problem = typeProblem(spec.type, v);
    if (problem) at(key, problem);
    else value[key] = spec.type === "number-map" ? { ...(spec.default as Record<string, number>), ...(v as Record<string, number>) } : v;
  }
  return { value, errors };
}

function typeProblem(type: string, v: unknown): string | undefined {
  switch (type) {
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? undefined : "expected a number";
    case "boolean":
      return typeof v === "boolean" ? undefined : "expected true or false";
    case "string":
      return typeof v === "string" ? undefined : "expected a string";
    case "string[]":
      return Array.isArray(v) && v.every((x) => typeof x === "string") ? undefined : "expected a list of strings";
    case "number-map":
      return v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "number" && x > 0) ? undefined : "expected a map of names to positive numbers";
    default:
      return undefined;
  }
}

/** `--rule id=severity` over the config's settings (a config's options are kept). */
export function applyRuleFlags(settings: Record<string, RuleSetting>, flags: string[]): { value: Record<string, RuleSetting>; errors: InputError[] } {
  const out: Record<string, RuleSetting> = { ...settings };
  const errors: InputError[] = [];
  for (const flag of flags) {
    const m = /^(@?[a-z0-9][a-z0-9/_.-]*)=(\w+)$/.exec(flag.trim());
    const sev = m ? severityOf(/^\d$/.test(m[2]!) ? (Number(m[2]) as 0 | 1 | 2) : m[2]!) : undefined;
    if (!m || !sev) {
      errors.push(new InputError(`--rule ${flag}: expected <rule-id>=<error|warn|off>`));
      continue;
    }
    const previous = out[m[1]!];
    out[m[1]!] = Array.isArray(previous) && previous[1] ? [sev, previous[1]] : sev;
  }
  return { value: out, errors };
}

/** The known name nearest to a misspelt one (at most 4 edits away), for "did you mean". */
function closestName(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 5;
  for (const k of known) {
    const d = editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
