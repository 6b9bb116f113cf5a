import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, dirOf, isRecord, lineCounter, lineOf, nearestFolder } from "../../src/kit.js";
import { readBazelMaven, readMavenLock } from "./bazel-maven.js";
import { readBuildLinkopts, readLanguageToolchains, readModuleBazel, readPythonToolchain, readWorkspace } from "./bazel.js";
import { readConfigureAc } from "./autoconf.js";
import { cmakeTargets, readCmake } from "./cmake.js";
import { conanRelease, readConanfilePy, readConanfileTxt, readConanLock } from "./conan.js";
import { readMakefile } from "./makefile.js";
import { readMeson } from "./meson.js";
import { readQmake } from "./qmake.js";
import { readLibraryDepends, readLibraryJson, readPlatformioFrameworks, readPlatformioLibraries, readPlatformioPlatforms, readPlatformioTestFrameworks, readSketchProject } from "./platformio.js";
import { readVcpkgManifest } from "./vcpkg.js";
import { readXmakeRequires } from "./xmake.js";
import { CPP_FILES } from "../files.js";

/**
 * Folders whose build files are someone else's: vendored sources (git submodules under
 * `third_party/` or `external/`, Meson's `subprojects/`), FetchContent's download folder, the ESP-IDF
 * component manager's (`managed_components/`), CLion's build folders.
 */
const VENDORED = /(^|\/)(third[-_]?party|3rd[-_]?party|external|extern|deps|_deps|submodules|subprojects|managed_components|cmake-build-[^/]*)\//i;

/**
 * CMake modules that describe a package rather than use one: find modules, package config files
 * and CPM's own bootstrap script.
 */
const NOT_A_PROJECT_SCRIPT = /^(Find[^/]*|[^/]*[Cc]onfig(Version)?|[^/]*-config(-version)?|CPM|get_cpm)\.cmake$/;

/**
 * C and C++ projects: the ports of a vcpkg manifest (`vcpkg:`), the references of a Conan
 * conanfile.txt or conanfile.py (`conan:`, at the release conan.lock beside it or above locks),
 * what CMake scripts ask for (`cmake:` package names lower-cased, `pkgconfig:` modules), what a
 * meson.build's `dependency()` calls name (`pkgconfig:`, Meson's own names among them), the
 * modules a MODULE.bazel's `bazel_dep` calls name (`bazel:`, at the version each pins) and the
 * repositories a WORKSPACE's `http_archive` and `git_repository` calls fetch (`bazel-repo:`), the
 * frameworks a platformio.ini builds on (`platformio-framework:arduino`) and the platforms it builds for
 * (`platformio-platform:espressif32`) and the libraries it, an Arduino CLI sketch.yaml or an Arduino
 * library's library.properties depends on (`arduino-library:pubsubclient`), the packages and rules of
 * an xmake.lua (`xmake:`, or `vcpkg:`/`conan:` for a `vcpkg::`/`conan::` package; `xmake-rule:`),
 * the pkg-config modules and `-l` libraries a Makefile names (`pkgconfig:`, `ldlib:`) and a qmake project file (`format:qmake-project`: a *.pro that sets qmake's own variables, not
 * ProGuard's rules). The
 * site has no package pages for these registries, so they only reveal tools (Boost, Qt, OpenCV,
 * gRPC, GoogleTest, database clients); nothing becomes a package entry. Build files under vendored
 * folders are left out, and so are those inside a git submodule `.gitmodules` lists (another
 * project checked out in place, wherever its folder is).
 */
export const cppDetector: Detector = {
  name: "cpp",
  files: CPP_FILES,
  async detect(ctx) {
    const submodules: string[] = [];
    for (const file of ctx.files.filter((f) => baseName(f) === ".gitmodules")) {
      const folder = dirOf(file);
      // The value to the line's end, trimmed after: a lazy `(.+?)[ \t]*$` tried the blanks' run
      // from each of its characters, a time growing with the run's square.
      for (const m of ((await ctx.text(file)) ?? "").matchAll(/^[ \t]*path[ \t]*=([^\n]*)$/gm)) {
        const path = m[1]!.trim().replace(/^"|"$/g, "").replace(/^\.\/|\/+$/g, "");
        if (path) submodules.push(`${folder ? `${folder}/` : ""}${path}/`);
      }
    }
    const files = ctx.files.filter((f) => !VENDORED.test(f) && !submodules.some((s) => f.startsWith(s)));
    const locks = new Map<string, { path: string; releases: Map<string, string> }>();
    for (const file of files.filter((f) => baseName(f) === "conan.lock")) {
      locks.set(dirOf(file), { path: file, releases: readConanLock(await ctx.json(file)) });
    }
    // The packages vcpkg.json and conanfiles give a release, by folder: CMake scripts read after them.
    const managed: Managed = new Map();
    const cmakeFiles: string[] = [];
    for (const file of files) {
      const name = baseName(file);
      if (name === "vcpkg.json") await vcpkg(ctx, file, managed);
      else if (name === "conanfile.txt" || name === "conanfile.py") await conan(ctx, file, locks, managed);
      else if (name === "meson.build") await meson(ctx, file);
      else if (name === "MODULE.bazel") await bazel(ctx, file);
      else if (name === "WORKSPACE" || name === "WORKSPACE.bazel" || name.endsWith(".bzl")) await workspace(ctx, file);
      else if (name === "BUILD" || name === "BUILD.bazel") await buildFile(ctx, file);
      else if (name === "platformio.ini") await platformio(ctx, file);
      else if (name === "sketch.yaml" || name === "library.properties") await arduinoLibraries(ctx, file);
      else if (name === "library.json") await platformioLibrary(ctx, file);
      else if (name === "sdkconfig" || name.startsWith("sdkconfig.defaults")) await sdkconfig(ctx, file);
      else if (name === "idf_component.yml") await idfComponents(ctx, file);
      else if (name.endsWith(".pro") || name.endsWith(".pri")) await qmake(ctx, file);
      else if (name === "xmake.lua") await xmake(ctx, file);
      else if (name === "Makefile" || name === "makefile" || name === "GNUmakefile" || name === "Makefile.am") await makefile(ctx, file);
      else if (name === "configure.ac" || name === "configure.in") await configureAc(ctx, file);
      else if (name === "CMakeLists.txt" || (name.endsWith(".cmake") && !NOT_A_PROJECT_SCRIPT.test(name))) cmakeFiles.push(file);
    }
    // The project's own targets, which `target_link_libraries` names beside system libraries.
    const targets = new Set<string>();
    for (const file of cmakeFiles) for (const target of cmakeTargets((await ctx.text(file)) ?? "")) targets.add(target);
    for (const file of cmakeFiles) await cmake(ctx, file, managed, targets);
  },
};

/**
 * A package name as vcpkg, Conan and CMake each write one library: lower-cased, `_` as `-`, without
 * a leading `lib` (`CURL` and `libcurl`, `nlohmann_json` and `nlohmann-json`, `LibXml2` and `libxml2`
 * are one). A trailing number is most often part of the name (libssh2 is not libssh, PCRE2 not PCRE,
 * tinyxml2 not tinyxml), and is left off only for the libraries whose major release some names
 * write and others leave out (the catalog's `cpp-major-in-name` table: SDL2 and Conan's sdl).
 */
function stemOf(ctx: DetectContext, name: string): string {
  return packageStem(name, (stem) => ctx.tableValue("cpp-major-in-name", stem) !== undefined);
}

/** packageStem's rule; `majorInName`: whether a stem is one of those libraries. */
function packageStem(name: string, majorInName: (stem: string) => boolean): string {
  const stem = name.toLowerCase().replaceAll("_", "-").replace(/^lib(?=.)/, "");
  const bare = stem.replace(/(?<=.)\d+$/, "");
  return majorInName(bare) ? bare : stem;
}

/**
 * The package CMake finds for a port of a library vcpkg splits into several (the catalog's
 * `cpp-umbrella-port` table: Boost's `boost-asio`, each at Boost's release, is `find_package(Boost)`'s;
 * Qt's module ports, `qtsvg` or `qt5-svg`, `find_package(Qt6)`'s or `find_package(Qt5)`'s), by the
 * port's whole name or, for a key ending in `-`, by the start of it up to a dash (`boost-` for
 * `boost-multi-index`).
 */
function umbrellaOf(ctx: DetectContext, name: string): string | undefined {
  const port = name.toLowerCase();
  for (let end = port.length; end > 0; end = port.lastIndexOf("-", end - 2) + 1) {
    const stem = ctx.tableValue("cpp-umbrella-port", port.slice(0, end))?.trim();
    if (stem) return stemOf(ctx, stem);
  }
  return undefined;
}

/**
 * Per folder, the packages a vcpkg.json or conanfile there gives a release: the lowest it accepts
 * (`version>=`, a range's lowest) for a floor, else none (an override, a locked or pinned reference).
 * Keyed by package stem, and by `tool:` and the id of each tool the catalog gives the package's
 * release to.
 */
type Managed = Map<string, Map<string, { floor?: string }>>;

/**
 * Remember that a manifest in `file`'s folder gives the package `name` (of catalog kind `kind`) a
 * release (`floor`: only the lowest it accepts). The tools the catalog gives that release to are
 * remembered too: a package of another name that reveals the same tool is at its release (vcpkg's
 * `qtsvg` and `boost-asio` ports are at Qt's and Boost's, so `find_package(Qt6)` and
 * `find_package(Boost)` are), unless its matcher says the release is its own (`qtkeychain`).
 */
function manage(ctx: DetectContext, managed: Managed, kind: string, file: string, name: string, floor?: string): void {
  const folder = dirOf(file);
  if (!managed.has(folder)) managed.set(folder, new Map());
  const known = managed.get(folder)!;
  for (const stem of [stemOf(ctx, name), umbrellaOf(ctx, name)]) if (stem) known.set(stem, { floor });
  if (!ctx.versionless(kind, name)) for (const id of ctx.lookup(kind, name)) known.set(`tool:${id}`, { floor });
}

/**
 * Whether a vcpkg.json or conanfile in `file`'s folder or one above decides the release of the
 * package `name`, which CMake asks for at `floor` at least: one that pins a release does; one that
 * gives a floor of its own only where it is no lower (`version>=` 5.4.6 over `find_package(Lua 5.4)`,
 * not `version>=` 5.1 over it).
 */
function isManaged(ctx: DetectContext, managed: Managed, file: string, kind: string, name: string, floor: string): boolean {
  const tools = ctx.lookup(kind, kind === "cmake" ? name.toLowerCase() : name);
  const keys = [stemOf(ctx, name), ...tools.map((id) => `tool:${id}`)];
  // The script's folder and each above it to the root (""), each looked up: a walk of every folder
  // with a manifest for each `find_package` cost a tree of thousands of them their square.
  for (let folder = dirOf(file); ; folder = dirOf(folder)) {
    for (const key of keys) {
      const known = managed.get(folder)?.get(key);
      if (known && (known.floor === undefined || !releaseBelow(known.floor, floor))) return true;
    }
    if (folder === "") return false;
  }
}

/** Whether release `a` is below `b`, comparing their numeric parts (`5.1` below `5.4`, `1.83.0` not below `1.83`). */
function releaseBelow(a: string, b: string): boolean {
  const x = a.split(".").map((p) => Number.parseInt(p, 10) || 0);
  const y = b.split(".").map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

async function vcpkg(ctx: DetectContext, file: string, managed: Managed): Promise<void> {
  for (const dep of readVcpkgManifest(await ctx.json(file))) {
    ctx.report({ ref: `vcpkg:${dep.name}`, file, declared: dep.declared, version: dep.version, direct: true, dev: dep.dev });
    if (dep.version) manage(ctx, managed, "vcpkg", file, dep.name, dep.declared?.startsWith(">=") ? dep.version : undefined);
  }
}

async function conan(ctx: DetectContext, file: string, locks: Map<string, { path: string; releases: Map<string, string> }>, managed: Managed): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const requirements = file.endsWith(".py") ? readConanfilePy(text) : readConanfileTxt(text);
  const folder = nearestFolder(dirOf(file), locks);
  const lock = folder === undefined ? undefined : locks.get(folder);
  for (const req of requirements) {
    const locked = lock?.releases.get(req.name);
    const version = locked ?? conanRelease(req.declared);
    if (version) manage(ctx, managed, "conan", file, req.name, !locked && req.declared.startsWith("[") ? version : undefined);
    ctx.report({
      ref: `conan:${req.name}`,
      file,
      line: req.line,
      declared: req.declared,
      version,
      versionFile: locked ? lock!.path : undefined,
      direct: true,
      dev: req.dev,
    });
  }
}

/**
 * A CMake script's packages. `find_package(Boost 1.80)` gives the lowest release the build accepts;
 * where the project's vcpkg.json or conanfile (its folder's or one above) gives that package a release
 * of its own (an override, a locked or pinned reference, `version>=`), the package manager decides
 * which is built, so the floor gives none. The libraries it links by name (`target_link_libraries(app
 * curl pq)`) are system libraries only where no CMake script of the project builds a target so named.
 */
async function cmake(ctx: DetectContext, file: string, managed: Managed, targets: ReadonlySet<string>): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  // One finding a package a file: the first mention, or the first that gives a version.
  const byRef = new Map<string, { line: number; version?: string }>();
  for (const found of readCmake(text)) {
    if (found.kind === "ldlib" && targets.has(found.name)) continue;
    const req = found.floor && found.version && isManaged(ctx, managed, file, found.kind, found.name, found.version) ? { ...found, version: undefined } : found;
    const ref = `${req.kind}:${req.kind === "cmake" ? req.name.toLowerCase() : req.name}`;
    const known = byRef.get(ref);
    if (!known || (!known.version && req.version)) byRef.set(ref, req);
  }
  for (const [ref, req] of byRef) ctx.report({ ref, file, line: req.line, version: req.version, direct: true });
}

async function meson(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const seen = new Set<string>();
  for (const dep of readMeson(text)) {
    const ref = dep.kind === "cmake" ? `cmake:${dep.name.toLowerCase()}` : `pkgconfig:${dep.name}`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    ctx.report({ ref, file, line: dep.line, direct: true });
  }
}

async function bazel(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const dep of readModuleBazel(text)) {
    ctx.report({ ref: `bazel:${dep.name}`, file, line: dep.line, declared: dep.declared, version: dep.version, direct: true, dev: dep.dev });
  }
  // Repositories fetched without the registry: `http_archive = use_repo_rule(...)`, then its calls.
  for (const repo of readWorkspace(text)) ctx.report({ ref: `bazel-repo:${repo.name}`, file, line: repo.line, version: repo.version, direct: true });
  toolchains(ctx, file, text);
  await bazelMaven(ctx, file, text);
}

async function platformio(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const framework of readPlatformioFrameworks(text)) ctx.report({ ref: `platformio-framework:${framework.name}`, file, line: framework.line, direct: true });
  // The unit-testing framework `pio test` builds the tests with (no release: PlatformIO picks it).
  for (const framework of readPlatformioTestFrameworks(text)) ctx.report({ ref: `platformio-test-framework:${framework.name}`, file, line: framework.line, direct: true, dev: true });
  // No release: a platform's (`espressif32@6.5.0`) is its board support package's, not the chip's.
  for (const platform of readPlatformioPlatforms(text)) ctx.report({ ref: `platformio-platform:${platform.name}`, file, line: platform.line, direct: true });
  // No release either: the kind is no registry's, so it only reveals tools (an MQTT client's release is not MQTT's).
  for (const library of readPlatformioLibraries(text)) ctx.report({ ref: `arduino-library:${library.name}`, file, line: library.line, direct: true });
}

/**
 * An ESP-IDF project's configuration (sdkconfig, sdkconfig.defaults and its per-target variants):
 * the chip it builds for, `CONFIG_IDF_TARGET="esp32s3"` (`esp-idf-target:esp32s3`). ESP8266's own
 * SDK writes the same files for another chip.
 */
async function sdkconfig(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  const m = text === undefined ? null : /^[ \t]*CONFIG_IDF_TARGET[ \t]*=[ \t]*"([\w-]+)"/m.exec(text);
  if (m) ctx.report({ ref: `esp-idf-target:${m[1]!.toLowerCase()}`, file, line: lineOf(text!, m[0].trim()), direct: true });
}

/**
 * The components an ESP-IDF component manifest (idf_component.yml) depends on, by their registry
 * name (`espressif/arduino-esp32`), without the release: a component's is its own. `idf`, the
 * ESP-IDF release the component builds with, is no component.
 */
async function idfComponents(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.yaml(file);
  const dependencies = isRecord(data) ? data.dependencies : undefined;
  if (!isRecord(dependencies)) return;
  for (const name of Object.keys(dependencies)) {
    if (name !== "idf" && /^[\w.-]+(\/[\w.-]+)?$/.test(name)) ctx.report({ ref: `esp-idf-component:${name.toLowerCase()}`, file, direct: true });
  }
}

/** A PlatformIO library's library.json: its frameworks, platforms and libraries, as a platformio.ini's. */
async function platformioLibrary(ctx: DetectContext, file: string): Promise<void> {
  const manifest = readLibraryJson(await ctx.json(file));
  for (const name of manifest.frameworks) ctx.report({ ref: `platformio-framework:${name}`, file, direct: true });
  for (const name of manifest.platforms) ctx.report({ ref: `platformio-platform:${name}`, file, direct: true });
  for (const name of manifest.libraries) ctx.report({ ref: `arduino-library:${name}`, file, direct: true });
}

/** An Arduino CLI sketch project's libraries and cores (sketch.yaml), or an Arduino library's `depends` (library.properties). */
async function arduinoLibraries(ctx: DetectContext, file: string): Promise<void> {
  if (baseName(file) === "sketch.yaml") {
    const sketch = readSketchProject(await ctx.yaml(file));
    for (const name of sketch.libraries) ctx.report({ ref: `arduino-library:${name}`, file, direct: true });
    // No release: a core's (`esp32:esp32 (2.0.14)`) is its board package's, not the chip's.
    for (const name of sketch.platforms) ctx.report({ ref: `arduino-platform:${name}`, file, direct: true });
    return;
  }
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const library of readLibraryDepends(text)) ctx.report({ ref: `arduino-library:${library.name}`, file, line: library.line, direct: true });
}

/**
 * A qmake project: a line that sets `QT`, `TEMPLATE`, `SOURCES` or `CONFIG` (`QT += core gui`,
 * `TEMPLATE = app`), and the libraries its `LIBS` link and its `PKGCONFIG` asks for, also in the
 * *.pri files it includes. Android's proguard-rules.pro shares the extension and holds `-keep` rules.
 */
const QMAKE_LINE = /^[ \t]*(?:QT|TEMPLATE|SOURCES|CONFIG)[ \t]*[-+*~]?=/m;

async function qmake(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const m = QMAKE_LINE.exec(text);
  // An include file (*.pri) a project file pulls in holds its libraries too, but makes no project.
  if (!m && !file.endsWith(".pri")) return;
  if (m && file.endsWith(".pro")) ctx.report({ ref: "format:qmake-project", file, line: lineCounter(text)(m.index) });
  for (const lib of readQmake(text)) ctx.report({ ref: `${lib.kind}:${lib.name}`, file, line: lib.line, direct: true });
}

async function xmake(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  const { requires, rules } = readXmakeRequires(text, (name) => ctx.tableValue("xmake-plus-release", name) !== undefined);
  const seen = new Set<string>();
  for (const req of requires) {
    const ref = `${req.kind}:${req.name}`;
    if (seen.has(ref)) continue;
    seen.add(ref);
    ctx.report({ ref, file, line: req.line, declared: req.declared, version: req.version, direct: true });
  }
  for (const rule of rules) {
    if (seen.has(`xmake-rule:${rule.name}`)) continue;
    seen.add(`xmake-rule:${rule.name}`);
    ctx.report({ ref: `xmake-rule:${rule.name}`, file, line: rule.line, direct: true });
  }
}

/**
 * The Maven artifacts a MODULE.bazel or WORKSPACE installs with rules_jvm_external, each at the
 * release written with it, else the one the lockfile its install call names (or a
 * maven_install.json beside it) pinned.
 */
async function bazelMaven(ctx: DetectContext, file: string, text: string): Promise<void> {
  const { artifacts, lockFiles } = readBazelMaven(text);
  if (artifacts.length === 0) return;
  const folder = dirOf(file);
  const inFolder = (path: string) => (folder ? `${folder}/${path}` : path);
  const lockPaths = [...new Set(lockFiles.length ? lockFiles.map(inFolder) : [inFolder("maven_install.json")])].filter((path) => ctx.exists(path));
  const locks = await Promise.all(lockPaths.map(async (path) => ({ path, versions: readMavenLock(await ctx.json(path)) })));
  for (const { group, artifact, version, dev, line } of artifacts) {
    const lock = version ? undefined : locks.find((l) => l.versions.has(`${group}:${artifact}`));
    const locked = lock?.versions.get(`${group}:${artifact}`);
    ctx.report({ ref: `maven:${group}:${artifact}`, file, line, declared: version, version: version ?? locked, versionFile: locked ? lock!.path : undefined, direct: true, dev });
  }
}

/** The language releases a MODULE.bazel's or WORKSPACE's toolchain calls download (Python, Go, Node.js, Rust). */
function toolchains(ctx: DetectContext, file: string, text: string): void {
  const python = readPythonToolchain(text);
  if (python) ctx.report({ ref: "runtime:python", file, line: python.line, version: python.version });
  for (const toolchain of readLanguageToolchains(text)) ctx.report({ ref: `runtime:${toolchain.runtime}`, file, line: toolchain.line, version: toolchain.version });
}

async function workspace(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const repo of readWorkspace(text)) ctx.report({ ref: `bazel-repo:${repo.name}`, file, line: repo.line, version: repo.version, direct: true });
  if (!baseName(file).startsWith("WORKSPACE")) return;
  toolchains(ctx, file, text);
  await bazelMaven(ctx, file, text);
}

/** A Bazel BUILD file: the system libraries its rules' `linkopts` link. */
async function buildFile(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const lib of readBuildLinkopts(text)) ctx.report({ ref: `ldlib:${lib.name}`, file, line: lib.line, direct: true });
}

/** An Autotools configure.ac: the modules it asks pkg-config for and the libraries it checks for. */
async function configureAc(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const lib of readConfigureAc(text)) ctx.report({ ref: `${lib.kind}:${lib.name}`, file, line: lib.line, direct: true });
}

async function makefile(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (text === undefined) return;
  for (const lib of readMakefile(text)) ctx.report({ ref: `${lib.kind}:${lib.name}`, file, line: lib.line, direct: true });
}
