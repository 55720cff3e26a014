/**
 * `npm run build`, after tsc: the router's tries for the shipped playbooks, compiled once and
 * saved in dist/compiled/route-<locale>.json (see src/route/compiled.ts), so that one
 * `replybook route` does not spend half a second of CPU expanding and stemming some 75,000
 * word sequences before routing one message. Build-time only.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { catalogSources, loadCatalog } from "../catalog/load.js";
import { compiledRouterUrl } from "../route/compiled.js";
import { compileRouter, GREEK_BY_SOUND } from "../route/route.js";
import { asAscii } from "./ascii.js";

const loaded = await loadCatalog(catalogSources({ playbooks: [], phrases: [], templates: [] }));
if (!loaded.ok) throw new Error(`the shipped catalog has errors:\n${loaded.errors.map((e) => e.format()).join("\n")}`);
const { playbooks } = loaded.value;
// Each language, and the Greek playbooks compared by sound (the Greeklish router) under GREEK_BY_SOUND.
const routers = [...new Set(playbooks.map((p) => p.locale))].sort().flatMap((locale) => [
  { name: locale, router: () => compileRouter(locale, playbooks) },
  ...(locale === "el" ? [{ name: GREEK_BY_SOUND, router: () => compileRouter(locale, playbooks, true) }] : []),
]);
for (const { name, router: compile } of routers) {
  const router = compile();
  for (const part of ["tries", "words", "learnt"] as const) {
    const url = compiledRouterUrl(name, part);
    mkdirSync(fileURLToPath(new URL(".", url)), { recursive: true });
    if (part === "learnt") {
      // A language with no examples has no learnt part: no stale file either.
      rmSync(fileURLToPath(url), { force: true });
      if (router.learnt) writeFileSync(fileURLToPath(url), asAscii(JSON.stringify(router.learnt)));
      continue;
    }
    // ASCII: Node reads an ASCII file several times faster than UTF-8 (the Greek words are \u escapes).
    writeFileSync(fileURLToPath(url), part === "tries" ? router.tries : asAscii(JSON.stringify(router.words)));
  }
}
