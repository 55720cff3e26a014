/**
 * The package's root folder (where package.json, playbooks/, templates/ and schema/ sit), as a
 * file: URL ending in "/". Every path into the package is made from this one constant.
 *
 * This module sits two folders below the root in every form the code runs in: src/core/ (tests),
 * dist/core/ (tsc) and dist/bundle/replybook.cjs (esbuild; there `import.meta.url` is the
 * bundle's URL, see src/cli/bundle-shim.ts). Keep it so: another depth needs "../../" changed.
 */
export const PACKAGE_ROOT = new URL("../../", import.meta.url);

/** The package's version, from its package.json. */
export async function packageVersion(): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  return (JSON.parse(await readFile(new URL("package.json", PACKAGE_ROOT), "utf8")) as { version: string }).version;
}
