import type { Catalog } from "../catalog/catalog.js";
import type { CatalogSource } from "../catalog/types.js";
import { catalogForScan } from "../catalog/repository-file.js";
import { DirectorySource } from "../sources/directory.js";
import { loadConfig, optionsFromConfig } from "./config.js";
import { printWarnings } from "./shared.js";

/**
 * The catalog a scan of `dir` would use: the built-in one, the configuration's `catalog` file and
 * the folder's `techstack.catalog.yml`. Typed names (`submit --manual`, `resolve`) resolve through
 * it, so a tool a repository adds is found by name as its matchers find it in files. A broken
 * configuration is an error; a broken catalog file a warning, as in a scan.
 */
export async function repositoryCatalog(dir: string, { quiet = false }: { quiet?: boolean } = {}): Promise<Catalog> {
  const { catalog, warnings } = await catalogForScan(new DirectorySource(dir), configuredCatalog(dir));
  // quiet: a scan of the same folder has just printed them.
  if (!quiet) printWarnings(warnings);
  return catalog;
}

/** The catalog data the configuration of `dir` names (its `catalog:` file), if any; throws where the configuration cannot be read. */
export function configuredCatalog(dir: string): CatalogSource[] {
  const extra = optionsFromConfig(dir, loadConfig(dir)).catalog;
  return extra ? [extra].flat() : [];
}
