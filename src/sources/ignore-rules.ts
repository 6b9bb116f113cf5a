import ignore, { type Ignore } from "ignore";
import { trimTrailing } from "../kit.js";
import { IndexedRules } from "./indexed-rules.js";

/** What a scan says of a folder that is another git repository (a submodule, a nested clone), which it does not enter. */
export const NESTED_REPOSITORY = "another git repository (a submodule or a nested clone): not scanned";

/**
 * Folders never scanned: installed dependencies, virtual environments, caches and VCS data, and
 * the copies tools generate from other sources (Terragrunt's module cache and the units
 * `terragrunt stack generate` writes into `.terragrunt-stack/`).
 * Build output is left to each repository's `.gitignore`, since `build/` or `dist/` sometimes
 * hold real sources.
 */
export const DEFAULT_IGNORED_DIRS: ReadonlySet<string> = new Set([
  ".git", ".hg", ".svn",
  "node_modules", "bower_components", "jspm_packages", ".pnpm-store",
  ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages",
  ".next", ".nuxt", ".svelte-kit", ".parcel-cache", ".turbo", ".angular",
  ".gradle", ".terraform", ".terragrunt-cache", ".terragrunt-stack", ".serverless", ".aws-sam",
  "vendor", "Pods", "Carthage",
]);

/**
 * Leaves out the Solidity dependencies Foundry installs beside a foundry.toml: `forge install`
 * clones each into `lib/<name>/` (a git submodule, or a plain copy with `--no-git`, which gets
 * committed), other projects' trees with their own package.json, workflows and configuration,
 * as node_modules is. Only folders holding Solidity are libraries; files directly in `lib/`, and
 * a folder of the project's own code (a gem's `lib/<name>/`), stay.
 */
export function withoutFoundryLibraries<T extends { path: string }>(entries: T[]): T[] {
  const libs: string[] = [];
  for (const { path } of entries) {
    if (path === FOUNDRY_FILE || path.endsWith(IN_FOLDER_FOUNDRY_FILE)) libs.push(`${path.slice(0, -FOUNDRY_FILE.length)}lib/`);
  }
  if (libs.length === 0) return entries;
  const libFolders = new Set(libs);
  const library = (path: string): string | undefined => childFolderIn(path, "lib/", libFolders);
  const solidity = new Set<string>();
  for (const { path } of entries) {
    if (path.endsWith(".sol")) {
      const folder = library(path);
      if (folder) solidity.add(folder);
    }
  }
  if (solidity.size === 0) return entries;
  return entries.filter(({ path }) => {
    const folder = library(path);
    return folder === undefined || !solidity.has(folder);
  });
}
const FOUNDRY_FILE = "foundry.toml";
/** Made once: a template string in the loop was a new string for each of a tree's paths. */
const IN_FOLDER_FOUNDRY_FILE = `/${FOUNDRY_FILE}`;

/**
 * Leaves out the plugins Apache Cordova installs into a project: `cordova plugin add` copies each
 * plugin's package into `plugins/<id>/` (its package.json, with the plugin's own test and lint
 * tooling, its native sources and Gradle files), as npm copies packages into node_modules, and
 * records them in `plugins/fetch.json` and one `plugins/<platform>.json` per platform. Many Cordova
 * and Ionic apps commit that folder. A `plugins/` folder counts only beside a config.xml and holding
 * one of those records; its own files (the records) stay, and the app's config.xml and package.json
 * still name each plugin it uses.
 */
export function withoutCordovaPlugins<T extends { path: string }>(entries: T[]): T[] {
  // The records' folders first, and the config.xml files only when there is one: most trees have
  // neither, and a set of every path of a large tree is a cost no scan of them should pay.
  const recordFolders = new Set<string>();
  for (const { path } of entries) {
    if (path.endsWith(".json") && path.includes("plugins/")) {
      const m = CORDOVA_RECORD.exec(path);
      if (m) recordFolders.add(m[1] ?? "");
    }
  }
  if (recordFolders.size === 0) return entries;
  const pluginFolders = new Set<string>();
  for (const { path } of entries) {
    if (path === "config.xml" || path.endsWith("/config.xml")) {
      const parent = path.slice(0, -"config.xml".length);
      if (recordFolders.has(parent)) pluginFolders.add(`${parent}plugins/`);
    }
  }
  if (pluginFolders.size === 0) return entries;
  return entries.filter(({ path }) => childFolderIn(path, "plugins/", pluginFolders) === undefined);
}
/** Cordova's records of the plugins it installed: `plugins/fetch.json`, `plugins/android.json`. */
const CORDOVA_RECORD = /^((?:[^/]+\/)*)plugins\/(?:fetch|android|ios|browser|windows|osx|electron)\.json$/;

/**
 * The folder directly inside one of `parents` (each ending in `segment`: `lib/`, `a/plugins/`) that
 * a path lies in, the outermost where several hold it: `a/lib/forge-std/src/Test.sol` in `a/lib/`
 * is `a/lib/forge-std/`. A file directly in a parent is in none. Found from the path's own
 * `segment`s, not by trying every parent on every path (20,000 foundry.toml files once made that a
 * 400,000,000-step loop).
 */
function childFolderIn(path: string, segment: string, parents: ReadonlySet<string>): string | undefined {
  for (let i = path.indexOf(segment); i !== -1; i = path.indexOf(segment, i + 1)) {
    if (i > 0 && path[i - 1] !== "/") continue;
    if (!parents.has(path.slice(0, i + segment.length))) continue;
    const slash = path.indexOf("/", i + segment.length);
    if (slash !== -1) return path.slice(0, slash + 1);
  }
  return undefined;
}

/**
 * Whether patterns match names without regard to case: as git does where `git init` sets
 * `core.ignorecase` (the case-insensitive file systems of macOS and Windows); elsewhere `tmp/`
 * leaves a `Tmp/` folder in, as git leaves it.
 */
export const IGNORE_CASE = process.platform === "darwin" || process.platform === "win32";
const LIBRARY_OPTIONS = { allowRelativePaths: true, ignorecase: IGNORE_CASE };

/**
 * One folder's .gitignore: its folder, its rules, whether every rule matches by name alone, for
 * the commonest files (names, `*.ext`, `prefix*`, no negation) a test without the library, and for
 * the others its rules indexed by what each can match (undefined where the library's rules cannot
 * be read so: the library is then asked, rule by rule).
 */
type RuleSet = readonly [base: string, rules: Ignore, byName: boolean, byNameTest: NameTest | undefined, indexed: IndexedRules | undefined];
type NameTest = (name: string, isDir: boolean) => boolean;
/** The .gitignore files that apply inside one folder, from the root down. */
export type FolderRules = readonly RuleSet[];

/**
 * The ignore rules of one tree: the default folders plus every `.gitignore`, each applying to
 * paths below its own folder, as git does.
 */
export class IgnoreRules {
  private readonly byDir = new Map<string, RuleSet>();
  private readonly chains = new Map<string, readonly RuleSet[]>();
  private readonly dirCache = new Map<string, boolean>();

  /**
   * Registers the `.gitignore` found in `dir` ("" for the root), before `dir`'s entries are tested.
   * Returns how many of its patterns were left out: one so long that its regular expression is
   * refused ("Regular expression too large") would otherwise fail every test, and the scan.
   */
  addGitignore(dir: string, text: string): number {
    let rules = ignore(LIBRARY_OPTIONS).add(text);
    let dropped = 0;
    if (!compiles(rules)) {
      const kept = text.split(/\r?\n/).filter((line) => compiles(ignore(LIBRARY_OPTIONS).add(line)) || (dropped++, false));
      text = kept.join("\n");
      rules = ignore(LIBRARY_OPTIONS).add(text);
    }
    const byNameTest = simpleNameTest(text);
    this.byDir.set(dir, [dir, rules, matchesByName(text), byNameTest, byNameTest ? undefined : IndexedRules.of(rules)]);
    this.chains.delete(dir);
    return dropped;
  }

  /** Whether an entry of a folder is ignored, assuming the folder itself is not. */
  ignoredEntry(path: string, isDir: boolean): boolean {
    const slash = path.lastIndexOf("/");
    return this.ignoredIn(this.rulesFor(slash < 0 ? "" : path.slice(0, slash)), path.slice(slash + 1), path, isDir);
  }

  /**
   * The rules that apply to the entries of `dir`, for `ignoredIn`: a walk looks them up once per
   * folder, not once per entry. Asked after the folder's own `.gitignore` is added.
   */
  rulesFor(dir: string): FolderRules {
    return this.chain(dir);
  }

  /** `ignoredEntry` for the entry `name` (at `path`) of the folder whose `rulesFor` is `rules`. */
  ignoredIn(rules: FolderRules, name: string, path: string, isDir: boolean): boolean {
    if (isDir && DEFAULT_IGNORED_DIRS.has(name)) return true;
    // As git reads them, a deeper .gitignore overrides the ones above it: its `!debug.log` takes back
    // the root's `*.log`. So the nearest file that ignores or takes back the entry decides.
    for (let i = rules.length - 1; i >= 0; i--) {
      const [base, matcher, byName, byNameTest, indexed] = rules[i]!;
      if (byNameTest) {
        if (byNameTest(name, isDir)) return true;
        continue;
      }
      // The entry alone is tested, not its folders: the caller has found each of them not ignored
      // through every .gitignore that applies (a deeper one's `!build` taking back the root's `build`).
      const start = base ? base.length + 1 : 0;
      let result: { ignored: boolean; unignored: boolean };
      if (indexed) {
        const slash = path.indexOf("/", start);
        const first = slash < 0 ? name : path.slice(start, slash);
        result = indexed.test(name, first, () => (start ? path.slice(start) : path) + (isDir ? "/" : ""), isDir);
      } else {
        // Rules without a slash match a name at any depth (folders above are already let through),
        // so the name alone is tested: far cheaper than the whole path with its parents.
        const tested = byName ? name : start ? path.slice(start) : path;
        result = matcher.test(isDir ? tested + "/" : tested);
      }
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  }

  /** Whether a listed file is ignored, itself or through any of its folders. */
  ignoredPath(path: string): boolean {
    const slash = path.lastIndexOf("/");
    if (slash >= 0 && this.ignoredDir(path.slice(0, slash))) return true;
    return this.ignoredEntry(path, false);
  }

  /** The .gitignore files that apply inside `dir`, from the root down. */
  private chain(dir: string): readonly RuleSet[] {
    let chain = this.chains.get(dir);
    if (!chain) {
      const slash = dir.lastIndexOf("/");
      const parent = dir === "" ? [] : this.chain(slash < 0 ? "" : dir.slice(0, slash));
      const own = this.byDir.get(dir);
      chain = own ? [...parent, own] : parent;
      this.chains.set(dir, chain);
    }
    return chain;
  }

  private ignoredDir(dir: string): boolean {
    const cached = this.dirCache.get(dir);
    if (cached !== undefined) return cached;
    const slash = dir.lastIndexOf("/");
    const result = (slash >= 0 && this.ignoredDir(dir.slice(0, slash))) || this.ignoredEntry(dir, true);
    this.dirCache.set(dir, result);
    return result;
  }
}

/** Whether every pattern's regular expression can be built (the library builds them on first use). */
function compiles(rules: Ignore): boolean {
  try {
    rules.ignores("a");
    rules.ignores("a/");
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether every pattern of a .gitignore is unanchored: no slash but a trailing one, so it matches
 * a file or folder name at any depth below the .gitignore's folder.
 */
export function matchesByName(text: string): boolean {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const pattern = trimTrailing(line.replace(/^!/, ""), "/");
    if (pattern.includes("/") || pattern.includes("**")) return false;
  }
  return true;
}

/**
 * A .gitignore made only of names (`dist`, `node_modules/`), suffixes (`*.log`) and prefixes
 * (`npm-debug*`), with no negation or escape, as a plain test of a name, compared with or without
 * case as the library compares them (IGNORE_CASE); undefined for anything else, which the library
 * then handles.
 */
export function simpleNameTest(text: string, ignoreCase = IGNORE_CASE): NameTest | undefined {
  const fold = ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  const rules: Array<{ kind: "name" | "suffix" | "prefix"; value: string; dirOnly: boolean }> = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim() || line.startsWith("#")) continue;
    if (/^[!\s]|\\/.test(line)) return undefined;
    const dirOnly = line.endsWith("/");
    const pattern = fold(dirOnly ? line.slice(0, -1) : line);
    if (!pattern || pattern.includes("/") || /[?[\]{}]/.test(pattern)) return undefined;
    const stars = pattern.split("*").length - 1;
    if (stars === 0) rules.push({ kind: "name", value: pattern, dirOnly });
    else if (stars === 1 && pattern.startsWith("*")) rules.push({ kind: "suffix", value: pattern.slice(1), dirOnly });
    else if (stars === 1 && pattern.endsWith("*")) rules.push({ kind: "prefix", value: pattern.slice(0, -1), dirOnly });
    else return undefined;
  }
  const names = new Set(rules.filter((r) => r.kind === "name" && !r.dirOnly).map((r) => r.value));
  const dirNames = new Set(rules.filter((r) => r.kind === "name" && r.dirOnly).map((r) => r.value));
  const affixes = rules.filter((r) => r.kind !== "name");
  return (name, isDir) => {
    const folded = fold(name);
    if (names.has(folded) || (isDir && dirNames.has(folded))) return true;
    for (const r of affixes) {
      if (r.dirOnly && !isDir) continue;
      if (r.kind === "suffix" ? folded.endsWith(r.value) : folded.startsWith(r.value)) return true;
    }
    return false;
  };
}

/**
 * Applies ignore rules to a complete list of paths (memory and git sources). A git revision lists
 * committed files only, which a .gitignore does not take out of the repository: it passes
 * `gitignore: false`, and only the default folders are left out.
 */
export async function filterListed<T extends { path: string }>(
  entries: T[],
  readText: (path: string) => Promise<string | undefined>,
  { gitignore = true }: { gitignore?: boolean } = {},
): Promise<T[]> {
  const rules = new IgnoreRules();
  const gitignores = gitignore ? entries.filter((e) => e.path === ".gitignore" || e.path.endsWith("/.gitignore")) : [];
  for (const entry of gitignores) {
    const text = await readText(entry.path);
    if (text !== undefined) rules.addGitignore(entry.path.slice(0, Math.max(0, entry.path.lastIndexOf("/"))), text);
  }
  return entries.filter((e) => !rules.ignoredPath(e.path));
}
