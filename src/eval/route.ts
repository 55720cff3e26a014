/**
 * Routing figures on labelled real messages (`npm run eval`): how often a complaint about a
 * shop's matters gets a specific playbook, how often the top one is right, whether every
 * complaint gets at least `general`, and whether praise is ever routed as a complaint.
 *
 * A routing line: `{ "id", "text", "locale"?, "kind": complaint|question|praise|spam,
 * "playbook": the right playbook id (null for praise and spam), "alt"?: other acceptable ids,
 * "shop"?: true when it is about a shop's matters (orders, deliveries, products, payments,
 * accounts, staff) }`.
 *
 * The lines are split in two by a hash of their id (about 60% "calibration", 40% "held-out"),
 * the same way on every run: the router's threshold and weights are tuned on the first part
 * only, and the second shows how the figures hold on complaints the tuning never saw.
 */
import { partOf, type Part } from "./split.js";
import type { Playbook } from "../playbook/types.js";
import { GENERAL_PLAYBOOK, MESSAGE_KINDS, routeMessage, THRESHOLD, type MessageKind, type Routing } from "../route/route.js";

export interface RouteLine {
  id: string;
  text: string;
  locale: string | undefined;
  kind: MessageKind;
  playbook: string | null;
  alt: string[];
  shop: boolean;
}

export { partOf, type Part };

/** A labelled routing line, or the key that is wrong and why. */
export function parseRouteLine(value: Record<string, unknown>, playbookIds: ReadonlySet<string>): RouteLine | { key: string; message: string } {
  const { id, text, locale, kind, playbook, alt, shop } = value;
  if (typeof id !== "string" && typeof id !== "number") return { key: "id", message: "expected a string or a number" };
  if (typeof text !== "string" || !text.trim()) return { key: "text", message: "expected the message's text" };
  if (locale !== undefined && locale !== null && typeof locale !== "string") return { key: "locale", message: "expected a language code such as en" };
  if (typeof kind !== "string" || !(MESSAGE_KINDS as readonly string[]).includes(kind)) return { key: "kind", message: `expected one of ${MESSAGE_KINDS.join(", ")}` };
  if (playbook !== null && playbook !== undefined && (typeof playbook !== "string" || !playbookIds.has(playbook))) return { key: "playbook", message: `expected a shipped playbook id or null, got ${JSON.stringify(playbook)}` };
  if (kind === "complaint" && typeof playbook !== "string") return { key: "playbook", message: "a complaint needs the playbook it should get" };
  if (alt !== undefined && alt !== null && (!Array.isArray(alt) || alt.some((a) => typeof a !== "string" || !playbookIds.has(a)))) return { key: "alt", message: "expected a list of shipped playbook ids" };
  if (shop !== undefined && shop !== null && typeof shop !== "boolean") return { key: "shop", message: "expected true or false" };
  return {
    id: String(id),
    text,
    locale: typeof locale === "string" ? locale : undefined,
    kind: kind as MessageKind,
    playbook: typeof playbook === "string" ? playbook : null,
    alt: Array.isArray(alt) ? (alt as string[]) : [],
    shop: shop === true,
  };
}

/** Counts, as numerator and denominator, so a table can show both. */
export interface Share {
  n: number;
  of: number;
}

export interface RouteFigures {
  lines: number;
  complaints: number;
  /** Shop complaints whose top playbook is a specific one (not general). */
  specific: Share;
  /** Shop complaints whose top playbook is the labelled one or an accepted alternative. */
  topRightShop: Share;
  /** The same over every complaint. */
  topRightAll: Share;
  /** Complaints that got at least one playbook (general included). */
  atLeastGeneral: Share;
  /** Praise that got a playbook (routed as a complaint). */
  praiseRouted: Share;
  /** Messages whose kind was told right. */
  kindRight: Share;
}

export interface RouteOutcome {
  line: RouteLine;
  routing: Routing;
  top: string | undefined;
  right: boolean;
}

/** Routes every line (with its labelled locale, when it has playbooks in it). */
export function routeLines(lines: readonly RouteLine[], playbooks: readonly Playbook[], threshold = THRESHOLD): RouteOutcome[] {
  const locales = new Set(playbooks.map((p) => p.locale));
  return lines.map((line) => {
    const routing = routeMessage(line.text, playbooks, { threshold, ...(line.locale && locales.has(line.locale) && { locale: line.locale }) });
    const top = routing.matches[0]?.id;
    const right = top !== undefined && (top === line.playbook || line.alt.includes(top));
    return { line, routing, top, right };
  });
}

export function figuresOf(outcomes: readonly RouteOutcome[]): RouteFigures {
  const share = (pick: (o: RouteOutcome) => boolean, hit: (o: RouteOutcome) => boolean): Share => {
    const set = outcomes.filter(pick);
    return { n: set.filter(hit).length, of: set.length };
  };
  const complaint = (o: RouteOutcome) => o.line.kind === "complaint";
  const shopComplaint = (o: RouteOutcome) => complaint(o) && o.line.shop;
  return {
    lines: outcomes.length,
    complaints: outcomes.filter(complaint).length,
    specific: share(shopComplaint, (o) => o.top !== undefined && o.top !== GENERAL_PLAYBOOK),
    topRightShop: share(shopComplaint, (o) => o.right),
    topRightAll: share(complaint, (o) => o.right),
    atLeastGeneral: share(complaint, (o) => o.routing.matches.length > 0),
    praiseRouted: share((o) => o.line.kind === "praise", (o) => o.routing.matches.length > 0),
    kindRight: share(() => true, (o) => o.routing.kind === o.line.kind),
  };
}

export function evaluateRouting(lines: readonly RouteLine[], playbooks: readonly Playbook[], threshold = THRESHOLD): Array<[string, RouteFigures]> {
  const outcomes = routeLines(lines, playbooks, threshold);
  return [
    ["calibration", figuresOf(outcomes.filter((o) => partOf(o.line.id) === "calibration"))],
    ["held-out", figuresOf(outcomes.filter((o) => partOf(o.line.id) === "held-out"))],
    ["all", figuresOf(outcomes)],
  ];
}

const pct = (s: Share) => (s.of ? `${((100 * s.n) / s.of).toFixed(1)}% (${s.n}/${s.of})` : "-");

/** The figures as a Markdown table, one column per part. */
export function formatRouteTable(parts: ReadonlyArray<[string, RouteFigures]>): string {
  const rows: Array<[string, (f: RouteFigures) => string, string]> = [
    ["shop complaints with a specific playbook", (f) => pct(f.specific), "≥ 80%"],
    ["top playbook right, shop complaints", (f) => pct(f.topRightShop), "≥ 85%"],
    ["top playbook right, all complaints", (f) => pct(f.topRightAll), ""],
    ["complaints with at least general", (f) => pct(f.atLeastGeneral), "100%"],
    ["praise routed as a complaint", (f) => `${f.praiseRouted.n} of ${f.praiseRouted.of}`, "0"],
    ["kind told right", (f) => pct(f.kindRight), ""],
  ];
  const header = `| measure | ${parts.map(([name, f]) => `${name} (${f.lines})`).join(" | ")} | target |`;
  const rule = `| --- | ${parts.map(() => "---").join(" | ")} | --- |`;
  return [header, rule, ...rows.map(([label, cell, target]) => `| ${label} | ${parts.map(([, f]) => cell(f)).join(" | ")} | ${target} |`)].join("\n");
}

/** The calibration part's figures at other thresholds: how THRESHOLD was chosen. */
export function formatThresholdSweep(lines: readonly RouteLine[], playbooks: readonly Playbook[], thresholds: readonly number[]): string {
  const calibration = lines.filter((l) => partOf(l.id) === "calibration");
  const out = ["| threshold | specific (shop) | top right (shop) | top right (all) |", "| --- | --- | --- | --- |"];
  for (const t of thresholds) {
    const f = figuresOf(routeLines(calibration, playbooks, t));
    out.push(`| ${t}${t === THRESHOLD ? " (used)" : ""} | ${pct(f.specific)} | ${pct(f.topRightShop)} | ${pct(f.topRightAll)} |`);
  }
  return out.join("\n");
}

/** Wrong or missing routes, for a person to read (never written to a file by the harness). */
export function formatRouteMisses(lines: readonly RouteLine[], playbooks: readonly Playbook[], part?: string): string {
  const out: string[] = [];
  for (const o of routeLines(lines, playbooks)) {
    if (part && partOf(o.line.id) !== part) continue;
    const kindWrong = o.routing.kind !== o.line.kind;
    if (o.line.kind === "complaint" ? o.right && !kindWrong : !kindWrong) continue;
    const got = o.routing.matches.slice(0, 3).map((m) => `${m.id} ${m.score}`).join(", ") || "nothing";
    out.push(`${o.line.id} [${partOf(o.line.id)}] ${o.line.kind}${kindWrong ? ` (told ${o.routing.kind})` : ""}: expected ${o.line.playbook ?? "-"}${o.line.alt.length ? ` or ${o.line.alt.join("/")}` : ""}, got ${got}\n  ${o.line.text.replace(/\s+/g, " ").slice(0, 200)}`);
  }
  return out.length ? out.join("\n") : "no misses";
}
