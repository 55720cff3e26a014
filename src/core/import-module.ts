/**
 * import() for what must load as an ES module at run time: a JavaScript config file.
 *
 * The CLI runs as one bundled script compiled through V8's code cache (src/cli/launch.cts), where
 * import() cannot work; esbuild turns every import() in the bundle into require(). This module
 * stays outside the bundle (src/build/bundle.ts, `external`), so Node loads it as the ES module
 * it is and its import() is the real one.
 */
export function importModule<T>(url: string): Promise<T> {
  return import(url) as Promise<T>;
}
