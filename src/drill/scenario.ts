/**
 * Drill scenarios: the `drills` of each playbook, plus scenario files a trainer writes in the
 * same YAML style (schema/scenario.schema.json):
 *
 *   # yaml-language-server: $schema=../schema/scenario.schema.json
 *   playbook: parcel-damaged
 *   locale: en
 *   drills:
 *     - id: cracked-screen-instagram
 *       platform: instagram
 *       customer: { name: Giulia Neri }
 *       age: 30m
 *       complaint: My new phone arrived with the screen cracked. Thanks a lot.
 *       facts:
 *         - { text: The courier can only come in 3 days., commitment: courier-collection, earliest: 3d }
 *
 * Every problem is an InputError with file, line, column and key path, like a playbook's.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { InputError, ok, type Result } from "../core/errors.js";
import type { Drill, Playbook } from "../playbook/types.js";
import { validateAgainstSchema } from "../schema/validate.js";
import { readYamlFile, type YamlSource } from "../yaml/read.js";
import { collectIssues } from "../yaml/issues.js";
import { pickSeeded } from "./random.js";
import type { Scenario, ScenarioFileContent } from "./types.js";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- shape checked by the schema

/**
 * Loads and validates one scenario file. With `playbooks`, also checks that the playbooks,
 * commitments and remedies it names exist (what `playbooks validate` wants).
 */
export async function loadScenarioFile(file: string, playbooks?: readonly Playbook[]): Promise<Result<ScenarioFileContent>> {
  const source = await readYamlFile(file);
  if (!source.ok) return source;
  return scenarioFileFromSource(source.value, playbooks);
}

export function scenarioFileFromSource(source: YamlSource, playbooks?: readonly Playbook[]): Result<ScenarioFileContent> {
  const schemaErrors = validateAgainstSchema(source, "scenario");
  if (schemaErrors.length) return { ok: false, errors: schemaErrors };
  const raw = source.value as Raw;
  const { errors, at, duration } = collectIssues(source);
  const locale: string = raw.locale;
  const find = (id: string) => playbooks?.find((p) => p.id === id && p.locale === locale) ?? playbooks?.find((p) => p.id === id);
  if (playbooks && !find(raw.playbook)) at(["playbook"], `no playbook "${raw.playbook}"${playbookList(playbooks)}`);

  const seen = new Set<string>();
  const scenarios: Scenario[] = (raw.drills as Raw[]).map((d, i) => {
    if (seen.has(d.id)) at(["drills", i, "id"], `duplicate drill id "${d.id}"`);
    seen.add(d.id);
    const expected: string = d["expected-playbook"] ?? raw.playbook;
    const playbook = find(expected);
    if (playbooks && !playbook && d["expected-playbook"]) at(["drills", i, "expected-playbook"], `no playbook "${expected}"${playbookList(playbooks)}`);
    const facts = ((d.facts ?? []) as Raw[]).map((f, k) => {
      const path = ["drills", i, "facts", k];
      if (f.commitment && playbook && !playbook.commitments.some((c) => c.id === f.commitment)) {
        at([...path, "commitment"], `no commitment "${f.commitment}" in playbook "${expected}" (it has: ${playbook.commitments.map((c) => c.id).join(", ") || "none"})`);
      }
      if (f.earliest && !f.commitment) at([...path, "earliest"], `"earliest" needs the "commitment" it bounds`);
      const earliest = f.earliest ? duration([...path, "earliest"], f.earliest) : undefined;
      const spec = playbook?.commitments.find((c) => c.id === f.commitment);
      if (spec && earliest?.minutes && earliest.minutes < spec.earliest.minutes) {
        at([...path, "earliest"], `"${f.earliest}" is sooner than the playbook's own earliest for "${spec.id}" (${spec.earliest.text}): a fact can only make a bound later`);
      }
      const remedy = f["remedy-not-allowed"];
      if (remedy && playbook && !playbook.remedies.some((r) => r.id === remedy)) {
        at([...path, "remedy-not-allowed"], `no remedy "${remedy}" in playbook "${expected}" (it has: ${playbook.remedies.map((r) => r.id).join(", ") || "none"})`);
      }
      return {
        text: f.text as string,
        ...(f.commitment && { commitment: f.commitment as string }),
        ...(earliest && { earliest }),
        ...(remedy && { remedyNotAllowed: remedy as string }),
      };
    });
    return {
      id: d.id,
      complaint: d.complaint,
      platform: d.platform,
      customer: { ...(d.customer?.name && { name: d.customer.name }), ...(d.customer?.handle && { handle: d.customer.handle }), ...(d.customer?.title && { title: d.customer.title }) },
      age: d.age ? duration(["drills", i, "age"], d.age) : { minutes: 0, text: "0m" },
      facts,
      expectedPlaybook: expected,
      locale,
      source: { kind: "file", file: source.file },
    };
  });
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
  return ok({ file: source.file, playbook: raw.playbook, locale, ...(raw.title && { title: raw.title }), scenarios });
}

function playbookList(playbooks: readonly Playbook[]): string {
  const ids = [...new Set(playbooks.map((p) => p.id))];
  return ids.length ? ` (known: ${ids.join(", ")})` : "";
}

/**
 * Scenario files from a file or a folder (its *.yaml files, sub-folders included, sorted).
 * Collects every error instead of stopping at the first.
 */
export async function loadScenarioPath(path: string, playbooks?: readonly Playbook[]): Promise<Result<ScenarioFileContent[]>> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, errors: [new InputError("no such scenario file or folder", { file: path })] };
  const files = info.isDirectory() ? await yamlFilesUnder(path) : [path];
  if (info.isDirectory() && !files.length) return { ok: false, errors: [new InputError("no scenario files (*.yaml) in this folder", { file: path })] };
  const errors: InputError[] = [];
  const out: ScenarioFileContent[] = [];
  for (const file of files) {
    const loaded = await loadScenarioFile(file, playbooks);
    if (loaded.ok) out.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  const ids = new Map<string, string>();
  for (const content of out) {
    for (const s of content.scenarios) {
      const other = ids.get(s.id);
      if (other && other !== content.file) errors.push(new InputError(`duplicate drill id "${s.id}" (also in ${other})`, { file: content.file, keyPath: "drills" }));
      ids.set(s.id, content.file);
    }
  }
  return errors.length ? { ok: false, errors } : ok(out);
}

async function yamlFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith(".")) out.push(...(await yamlFilesUnder(full)));
    else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(full);
  }
  return out;
}

/** The drills of the playbooks, as scenarios (in a locale, when given). */
export function scenariosFromPlaybooks(playbooks: readonly Playbook[], locale?: string): Scenario[] {
  return playbooks
    .filter((p) => !locale || p.locale === locale)
    .flatMap((p) => p.drills.map((d: Drill) => ({ ...d, locale: p.locale, source: { kind: "playbook" as const, file: p.source.file } })));
}

/**
 * A scenario made from a playbook's `example`, for a playbook without drills: the example's
 * customer and complaint, a fresh post, no extra facts.
 */
export function scenarioFromExample(playbook: Playbook): Scenario {
  return {
    id: `${playbook.id}-example`,
    complaint: playbook.example.complaint ?? playbook.description,
    platform: playbook.example.platform ?? "facebook",
    customer: playbook.example.customer,
    age: { minutes: 0, text: "0m" },
    facts: [],
    expectedPlaybook: playbook.id,
    locale: playbook.locale,
    source: { kind: "playbook", file: playbook.source.file },
  };
}

/** The playbook a scenario expects, in its locale when there is one, else in any locale. */
export function findExpectedPlaybook(playbooks: readonly Playbook[], scenario: Pick<Scenario, "expectedPlaybook" | "locale">): Playbook | undefined {
  return playbooks.find((p) => p.id === scenario.expectedPlaybook && p.locale === scenario.locale) ?? playbooks.find((p) => p.id === scenario.expectedPlaybook);
}

/** n scenarios drawn without repeats (repeating only when n exceeds the pool), the same for a seed. */
export function pickScenarios(pool: readonly Scenario[], n: number, seed: string): Scenario[] {
  return pickSeeded(pool, n, seed);
}
