/**
 * Which scenarios a drill uses: a trainer's files or the playbooks' own drills, narrowed by
 * locale and playbook, then one by id, n at random (seeded) or all of a trainer's files.
 * Mistakes in the choice are UsageErrors naming the flag.
 */
import { InputError, UsageError } from "../core/errors.js";
import type { Playbook } from "../playbook/types.js";
import { loadScenarioPath, pickScenarios, scenarioFromExample, scenariosFromPlaybooks } from "./scenario.js";
import type { Scenario } from "./types.js";

export interface PoolQuery {
  /** Trainers' scenario files or folders (--scenario); none: the playbooks' drills. */
  paths: readonly string[];
  locale: string | undefined;
  /** Only this playbook's scenarios (its example when it has none). */
  playbook: string | undefined;
}

export async function scenarioPool(playbooks: readonly Playbook[], query: PoolQuery): Promise<Scenario[]> {
  const { paths, locale, playbook } = query;
  let pool: Scenario[] = [];
  if (paths.length) {
    const errors: InputError[] = [];
    for (const path of paths) {
      const loaded = await loadScenarioPath(path, playbooks);
      if (!loaded.ok) errors.push(...loaded.errors);
      else pool.push(...loaded.value.flatMap((f) => f.scenarios));
    }
    if (errors.length) throw errors[0]!;
    if (locale) pool = pool.filter((s) => s.locale === locale);
  } else {
    pool = scenariosFromPlaybooks(playbooks, locale);
  }
  if (playbook) {
    const pb = playbooks.find((p) => p.id === playbook && (!locale || p.locale === locale)) ?? playbooks.find((p) => p.id === playbook);
    if (!pb) throw new UsageError(`no playbook "${playbook}" (see 'replybook playbooks list')`);
    pool = pool.filter((s) => s.expectedPlaybook === playbook);
    if (!pool.length && !paths.length) pool = [scenarioFromExample(pb)];
  }
  if (!pool.length) throw new UsageError(`no drill scenarios${playbook ? ` for "${playbook}"` : ""}${locale ? ` in locale "${locale}"` : ""}${paths.length ? ` in ${paths.join(", ")}` : ""}`);
  return pool;
}

/** --drill <id>, else --random <n>, else every scenario of a trainer's files, else one at random. */
export function chooseScenarios(pool: readonly Scenario[], choice: { drill?: string | undefined; random?: number | undefined; fromFiles: boolean; seed: string }): Scenario[] {
  if (choice.drill) return [findScenario(pool, choice.drill)];
  if (choice.random) return pickScenarios(pool, choice.random, choice.seed);
  if (choice.fromFiles) return [...pool];
  return pickScenarios(pool, 1, choice.seed);
}

export function findScenario(pool: readonly Scenario[], id: string): Scenario {
  const found = pool.find((s) => s.id === id);
  if (!found) throw new UsageError(`no scenario "${id}"; known: ${pool.map((s) => s.id).join(", ")}`);
  return found;
}

/** --checklist: "all" or comma-separated item ids of the playbook. */
export function parseChecklist(spec: string, playbook: Playbook): string[] {
  const done = spec.trim() === "all" ? playbook.checklist.map((c) => c.id) : spec.split(/[\s,]+/).filter(Boolean);
  const unknown = done.filter((id) => !playbook.checklist.some((c) => c.id === id));
  if (unknown.length) throw new UsageError(`--checklist: no item ${unknown.map((u) => `"${u}"`).join(", ")} in "${playbook.id}" (it has: ${playbook.checklist.map((c) => c.id).join(", ")})`);
  return done;
}
