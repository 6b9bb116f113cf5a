import type { AttributedFinding } from "../scan/run.js";
import type { RankTraits } from "../catalog/rank-traits.js";
import { compareReleases } from "../versions/range.js";
import { compareCodeUnits, groupedBy } from "../kit.js";
import { numbered, type RankColumns } from "./rank-columns.js";

/**
 * Ranks 5 and 5b (src/document/rank.ts), which weigh findings of one file against each other:
 * narrowed to the best, where no two standing findings with a version share a file, they leave all
 * standing. Found without numbering the files (a monorepo's 40,000 package.json files) where those
 * come in order of path, as the scan sorts them; in any other order each class is counted as before.
 */
export function rankWithinFiles(ranks: RankColumns, found: readonly AttributedFinding[], traits: RankTraits, narrow: boolean): void {
  if (narrow && increasingFiles(found, ranks.live)) return;
  // Numbered when ranks 5 first need them (most entries are settled before).
  let files: Int32Array | undefined;
  let fileModules: Int32Array | undefined;
  const fileOf = (i: number) => (files ??= numbered(found, (f) => f.file))[i]!;
  // A path holds no NUL: it parts the file from the module.
  const fileModuleOf = (i: number) => (fileModules ??= numbered(found, (f) => `${f.file}\0${traits.majorless(f.ref)}`))[i]!;
  // A finding without a version is a class of its own: a negative number no file's class takes.
  const ownClass = (i: number) => -1 - i;
  // 5. Of one module declared by one file at two major paths (a registry's `major_suffix`: go.mod's
  //    `echo/v4` beside an old `echo`), the later release: the project is moving to it. Other
  //    packages of one tool keep the file's order (the site takes the first of a file's @storybook/* packages).
  ranks.tied(
    (i) => (found[i]!.version ? fileModuleOf(i) : ownClass(i)),
    (members) => laterMajorFirst(found, members),
  );
  //    Of one file's readings of the tool's release where one extends another, the fuller: a web
  //    project's pinned Microsoft.AspNetCore.App 2.1.1 over its netcoreapp2.1 (both ASP.NET Core's);
  //    each counts the readings of its file that extend it.
  ranks.tied(
    (i) => (found[i]!.version ? fileOf(i) : ownClass(i)),
    (members) => fullerFirst(found, members),
  );
}

/** Rank 5's key of each of `members` (one file's module): how many of another major path are at a later release. */
function laterMajorFirst(found: readonly AttributedFinding[], members: number[]): (i: number) => number {
  if (members.length === 1) return () => 0;
  // All later ones, less those of its own.
  const later = laterCounts(found, members, new Map());
  for (const ofRef of groupedBy(members, (i) => found[i]!.ref).values()) laterCounts(found, ofRef, later, -1);
  return (i) => later.get(i)!;
}

/** Rank 5b's key of each of `members` (one file's findings with a version): how many of their releases extend its own. */
function fullerFirst(found: readonly AttributedFinding[], members: number[]): (i: number) => number {
  if (members.length === 1) return () => 0;
  // Sorted as text, the releases extending `r` lie together from `r.` up to `r/` ("/" follows ".").
  const releases = [...new Set(members.map((i) => found[i]!.version!))].sort(compareCodeUnits);
  const fuller = new Map(releases.map((r) => [r, firstNotBefore(releases, `${r}/`) - firstNotBefore(releases, `${r}.`)]));
  return (i) => fuller.get(found[i]!.version!)!;
}

/** Whether the files of the findings `at` with a version, in that order, each sort after the one before (so no two are one file). */
function increasingFiles(found: readonly AttributedFinding[], at: readonly number[]): boolean {
  let last: string | undefined;
  for (const i of at) {
    const f = found[i]!;
    if (!f.version) continue;
    if (last !== undefined && !(last < f.file)) return false;
    last = f.file;
  }
  return true;
}

/** Adds to `counts` (times `sign`), for each of `members` (findings with a version), how many of them are at a later release. */
function laterCounts(found: readonly AttributedFinding[], members: readonly number[], counts: Map<number, number>, sign = 1): Map<number, number> {
  // Each version once: a file that repeats one does not sort it again and again.
  const byVersion = groupedBy(members, (i) => found[i]!.version!);
  const latestFirst = [...byVersion.keys()].sort((a, b) => compareReleases(b, a));
  let seen = 0;
  let ahead = 0;
  latestFirst.forEach((version, k) => {
    if (k > 0 && compareReleases(latestFirst[k - 1]!, version) !== 0) ahead = seen;
    for (const i of byVersion.get(version)!) counts.set(i, (counts.get(i) ?? 0) + sign * ahead);
    seen += byVersion.get(version)!.length;
  });
  return counts;
}

/** The index of the first of the sorted `values` not before `value`. */
function firstNotBefore(values: readonly string[], value: string): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
