import ignore, { type Ignore } from "ignore";

/**
 * Folders never scanned: installed dependencies, virtual environments, caches and VCS data.
 * Build output is left to each repository's `.gitignore`, since `build/` or `dist/` sometimes
 * hold real sources.
 */
export const DEFAULT_IGNORED_DIRS: ReadonlySet<string> = new Set([
  ".git", ".hg", ".svn",
  "node_modules", "bower_components", "jspm_packages", ".pnpm-store",
  ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages",
  ".next", ".nuxt", ".svelte-kit", ".parcel-cache", ".turbo", ".angular",
  ".gradle", ".terraform", ".serverless", ".aws-sam",
  "vendor", "Pods", "Carthage",
]);

/**
 * The ignore rules of one tree: the default folders plus every `.gitignore`, each applying to
 * paths below its own folder, as git does.
 */
export class IgnoreRules {
  private readonly byDir = new Map<string, Ignore>();
  private readonly chains = new Map<string, ReadonlyArray<readonly [string, Ignore]>>();
  private readonly dirCache = new Map<string, boolean>();

  /** Registers the `.gitignore` found in `dir` ("" for the root), before `dir`'s entries are tested. */
  addGitignore(dir: string, text: string): void {
    this.byDir.set(dir, ignore({ allowRelativePaths: true }).add(text));
    this.chains.delete(dir);
  }

  /** Whether an entry of a folder is ignored, assuming the folder itself is not. */
  ignoredEntry(path: string, isDir: boolean): boolean {
    const slash = path.lastIndexOf("/");
    if (isDir && DEFAULT_IGNORED_DIRS.has(path.slice(slash + 1))) return true;
    for (const [base, rules] of this.chain(slash < 0 ? "" : path.slice(0, slash))) {
      const relative = base ? path.slice(base.length + 1) : path;
      if (rules.ignores(isDir ? relative + "/" : relative)) return true;
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
  private chain(dir: string): ReadonlyArray<readonly [string, Ignore]> {
    let chain = this.chains.get(dir);
    if (!chain) {
      const slash = dir.lastIndexOf("/");
      const parent = dir === "" ? [] : this.chain(slash < 0 ? "" : dir.slice(0, slash));
      const own = this.byDir.get(dir);
      chain = own ? [...parent, [dir, own] as const] : parent;
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

/** Applies ignore rules to a complete list of paths (memory and git sources). */
export async function filterListed<T extends { path: string }>(
  entries: T[],
  readText: (path: string) => Promise<string | undefined>,
): Promise<T[]> {
  const rules = new IgnoreRules();
  const gitignores = entries.filter((e) => e.path === ".gitignore" || e.path.endsWith("/.gitignore"));
  for (const entry of gitignores) {
    const text = await readText(entry.path);
    if (text !== undefined) rules.addGitignore(entry.path.slice(0, Math.max(0, entry.path.lastIndexOf("/"))), text);
  }
  return entries.filter((e) => !rules.ignoredPath(e.path));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
