/**
 * What a CMake script asks for, read as text (never configured): `find_package`, the packages
 * `FetchContent_Declare`, `ExternalProject_Add` and CPM (`CPMAddPackage`, `CPMFindPackage`) fetch, the modules
 * `pkg_check_modules` and `pkg_search_module` ask pkg-config for, CUDA as a language of
 * `project` or `enable_language`, the components an ESP-IDF component's `idf_component_register`
 * requires (`REQUIRES mqtt`), and the system libraries `find_library` looks for and
 * `target_link_libraries` links by name.
 */
import { blankText, lineCounter } from "../../src/kit.js";
import { releaseOfTag } from "./release-tag.js";

/**
 * One package a script asks for; `kind` is `cmake` (a CMake package name), `pkgconfig`, `ldlib` (a
 * system library by its linker name) or `esp-idf-component`.
 */
export interface CmakeRequirement {
  kind: "cmake" | "pkgconfig" | "ldlib" | "esp-idf-component";
  /** As written; CMake package names are looked up lower-cased. */
  name: string;
  /** The lowest version `find_package` accepts, or the release a fetch pins. */
  version?: string;
  /** The version is `find_package`'s lowest accepted, not a release the project fetches. */
  floor?: boolean;
  line: number;
}

const COMMAND = /\b(find_package|fetchcontent_declare|externalproject_add|cpmaddpackage|cpmfindpackage|pkg_check_modules|pkg_search_module|project|enable_language|idf_component_register|find_library|target_link_libraries|link_libraries)\s*\(/gi;

const PKG_CONFIG_WORDS = new Set(["REQUIRED", "QUIET", "IMPORTED_TARGET", "GLOBAL", "NO_CMAKE_PATH", "NO_CMAKE_ENVIRONMENT_PATH"]);

/** The requirements of one CMakeLists.txt or *.cmake file, in the order written. */
export function readCmake(text: string): CmakeRequirement[] {
  const { source, quoted } = withoutComments(text);
  const closing = closingParens(source, quoted);
  const out: CmakeRequirement[] = [];
  const lineAt = lineCounter(source);
  let span = 0;
  for (const match of source.matchAll(COMMAND)) {
    // A command's name inside a quoted argument (`message("find_package(X)")`) is text.
    while (span < quoted.length && quoted[span]![1] <= match.index!) span++;
    if (span < quoted.length && quoted[span]![0] < match.index!) continue;
    const open = match.index! + match[0].length;
    const close = closing.get(open - 1);
    if (close === undefined) continue;
    const args = tokens(source.slice(open, close));
    const line = lineAt(match.index!);
    const command = match[1]!.toLowerCase();
    if (command === "find_package") out.push(...findPackage(args, line));
    else if (command === "fetchcontent_declare" || command === "externalproject_add") out.push(...fetchContent(args, line));
    else if (command === "cpmaddpackage" || command === "cpmfindpackage") out.push(...cpmPackage(args, line));
    else if (command === "pkg_check_modules" || command === "pkg_search_module") out.push(...pkgConfig(args.slice(1), line));
    else if (command === "idf_component_register") out.push(...idfRequires(args, line));
    else if (command === "find_library") out.push(...findLibrary(args, line));
    else if (command === "target_link_libraries" || command === "link_libraries") out.push(...linkedLibraries(command === "link_libraries" ? args : args.slice(1), line));
    else if (usesCuda(command === "project" ? args.slice(1) : args)) out.push({ kind: "cmake", name: "CUDA", line });
  }
  return out;
}

function findPackage(args: string[], line: number): CmakeRequirement[] {
  const name = args[0];
  if (!name || !plainName(name)) return [];
  // `find_package(Boost 1.74 REQUIRED)`, or a range `1.74...<2.0` whose lower end counts.
  const version = /^(\d+(?:\.\d+)*)(?:\.\.\.|$)/.exec(args[1] ?? "")?.[1];
  return [{ kind: "cmake", name, version, floor: version !== undefined || undefined, line }];
}

function fetchContent(args: string[], line: number): CmakeRequirement[] {
  const name = args[0];
  if (!name || !plainName(name)) return [];
  const version = releaseOfTag(keyword(args, "GIT_TAG")) ?? releaseOfUrl(keyword(args, "URL"));
  return [{ kind: "cmake", name, version, line }];
}

/** Past this length a CPM package URI names no package (a line at most). */
const MAX_CPM_URI_LENGTH = 2048;

/**
 * CPM's short form (`"gh:fmtlib/fmt#10.2.1"`, `"gh:gabime/spdlog@1.13.0"`, a URL with `@version`),
 * also as the `URI` keyword's value beside options (`URI "gh:nlohmann/json@3.11.3" OPTIONS ...`),
 * or its keyword form (`NAME`, `VERSION`, `GITHUB_REPOSITORY`, `GIT_TAG`, `URL`).
 */
function cpmPackage(args: string[], line: number): CmakeRequirement[] {
  const uri = args.length === 1 ? args[0] : keyword(args, "URI");
  if (uri !== undefined) {
    // A package's URI is a line at most: a longer one (the pattern below splits it many ways, 100,000
    // characters of slashes and at signs took 50 s) names no package.
    if (uri.length > MAX_CPM_URI_LENGTH) return [];
    const short = /^(?:(?:gh|gl|bb):)?(?:.*\/)?([\w.+-]+?)(?:\.git)?(?:@([^#\s]+))?(?:#(\S+))?$/.exec(uri);
    if (!short) return [];
    const version = releaseOfTag(short[2]) ?? releaseOfTag(short[3]);
    return plainName(short[1]!) ? [{ kind: "cmake", name: short[1]!, version, line }] : [];
  }
  const repository = keyword(args, "GITHUB_REPOSITORY") ?? keyword(args, "GITLAB_REPOSITORY") ?? keyword(args, "GIT_REPOSITORY");
  const name = keyword(args, "NAME") ?? repository?.replace(/\.git$/, "").split("/").pop();
  if (!name || !plainName(name)) return [];
  const version = releaseOfTag(keyword(args, "VERSION")) ?? releaseOfTag(keyword(args, "GIT_TAG")) ?? releaseOfUrl(keyword(args, "URL"));
  return [{ kind: "cmake", name, version, line }];
}

/** `pkg_check_modules(AV REQUIRED libavcodec>=58 libavformat)`: the modules after the prefix. */
function pkgConfig(args: string[], line: number): CmakeRequirement[] {
  const out: CmakeRequirement[] = [];
  for (const arg of args) {
    if (PKG_CONFIG_WORDS.has(arg)) continue;
    const module = /^([A-Za-z0-9_.+-]+?)\s*(?:(?:>=|<=|=|<|>)\s*(\S+))?$/.exec(arg);
    if (!module || !plainName(module[1]!)) continue;
    out.push({ kind: "pkgconfig", name: module[1]!, line });
  }
  return out;
}

/**
 * The components `idf_component_register(SRCS "main.c" REQUIRES mqtt nvs_flash PRIV_REQUIRES esp_wifi)`
 * requires: ESP-IDF's own (`mqtt`, its MQTT client) and the project's, by name.
 */
function idfRequires(args: string[], line: number): CmakeRequirement[] {
  const out: CmakeRequirement[] = [];
  let requiring = false;
  for (const arg of args) {
    if (/^[A-Z][A-Z_]+$/.test(arg)) requiring = arg === "REQUIRES" || arg === "PRIV_REQUIRES";
    else if (requiring) for (const name of arg.split(/[\s;]+/)) if (/^[a-z0-9][\w-]*$/i.test(name)) out.push({ kind: "esp-idf-component", name, line });
  }
  return out;
}

const TARGET = /\b(?:add_library|add_executable)\s*\(\s*([A-Za-z][\w+.-]*)/gi;

/**
 * The targets a script builds (`add_library(crypto ...)`, `add_executable(app ...)`): a project's own
 * library linked by name is no system library, whatever its name.
 */
export function cmakeTargets(text: string): string[] {
  const { source } = withoutComments(text);
  return [...source.matchAll(TARGET)].map((m) => m[1]!);
}

/** The keywords that end `find_library`'s names. */
const FIND_LIBRARY_WORDS = new Set(["NAMES_PER_DIR", "HINTS", "PATHS", "PATH_SUFFIXES", "DOC", "REQUIRED", "NO_DEFAULT_PATH", "NO_CACHE", "ENV", "VALIDATOR", "REGISTRY_VIEW", "NO_PACKAGE_ROOT_PATH", "NO_CMAKE_PATH", "NO_CMAKE_ENVIRONMENT_PATH", "NO_SYSTEM_ENVIRONMENT_PATH", "NO_CMAKE_SYSTEM_PATH", "NO_CMAKE_INSTALL_PREFIX", "CMAKE_FIND_ROOT_PATH_BOTH", "ONLY_CMAKE_FIND_ROOT_PATH", "NO_CMAKE_FIND_ROOT_PATH"]);

/**
 * The libraries `find_library(WIRINGPI_LIB wiringPi)` or `find_library(PQ NAMES pq libpq)` looks for,
 * by linker name (a `lib` prefix left off: `libpq` is `-lpq`).
 */
function findLibrary(args: string[], line: number): CmakeRequirement[] {
  const names = args[1] === "NAMES" ? args.slice(2) : args.slice(1, 2);
  const out: CmakeRequirement[] = [];
  for (const name of names) {
    if (FIND_LIBRARY_WORDS.has(name)) break;
    const library = /^(?:lib)?([A-Za-z][\w+.-]*?)(?:\.(?:so|a|lib|dylib))?$/.exec(name)?.[1];
    if (library && library.length > 1) out.push({ kind: "ldlib", name: library, line });
  }
  return out;
}

/**
 * The system libraries `target_link_libraries(app PRIVATE curl pq -lwiringPi)` links by bare linker
 * name or `-l` flag; imported targets (`CURL::libcurl`), variables, paths and generator expressions
 * are left out.
 */
function linkedLibraries(args: string[], line: number): CmakeRequirement[] {
  const out: CmakeRequirement[] = [];
  for (const arg of args) {
    if (/^(?:PUBLIC|PRIVATE|INTERFACE|LINK_PUBLIC|LINK_PRIVATE|LINK_INTERFACE_LIBRARIES|debug|optimized|general)$/.test(arg)) continue;
    const library = /^(?:-l)?([A-Za-z][\w+.-]*)$/.exec(arg)?.[1];
    if (library && library.length > 1) out.push({ kind: "ldlib", name: library, line });
  }
  return out;
}

/** `project(App LANGUAGES CXX CUDA)`, `project(App CXX CUDA)`, `enable_language(CUDA)`. */
function usesCuda(args: string[]): boolean {
  return args.some((a) => a === "CUDA");
}

/** The value after a keyword argument. */
function keyword(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A name without variables or generator expressions: `${DEP}` is decided at configure time. */
function plainName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(name);
}

/**
 * The release in an archive URL: a release tag's folder (`.../archive/refs/tags/v1.14.0.zip`,
 * `.../download/v3.11.3/json.tar.xz`) or else the archive's own name (`.../ftp/lua-5.4.6.tar.gz`).
 */
function releaseOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return (
    /\/(?:tags\/|download\/|archive\/)v?(\d+(?:\.\d+)+)(?:\.zip|\.tar\.\w+|\.tgz|\/)/.exec(url)?.[1] ??
    /\/[A-Za-z][\w+.]*?[-_]v?(\d+(?:\.\d+)+)(?:\.zip|\.tar\.\w+|\.tgz)$/.exec(url)?.[1]
  );
}

/**
 * The script with `#` comments blanked (line comments and `#[[ ... ]]` bracket comments), keeping
 * every newline so lines still count; quoted arguments keep their `#`. `quoted` holds the
 * `[start, end)` offsets of the quoted arguments, in order.
 */
function withoutComments(text: string): { source: string; quoted: Array<[number, number]> } {
  const parts: string[] = [];
  const quoted: Array<[number, number]> = [];
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const end = quotedEnd(text, i);
      quoted.push([i, end]);
      i = end;
    } else if (c === 35 /* # */) {
      const bracket = /^#\[(=*)\[/.exec(text.slice(i, i + 64));
      let end: number;
      if (bracket) {
        const closing = text.indexOf(`]${bracket[1]}]`, i + bracket[0].length);
        end = closing < 0 ? text.length : closing + bracket[1]!.length + 2;
      } else {
        end = text.indexOf("\n", i);
        if (end < 0) end = text.length;
      }
      parts.push(text.slice(kept, i), blankText(text.slice(i, end)));
      kept = i = end;
    } else i++;
  }
  parts.push(text.slice(kept));
  return { source: parts.join(""), quoted };
}

/** The offset just past the quoted argument opening at `start` (backslash escapes honoured). */
function quotedEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/**
 * For each `(` outside quoted arguments, the offset of the `)` that closes it, in one pass (a
 * stack of the open ones); an unclosed `(` has none, and the pairs inside it still match.
 */
function closingParens(text: string, quoted: ReadonlyArray<[number, number]>): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  let span = 0;
  for (let i = 0; i < text.length; i++) {
    if (span < quoted.length && i === quoted[span]![0]) {
      i = quoted[span++]![1] - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) open.push(i);
    else if (c === 41 /* ) */ && open.length) out.set(open.pop()!, i);
  }
  return out;
}

/** A command's arguments: unquoted words, or quoted ones without their quotes. */
function tokens(args: string): string[] {
  const out: string[] = [];
  for (const m of args.matchAll(/"((?:[^"\\]|\\.)*)"|([^\s"()]+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}
