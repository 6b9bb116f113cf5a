import type { Catalog } from "./catalog.js";
import type { PatternIndex } from "../scan/select.js";

/** The matcher kind whose keys are globs over paths, matched case for case. */
export const FILE_KIND = "file";

/**
 * The matcher kind whose keys are globs over paths matched whatever the case: key and path compared
 * in lower case, for the files a tool finds on a file system that ignores case (Chocolatey's
 * chocolateyInstall.ps1, however a package spells it).
 */
export const ANY_CASE_FILE_KIND = "file-any-case";

/** The kinds whose keys are globs over paths, which the engine applies to every listed path itself. */
export const FILE_GLOB_KINDS: readonly string[] = [FILE_KIND, ANY_CASE_FILE_KIND];

/** One file matcher: its glob (lower-cased where it ignores case), the tools it names by default, and whether it is marked `cites`. */
export interface FileMatcher {
  glob: string;
  ids: readonly string[];
  cites: boolean;
  anyCase: boolean;
}

/** The catalog's file matchers of both kinds, `file`'s first, each kind's keys in the catalog's order. */
export function fileMatchersOf(catalog: Catalog): FileMatcher[] {
  const out: FileMatcher[] = [];
  for (const kind of FILE_GLOB_KINDS) {
    const anyCase = kind === ANY_CASE_FILE_KIND;
    for (const [glob, ids] of catalog.entries(kind)) out.push({ glob: anyCase ? glob.toLowerCase() : glob, ids, cites: catalog.cites(kind, glob), anyCase });
  }
  return out;
}

/**
 * Adds each matcher's glob to the index its case rule goes to, numbered from `base` in the list's
 * order: `exact` is matched against a path as written, `anyCase` against it in lower case. Whether
 * any went to `anyCase` (a scan lower-cases no path where none did).
 */
export function indexFileMatchers(matchers: readonly FileMatcher[], exact: PatternIndex, anyCase: PatternIndex, base = 0): boolean {
  let blind = false;
  matchers.forEach((m, i) => {
    if (m.anyCase) blind = true;
    (m.anyCase ? anyCase : exact).add(m.glob, base + i);
  });
  return blind;
}
