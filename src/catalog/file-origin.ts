import type { CatalogSource } from "./types.js";

/** Where catalog data came from: the file parseCatalogFile read it from, and why a file stood in for was not used. */
export interface CatalogOrigin {
  file: string;
  /** Set where the data stands in, empty, for a file that could not be used: the reason. */
  unusable?: string;
}

const ORIGINS = new WeakMap<CatalogSource, CatalogOrigin>();

/** The file `source` was read from, where parseCatalogFile was given its name. */
export function catalogOrigin(source: CatalogSource): CatalogOrigin | undefined {
  return ORIGINS.get(source);
}

/** Marks `source` as read from `file`. */
export function noteCatalogOrigin(source: CatalogSource, origin: CatalogOrigin): CatalogSource {
  ORIGINS.set(source, origin);
  return source;
}

/**
 * Empty catalog data standing in for a catalog file that could not be used (a configuration's
 * `catalog:` file that is not YAML, or holds what the catalog cannot use): the scan says why, naming
 * the file, and goes on with the rest, as it does for a broken techstack.catalog.yml.
 */
export function unusableCatalogFile(file: string, reason: string): CatalogSource {
  return noteCatalogOrigin({ tools: [], matchers: {} }, { file, unusable: reason });
}
