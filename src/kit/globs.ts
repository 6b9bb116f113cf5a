/**
 * Globs the scanned repository writes (workspace members, include lists), matched without
 * backtracking; and anyGlob, for lists of the scan's own `file` matcher globs.
 */
import picomatch from "picomatch";
import { PatternIndex } from "../scan/select.js";

/**
 * A matcher of paths for a glob the scanned repository writes (`packages/*`, `k8s/**.yaml`,
 * `ap?.yml`), by globMatches: `*`, `?` and `**` (within a name, a `**` is a `*`). Undefined for a
 * glob of other syntax (a class, braces, an extglob, an escape), which the caller reads its own way
 * or leaves out.
 */
export function repositoryGlob(glob: string): ((path: string) => boolean) | undefined {
  if (/[[\]{}()!+@\\]/.test(glob)) return undefined;
  return globSegmentsMatcher(glob.split("/").map((seg) => (seg === "**" ? seg : seg.replace(/\*{2,}/g, "*"))));
}

/**
 * A matcher of paths for glob segments (globMatches' syntax): only a path that opens with the
 * segments' text before their first wildcard (`ci/jobs-` of `ci/jobs-*.yml`) is split and matched, so
 * each of a tree's other paths costs one comparison.
 */
export function globSegmentsMatcher(segments: readonly string[]): (path: string) => boolean {
  const wild = segments.findIndex((seg) => /[*?]/.test(seg));
  const prefix = wild < 0 ? segments.join("/") : [...segments.slice(0, wild), segments[wild]!.slice(0, segments[wild]!.search(/[*?]/))].join("/");
  return (path) => path.startsWith(prefix) && globMatches(segments, path.split("/"));
}

/**
 * The most stars a repository's glob read by picomatch (one with a class or braces) may hold: its
 * regular expression backtracks. Include globs matched against every path of the tree (aqua's
 * imports, GitLab's local includes) are held to it too.
 */
export const MAX_PICOMATCH_STARS = 4;

/** How many runs of stars a glob holds (`k8s/**.yaml` one, `*-*.yml` two). */
export function starRuns(glob: string): number {
  return glob.match(/\*+/g)?.length ?? 0;
}

/**
 * A glob of other syntax than repositoryGlob reads (a class, braces, an extglob) by picomatch, if it
 * holds at most MAX_PICOMATCH_STARS stars; undefined for one with more, which the caller leaves out.
 */
export function boundedPicomatch(glob: string, options: { basename?: boolean } = {}): ((path: string) => boolean) | undefined {
  if (starRuns(glob) > MAX_PICOMATCH_STARS) return undefined;
  return picomatch(glob, { dot: true, ...options });
}

/**
 * Whether a folder is a workspace's member: one of its `members` globs takes it and none of its
 * `exclude` globs does (Cargo's and uv's lists; npm's and pnpm's `!` globs). Each glob by
 * repositoryGlob, never picomatch's backtracking expression (`packages/*a*a*a*a*a*a*a*a*b` against
 * one folder of 60 characters took 72 s); one with a class or braces by boundedPicomatch.
 */
export function workspaceMembership(members: readonly string[], exclude: readonly string[] = []): (folder: string) => boolean {
  const anyOf = (globs: readonly string[]) => {
    const tests = globs.map((glob) => repositoryGlob(glob) ?? boundedPicomatch(glob) ?? (() => false));
    return (folder: string) => tests.some((test) => test(folder));
  };
  const [isMember, isExcluded] = [anyOf(members), anyOf(exclude)];
  return (folder) => isMember(folder) && !isExcluded(folder);
}

/**
 * Whether path segments match glob segments written by the scanned repository (`**` any number of
 * folders, `*` any part of one name, `?` one character of it), by the folders each prefix of the
 * pattern can reach: nothing is retried over a path. Not picomatch, which the scan's own globs use:
 * its regular expressions backtrack (one glob `ci/*a*a*a*b.yml` against 100 names of 240
 * characters took 7 s there; 20 such globs against 2,000 names take 0.4 s here).
 */
function globMatches(pattern: readonly string[], path: readonly string[]): boolean {
  let reach = path.map(() => false).concat(false);
  reach[0] = true;
  for (const seg of pattern) {
    const next = reach.map(() => false);
    if (seg === "**") {
      let any = false;
      for (let j = 0; j <= path.length; j++) next[j] = any ||= reach[j]!;
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && nameMatches(seg, path[j]!)) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[path.length]!;
}

/** A name against a pattern whose `*` stands for any run of characters and `?` for one: the last star is retried, never an earlier one. */
function nameMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = n;
    } else if (p < pattern.length && (pattern[p] === name[n] || pattern[p] === "?")) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}

/**
 * Whether a path matches one of `globs` (as `file` matchers write them), by one index made here:
 * a caller keeps the answer for as long as its globs stand (kinds' variant files, a tool's
 * `cited_files`, the ci detector's CI_FILES). No globs: nothing matches.
 */
export function anyGlob(globs: readonly string[]): (path: string) => boolean {
  if (!globs.length) return () => false;
  const index = new PatternIndex();
  for (const glob of globs) index.add(glob, 0);
  return (path) => index.match(path).length > 0;
}
