import type { AttributedFinding } from "../scan/run.js";
import { REPO_METADATA } from "../constants.js";
import { NO_RANK_TRAITS, type RankTraits } from "../catalog/rank-traits.js";
import { compareCodeUnits, compareIgnoringCase } from "../kit.js";
import { numbered, RankColumns } from "./rank-columns.js";
import { rankWithinFiles } from "./rank-within-file.js";

/**
 * How directly a finding speaks for the release of the tool it reveals, lower first: by name, 0
 * when its package's whole name is the tool's (`vue` for Vue.js), 1 when it is named after it
 * (`@nestjs/typeorm`, `github.com/gin-gonic/gin`), 2 for the rest (vue-loader); for a tool whose
 * packages are only its clients (a data store's), 0 for an image of it and 1 for the rest. A
 * package entry's findings are all one package: 0.
 */
export type SpeaksFor = (finding: AttributedFinding) => number;

/**
 * The package a finding declares, as a key: two findings of one key declare the same package. By
 * default its ref; the document passes the registry's comparison (PEP 503 for PyPI: setup.cfg's
 * `Django` is pip-compile's `django`).
 */
export type PackageOf = (finding: AttributedFinding) => string;

/** What the ranks weigh beyond the findings themselves, each with its default. */
export interface RankBy {
  /** Rank 2's order by name: by default, none speaks for the tool more than another. */
  speaksFor?: SpeaksFor;
  /** Which findings declare one package: by default, those of one ref. */
  packageOf?: PackageOf;
  /** The catalog's traits of files and kinds (`Catalog.rankTraits`): by default, none has one. */
  traits?: RankTraits;
}

const has = (value: unknown): number => (value ? 1 : 0);

/**
 * Which of the findings of one entry shows it best, and so gives it its version, licence and
 * detection source: the ranks the functions below add, in turn, best first; the first rank that tells two findings apart
 * decides. Each rank is a key of one finding among `found` (lower is better), so the order is
 * total and does not hang on the order the findings come in. The ranks that weigh findings of one
 * package (3, and 7's exception; `packageOf` tells the package) or of one file's module (5) give each
 * finding its distance from the best of those it ties with so far: the best of each stand level.
 * Compared pair by pair they made cycles (A beat B on a lockfile, B beat C on depth, C beat A on
 * depth), whose winner was whichever the list began with.
 */
function rankKeys(found: readonly AttributedFinding[], by: RankBy, narrow = false): { keys: Float64Array[]; live: number[] } {
  const { speaksFor = () => 0, packageOf = refOf, traits = NO_RANK_TRAITS } = by;
  const ranks = new RankColumns(found, narrow);
  // Classes are keyed by numbers, not by text: a package, a file and a module each numbered once,
  // so an entry of 40,000 findings builds no key strings and its sets hash no text per rank.
  const packages = numbered(found, packageOf);
  const entry: RankedEntry = { found, traits, manifest: found.map((f) => traits.peerManifest(f)), inPackage: (i) => packages[i]! };
  rankByVersion(ranks, speaksFor);
  rankByDeclaration(ranks, entry);
  rankByProjectPin(ranks, traits);
  rankWithinFiles(ranks, found, traits, narrow);
  rankByPlace(ranks, entry);
  return { keys: ranks.keys, live: ranks.live };
}

/** What the ranks that weigh one package's findings against each other read of an entry. */
interface RankedEntry {
  found: readonly AttributedFinding[];
  traits: RankTraits;
  /** Whether each finding is of a peer manifest (a registry's `peer_manifests`), by its index. */
  manifest: boolean[];
  /** The number of the package a finding declares, by its index. */
  inPackage: (i: number) => number;
}

/** Ranks 1 and 2: one with a version; of those, the one that speaks for the tool itself. */
function rankByVersion(ranks: RankColumns, speaksFor: SpeaksFor): void {
  // 1. One with a version.
  ranks.each((f) => -has(f.version));
  // 2. Of those, the one that speaks for the tool itself: Vue.js takes the version of `vue`, not of
  //    vue-loader declared beside it; a whole name beats a scoped wrapper named after it (TypeORM
  //    takes that of `typeorm`, not of `@nestjs/typeorm`); PostgreSQL that of a postgres image,
  //    not of its client psycopg2.
  ranks.each((f) => (f.version ? speaksFor(f) : 0));
}

/** Ranks 3 and 3b: of one package declared twice, the declaration that names its release best. */
function rankByDeclaration(ranks: RankColumns, entry: RankedEntry): void {
  const { found, inPackage } = entry;
  // 3. Of one package declared twice, the version a lockfile pinned beats the lowest a range allows.
  //    A release its family lends (`lent`) is cited in another file too, but pins nothing.
  const pinned = (i: number) => Boolean(found[i]!.versionFile) && !found[i]!.lent;
  ranks.tied(inPackage, (members) => {
    const locked = members.some(pinned);
    return (i) => (locked && !pinned(i) ? 1 : 0);
  });
  //    Else a declaration that pins one release (pip-compile's `django==4.2.11`, npm's `"18.2.0"`)
  //    beats one that bounds a range (requirements.in's `django>=4.0`). Of one image (a kind
  //    kinds.yml marks `tag-release`), the tag that names more of the release (compose's `mongo:7.0.11-jammy` over a CI service's `mongo:7.0`):
  //    a variant suffix (`-jammy`, `-alpine`) pins no less.
  //    Not between two peer manifests declaring one package (a registry's `peer_manifests`, npm's
  //    package.json): ranks 3b and 7 leave those to the path (rank 8), so they all stand as the best
  //    of them does.
  ranks.tied(inPackage, (members) => pinnedFirst(entry, members));
}

/** Rank 3b's key of each of `members` (one package's findings): how much less of the release it pins than the best. */
function pinnedFirst({ found, traits, manifest }: RankedEntry, members: readonly number[]): (i: number) => number {
  // Each member's pin by its index (a package declared 40,000 times: no map of pairs).
  const pins = new Float64Array(found.length);
  let most = members.length ? -Infinity : 0;
  let mostOfManifests = -Infinity;
  for (const i of members) {
    const pin = (pins[i] = traits.tagRelease(found[i]!) ? tagPrecision(found[i]!) : has(pinsRelease(found[i]!)));
    if (pin > most) most = pin;
    if (manifest[i] && pin > mostOfManifests) mostOfManifests = pin;
  }
  if (mostOfManifests === -Infinity) mostOfManifests = 0;
  return (i) => most - (manifest[i] ? mostOfManifests : pins[i]!);
}

/**
 * Rank 4: the runtime a project pins for itself (a kind kinds.yml marks `project-pin`: go.mod's `go`,
 * .nvmrc, .python-version, .ruby-version, a .tool-versions or mise pin) beats the tag of an image or
 * a CI setup step, which may lag behind it.
 */
function rankByProjectPin(ranks: RankColumns, traits: RankTraits): void {
  ranks.each((f) => -has(traits.projectPin(f) && pinsRuntime(f)));
}

/** Ranks 6, 7 and 7b: where the file lies (the repository's own, the shallowest, the default name). */
function rankByPlace(ranks: RankColumns, entry: RankedEntry): void {
  const { found, traits, inPackage } = entry;
  // 6. A file of the repository beats its metadata.
  ranks.each((f) => has(f.file === REPO_METADATA));
  // 7. The shallowest file. Not for one package that several peer manifests declare (a registry's
  //    `peer_manifests`, npm's package.json files of a monorepo): the site names the first of them
  //    by path, wherever the root's, or a pin, lies (the evidence is in catalog/registries.yml), so
  //    they all stand at the shallowest one's depth. A lockfile's release still beats a range's
  //    floor (rank 3): a manifest no lockfile covers comes after.
  ranks.tied(
    inPackage,
    (members) => shallowestFirst(entry, members),
    (i) => depth(found[i]!.file),
  );
  // 7b. Of files at one depth, one under the name its tool reads by default beats a variant
  //     (catalog/kinds.yml's `variant-files`: `-f docker-compose.dev.yml` over docker-compose.yml;
  //     or a finding its detector marks `variant`, a compose file known by its content, `-f dev.yml`)
  //     read only when asked for, which may sort first by path (the evidence is in kinds.yml).
  ranks.each((f) => has(f.variant || traits.variantFile(f.file)));
}

/** Rank 7's key of each of `members` (one package's findings): its file's depth, the peer manifests' all the shallowest of theirs. */
function shallowestFirst({ found, manifest }: RankedEntry, members: readonly number[]): (i: number) => number {
  // Each member's depth worked out once; the shallowest of the peer manifests among them.
  const depths = new Float64Array(found.length);
  let shallowest = Infinity;
  for (const i of members) {
    depths[i] = depth(found[i]!.file);
    if (manifest[i] && depths[i]! < shallowest) shallowest = depths[i]!;
  }
  return (i) => (manifest[i] ? shallowest : depths[i]!);
}

/**
 * The order the ranks put `found` in, as a comparator of indices into it: the keys in turn, then
 * (8.) the first by path, then the first in the list. Total: it sorts `found` the same whichever
 * order its findings come in, but for findings no rank tells apart.
 */
export function rankOrder(found: readonly AttributedFinding[], by: RankBy = {}): (i: number, j: number) => number {
  const { keys } = rankKeys(found, by);
  return (i, j) => {
    for (const column of keys) if (column[i] !== column[j]) return column[i]! - column[j]!;
    return compareIgnoringCase(found[i]!.file, found[j]!.file) || i - j;
  };
}

/** The best of `found` by the ranks; of findings no rank tells apart, the first. */
export function pickBest(found: readonly AttributedFinding[], by: RankBy = {}): AttributedFinding | undefined {
  if (found.length < 2) return found[0];
  // Only the best is asked for: each rank keeps the findings best on it (the whole order's first).
  const { live } = rankKeys(found, by, true);
  let best = live[0]!;
  let bestLower = found[best]!.file.toLowerCase();
  for (const i of live) {
    // compareIgnoringCase, the best's file lowered once.
    const file = found[i]!.file;
    const lower = file.toLowerCase();
    if (lower < bestLower || (lower === bestLower && compareCodeUnits(file, found[best]!.file) < 0)) {
      best = i;
      bestLower = lower;
    }
  }
  return found[best];
}

/** A finding's package key by default: its ref. */
export function refOf(f: AttributedFinding): string {
  return f.ref;
}

/**
 * A finding whose declaration names its version as one release (`==4.2.11`, `=1.2.3`, `4.2.11`), not a range;
 * a suffix the version leaves off a release of three parts names one all the same when it is Go's
 * pseudo-version (`v0.0.0-20191002035440-2ec189313ef0`, whose version is 0.0.0) or build metadata
 * (`+incompatible`). A pre-release label (`2.22.0-beta3`, `1.0.0-rc.1`) does not: it names no release of
 * the version it is written as, and the site gives a release's file over it (held-out h65-c).
 */
function pinsRelease(f: AttributedFinding): boolean {
  if (!f.version || f.declared === undefined) return false;
  const named = /^\s*(?:(?:===?|=)\s*)?v?([\w.+-]+)\s*$/.exec(f.declared)?.[1];
  if (named === undefined) return false;
  if (named === f.version) return true;
  if (!/^\d+\.\d+\.\d+$/.test(f.version) || !named.startsWith(f.version)) return false;
  return PINNING_SUFFIX.test(named.slice(f.version.length));
}

/** What may follow a release of three parts and still pin it: a Go pseudo-version's timestamp and commit, then any build metadata. */
const PINNING_SUFFIX = /^(?:-(?:(?:[0-9A-Za-z-]+\.)*0\.)?\d{14}-[0-9a-f]{12})?(?:\+[0-9A-Za-z.-]+)?$/;

/** How many numeric parts an image's tag gives its release: `7.0.11-jammy` 3, `7.0` 2, `16` 1, `latest` 0. */
function tagPrecision(f: AttributedFinding): number {
  if (!f.version) return 0;
  const m = /^v?(\d+(?:\.\d+)*)/.exec(f.declared?.trim() ?? "");
  return m ? m[1]!.split(".").length : 0;
}

/** A runtime declared as one version, not as a range (`engines`, `requires-python`): of a `project-pin` kind, the project's own pin. */
function pinsRuntime(f: AttributedFinding): boolean {
  if (!f.version) return false;
  return f.declared === undefined || /^v?\d+(\.\d+)*$/.test(f.declared.trim());
}

function depth(file: string): number {
  let n = 0;
  for (let i = file.indexOf("/"); i >= 0; i = file.indexOf("/", i + 1)) n++;
  return n;
}
