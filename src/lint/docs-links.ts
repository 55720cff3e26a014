/**
 * Where a rule and a principle are explained, for the links in reports (SARIF's helpUri, the
 * GitHub job summary, an editor's "more about this rule"). Those links are opened in a browser
 * on another machine (code scanning, a pull request), so they are https URLs: by default the
 * docs folder on the project's repository page, built from package.json's `repository`
 * (`https://github.com/replybook/replybook/blob/main/docs/`); a team that publishes its own copy
 * sets `docsUrl` in the config. A plug-in rule names its own page (`meta.docs`).
 *
 * @example
 *   ruleDocsUrl(RULES.get("no-over-promise")!, docsBase(config))
 *   // "https://github.com/replybook/replybook/blob/main/docs/rules/no-over-promise.md"
 */
import { readFileSync } from "node:fs";
import { PACKAGE_ROOT } from "../core/root.js";
import type { Rule } from "./rule.js";

/** The branch whose docs the default links show. */
const DOCS_BRANCH = "main";

let packageBase: string | undefined;

/**
 * The docs folder on the repository's web page, from package.json (`repository`, else
 * `homepage`), ending in "/"; the installed package's own docs folder as a file: URL when
 * package.json names neither (a private fork, say).
 */
export function packageDocsBase(): string {
  if (packageBase !== undefined) return packageBase;
  let manifest: { repository?: string | { url?: string; directory?: string }; homepage?: string } = {};
  try {
    manifest = JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")) as typeof manifest;
  } catch {
    // No readable package.json: the file: fallback below.
  }
  const repository = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  const web = webPage(repository) ?? webPage(manifest.homepage?.replace(/#.*$/, ""));
  packageBase = web ? `${web}/blob/${DOCS_BRANCH}/docs/` : new URL("docs/", PACKAGE_ROOT).href;
  return packageBase;
}

/** "git+https://github.com/o/r.git", "github:o/r", "https://github.com/o/r" -> "https://github.com/o/r". */
function webPage(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(url);
  if (shorthand) return `https://github.com/${shorthand[1]!.replace(/\.git$/, "")}`;
  const m = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(url);
  return m ? `https://${m[1]}/${m[2]}` : undefined;
}

/** The docs base for a configuration: its `docsUrl`, else the repository's (ends in "/"). */
export function docsBase(config?: { docsUrl?: string } | undefined): string {
  const own = config?.docsUrl;
  if (own) return own.endsWith("/") ? own : `${own}/`;
  return packageDocsBase();
}

/** The page of a built-in rule under `base`, or the page a plug-in rule names. */
export function ruleDocsUrl(rule: Pick<Rule, "id" | "meta">, base: string = packageDocsBase()): string | undefined {
  if (rule.meta.docs) return rule.meta.docs;
  if (rule.id.includes("/")) return undefined;
  return new URL(`rules/${rule.id}.md`, base).href;
}

/** The section of principles.md for "P4" (or "P3, P5": the first one) under `base`. */
export function principleUrl(principle: string, base: string = packageDocsBase()): string | undefined {
  const n = /P(\d+)/.exec(principle)?.[1];
  return n ? new URL(`principles.md#p${n}`, base).href : undefined;
}
