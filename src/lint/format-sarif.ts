/**
 * `--format sarif`: SARIF 2.1.0, the format GitHub code scanning and other dashboards read.
 * One run; the rules that fired (or all of them) with their description, principle and page;
 * one result per finding with its rule id (stable: the rule ids are a public interface), level,
 * message and region (1-based lines and columns in UTF-16 units, as `json` counts them).
 *
 * @example
 *   formatSarif(reports, { rules: RULES, version: "0.1.0", cwd: process.cwd(), docsUrl: config.docsUrl })
 *   // {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"replybook",...
 */
import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { docsBase, packageDocsBase, principleUrl, ruleDocsUrl } from "./docs-links.js";
import type { FileReport } from "./format.js";
import type { Rule } from "./rule.js";

export interface SarifOptions {
  /** The rules that may appear (built-in and plug-in), for their metadata. */
  rules: ReadonlyMap<string, Pick<Rule, "id" | "meta">>;
  /** replybook's version, for the tool's driver. */
  version: string;
  /** Files under this folder get relative URIs (what code scanning matches against the repository). */
  cwd: string;
  /**
   * The base URL of the docs folder the rules' help links point into (the config's `docsUrl`);
   * default: the docs folder on the project's repository page. Plug-in rules link their own page.
   */
  docsUrl?: string;
}

const SEVERITY_LEVEL = { 2: "error", 1: "warning" } as const;

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const used = new Set<string>();
  for (const r of reports) for (const m of r.messages) used.add(m.ruleId);
  // Every known rule is listed (a clean run still says what was checked), then any id that fired
  // without metadata (a phrase category of a team's own, say).
  const ids = [...options.rules.keys(), ...[...used].filter((id) => !options.rules.has(id)).sort()];
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const base = docsBase(options.docsUrl !== undefined ? { docsUrl: options.docsUrl } : undefined);
  const rules = ids.map((id) => {
    const rule = options.rules.get(id);
    if (!rule) return { id, shortDescription: { text: id } };
    const help = ruleDocsUrl(rule, base);
    const principle = rule.meta.principle;
    // A plug-in's principle is one of replybook's (P1..P17), explained in the same folder.
    const principleUri = principle ? principleUrl(principle, base) : undefined;
    const descriptor: Record<string, unknown> = {
      id,
      name: camel(id),
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: `${rule.meta.description}${principle ? ` (${principle})` : ""}` },
      defaultConfiguration: { level: rule.meta.defaultSeverity === "off" ? "none" : rule.meta.defaultSeverity === "warn" ? "warning" : "error" },
      properties: { tags: ["customer-care", ...(principle ? [principle] : [])], ...(principle && principleUri && { principle, principleUri }) },
    };
    if (help) {
      descriptor.helpUri = help;
      descriptor.help = { text: `${rule.meta.description}. See ${help}`, markdown: `${rule.meta.description}. [More about ${id}](${help})${principleUri ? `, and [the principle ${principle}](${principleUri})` : ""}.` };
    }
    return descriptor;
  });

  const results = reports.flatMap((r) =>
    r.messages.map((m) => {
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: SEVERITY_LEVEL[m.severity],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(r.filePath, options.cwd),
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.endLine === m.line ? m.column : 1) },
            },
          },
        ],
      };
      if (m.suggestions?.[0]) result.properties = { suggestion: m.suggestions[0].desc };
      if (m.fix) {
        result.fixes = [
          {
            description: { text: m.suggestions?.[0]?.desc ?? "replybook --fix" },
            artifactChanges: [{ artifactLocation: artifact(r.filePath, options.cwd), replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }] }],
          },
        ];
      }
      return result;
    }),
  );

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "replybook", semanticVersion: options.version, informationUri: new URL("../README.md", packageDocsBase()).href, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : `${options.cwd}${sep}`).href } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function artifact(filePath: string, cwd: string): Record<string, string> {
  if (filePath === "<stdin>" || filePath === "-" || filePath === "<text>") return { uri: "stdin" };
  const rel = relative(cwd, filePath);
  if (rel && !rel.startsWith("..") && !/^([a-zA-Z]:|\/)/.test(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  return { uri: pathToFileURL(filePath).href };
}

/** "no-over-promise" -> "NoOverPromise" (SARIF's rule name is an identifier-like word). */
function camel(id: string): string {
  return id.split(/[^a-zA-Z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}
