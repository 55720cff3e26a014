/**
 * Reading YAML written by colleagues: every failure is an InputError with file, line, column
 * and (where there is one) key path. Guards against what a hand-edited or hostile file can
 * hold: an alias bomb, a binary or huge file, keys that would reach an object's prototype.
 */
import { readFile, stat } from "node:fs/promises";
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, type CST, type Document, type Node as YamlNode } from "yaml";
import { InputError, fail, ok, type Result } from "../core/errors.js";

export const MAX_YAML_BYTES = 1024 * 1024;
/** Hand-written files nest a few levels; yaml's composer recurses once per level. */
export const MAX_YAML_DEPTH = 64;
/** Alias nodes in one file: each one makes yaml re-scan the document's anchors. */
export const MAX_YAML_ALIASES = 100;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type KeyPath = ReadonlyArray<string | number>;

export interface YamlSource {
  file: string;
  value: unknown;
  /** Line and column (1-based) of the node at a key path, or of its nearest existing parent. */
  positionOf(path: KeyPath, { key }?: { key?: boolean }): { line: number; column: number };
}

/** `steps[2].ask` from ["steps", 2, "ask"]. */
export function formatKeyPath(path: KeyPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

export async function readYamlFile(file: string): Promise<Result<YamlSource>> {
  const text = await readTextFile(file, MAX_YAML_BYTES);
  if (!text.ok) return text;
  return parseYaml(text.value, file);
}

/** Reads a UTF-8 text file, refusing missing, unreadable, binary, non-UTF-8 or oversized files. */
export async function readTextFile(file: string, maxBytes: number): Promise<Result<string>> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail(new InputError("is a folder, expected a file", { file }));
    if (info.size > maxBytes) return fail(new InputError(`file is too large (${info.size} bytes; the limit is ${maxBytes})`, { file }));
    bytes = await readFile(file);
  } catch (error) {
    return fail(new InputError(describeFsError(error), { file }));
  }
  return decodeText(bytes, file);
}

export function decodeText(bytes: Uint8Array, file: string): Result<string> {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionAtByte(bytes, nul);
    return fail(new InputError("binary content (a NUL byte): expected UTF-8 text", { file, ...at }));
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return ok(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail(new InputError("not valid UTF-8 text", { file, ...positionOfBadUtf8(bytes) }));
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied: cannot read this file";
  if (code === "EISDIR") return "is a folder, expected a file";
  if (code === "ENOTDIR") return "a part of this path is not a folder";
  return `cannot read: ${(error as Error)?.message ?? String(error)}`;
}

export function parseYaml(text: string, file: string): Result<YamlSource> {
  const lineCounter = new LineCounter();
  // The parser is iterative, the composer recursive: a few thousand "[" or "- - -" overflow the
  // stack, and near the limit V8 can abort the whole process. Measure the depth on the CST first.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = offsetBeyondDepth(tokens, MAX_YAML_DEPTH);
  if (deep !== undefined) {
    const pos = lineCounter.linePos(deep);
    return fail(new InputError(`nested more than ${MAX_YAML_DEPTH} levels deep`, { file, line: pos.line, column: pos.col }));
  }
  // yaml's own unique-key check compares each key with every earlier one (a minute for a 1 MB
  // map); findForbiddenNode checks duplicates with a Set instead.
  const docs = [...new Composer({ uniqueKeys: false, strict: true, keepSourceTokens: false }).compose(tokens, true, text.length)];
  const doc = docs[0]!;
  if (docs.length > 1) {
    const pos = lineCounter.linePos(docs[1]!.range[0]);
    return fail(new InputError(`more than one YAML document ("---"): one per file`, { file, line: pos.line, column: pos.col }));
  }
  const first = doc.errors[0];
  if (first) {
    // Without prettyErrors the error has offsets only (no linePos).
    const pos = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    return fail(new InputError(yamlMessage(first.message), { file, line: pos.line, column: pos.col }));
  }
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === ""))) {
    return fail(new InputError("the file is empty", { file, line: 1, column: 1 }));
  }
  const forbidden = findForbiddenNode(doc);
  if (forbidden) {
    const pos = lineCounter.linePos(forbidden.offset);
    return fail(new InputError(forbidden.message, { file, line: pos.line, column: pos.col, keyPath: forbidden.path }));
  }
  let value: unknown;
  try {
    // 100 aliases is plenty for hand-written files and stops a "billion laughs" document.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = /excessive alias count/i.test((error as Error).message) ? "too many aliases (a YAML alias bomb?)" : yamlMessage((error as Error).message);
    return fail(new InputError(message, { file, line: 1, column: 1 }));
  }
  return ok({
    file,
    value,
    positionOf(path, { key = false } = {}) {
      const node = nodeAt(doc, path, key);
      const offset = node?.range?.[0] ?? 0;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  });
}

function yamlMessage(message: string): string {
  // The yaml package appends " at line N, column M" and a code frame; we print our own position.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").replace(/:$/, "");
}

type Located = { range?: [number, number, number] | null };

/** The node at a path; with `key`, the last step's key node (for "unknown key" errors). */
function nodeAt(doc: Document, path: KeyPath, key: boolean): Located | undefined {
  let node: unknown = doc.contents;
  let last: Located | undefined = node as Located;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) return last;
      if (key && i === path.length - 1) return pair.key as Located;
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number") {
      node = node.items[part];
    } else {
      return last;
    }
    if (node && (node as Located).range) last = node as Located;
    else return last;
  }
  return last;
}

/** The deepest collection start past `max` levels, as an offset; undefined when the file is shallow enough. */
function offsetBeyondDepth(tokens: CST.Token[], max: number): number | undefined {
  const stack: Array<[CST.Token | null | undefined, number]> = tokens.map((t) => [t, 0]);
  while (stack.length) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (token.type === "document") stack.push([token.value, depth]);
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth >= max) return token.offset;
      for (const item of token.items) stack.push([item.key, depth + 1], [item.value, depth + 1]);
    }
  }
  return undefined;
}

type Forbidden = { message: string; offset: number; path: string };

/**
 * Keys that would reach an object's prototype, duplicate keys, keys that are lists or maps (yaml
 * would turn them into strings and warn on stderr), too many aliases, aliases with no anchor.
 */
function findForbiddenNode(doc: Document): Forbidden | undefined {
  const anchors = new Set<string>();
  let aliases = 0;
  const walk = (node: unknown, path: Array<string | number>): Forbidden | undefined => {
    if (!node || typeof node !== "object") return undefined;
    const anchor = (node as { anchor?: string }).anchor;
    if (isAlias(node)) {
      const offset = node.range?.[0] ?? 0;
      if (++aliases > MAX_YAML_ALIASES) return { message: `too many aliases (more than ${MAX_YAML_ALIASES}; a YAML alias bomb?)`, offset, path: formatKeyPath(path) };
      if (!anchors.has(node.source)) return { message: `alias "*${node.source}" has no anchor "&${node.source}" before it`, offset, path: formatKeyPath(path) };
      return undefined;
    }
    if (anchor) anchors.add(anchor);
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (pair.key !== null && !isScalar(pair.key)) {
          return { message: "a key must be plain text, not a list, a map or an alias", offset: (pair.key as YamlNode).range?.[0] ?? 0, path: formatKeyPath(path) };
        }
        const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (k !== undefined && FORBIDDEN_KEYS.has(k)) {
          return { message: `key "${k}" is not allowed`, offset: (pair.key as YamlNode).range?.[0] ?? 0, path: formatKeyPath([...path, k]) };
        }
        // Keys compare as the object keys they become: `1:` and `"1":` are the same key.
        const asKey = k ?? "";
        if (seen.has(asKey)) return { message: `duplicate key "${asKey}" (map keys must be unique)`, offset: (pair.key as YamlNode | null)?.range?.[0] ?? node.range?.[0] ?? 0, path: formatKeyPath([...path, asKey]) };
        seen.add(asKey);
        const found = walk(pair.value, [...path, k ?? "?"]);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const found = walk(node.items[i], [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents, []);
}

function positionAtByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function positionOfBadUtf8(bytes: Uint8Array): { line: number; column: number } {
  // Find the first byte sequence that does not decode, for the position in the message.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) break;
    let valid = i + len <= bytes.length;
    for (let k = 1; valid && k < len; k++) valid = (bytes[i + k]! & 0xc0) === 0x80;
    if (!valid) break;
    i += len;
  }
  return positionAtByte(bytes, i);
}
