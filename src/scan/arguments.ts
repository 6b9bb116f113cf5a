import { coded } from "../errors.js";
import type { Detector, FileSource, ScanTarget } from "../types.js";
import type { DetectOptions } from "../detect.js";
import type { RepoFacts } from "../document/build.js";
import { isRecord } from "../kit.js";
import { catalogDataProblem } from "../catalog/load.js";
import { describeValue as describe } from "../document/shape.js";
import { climbsOut, includeGlobFault } from "./include-glob.js";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";

/** A scan's target, when it is not a path: a FileSource, or a TypeError saying what it is instead, naming the function called (`caller`). */
export function checkFileSource(value: unknown, caller = "scan"): asserts value is FileSource {
  const source = value as Partial<FileSource> | null | undefined;
  if (typeof source?.list === "function" && typeof source.read === "function") return;
  const kind = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object without list and read" : String(value);
  throw coded(new TypeError(`${caller}: expected a directory path or a FileSource (with list and read), not ${kind}`), "TECHSTACK_BAD_ARGUMENT");
}

/**
 * A scan's target as a path: a file: URL (`pathToFileURL(dir)`, `new URL(".", import.meta.url)`)
 * is its path, as Node's fs takes one; a URL of another scheme names no folder here. Known by its
 * shape (`protocol` and `href`), so another realm's URL is one too.
 */
export function targetPath(given: ScanTarget, caller = "scan"): string | FileSource {
  const target = given as unknown;
  if (!isRecord(target) || typeof target.href !== "string" || typeof target.protocol !== "string") return given as string | FileSource;
  if (typeof target.list === "function" && typeof target.read === "function") return given as FileSource;
  if (target.protocol !== "file:") throw coded(new TypeError(`${caller}: a URL names a folder only as a file: URL, not ${target.protocol} (${target.href}); clone it first`), "TECHSTACK_BAD_ARGUMENT");
  return fileURLToPath(target.href);
}

/**
 * The options argument itself: an object, or left out. A string or a list there (`detect(dir,
 * "json")`) would otherwise be read as no options at all, and null fail deep inside.
 */
export function checkOptionsObject(options: unknown): asserts options is DetectOptions | undefined {
  if (options !== undefined && !isRecord(options)) throw coded(new TypeError(`options: expected an object of options ({ rev, exclude, ... }), not ${describe(options)}`), "TECHSTACK_BAD_ARGUMENT");
}

/**
 * Each detector's name says which one a warning is from and which one `disable` turns off: a
 * custom one named like a built-in (that runs too) or like another custom one is refused.
 */
function checkDetectorNames(detectors: readonly Detector[], builtins: readonly string[], disable: DetectOptions["disable"]): void {
  const seen = new Set<string>();
  for (const { name } of detectors) {
    const running = disable !== true && !(disable ?? []).includes(name);
    if (builtins.includes(name) && running) throw coded(new TypeError(`detector '${name}': a built-in detector has that name: disable it (disable: ["${name}"]) to replace it, or pick another name`), "TECHSTACK_BAD_DETECTOR");
    if (seen.has(name)) throw coded(new TypeError(`detector '${name}': two detectors have that name`), "TECHSTACK_BAD_DETECTOR");
    seen.add(name);
  }
}

/** A custom detector with what the scan needs of it, or a TypeError saying what is missing. */
export function checkDetector(detector: Detector, i: number): void {
  const d = detector as Partial<Detector> | null | undefined;
  if (typeof d?.name !== "string" || !d.name) throw coded(new TypeError(`detector ${i}: needs a name (a string)`), "TECHSTACK_BAD_DETECTOR");
  if (!Array.isArray(d.files) || !d.files.every((f) => typeof f === "string")) throw coded(new TypeError(`detector '${d.name}': files must be a list of globs ([] for the whole tree)`), "TECHSTACK_BAD_DETECTOR");
  if (typeof d.detect !== "function") throw coded(new TypeError(`detector '${d.name}': needs a detect(ctx) function`), "TECHSTACK_BAD_DETECTOR");
}

/**
 * The options a JavaScript caller (no type checker) can get wrong in ways that would otherwise
 * fail deep inside ("globs.map is not a function") or do nothing without a word: each is a
 * TypeError naming the option. `builtins` are the names `disable` may give.
 */
export function checkOptions(options: DetectOptions, target: unknown, builtins: readonly string[]): void {
  checkOptionNames(options);
  for (const key of ["git", "history", "packages", "allTools"] as const) {
    const value = options[key] as unknown;
    // "false" from an environment variable would count as true: git read, packages listed.
    if (value !== undefined && typeof value !== "boolean") throw coded(new TypeError(`${key}: expected true or false, not ${shown(value)}`), "TECHSTACK_BAD_OPTION");
  }
  const onWarning = options.onWarning as unknown;
  if (onWarning !== undefined && typeof onWarning !== "function") throw coded(new TypeError(`onWarning: expected a function called with each warning, not ${shown(onWarning)}`), "TECHSTACK_BAD_OPTION");
  const onProgress = options.onProgress as unknown;
  if (onProgress !== undefined && typeof onProgress !== "function") throw coded(new TypeError(`onProgress: expected a function called with the scan's progress, not ${shown(onProgress)}`), "TECHSTACK_BAD_OPTION");
  // As Node's own APIs take one: any object with `aborted` and `addEventListener` (another realm's, a polyfill's).
  const signal = options.signal as unknown;
  if (signal !== undefined && !(isRecord(signal) && typeof signal.aborted === "boolean" && typeof signal.addEventListener === "function")) throw coded(new TypeError(`signal: expected an AbortSignal (an AbortController's signal), not ${describe(signal)}`), "TECHSTACK_BAD_OPTION");
  const detectors = options.detectors as unknown;
  if (detectors !== undefined && !Array.isArray(detectors)) throw coded(new TypeError(`detectors: expected a list of detectors, not ${describe(detectors)}`), "TECHSTACK_BAD_OPTION");
  const repo = options.repo as unknown;
  if (repo !== undefined && !isRecord(repo)) throw coded(new TypeError(`repo: expected an object of header fields ({ repo_name: "acme/shop" }), not ${describe(repo)}`), "TECHSTACK_BAD_OPTION");
  if (repo !== undefined) checkRepoFields(repo as Record<string, unknown>);
  const catalog = options.catalog as unknown;
  if (catalog !== undefined && ![catalog].flat().every(isRecord)) throw coded(new TypeError(`catalog: expected catalog data ({ tools, matchers }) or a list of it, not ${describe(catalog)}`), "TECHSTACK_BAD_OPTION");
  for (const data of catalog === undefined ? [] : [catalog].flat()) {
    const problem = catalogDataProblem(data);
    if (problem) throw coded(new TypeError(`catalog: ${problem}`), "TECHSTACK_INVALID_CATALOG");
  }
  const rev = options.rev as unknown;
  if (rev !== undefined && typeof rev !== "string") throw coded(new TypeError(`rev: expected a revision name (a string: "v2.1.0", "HEAD~1"), not ${describe(rev)}`), "TECHSTACK_BAD_OPTION");
  // As the CLI's empty --rev: an unset variable's "" would scan the working tree instead.
  if (typeof rev === "string" && rev.trim() === "") throw coded(new TypeError(`rev: an empty revision (${JSON.stringify(rev)}); leave rev out to scan the working tree`), "TECHSTACK_BAD_OPTION");
  for (const key of ["include", "exclude", "inheritedFrom"] as const) {
    const globs = options[key] as unknown;
    if (globs !== undefined && !(Array.isArray(globs) && globs.every((g) => typeof g === "string"))) {
      throw coded(new TypeError(`${key}: expected a list of globs (["legacy/**"]), not ${shown(globs)}`), "TECHSTACK_BAD_OPTION");
    }
  }
  for (const glob of (options.include as string[] | undefined) ?? []) checkIncludeGlob(glob);
  checkWorkspace(options.workspace as unknown, target);
  const disable = options.disable as unknown;
  if (disable !== undefined && disable !== true) {
    if (!Array.isArray(disable) || !disable.every((d) => typeof d === "string")) throw coded(new TypeError(`disable: expected true or a list of built-in detector names, not ${shown(disable)}`), "TECHSTACK_BAD_OPTION");
    const unknown = disable.find((d) => !builtins.includes(d));
    if (unknown !== undefined) throw coded(new TypeError(`disable: no built-in detector is named '${unknown}' (known: ${builtins.join(", ")})`), "TECHSTACK_BAD_OPTION");
  }
  if (Array.isArray(detectors)) {
    (detectors as Detector[]).forEach(checkDetector);
    checkDetectorNames(detectors as Detector[], builtins, options.disable);
  }
  const previous = options.previous as unknown;
  if (previous !== undefined && (typeof previous !== "object" || previous === null || !Array.isArray((previous as { tools?: unknown }).tools))) {
    throw coded(new TypeError(`previous: expected a stack document with a tools list (parse(techstack.yml)), not ${describe(previous)}`), "TECHSTACK_BAD_OPTION");
  }
  const max = options.maxFileBytes as unknown;
  if (max !== undefined && !(typeof max === "number" && max > 0)) throw coded(new TypeError(`maxFileBytes: expected a number of bytes above 0, not ${shown(max)}`), "TECHSTACK_BAD_OPTION");
  if (options.rev !== undefined && typeof target !== "string") throw coded(new TypeError("rev: only a directory path has revisions; a FileSource is read as it is"), "TECHSTACK_BAD_OPTION");
}

/** Every option `detect` and `scan` read: a key of DetectOptions missing here fails to compile. */
const OPTION_NAMES = ["detectors", "disable", "catalog", "rev", "git", "history", "timestamp", "maxFileBytes", "include", "exclude", "inheritedFrom", "packages", "allTools", "previous", "repo", "onWarning", "onProgress", "signal", "workspace"] as const;
const coversOptions: Exclude<keyof DetectOptions, (typeof OPTION_NAMES)[number]> extends never ? true : never = true;
void coversOptions;

/** The command line's spelling of an option, as a JavaScript caller coming from it writes it. */
const FLAG_SPELLINGS: Readonly<Record<string, string>> = {
  alltools: "--all-tools is allTools: true",
  nopackages: "--no-packages is packages: false",
  nogit: "--no-git is git: false",
};

/**
 * An option of another name (`exlude`, the flag's `all-tools`) would be ignored without a word, the
 * scan then reading what the caller meant to leave out: refused, naming it, where it holds a value.
 */
function checkOptionNames(options: DetectOptions): void {
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || (OPTION_NAMES as readonly string[]).includes(key)) continue;
    const folded = key.toLowerCase().replace(/[-_]/g, "");
    const hint = FLAG_SPELLINGS[folded] ?? OPTION_NAMES.find((name) => name.toLowerCase() === folded)?.concat("?");
    throw coded(new TypeError(`options: no option '${key}' (${hint ?? `known: ${OPTION_NAMES.join(", ")}`})`), "TECHSTACK_BAD_OPTION");
  }
}

/**
 * The header fields `repo` may set: a key of RepoFacts missing here fails to compile. `link_ref`,
 * the commit a `rev` scan's links open, is the revision's fact, not the caller's to set.
 */
const REPO_FIELDS = ["repo_name", "provider", "branch", "requested_by", "repo_type", "web_url", "folder"] as const;
const coversRepo: Exclude<keyof RepoFacts, (typeof REPO_FIELDS)[number] | "link_ref"> extends never ? true : never = true;
void coversRepo;

/** Each header field text: a number failed deep inside (the report id's hash), another name was ignored. */
function checkRepoFields(repo: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(repo)) {
    if (value === undefined) continue;
    if (!(REPO_FIELDS as readonly string[]).includes(key)) throw coded(new TypeError(`repo: no header field '${key}' (known: ${REPO_FIELDS.join(", ")})`), "TECHSTACK_BAD_OPTION");
    if (typeof value !== "string") throw coded(new TypeError(`repo: ${key} must be text, not ${describe(value)}`), "TECHSTACK_BAD_OPTION");
    // As the CLI's empty --branch: an unset variable's "" would name no branch (links to .../blob//file) or no repository.
    if ((NAMED_FIELDS as readonly string[]).includes(key) && value.trim() === "") throw coded(new TypeError(`repo: ${key} is empty (${JSON.stringify(value)}); leave it out for the scan's own`), "TECHSTACK_BAD_OPTION");
  }
}

/**
 * An include glob that can match no file, refused as the CLI's --include is: an empty one (an unset
 * variable split into `[""]`) or one above the scanned folder (`../src/**`) would make the scan's
 * answer an empty stack.
 */
function checkIncludeGlob(glob: string): void {
  const fault = includeGlobFault(glob);
  if (fault === "empty") throw coded(new TypeError(`include: an empty glob (${JSON.stringify(glob)}) matches no file; leave include out to scan every file`), "TECHSTACK_BAD_OPTION");
  if (fault === "outside") throw coded(new TypeError(`include: '${glob}' is outside the scanned folder: globs are paths from it (src/**)`), "TECHSTACK_BAD_OPTION");
}

/**
 * The workspace option, checked as include's globs are: an empty name (an unset variable's ""), an
 * absolute path or one above the folder (`../x`, `apps/../../x`) names no package of the tree, and a
 * FileSource has no workspaces to read (it may hold no root manifest); each would scan something
 * other than what was asked.
 */
function checkWorkspace(workspace: unknown, target: unknown): void {
  if (workspace === undefined) return;
  const refuse = (why: string) => coded(new TypeError(`workspace: ${why}`), "TECHSTACK_BAD_OPTION");
  if (typeof workspace !== "string") throw refuse(`expected a package name or a folder ("api", "packages/api"), not ${shown(workspace)}`);
  if (workspace.trim() === "") throw refuse(`an empty name (${JSON.stringify(workspace)}); leave workspace out to scan the whole repository`);
  const folder = posix.normalize(workspace.replace(/\\/g, "/"));
  if (folder.startsWith("/") || /^[a-zA-Z]:\//.test(folder)) throw refuse(`'${workspace}' is an absolute path: name the package, or its folder from the scanned one (packages/api)`);
  if (climbsOut(folder.replace(/^(\.\/)+/, ""))) throw refuse(`'${workspace}' is outside the scanned folder: name the package, or its folder from the scanned one (packages/api)`);
  if (typeof target !== "string") throw refuse("only a directory path (or a revision of one) has workspaces to read; a FileSource is read as it is");
}

/**
 * A wrong option's value as the message names it: as JSON (`["src/**",3]`, `"5"`), but a number JSON
 * writes as null (NaN: `Number(process.env.MAX)` of an unset variable), a bigint (which JSON refuses
 * with its own TypeError) and a function, each as itself.
 */
function shown(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return "a function";
  try {
    return JSON.stringify(value) ?? describe(value);
  } catch {
    // A list or object holding a bigint, or a cycle.
    return describe(value);
  }
}

/** The header fields `repo` may give that name something, so that an empty one is a mistake (requested_by is empty by default). */
const NAMED_FIELDS = ["repo_name", "branch"] as const;

/** The fields of a finding that are text where given. */
const FINDING_TEXT_FIELDS = ["version", "declared", "versionFile", "license", "matchFirst", "project"] as const;

/**
 * A finding a detector reports, as the engine needs it; a TypeError naming the field otherwise,
 * which fails that detector with a warning (as any error it throws does), not the whole scan deep
 * inside, nor a document with a number where the schema wants text.
 */
export function checkFinding(finding: Record<string, unknown>): void {
  const file = finding.file;
  if (typeof file !== "string" || file === "") throw coded(new TypeError(`report: a finding's file must be a path in the tree (text), not ${describe(file)}`), "TECHSTACK_BAD_FINDING");
  for (const key of FINDING_TEXT_FIELDS) {
    const value = finding[key];
    if (value !== undefined && typeof value !== "string") throw coded(new TypeError(`report: a finding's ${key} must be text, not ${describe(value)}`), "TECHSTACK_BAD_FINDING");
  }
  const line = finding.line;
  if (line !== undefined && !(Number.isInteger(line) && (line as number) > 0)) throw coded(new TypeError(`report: a finding's line must be a whole number above 0, not ${describe(line)}`), "TECHSTACK_BAD_FINDING");
}

/** A FileSource's label: the document's repo_name outside git, and its messages' name for it. */
export function checkSourceLabel(source: FileSource, caller = "scan"): void {
  const label = (source as { label?: unknown }).label;
  if (typeof label !== "string") throw coded(new TypeError(`${caller}: a FileSource needs a label (text naming it in messages and as the document's repo_name), not ${describe(label)}`), "TECHSTACK_BAD_FILE_SOURCE");
}

/**
 * What a FileSource's list() gave, as the scan needs it: a list of `{ path, size? }`. A caller's
 * own source that gives names, or a table, failed deep inside ("path.endsWith is not a function").
 */
export function checkListing(entries: unknown): void {
  if (!Array.isArray(entries)) throw coded(new TypeError(`scan: the FileSource's list() gave ${describe(entries)}, not a list of { path, size } entries`), "TECHSTACK_BAD_FILE_SOURCE");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as unknown;
    if (!isRecord(entry)) throw coded(new TypeError(`scan: the FileSource's list() entry ${i} is ${describe(entry)}, not { path, size }`), "TECHSTACK_BAD_FILE_SOURCE");
    if (typeof entry.path !== "string" || entry.path === "") throw coded(new TypeError(`scan: the FileSource's list() entry ${i} has a path of ${describe(entry.path)}, not a path from the root (text)`), "TECHSTACK_BAD_FILE_SOURCE");
    const size = entry.size;
    if (size !== undefined && !(typeof size === "number" && size >= 0)) throw coded(new TypeError(`scan: the FileSource's list() entry ${i} (${entry.path}) has a size of ${describe(size)}, not a number of bytes`), "TECHSTACK_BAD_FILE_SOURCE");
  }
}
