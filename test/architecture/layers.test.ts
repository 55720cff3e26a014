// The shape of src/: layers that only point down, and no import circles. Every import
// between files of src/ (static, dynamic, type-only and re-exports) is read with
// TypeScript's own scanner. docs/architecture.md explains the layers; keep the two in step.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/**
 * The layers, bottom first. A layer may import the layers on lower rows, never one on its own
 * row or above: the same row means peers that know nothing of each other. A path names a
 * folder of src/ ("lint/") or a file ("index.ts"); the longest match wins, so lint/batch/ is a
 * layer above lint/.
 */
const LAYERS: ReadonlyArray<ReadonlyArray<string>> = [
  // Foundations: errors, exit codes, the package root; the prompt interface (no library).
  ["core/", "prompts/"],
  // Words, tokens, the pattern matcher, durations.
  ["text/"],
  // Reading YAML with positions; JSON Schema checks on it.
  ["yaml/"],
  ["schema/"],
  // The shipped data, each on its own: procedures and phrase lists.
  ["playbook/", "phrases/"],
  // Reply templates and the context they are rendered with.
  ["reply/"],
  // The resolved configuration (rules, agent, folders).
  ["config/"],
  // Checking a reply; routing a complaint to a playbook; the team (agents, working hours).
  ["lint/", "route/", "team/"],
  // The case log: cases, commitments, aggregate queries. Knows nothing of drafts or reports.
  ["store/"],
  // Practice scenarios and their grading.
  ["drill/"],
  // Loading, caching and checking everything shipped or configured (scenarios included).
  ["catalog/"],
  // Batch linting over a loaded catalog, in threads.
  ["lint/batch/"],
  // Drafting a reply (and recording it), reports over the case log, evaluation, batch routing,
  // the team's inbox; the language server; the package's API (linter, router, renderer,
  // RuleTester over the config and catalog).
  ["draft/", "report/", "eval/", "route/batch/", "inbox/", "lsp/", "api/"],
  // The shell: commander, printing, prompts, exit codes.
  ["cli/"],
  // The package's JS API; the build step (build time only: nothing imports it).
  ["index.ts", "build/"],
];

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.c?ts$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Imports between files of src/, as paths relative to src/. */
function importGraph(src = SRC): { files: string[]; edges: Edge[] } {
  const files = sourceFiles(src).map((f) => relative(src, f));
  const edges: Edge[] = [];
  for (const file of files) {
    const scanned = ts.preProcessFile(readFileSync(join(src, file), "utf8"), true, true);
    for (const { fileName } of scanned.importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = relative(src, resolve(src, dirname(file), fileName)).replace(/\.js$/, ".ts").replace(/\.cjs$/, ".cts");
      edges.push({ from: file, to: target });
    }
  }
  return { files, edges };
}

function layerOf(file: string): { path: string; rank: number } | undefined {
  let best: { path: string; rank: number } | undefined;
  LAYERS.forEach((row, rank) => {
    for (const path of row) {
      const match = path.endsWith("/") ? file.startsWith(path) : file === path;
      if (match && (!best || path.length > best.path.length)) best = { path, rank };
    }
  });
  return best;
}

/** Imports that point up or sideways, as lines a person can act on. */
function upwardImports(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (!a || !b || a.path === b.path || b.rank < a.rank) continue;
    const allowed = LAYERS.slice(0, a.rank).flat().join(" ");
    problems.push(`src/${from} imports src/${to}: ${a.path} may import only lower layers (${allowed || "none"}), and ${b.path} is ${b.rank === a.rank ? "its peer" : "above it"}`);
  }
  return problems;
}

/** Circles of files importing each other (Tarjan's strongly connected components). */
function importCircles(files: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const circle: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        circle.push(w);
      } while (w !== v);
      if (circle.length > 1 || next.get(v)!.includes(v)) circles.push(circle.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return circles;
}

describe("the layers of src/", () => {
  const graph = importGraph();

  it("place every source file in a layer", () => {
    expect(graph.files.filter((f) => !layerOf(f)).map((f) => `src/${f}: in no layer; add its folder to LAYERS here and in docs/architecture.md`)).toEqual([]);
  });

  it("import only the layers below them", () => {
    expect(upwardImports(graph.edges)).toEqual([]);
  });

  it("have no circles of imports between files", () => {
    expect(importCircles(graph.files, graph.edges).map((c) => c.map((f) => `src/${f}`).join(" <-> "))).toEqual([]);
  });

  it("import only files that exist (so the scan sees every edge)", () => {
    const known = new Set(graph.files);
    expect(graph.edges.filter((e) => !known.has(e.to)).map((e) => `src/${e.from} imports src/${e.to}, which is not a source file`)).toEqual([]);
  });
});

describe("the layer check itself", () => {
  it("catches an upward import and a circle in a made-up graph", () => {
    const edges = [
      { from: "store/sqlite.ts", to: "report/build.ts" },
      { from: "lint/a.ts", to: "lint/b.ts" },
      { from: "lint/b.ts", to: "lint/a.ts" },
      { from: "lint/batch/run.ts", to: "catalog/load.ts" },
      { from: "lint/engine.ts", to: "route/route.ts" },
    ];
    expect(upwardImports(edges)).toEqual([
      expect.stringMatching(/^src\/store\/sqlite\.ts imports src\/report\/build\.ts: store\/ may import only lower layers \(.*\), and report\/ is above it$/),
      expect.stringMatching(/^src\/lint\/engine\.ts imports src\/route\/route\.ts: .* route\/ is its peer$/),
    ]);
    expect(importCircles(["lint/a.ts", "lint/b.ts", "lint/c.ts"], edges)).toEqual([["lint/a.ts", "lint/b.ts"]]);
  });
});
