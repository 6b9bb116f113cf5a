import { resolve } from "node:path";
import { stat } from "node:fs/promises";
import picomatch from "picomatch";
import type { Detector, DetectResult, FileSource, ScanWarning, StackDocument } from "./types.js";
import type { CatalogSource } from "./catalog/types.js";
import { Catalog } from "./catalog/catalog.js";
import { builtinCatalog, builtinSource, parseCatalogFile } from "./catalog/load.js";
import { DirectorySource } from "./sources/directory.js";
import { GitRevisionSource } from "./sources/git.js";
import { runDetectors } from "./scan/run.js";
import { buildDocument, type RepoFacts } from "./document/build.js";
import { isBareRepo, isGitRepo, lastChanges, repoFacts, siteTimestamp } from "./git/facts.js";
import { builtinDetectors } from "../detectors/index.js";
import { REPO_METADATA } from "./constants.js";
import { hasGit, runGit } from "./git/run.js";
import { unknownMatcherTargets } from "./catalog/check-file.js";

const USER_CATALOG = "techstack.catalog.yml";

export interface DetectOptions {
  /** Detectors to run besides the built-in ones. */
  detectors?: Detector[];
  /** Names of built-in detectors not to run (`npm`, `python`, ...); `true` disables all of them. */
  disable?: string[] | true;
  /** Catalog data added to (or overriding) the built-in catalog. */
  catalog?: CatalogSource | CatalogSource[];
  /** Scan this git revision of `dir` instead of its working tree. */
  rev?: string;
  /** Read git history for repo_name, branch and last_updated_*; default true. */
  git?: boolean;
  /** With git, read each tool's last change from the history (last_updated_*); default true. */
  history?: boolean;
  /** A fixed timestamp for reproducible output. */
  timestamp?: string | Date;
  /** Files larger than this are skipped with a warning (default 20 MiB). */
  maxFileBytes?: number;
  /** Only paths matching one of these globs are scanned. */
  include?: string[];
  /** Paths matching one of these globs are not scanned. */
  exclude?: string[];
  /** Package entries for direct dependencies no tool claims; default true. */
  packages?: boolean;
  /** Overrides for the document's header (repo_name, provider, branch, ...). */
  repo?: Partial<RepoFacts>;
  /** Called with each warning as the result is made. */
  onWarning?: (warning: ScanWarning) => void;
}

/** Scans a directory (or one of its git revisions) and returns the stack document. */
export async function detect(target: string | FileSource, options: DetectOptions = {}): Promise<StackDocument> {
  return (await scan(target, options)).document;
}

/** Like `detect`, with the warnings and the scan's figures. */
export async function scan(target: string | FileSource, options: DetectOptions = {}): Promise<DetectResult> {
  if (typeof target !== "string" && !isFileSource(target)) throw new TypeError(`scan: expected a directory path or a FileSource (with list and read), not ${kindOf(target)}`);
  const dir = typeof target === "string" ? resolve(target) : undefined;
  if (dir !== undefined) await assertDirectory(dir);
  // A revision is handed to git: one that reads as an option (`--output=...`) never is.
  if (options.rev?.startsWith("-")) throw new Error(`not a revision: '${options.rev}'`);
  if (dir !== undefined && options.rev && !isGitRepo(dir)) throw new Error(`not a git repository, so it has no revision ${options.rev}: ${dir}`);
  if (dir !== undefined && options.rev && !(await hasGit())) throw new Error(`git is not installed (or not on PATH), so revision ${options.rev} cannot be read`);
  // A bare repository has no working tree to walk: its HEAD is what it holds.
  if (dir !== undefined && !options.rev && (await isBareRepo(dir))) options = { ...options, rev: "HEAD" };
  const source = typeof target !== "string" ? target : options.rev ? new GitRevisionSource(dir!, options.rev) : await directorySource(dir!, options);
  const inCheckout = options.git !== false && dir !== undefined && isGitRepo(dir);
  // Without a git program there are no repository facts or history to read: said, not guessed.
  const useGit = inCheckout && (await hasGit());
  const gitWarnings: ScanWarning[] = inCheckout && !useGit ? [{ file: ".", message: "git is not installed (or not on PATH): the repository's name, branch and last_updated_* are left out" }] : [];

  const { catalog, warnings: catalogWarnings } = await catalogFor(source, options);
  const detectors = selectDetectors(options);
  const run = await runDetectors(source, detectors, catalog, { maxFileBytes: options.maxFileBytes, filter: pathFilter(options) });
  // The walk never enters .git, so a checkout's own git is reported here.
  if (inCheckout && catalog.tools.has("git")) run.findings.push({ ref: "tool:git", file: REPO_METADATA, detector: "git" });

  const repo: RepoFacts = {
    ...(useGit ? await repoFacts(dir!, options.rev) : defaultFacts(dir ?? source.label)),
    ...options.repo,
  };
  const sourceFiles = new Set(run.findings.map((f) => f.file).filter((f) => f !== REPO_METADATA));
  const changes = useGit && options.history !== false ? await lastChanges(dir!, [...sourceFiles], options.rev ?? "HEAD") : undefined;
  const timestamp =
    typeof options.timestamp === "string" ? options.timestamp : siteTimestamp(options.timestamp ?? new Date());
  const document = buildDocument({ findings: run.findings, catalog, repo, timestamp, changes, packages: options.packages });
  const warnings = [...gitWarnings, ...catalogWarnings, ...run.warnings];
  for (const w of warnings) options.onWarning?.(w);
  return { document, warnings, stats: { filesListed: run.entries.length, filesRead: run.filesRead } };
}

/**
 * A working tree. In a checkout, other repositories inside it are left out, and (when git may be
 * read) the files it tracks are scanned even where a .gitignore matches them, as a revision is.
 */
async function directorySource(dir: string, options: DetectOptions): Promise<DirectorySource> {
  const checkout = isGitRepo(dir);
  const tracked =
    checkout && options.git !== false && (await hasGit())
      ? await runGit(dir, ["ls-files", "-z"]).then((out) => new Set(out.split("\0").filter(Boolean)), () => undefined)
      : undefined;
  return new DirectorySource(dir, { skipRepositories: checkout, tracked });
}

function selectDetectors(options: DetectOptions): Detector[] {
  (options.detectors ?? []).forEach(checkDetector);
  const disabled = options.disable;
  const builtins = disabled === true ? [] : builtinDetectors.filter((d) => !disabled?.includes(d.name));
  return [...builtins, ...(options.detectors ?? [])];
}

/**
 * The built-in catalog, extended by options and by a `techstack.catalog.yml` at the root. That file
 * is the scanned repository's: one that cannot be read or used is a warning naming it, and the scan
 * goes on with the rest; a matcher of it naming no tool is a warning too.
 */
async function catalogFor(source: FileSource, options: DetectOptions): Promise<{ catalog: Catalog; warnings: ScanWarning[] }> {
  const extra = options.catalog ? (Array.isArray(options.catalog) ? options.catalog : [options.catalog]) : [];
  const warnings: ScanWarning[] = [];
  let userFile: CatalogSource | undefined;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source.read(USER_CATALOG, 1 << 20);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") warnings.push({ file: USER_CATALOG, message: `not read: ${code === "E2BIG" ? "larger than 1 MiB" : (error as Error).message}` });
  }
  if (bytes) {
    try {
      userFile = parseCatalogFile(new TextDecoder().decode(bytes), USER_CATALOG);
    } catch (error) {
      warnings.push({ file: USER_CATALOG, message: `not used: ${(error as Error).message.replace(`${USER_CATALOG}: `, "").split("\n")[0]}` });
    }
  }
  if (extra.length === 0 && !userFile) return { catalog: builtinCatalog(), warnings };
  // Built on the built-in data itself: a copy made from the indexed catalog lost what its
  // lookups do not return (a matcher list's opening `~`).
  const catalog = new Catalog(builtinSource(), ...extra, ...(userFile ? [userFile] : []));
  if (userFile) for (const message of unknownMatcherTargets(userFile, (id) => catalog.tools.has(id))) warnings.push({ file: USER_CATALOG, message });
  return { catalog, warnings };
}

function isFileSource(value: unknown): value is FileSource {
  const source = value as Partial<FileSource> | null | undefined;
  return typeof source?.list === "function" && typeof source.read === "function";
}

/** A custom detector with what the scan needs of it, or a TypeError saying what is missing. */
function checkDetector(detector: Detector, i: number): void {
  const d = detector as Partial<Detector> | null | undefined;
  if (typeof d?.name !== "string" || !d.name) throw new TypeError(`detector ${i}: needs a name (a string)`);
  if (!Array.isArray(d.files) || !d.files.every((f) => typeof f === "string")) throw new TypeError(`detector '${d.name}': files must be a list of globs ([] for the whole tree)`);
  if (typeof d.detect !== "function") throw new TypeError(`detector '${d.name}': needs a detect(ctx) function`);
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object without list and read" : String(value);
}

function pathFilter(options: DetectOptions): ((path: string) => boolean) | undefined {
  if (!options.include?.length && !options.exclude?.length) return undefined;
  const include = options.include?.length ? globMatcher(options.include) : () => true;
  const exclude = options.exclude?.length ? globMatcher(options.exclude) : () => false;
  return (path) => include(path) && !exclude(path);
}

/**
 * Globs over paths from the root; as in a .gitignore, one that matches a folder (`legacy`,
 * `legacy/`, `/legacy`, `**\/legacy`) covers every path inside it.
 */
function globMatcher(globs: string[]): (path: string) => boolean {
  const cleaned = globs.map((g) => g.replace(/^\.?\/+/, "").replace(/\/+$/, "")).filter(Boolean);
  const matches = picomatch(cleaned, { dot: true });
  return (path) => {
    if (matches(path)) return true;
    for (let slash = path.indexOf("/"); slash > 0; slash = path.indexOf("/", slash + 1)) if (matches(path.slice(0, slash))) return true;
    return false;
  };
}

function defaultFacts(label: string): RepoFacts {
  const name = label.split(/[\\/]/).filter(Boolean).pop() ?? "repository";
  return { repo_name: name, provider: "local", branch: "main", requested_by: "", repo_type: "Public" };
}

async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`not a directory: ${dir}`);
}
