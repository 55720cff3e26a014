/**
 * `playbooks validate`: playbooks, phrase lists, templates and their cross-references, every
 * problem collected (not just the first) so a team's CI shows them all at once.
 */
import { readFile, stat, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { InputError, type Result } from "../core/errors.js";
import { playbookFromSource } from "../playbook/load.js";
import type { Playbook } from "../playbook/types.js";
import { phraseListFromSource } from "../phrases/load.js";
import { checkTemplate } from "../reply/check.js";
import { parseTemplate } from "../reply/render.js";
import { readYamlFile, type YamlSource } from "../yaml/read.js";
import { display, PHRASES_FILE, type Catalog, type TemplateRef } from "./load.js";

export interface ValidationReport {
  checked: { playbooks: number; phraseLists: number; templates: number; scenarios: number };
  errors: InputError[];
}

/** Cross-references of a loaded catalog: each playbook's templates exist and use known variables. */
export async function validateCatalog(catalog: Catalog): Promise<ValidationReport> {
  const report: ValidationReport = {
    checked: { playbooks: catalog.playbooks.length, phraseLists: catalog.phrases.size, templates: catalog.templates.size, scenarios: 0 },
    errors: [],
  };
  for (const pb of catalog.playbooks) report.errors.push(...(await checkPlaybookTemplates(pb, catalog.templates)));
  for (const locale of new Set(catalog.playbooks.map((p) => p.locale))) {
    if (catalog.phrases.has(locale)) continue;
    const pb = catalog.playbooks.find((p) => p.locale === locale)!;
    const where = await positionIn(pb.source.file, ["locale"]);
    report.errors.push(new InputError(`no phrase list for locale "${locale}" (expected ${locale}/${PHRASES_FILE} beside the playbooks)`, { file: pb.source.file, ...where, keyPath: "locale" }));
  }
  return report;
}

export async function checkPlaybookTemplates(pb: Playbook, templates: Map<string, TemplateRef>): Promise<InputError[]> {
  const errors: InputError[] = [];
  const names = [
    ...pb.templates.public.map((n, i) => ["public", n, i] as const),
    ...pb.templates.followUp.map((n, i) => ["follow-up", n, i] as const),
  ];
  for (const [kind, name, index] of names) {
    const ref = templates.get(`${pb.locale}/${name}`);
    if (!ref) {
      // A resolved playbook keeps no positions: read the file again for the line of the reference (rare path).
      const where = await positionIn(pb.source.file, ["templates", kind, index]);
      errors.push(new InputError(`template "${name}" not found (expected templates/${pb.locale}/${name}.hbs)`, { file: pb.source.file, ...where, keyPath: `templates.${kind}` }));
      continue;
    }
    const source = await readFile(ref.file, "utf8");
    errors.push(...checkTemplate(source, ref.file, pb));
  }
  return errors;
}

/**
 * Validates the given files or folders. Kinds are told apart by name and content:
 * phrases.yaml or a file with banned/approved is a phrase list; a file with `drills` and no
 * `steps` is a drill scenario; other .yaml files are playbooks; .hbs files are templates.
 * Templates referenced by the playbooks are looked up in the given folders first, then in
 * the configured catalog.
 */
export async function validatePaths(paths: string[], catalog: Catalog | undefined): Promise<ValidationReport> {
  const report: ValidationReport = { checked: { playbooks: 0, phraseLists: 0, templates: 0, scenarios: 0 }, errors: [] };
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) report.errors.push(new InputError("no such file or folder", { file: path }));
    else if (info.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  const templates = new Map(catalog?.templates ?? []);
  for (const file of files.filter((f) => f.endsWith(".hbs"))) {
    report.checked.templates++;
    const locale = basename(join(file, ".."));
    const name = basename(file).replace(/\.hbs$/, "");
    templates.set(`${locale}/${name}`, { name, locale, file: display(file), origin: "validate" });
    try {
      parseTemplate(await readFile(file, "utf8"), display(file));
    } catch (error) {
      report.errors.push(error as InputError);
    }
  }
  for (const file of files.filter((f) => /\.ya?ml$/i.test(f))) {
    // Each file is read and parsed once: its keys say what it is, then the same source is loaded.
    const source = await readYamlFile(display(file));
    const kind = kindOf(file, source);
    if (kind === "phrases") report.checked.phraseLists++;
    else if (kind === "scenario") report.checked.scenarios++;
    else report.checked.playbooks++;
    if (!source.ok) {
      report.errors.push(...source.errors);
      continue;
    }
    if (kind === "phrases") {
      const list = phraseListFromSource(source.value);
      if (!list.ok) report.errors.push(...list.errors);
    } else if (kind === "scenario") {
      const { scenarioFileFromSource } = await import("../drill/scenario.js");
      const result = scenarioFileFromSource(source.value, catalog?.playbooks);
      if (!result.ok) report.errors.push(...result.errors);
    } else {
      const pb = playbookFromSource(source.value, "validate");
      if (!pb.ok) report.errors.push(...pb.errors);
      else report.errors.push(...(await checkPlaybookTemplates(pb.value, templates)));
    }
  }
  return report;
}

async function positionIn(file: string, path: Array<string | number>): Promise<{ line?: number; column?: number }> {
  const source = await readYamlFile(file);
  if (!source.ok) return {};
  // A single template name (not a list) sits at the kind's key itself.
  const node = (source.value.value as { templates?: Record<string, unknown> })?.templates?.[String(path[1])];
  const at = path[0] === "templates" && !Array.isArray(node) ? path.slice(0, 2) : path;
  return source.value.positionOf(at);
}

function kindOf(file: string, source: Result<YamlSource>): "playbook" | "phrases" | "scenario" {
  if (basename(file) === PHRASES_FILE) return "phrases";
  if (!source.ok || typeof source.value.value !== "object" || source.value.value === null) return "playbook";
  const keys = Object.keys(source.value.value);
  if (keys.includes("banned") || keys.includes("approved")) return "phrases";
  if (keys.includes("drills") && !keys.includes("steps")) return "scenario";
  return "playbook";
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) out.push(...(await walk(full)));
    } else if (/\.(ya?ml|hbs)$/i.test(entry.name)) out.push(full);
  }
  return out;
}
