/**
 * The catalog: every playbook, phrase list and template replybook can use, shipped ones
 * first, then the folders named in the configuration, which override by id (playbooks,
 * phrase entries) or by name (templates).
 *
 * Folder layout: `<folder>/<locale>/<id>.yaml` for playbooks, `<folder>/<locale>/phrases.yaml`
 * for a phrase list, `<templates>/<locale>/<name>.hbs` for templates. A phrase folder in the
 * config may also hold `*.yaml` lists directly (their `locale` key says which language).
 */
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, type Result } from "../core/errors.js";
import { loadPlaybookFile } from "../playbook/load.js";
import type { Playbook } from "../playbook/types.js";
import { loadPhraseListFile, mergePhraseLists } from "../phrases/load.js";
import type { PhraseList } from "../phrases/types.js";
import type { Config } from "../config/types.js";
import { PACKAGE_ROOT } from "../core/root.js";
import type { TemplateRef } from "../reply/render.js";

export type { TemplateRef };

export interface Catalog {
  playbooks: Playbook[];
  phrases: Map<string, PhraseList>;
  templates: Map<string, TemplateRef>;
  /** Files read, for cache keys and `playbooks validate`. */
  files: string[];
}

export const SHIPPED_PLAYBOOKS = fileURLToPath(new URL("playbooks/", PACKAGE_ROOT));
export const SHIPPED_TEMPLATES = fileURLToPath(new URL("templates/", PACKAGE_ROOT));
export const PHRASES_FILE = "phrases.yaml";

export interface CatalogSources {
  playbookDirs: Array<{ dir: string; origin: string }>;
  phraseFiles: Array<{ path: string; origin: string }>;
  templateDirs: Array<{ dir: string; origin: string }>;
}

export function catalogSources(config: Pick<Config, "playbooks" | "phrases" | "templates">): CatalogSources {
  return {
    playbookDirs: [{ dir: SHIPPED_PLAYBOOKS, origin: "shipped" }, ...config.playbooks.map((dir) => ({ dir, origin: dir }))],
    phraseFiles: config.phrases.map((path) => ({ path, origin: path })),
    templateDirs: [{ dir: SHIPPED_TEMPLATES, origin: "shipped" }, ...config.templates.map((dir) => ({ dir, origin: dir }))],
  };
}

/** Loads everything; collects every error (for `playbooks validate`) instead of stopping at the first. */
export async function loadCatalog(sources: CatalogSources): Promise<Result<Catalog>> {
  const errors: InputError[] = [];
  const files: string[] = [];
  const playbooks = new Map<string, Playbook>();
  const phrases = new Map<string, PhraseList>();
  const templates = new Map<string, TemplateRef>();

  const addPhrases = async (file: string) => {
    files.push(file);
    const list = await loadPhraseListFile(display(file));
    if (!list.ok) return void errors.push(...list.errors);
    const existing = phrases.get(list.value.locale);
    phrases.set(list.value.locale, existing ? mergePhraseLists(existing, list.value) : list.value);
  };

  for (const { dir, origin } of sources.playbookDirs) {
    const found = await yamlFilesIn(dir, origin === "shipped", errors);
    for (const file of found) {
      if (basename(file) === PHRASES_FILE) {
        await addPhrases(file);
        continue;
      }
      files.push(file);
      const pb = await loadPlaybookFile(display(file), origin);
      if (!pb.ok) {
        errors.push(...pb.errors);
        continue;
      }
      const key = `${pb.value.locale}/${pb.value.id}`;
      const previous = playbooks.get(key);
      if (previous && previous.source.origin === origin) {
        errors.push(new InputError(`duplicate playbook id "${pb.value.id}" for locale ${pb.value.locale} (also in ${previous.source.file})`, { file: display(file), keyPath: "id" }));
        continue;
      }
      playbooks.set(key, pb.value);
    }
  }
  for (const { path } of sources.phraseFiles) {
    const isDir = await stat(path).then((s) => s.isDirectory(), () => undefined);
    if (isDir === undefined) errors.push(new InputError("no such phrase file or folder", { file: display(path) }));
    else if (isDir) for (const file of await yamlFilesIn(path, false, errors)) await addPhrases(file);
    else await addPhrases(path);
  }
  for (const { dir, origin } of sources.templateDirs) {
    for (const { locale, file } of await templateFilesIn(dir, origin === "shipped", errors)) {
      const name = basename(file).replace(/\.hbs$/, "");
      templates.set(`${locale}/${name}`, { name, locale, file: display(file), origin });
      files.push(file);
    }
  }
  if (errors.length) return { ok: false, errors };
  const sorted = [...playbooks.values()].sort((a, b) => a.id.localeCompare(b.id) || a.locale.localeCompare(b.locale));
  return { ok: true, value: { playbooks: sorted, phrases, templates, files } };
}

/** `<dir>/*.yaml` and `<dir>/<locale>/*.yaml`, sorted. */
async function yamlFilesIn(dir: string, required: boolean, errors: InputError[]): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (required || error.code !== "ENOENT") errors.push(new InputError(error.code === "ENOENT" ? "no such folder" : `cannot read folder: ${error.code}`, { file: display(dir) }));
    else errors.push(new InputError("no such folder", { file: display(dir) }));
    return [];
  });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) out.push(full);
    else if (entry.isDirectory() && /^[a-z]{2}$/.test(entry.name)) {
      const inner = await readdir(full, { withFileTypes: true });
      for (const f of inner.sort((a, b) => a.name.localeCompare(b.name))) if (f.isFile() && /\.ya?ml$/i.test(f.name)) out.push(join(full, f.name));
    }
  }
  return out;
}

async function templateFilesIn(dir: string, required: boolean, errors: InputError[]): Promise<Array<{ locale: string; file: string }>> {
  const out: Array<{ locale: string; file: string }> = [];
  const locales = await readdir(dir, { withFileTypes: true }).catch(() => {
    errors.push(new InputError("no such template folder", { file: display(dir) }));
    return [];
  });
  void required;
  for (const entry of locales) {
    if (!entry.isDirectory() || !/^[a-z]{2}$/.test(entry.name)) continue;
    const files = await readdir(join(dir, entry.name));
    for (const f of files.sort()) if (f.endsWith(".hbs")) out.push({ locale: entry.name, file: join(dir, entry.name, f) });
  }
  return out;
}

/** Paths in messages: relative to the working folder when inside it, else absolute. */
export function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !rel.startsWith("/") ? rel : file;
}

/** The playbook for an id in a locale, falling back to any locale that has it. */
export function findPlaybook(catalog: Catalog, id: string, locale?: string): Playbook | undefined {
  return catalog.playbooks.find((p) => p.id === id && (!locale || p.locale === locale)) ?? (locale ? undefined : catalog.playbooks.find((p) => p.id === id));
}
