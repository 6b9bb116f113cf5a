import type { CatalogSource } from "./types.js";
import { firstLineOf } from "../kit/text.js";

/** Where catalog data came from: the file parseCatalogFile read it from, and why a file stood in for was not used. */
export interface CatalogOrigin {
  file: string;
  /** The file's text, where the lines of what it holds amiss are found. */
  text?: string;
  /** Set where the data stands in, empty, for a file that could not be used: the reason. */
  unusable?: string;
  /** The line (from 1) of what made it unusable, where that is known. */
  line?: number;
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
 * `catalog:` file or techstack.catalog.yml that is not YAML, or holds what the catalog cannot use):
 * the scan says why, as parseCatalogFile's `error` says it, naming the file and the line, and goes
 * on with the rest.
 */
export function unusableCatalogFile(file: string, error: unknown): CatalogSource {
  const line = (error as { line?: unknown } | null | undefined)?.line;
  // parseCatalogFile's message opens with the name it was given (and the line), said once by the warning.
  const first = firstLineOf(error);
  const opening = [`${file}:${String(line)}: `, `${file}: `].find((o) => first.startsWith(o));
  const reason = opening ? first.slice(opening.length) : first;
  return noteCatalogOrigin({ tools: [], matchers: {} }, { file, unusable: reason, ...(typeof line === "number" ? { line } : {}) });
}
