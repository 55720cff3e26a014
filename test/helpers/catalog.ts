// The shipped catalog, loaded once per test file (every test that needs real playbooks,
// phrase lists or templates uses this one loader).
import { catalogSources, loadCatalog, type Catalog } from "../../src/catalog/load.js";

let catalog: Promise<Catalog> | undefined;

export function shippedCatalog(): Promise<Catalog> {
  catalog ??= loadCatalog(catalogSources({ playbooks: [], phrases: [], templates: [] })).then((r) => {
    if (!r.ok) throw new Error(r.errors.map((e) => e.format()).join("\n"));
    return r.value;
  });
  return catalog;
}
