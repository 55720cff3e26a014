/**
 * Phrase lists from YAML (schema/phrases.schema.json), and merging a team's list over the
 * shipped one: an entry with a shipped id replaces it, a new id is added.
 */
import { InputError, fail, ok, type Result } from "../core/errors.js";
import { validateAgainstSchema } from "../schema/validate.js";
import { expandPattern, PatternError } from "../text/pattern.js";
import { formatKeyPath, readYamlFile, type YamlSource } from "../yaml/read.js";
import type { ApprovedPhrase, BannedPhrase, PhraseList } from "./types.js";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- shape checked by the schema

export async function loadPhraseListFile(file: string): Promise<Result<PhraseList>> {
  const source = await readYamlFile(file);
  if (!source.ok) return source;
  return phraseListFromSource(source.value);
}

export function phraseListFromSource(source: YamlSource): Result<PhraseList> {
  const schemaErrors = validateAgainstSchema(source, "phrases");
  if (schemaErrors.length) return fail(...schemaErrors);
  const raw = source.value as Raw;
  const errors: InputError[] = [];
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const checkPatterns = (path: Array<string | number>, patterns: string[]) =>
    patterns.forEach((p, i) => {
      try {
        expandPattern(p);
      } catch (error) {
        if (!(error instanceof PatternError)) throw error;
        const keyPath = patterns.length > 1 || Array.isArray(valueAt(raw, path)) ? [...path, i] : path;
        const pos = source.positionOf(keyPath);
        errors.push(new InputError(`pattern "${p}": ${error.message} (column ${error.column})`, { file: source.file, ...pos, keyPath: formatKeyPath(keyPath) }));
      }
    });
  const seen = new Set<string>();
  const dup = (section: string, i: number, id: string) => {
    const key = `${section}:${id}`;
    if (seen.has(key)) {
      const pos = source.positionOf([section, i, "id"]);
      errors.push(new InputError(`duplicate id "${id}"`, { file: source.file, ...pos, keyPath: formatKeyPath([section, i, "id"]) }));
    }
    seen.add(key);
  };
  const banned: BannedPhrase[] = ((raw.banned ?? []) as Raw[]).map((b, i) => {
    dup("banned", i, b.id);
    const patterns = list(b.phrase);
    checkPatterns(["banned", i, "phrase"], patterns);
    const unless = b.unless === undefined ? undefined : list(b.unless);
    if (unless) checkPatterns(["banned", i, "unless"], unless);
    return {
      id: b.id,
      patterns,
      why: b.why,
      principle: b.principle,
      category: b.category,
      ...(unless && { unless }),
      ...(b.notOnPraise === true && { notOnPraise: true }),
      ...(b.notOnGoodNews === true && { notOnGoodNews: true }),
      ...(b.better !== undefined && { better: b.better }),
      ...(b.fix !== undefined && { fix: b.fix }),
      ...(b.severity !== undefined && { severity: b.severity }),
    };
  });
  const approved: ApprovedPhrase[] = ((raw.approved ?? []) as Raw[]).map((a, i) => {
    dup("approved", i, a.id);
    const patterns = list(a.match ?? a.text);
    checkPatterns(["approved", i, a.match ? "match" : "text"], patterns);
    return { id: a.id, kind: a.kind, text: a.text, patterns };
  });
  if (errors.length) return fail(...errors);
  return ok({ locale: raw.locale, banned, approved, sources: [source.file] });
}

function valueAt(value: unknown, path: Array<string | number>): unknown {
  let node = value;
  for (const part of path) node = (node as Record<string | number, unknown>)?.[part];
  return node;
}

/** A team's list over a base list: same id replaces, new ids are appended. */
export function mergePhraseLists(base: PhraseList, extra: PhraseList): PhraseList {
  const merge = <T extends { id: string }>(a: T[], b: T[]) => {
    const byId = new Map(a.map((x) => [x.id, x]));
    for (const x of b) byId.set(x.id, x);
    return [...byId.values()];
  };
  return {
    locale: base.locale,
    banned: merge(base.banned, extra.banned),
    approved: merge(base.approved, extra.approved),
    sources: [...base.sources, ...extra.sources],
  };
}
