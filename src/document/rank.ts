import type { AttributedFinding } from "../scan/run.js";
import { REPO_METADATA } from "../constants.js";
import { compareReleases } from "../versions/range.js";
import { withoutMajorPath } from "./names.js";
import { baseName, compareIgnoringCase } from "../kit.js";

/**
 * How directly a finding speaks for the release of the tool it reveals, lower first: by name, 0
 * when its package's whole name is the tool's (`vue` for Vue.js), 1 when it is named after it
 * (`@nestjs/typeorm`, `github.com/gin-gonic/gin`), 2 for the rest (vue-loader); for a tool whose
 * packages are only its clients (a data store's), 0 for an image of it and 1 for the rest. A
 * package entry's findings are all one package: 0.
 */
export type SpeaksFor = (finding: AttributedFinding) => number;

/**
 * Whether two findings declare the same package: by default the same ref; the document passes
 * the registry's comparison (PEP 503 for PyPI: setup.cfg's `Django` is pip-compile's `django`).
 */
export type SamePackage = (a: AttributedFinding, b: AttributedFinding) => boolean;

type Rank = (a: AttributedFinding, b: AttributedFinding, speaksFor: SpeaksFor, same: SamePackage) => number;

const has = (value: unknown): number => (value ? 1 : 0);

/**
 * Which of the findings of one entry shows it best, and so gives it its version, licence and
 * detection source: one list, best first; the first rank that tells two findings apart decides
 * (negative: `a` is better).
 */
export const RANKS: readonly Rank[] = [
  // 1. One with a version.
  (a, b) => has(b.version) - has(a.version),
  // 2. Of those, the one that speaks for the tool itself: Vue.js takes the version of `vue`, not of
  //    vue-loader declared beside it; a whole name beats a scoped wrapper named after it (TypeORM
  //    takes that of `typeorm`, not of `@nestjs/typeorm`); PostgreSQL that of a postgres image,
  //    not of its client psycopg2.
  (a, b, speaksFor) => (a.version ? speaksFor(a) - speaksFor(b) : 0),
  // 3. Of one package declared twice, the version a lockfile pinned beats the lowest a range allows.
  (a, b, _, same) => (same(a, b) ? has(b.versionFile) - has(a.versionFile) : 0),
  //    Else a declaration that pins one release (pip-compile's `django==4.2.11`, npm's `"18.2.0"`)
  //    beats one that bounds a range (requirements.in's `django>=4.0`). Of one image, the tag that
  //    names more of the release (compose's `mongo:7.0.11-jammy` over a CI service's `mongo:7.0`):
  //    a variant suffix (`-jammy`, `-alpine`) pins no less.
  //    Not between two package.json files declaring one npm package: ranks 3b and 7 leave those to the path (rank 8).
  (a, b, _, same) => (!same(a, b) || npmManifests(a, b) ? 0 : a.ref.startsWith("docker:") ? tagPrecision(b) - tagPrecision(a) : has(pinsRelease(b)) - has(pinsRelease(a))),
  // 4. The runtime a project pins for itself (go.mod's `go`, .nvmrc, .python-version,
  //    .ruby-version, a .tool-versions or mise pin) beats the tag of an image or a CI setup step,
  //    which may lag behind it.
  (a, b) => has(pinsRuntime(b)) - has(pinsRuntime(a)),
  // 5. Of one module declared by one file at two major paths (go.mod's `echo/v4` beside an old
  //    `echo`), the later release: the project is moving to it. Other packages of one tool keep
  //    the file's order (the site takes the first of a file's @storybook/* packages).
  (a, b) => (a.file === b.file && a.version && b.version && a.ref !== b.ref && withoutMajorPath(a.ref) === withoutMajorPath(b.ref) ? compareReleases(b.version, a.version) : 0),
  //    Of one file's two readings of the tool's release where one extends the other, the fuller: a
  //    web project's pinned Microsoft.AspNetCore.App 2.1.1 over its netcoreapp2.1 (both ASP.NET Core's).
  (a, b) => (a.file === b.file && a.version && b.version ? has(extendsRelease(b.version, a.version)) - has(extendsRelease(a.version, b.version)) : 0),
  // 6. A file of the repository beats its metadata.
  (a, b) => has(a.file === REPO_METADATA) - has(b.file === REPO_METADATA),
  // 7. The shallowest file. Not for one npm package that several package.json files of a monorepo
  //    declare: the site names the first of them by path, wherever the root's, or a pin, lies (the
  //    corpus's 14 repositories with several package.json files: 299 of 302 npm package entries
  //    declared twice or more name the first declaring file by path, the 3 others files the corpus
  //    lacks or a node_modules copy; the root package.json in only 25 of the 60 it declares too, as
  //    novu's @types/node from apps/api/package.json, not the root's pinned `16.11.7`). A lockfile's
  //    release still beats a range's floor (rank 3): a package.json no lockfile covers comes after.
  (a, b, _, same) => (same(a, b) && npmManifests(a, b) ? 0 : depth(a.file) - depth(b.file)),
  // 8. The first by path.
  (a, b) => compareIgnoringCase(a.file, b.file),
];

/** The best of `found` by RANKS; of findings no rank tells apart, the first. */
export function pickBest(found: readonly AttributedFinding[], speaksFor: SpeaksFor = () => 0, same: SamePackage = sameRef): AttributedFinding | undefined {
  let best = found[0];
  for (const f of found.slice(1)) if (better(f, best!, speaksFor, same)) best = f;
  return best;
}

function sameRef(a: AttributedFinding, b: AttributedFinding): boolean {
  return a.ref === b.ref;
}

function better(a: AttributedFinding, b: AttributedFinding, speaksFor: SpeaksFor, same: SamePackage): boolean {
  for (const rank of RANKS) {
    const order = rank(a, b, speaksFor, same);
    if (order !== 0) return order < 0;
  }
  return false;
}

/**
 * The finding an entry names as its `detection_source` when that is not the one giving its release:
 * of a Maven package that several pom.xml files declare, the first declaring pom by path, as with
 * npm's package.json files (rank 7), though a pom with no version of it (one left to a BOM the scan
 * does not read) names it there and the release, with its URL, comes from the pom that writes it
 * (corpus hantsy/spring6-sandbox, 45 poms of sibling builds: all 45 of its Maven package entries
 * that two or more poms declare name the first by path, io.projectreactor.netty:reactor-netty
 * async/pom.xml at r2dbc/pom.xml's 1.1.15 with r2dbc/pom.xml as its URL). Otherwise `best`.
 */
export function namedSource(found: readonly AttributedFinding[], best: AttributedFinding, same: SamePackage = sameRef): AttributedFinding {
  if (!isMavenPom(best)) return best;
  let first = best;
  for (const f of found) if (isMavenPom(f) && same(f, best) && compareIgnoringCase(f.file, first.file) < 0) first = f;
  return first;
}

/**
 * The finding a tool entry names as its `detection_source` when that is not the one giving its
 * release: Gradle's is the first by path of `gradlew` and the Groovy build scripts (`*.gradle`),
 * which the site reads, over gradle-wrapper.properties (the release, with the URL) and Kotlin-DSL
 * scripts, which it does not (corpus gywns0417 build.gradle and Wladoo gradlew, both beside a
 * wrapper; held-out Jodel-Android-Challenge app/build.gradle over build.gradle, Flutter apps'
 * android/app/build.gradle over android/build.gradle, iSpaceAndroid's app/build.gradle: 8 owners).
 * Otherwise `best`.
 */
export function namedToolSource(found: readonly AttributedFinding[], best: AttributedFinding): AttributedFinding {
  if (!found.some((f) => f.ref === "runtime:gradle")) return best;
  let first: AttributedFinding | undefined;
  // By path as bytes, capitals first: the expo fork of 2021 (held-out ashleanichols/expo) cites
  // android/ReactAndroid/build.gradle beside the android/app/build.gradle it reads for EventBus.
  for (const f of found) if (/(^|\/)gradlew$|\.gradle$/.test(f.file) && (!first || f.file < first.file)) first = f;
  return first ?? best;
}

function isMavenPom(f: AttributedFinding): boolean {
  return f.ref.startsWith("maven:") && baseName(f.file) === "pom.xml";
}

/** Two findings of an npm package from package.json files (a monorepo's workspace packages, or sibling projects). */
function npmManifests(a: AttributedFinding, b: AttributedFinding): boolean {
  return a.ref.startsWith("npm:") && b.ref.startsWith("npm:") && baseName(a.file) === "package.json" && baseName(b.file) === "package.json";
}

/** A finding whose declaration names its version as one release (`==4.2.11`, `=1.2.3`, `4.2.11`), not a range. */
function pinsRelease(f: AttributedFinding): boolean {
  if (!f.version || f.declared === undefined) return false;
  const m = /^\s*(?:(?:===?|=)\s*)?v?([\w.+-]+)\s*$/.exec(f.declared);
  return m?.[1] === f.version;
}

/** How many numeric parts an image's tag gives its release: `7.0.11-jammy` 3, `7.0` 2, `16` 1, `latest` 0. */
function tagPrecision(f: AttributedFinding): number {
  if (!f.version) return 0;
  const m = /^v?(\d+(?:\.\d+)*)/.exec(f.declared?.trim() ?? "");
  return m ? m[1]!.split(".").length : 0;
}

/** A runtime declared by the project's own files as one version, not as a range (`engines`, `requires-python`). */
function pinsRuntime(f: AttributedFinding): boolean {
  if (!/^(runtime|engine|version-manager):/.test(f.ref) || !f.version) return false;
  return f.declared === undefined || /^v?\d+(\.\d+)*$/.test(f.declared.trim());
}

/** Whether `release` is `shorter` with more parts after it (`2.1.1` extends `2.1`). */
function extendsRelease(release: string, shorter: string): boolean {
  return release.length > shorter.length && release.startsWith(shorter) && release[shorter.length] === ".";
}

function depth(file: string): number {
  let n = 0;
  for (let i = file.indexOf("/"); i >= 0; i = file.indexOf("/", i + 1)) n++;
  return n;
}
