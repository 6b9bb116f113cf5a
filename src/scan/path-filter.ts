import picomatch from "picomatch";
import { trimTrailing } from "../kit.js";

/** The paths a scan keeps under `include` and `exclude` globs; undefined when neither is given. */
export function pathFilter(include: string[] | undefined, exclude: string[] | undefined): ((path: string) => boolean) | undefined {
  if (!include?.length && !exclude?.length) return undefined;
  const included = include?.length ? globMatcher(include) : () => true;
  const excluded = excludedBy(exclude) ?? (() => false);
  return (path) => included(path) && !excluded(path);
}

/** Whether an `exclude` glob covers a path; undefined when there are none. */
export function excludedBy(exclude: string[] | undefined): ((path: string) => boolean) | undefined {
  return exclude?.length ? globMatcher(exclude) : undefined;
}

/**
 * Globs over paths from the root; as in a .gitignore, one that matches a folder (`legacy`,
 * `legacy/`, `/legacy`, `**\/legacy`) covers every path inside it, and one led by `!` takes back
 * what an earlier one matched: the last glob matching a path, or a folder holding it, decides.
 * (Unlike git, a file is taken back from a folder an earlier glob covers: `examples/**` then
 * `!examples/demo/**` keeps examples/demo.)
 */
function globMatcher(globs: string[]): (path: string) => boolean {
  const cleaned = globs
    .map((g) => ({ negated: g.startsWith("!"), glob: trimTrailing(g.replace(/^!/, "").replace(/^\.?\/+/, ""), "/") }))
    .filter((g) => g.glob);
  if (!cleaned.some((g) => g.negated)) return coveredBy(picomatch(cleaned.map((g) => g.glob), { dot: true }));
  const tests = cleaned.map((g) => ({ negated: g.negated, covers: coveredBy(picomatch(g.glob, { dot: true })) })).reverse();
  return (path) => tests.find((t) => t.covers(path))?.negated === false;
}

/** Whether a matcher matches a path or a folder holding it. */
function coveredBy(matches: (path: string) => boolean): (path: string) => boolean {
  return (path) => {
    if (matches(path)) return true;
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) if (matches(path.slice(0, slash))) return true;
    return false;
  };
}
