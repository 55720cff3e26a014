/**
 * Validating YAML against the JSON Schemas shipped in schema/ (the same files an editor uses
 * through yaml-language-server), and turning ajv's errors into one positioned line each:
 *
 *   playbooks/en/parcel-damaged.yaml:12:5 steps[2].type: expected one of: text, choice, yes-no, number, date
 *   playbooks/en/parcel-damaged.yaml:3:1 titel: unknown key "titel" (did you mean "title"?)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { Ajv as AjvInstance, ErrorObject, ValidateFunction } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import { InputError } from "../core/errors.js";
import { formatKeyPath, type KeyPath, type YamlSource } from "../yaml/read.js";
import { PACKAGE_ROOT } from "../core/root.js";

export type SchemaName = "playbook" | "phrases" | "config" | "scenario";

const validators = new Map<SchemaName, { validate: ValidateFunction; schema: Record<string, unknown> }>();
let ajv: AjvInstance | undefined;
// ajv is loaded on first use: commands that find no file to validate (a warm `lint`) never pay for it.
const require = createRequire(import.meta.url);

export function schemaPath(name: SchemaName): string {
  return fileURLToPath(new URL(`schema/${name}.schema.json`, PACKAGE_ROOT));
}

function validatorFor(name: SchemaName) {
  let entry = validators.get(name);
  if (!entry) {
    const { Ajv } = require("ajv") as typeof import("ajv");
    ajv ??= new Ajv({ allErrors: true, strict: false, useDefaults: false, verbose: true });
    const schema = JSON.parse(readFileSync(schemaPath(name), "utf8")) as Record<string, unknown>;
    entry = { validate: ajv.compile(schema), schema };
    validators.set(name, entry);
  }
  return entry;
}

/** Validates a parsed YAML source; returns positioned errors, most specific first, one per place. */
export function validateAgainstSchema(source: YamlSource, name: SchemaName): InputError[] {
  const { validate, schema } = validatorFor(name);
  if (validate(source.value)) return [];
  return describeErrors(validate.errors ?? [], source, schema);
}

/** Enough to fix a file by; a generated file with thousands of unknown keys would take minutes to place. */
export const MAX_SCHEMA_ERRORS = 50;

function describeErrors(errors: ErrorObject[], source: YamlSource, rootSchema: Record<string, unknown>): InputError[] {
  // Ajv reports every branch of a oneOf; keep the deepest errors and fold the alternatives.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const key = e.keyword === "additionalProperties" ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}` : e.instancePath;
    byPath.set(key, [...(byPath.get(key) ?? []), e]);
  }
  // Every path that has an error below it (a Set: comparing each path with every other is quadratic).
  const parents = new Set<string>();
  for (const p of byPath.keys()) for (let i = p.lastIndexOf("/"); i >= 0; i = i === 0 ? -1 : p.lastIndexOf("/", i - 1)) parents.add(p.slice(0, i));
  const out: InputError[] = [];
  let more = 0;
  for (const [key, group] of byPath) {
    // A oneOf at a parent path is explained by the errors under it, when there are any.
    const deeper = parents.has(key);
    if (deeper && group.every((e) => e.keyword === "oneOf" || e.keyword === "type")) continue;
    if (out.length >= MAX_SCHEMA_ERRORS) {
      more++;
      continue;
    }
    // A plain value failing "one of these words, or a list" is a misspelt word, not a missing list.
    const value = valueAt(source.value, pointerToPath(group[0]!.instancePath));
    const enumError = value === null || typeof value !== "object" ? group.find((e) => e.keyword === "enum") : undefined;
    const first = enumError ?? group.find((e) => e.keyword !== "oneOf") ?? group[0]!;
    const path = pointerToPath(first.instancePath);
    let message: string;
    let at: KeyPath = path;
    let onKey = false;
    const types = group.filter((e) => e.keyword === "type").map((e) => humanType((e.params as { type: string | string[] }).type));
    if (first.keyword === "additionalProperties") {
      const unknown = (first.params as { additionalProperty: string }).additionalProperty;
      at = [...path, unknown];
      onKey = true;
      message = `unknown key "${unknown}"${didYouMean(unknown, knownKeys(first, rootSchema))}`;
    } else if (first.keyword === "required") {
      message = `missing required key "${(first.params as { missingProperty: string }).missingProperty}"`;
    } else if (types.length && !enumError) {
      message = `expected ${[...new Set(types)].join(" or ")}, got ${describeValue(valueAt(source.value, path))}`;
    } else if (first.keyword === "enum") {
      const allowed = (first.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const got = String(valueAt(source.value, path));
      message = `expected one of: ${allowed.join(", ")}${didYouMean(got, allowed)}`;
    } else if (first.keyword === "pattern") {
      message = patternMessage(first, valueAt(source.value, path));
    } else if (first.keyword === "minItems") {
      message = `expected at least ${(first.params as { limit: number }).limit} item(s)`;
    } else if (first.keyword === "minLength") {
      message = "must not be empty";
    } else {
      message = first.message ?? "invalid value";
    }
    const pos = source.positionOf(at, { key: onKey });
    out.push(new InputError(message, { file: source.file, line: pos.line, column: pos.column, keyPath: formatKeyPath(at) }));
  }
  out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (more) {
    const last = out[out.length - 1]!;
    out.push(new InputError(`${more} more problem(s) not shown: fix the ones above first`, { file: source.file, line: last.line, column: last.column }));
  }
  return out;
}

function knownKeys(error: ErrorObject, rootSchema: Record<string, unknown>): string[] {
  let schema = error.parentSchema as { properties?: Record<string, unknown>; $ref?: string } | undefined;
  if (schema?.$ref) schema = resolveRef(schema.$ref, rootSchema);
  return Object.keys(schema?.properties ?? {}).filter((k) => k !== "$schema");
}

function resolveRef(ref: string, root: Record<string, unknown>): { properties?: Record<string, unknown> } | undefined {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, "").split("/")) node = (node as Record<string, unknown>)?.[part];
  return node as { properties?: Record<string, unknown> } | undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  if (!candidates.length || !word) return "";
  const best = closest(word, candidates as string[]);
  const d = distance(word, best);
  // Short words are all within 2 edits of each other ("k0" -> "id"): an edit must leave something.
  return d <= Math.max(2, Math.floor(best.length / 3)) && d < Math.min(word.length, best.length) ? ` (did you mean "${best}"?)` : "";
}

function patternMessage(error: ErrorObject, value: unknown): string {
  const pattern = (error.params as { pattern: string }).pattern;
  if (pattern.startsWith("^[a-z0-9]+")) return `"${String(value)}" is not a valid id: use lower-case letters, digits and dashes (parcel-damaged)`;
  if (pattern.startsWith("^P(")) return `"${String(value)}" is not a principle: expected P1 to P17 (see docs/principles.md)`;
  if (pattern.startsWith("^[a-z]{2}$")) return `"${String(value)}" is not a locale: expected a two-letter code such as en, it, el`;
  return `"${String(value)}" does not match ${pattern}`;
}

function humanType(type: string | string[]): string {
  const one = (t: string) => (t === "object" ? "a map" : t === "array" ? "a list" : t === "integer" ? "a whole number" : t === "boolean" ? "true or false" : `a ${t}`);
  return Array.isArray(type) ? type.map(one).join(" or ") : one(type);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return `"${value.length > 30 ? value.slice(0, 30) + "…" : value}"`;
  return String(value);
}

function pointerToPath(pointer: string): KeyPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function valueAt(value: unknown, path: KeyPath): unknown {
  let node = value;
  for (const part of path) node = (node as Record<string | number, unknown>)?.[part];
  return node;
}
