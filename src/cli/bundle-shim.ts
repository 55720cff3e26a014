/**
 * Injected by esbuild into the CommonJS bundle (src/build/bundle.ts): `import.meta.url` in
 * code bundled from ES modules (src/core/root.ts) becomes this, the bundle file's own URL.
 * Not imported by anything else.
 */
import { pathToFileURL } from "node:url";

export const import_meta_url = pathToFileURL(__filename).href;
