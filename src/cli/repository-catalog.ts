import type { Catalog } from "../catalog/catalog.js";
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
  const extra = optionsFromConfig(dir, loadConfig(dir)).catalog;
  const { catalog, warnings } = await catalogForScan(new DirectorySource(dir), extra ? [extra].flat() : []);
  // quiet: a scan of the same folder has just printed them.
  if (!quiet) printWarnings(warnings);
  return catalog;
}
