/**
 * `npm run bundle` (part of `npm run build`, after tsc): tsc's output bundled into one CommonJS
 * script, dist/bundle/replybook.cjs, which bin/replybook.js runs through V8's code cache (see
 * src/cli/launch.cts for why, docs/architecture.md for the whole picture). Build-time only:
 * nothing here runs when replybook does.
 *
 * A batch's worker threads start from a bundle of their own, dist/bundle/lint-worker.mjs (an ES
 * module: workers cannot use the code cache, but one file starts far faster than the dozens of
 * modules of tsc's output it is made from; src/lint/batch/index.ts#lintWork names it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { asAscii } from "./ascii.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const outfile = `${root}dist/bundle/replybook.cjs`;

await build({
  absWorkingDir: root,
  entryPoints: ["dist/cli/run.js"],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
  // Loaded from node_modules when a command needs them: the native case log, the PostgreSQL
  // client, the packages only interactive and other commands use (lint never loads them), the
  // language server's protocol library (only `replybook lsp`), and TypeScript (cosmiconfig's
  // optional loader for .ts configs).
  external: ["better-sqlite3", "pg", "ajv", "@inquirer/prompts", "handlebars", "cosmiconfig", "typescript", "yaml", "csv-parse", "vscode-languageserver", "vscode-languageserver-textdocument", "./dist/core/import-module.js"],
  // A script compiled through the code cache cannot import(): every import() becomes require()
  // (the packages above all have CommonJS builds; src/core/import-module.ts is the exception).
  supported: { "dynamic-import": false },
  // import.meta.url, in code bundled from ES modules, becomes the bundle's own URL.
  inject: ["dist/cli/bundle-shim.js"],
  define: { "import.meta.url": "import_meta_url" },
  alias: { "node:child_process": "./dist/cli/lazy-child-process.js" },
});

// The lint worker: the linter and nothing else, as one ES module (its import() stays real).
await build({
  absWorkingDir: root,
  entryPoints: ["dist/lint/batch/lint-worker.js"],
  outfile: `${root}dist/bundle/lint-worker.mjs`,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  logLevel: "warning",
  external: ["better-sqlite3", "pg", "ajv", "@inquirer/prompts", "handlebars", "cosmiconfig", "typescript", "yaml", "csv-parse", "vscode-languageserver", "vscode-languageserver-textdocument"],
});

const source = readFileSync(outfile, "utf8");
if (/[^\w$.]import\(/.test(source)) throw new Error(`${outfile}: an import() is left; it would fail at run time`);
writeFileSync(outfile, asAscii(source));
