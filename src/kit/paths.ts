/** Paths inside the scanned repository: folders, base names, siblings, joins that stay inside it. */

/** The folder of a path ("" at the root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/**
 * Whether a path lies under an example, sample, demo, fixture, test or documentation folder: files
 * there show how to use something, not how this repository is built or deployed.
 */
export function inUsageFolder(path: string): boolean {
  return /(^|\/)(examples?|samples?|demos?|fixtures?|tests?|__tests__|docs?)\//i.test(path);
}

/**
 * Whether a YAML file holds data, not infrastructure: a Rails or Hugo app's locales, a Jekyll site's
 * `_data`, test snapshots and CI folders hold YAML by the thousand and no manifest or image, and
 * the YAML lockfiles (pnpm's, conda-lock's) are read by their own detectors.
 */
export function isDataYaml(path: string): boolean {
  return /(^|\/)(locales?|i18n|translations?|_data|\.github|\.circleci|__snapshots__)\//i.test(path) || YAML_LOCKFILES.has(baseName(path));
}

const YAML_LOCKFILES: ReadonlySet<string> = new Set(["pnpm-lock.yaml", "conda-lock.yml"]);

/** The path of `name` in the folder `dir` ("" at the root): `a` + `mix.lock` -> `a/mix.lock`. */
export function inFolder(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** The path of `name` in the folder of `file` (`a/Podfile` + `Podfile.lock` -> `a/Podfile.lock`). */
export function sibling(file: string, name: string): string {
  return inFolder(dirOf(file), name);
}

/** The base name of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * Whether `baseName(path) === name`, for a `name` holding no "/", compared in place: a detector
 * that picks its files out of every path of a tree by name makes no string for each.
 */
export function hasBaseName(path: string, name: string): boolean {
  return path.endsWith(name) && (path.length === name.length || path.charCodeAt(path.length - name.length - 1) === 47);
}

/** `a/b` + `../c.txt` -> `a/c.txt`; undefined when the result would leave the repository root. */
export function joinInside(dir: string, relative: string): string | undefined {
  if (relative.startsWith("/")) return undefined;
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split(/[\\/]/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/** A folder and every folder above it, up to the root (""): where a governing file may be. */
export function* foldersUp(dir: string): Generator<string> {
  for (let d: string | undefined = dir; d !== undefined; d = d ? dirOf(d) : undefined) yield d;
}

/**
 * Every folder with one of `files` at any depth below it, the root ("") included when there is
 * any: whether a module holds such files is then one set lookup, not a test of every file for
 * every module (a time that grows with their product in a monorepo of many modules).
 */
export function foldersHolding(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let slash = file.lastIndexOf("/"); ; slash = slash > 0 ? file.lastIndexOf("/", slash - 1) : -1) {
      const folder = slash < 0 ? "" : file.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
      if (slash < 0) break;
    }
  }
  return folders;
}

/**
 * The strings of a manifest's list of folders or globs (a workspace's `members`, `exclude`), from
 * its own folder without `./` or a trailing slash; none when it is no list.
 */
export function folderList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === "string").map((p) => p.replace(/^\.\//, "").replace(/\/+$/, "")) : [];
}

/** The folder itself or the nearest one above that `map` has an entry for. */
export function nearestFolder<T>(dir: string, map: ReadonlyMap<string, T>): string | undefined {
  for (const d of foldersUp(dir)) if (map.has(d)) return d;
  return undefined;
}
