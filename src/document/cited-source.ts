import type { AttributedFinding } from "../scan/run.js";
import { REPO_METADATA } from "../constants.js";
import { NO_RANK_TRAITS } from "../catalog/rank-traits.js";
import { anyGlob, compareIgnoringCase } from "../kit.js";
import { refOf, type RankBy } from "./rank.js";

/**
 * The finding a package entry names as its `detection_source` when that is not the one giving its
 * release: where `best` is from one of its registry's `cited_manifests` (Maven's pom.xml), the first
 * such file by path, ignoring case, declaring its package, though that file writes no version of it
 * (the release, with its URL, stays `best`'s; the evidence is in catalog/registries.yml).
 * Otherwise `best`.
 */
export function namedSource(found: readonly AttributedFinding[], best: AttributedFinding, by: Pick<RankBy, "packageOf" | "traits"> = {}): AttributedFinding {
  const { packageOf = refOf, traits = NO_RANK_TRAITS } = by;
  if (!traits.citedManifest(best)) return best;
  let first = best;
  for (const f of found) if (traits.citedManifest(f) && packageOf(f) === packageOf(best) && compareIgnoringCase(f.file, first.file) < 0) first = f;
  return first;
}

/**
 * The finding a tool entry names as its `detection_source` when that is not the one giving its
 * release: where the catalog gives the tool `cited_files`, the first of its findings by path whose
 * file one of those globs matches (the last, where its `cited_order` is `last`: npm's package.json),
 * else `best`. Paths compare as bytes, capitals first (Gradle's and npm's evidence: catalog/overrides.yml).
 * A tool without `cited_files` that the repository's metadata shows (a language the bar counts) is
 * cited as that metadata, though a file names it too: the site cites every language its bar counts
 * so (Scala beside build.sbt, CMake beside CMakeLists.txt, Handlebars.js beside the handlebars
 * package; corpus and held-out evidence in catalog/overrides.yml, above `php`). The file's release
 * and URL stay.
 */
export function namedToolSource(found: readonly AttributedFinding[], best: AttributedFinding, citedFiles: readonly string[] | undefined, order: "first" | "last" = "first"): AttributedFinding {
  return namedAmongCiting(citingFindings(found, citedFiles), best, citedFiles, order);
}

/** `namedToolSource` for a caller that holds the tool's `citingFindings` already (it asks them once). */
export function namedAmongCiting(citing: readonly AttributedFinding[], best: AttributedFinding, citedFiles: readonly string[] | undefined, order: "first" | "last" = "first"): AttributedFinding {
  if (!citing.length) return best;
  if (!citedFiles?.length) return citing[0]!;
  const last = order === "last";
  let pick = citing[0]!;
  for (const f of citing) if (last ? f.file > pick.file : f.file < pick.file) pick = f;
  return pick;
}

/**
 * The findings of a tool that the site cites it from, as `namedToolSource` picks among them: where
 * the catalog gives the tool `cited_files`, those whose file one of its globs matches; for a tool
 * without, the repository's metadata where it shows the tool. Empty where none is (any finding
 * may then be the source). A committed detection_source outside them is no longer one to keep.
 */
export function citingFindings(found: readonly AttributedFinding[], citedFiles: readonly string[] | undefined): AttributedFinding[] {
  if (!citedFiles?.length) return found.filter((f) => f.file === REPO_METADATA);
  let cited = citedMatchers.get(citedFiles);
  if (!cited) citedMatchers.set(citedFiles, (cited = anyGlob(citedFiles)));
  return found.filter((f) => cited(f.file));
}

/** Each tool's `cited_files` matched by one index, made once per list (the catalog's tools keep theirs). */
const citedMatchers = new WeakMap<readonly string[], (path: string) => boolean>();
