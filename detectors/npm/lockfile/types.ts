/** A package as a lockfile pins it. */
export interface LockedPackage {
  version: string;
  license?: string;
  /**
   * The package installed there, where the lockfile names it: another one than the name asked for
   * is an alias (`"node_modules/react": { "name": "@preact/compat" }` from an `overrides` entry).
   */
  name?: string;
}

/** What every npm-family lockfile answers. */
export interface Lockfile {
  /**
   * The version installed for `name`, declared as `range` by the package in folder `importer`
   * (relative to the lockfile's folder, "" for the lockfile's own folder).
   */
  resolve(name: string, range: string, importer: string): LockedPackage | undefined;
  /**
   * The packages installed for the package in folder `importer`: in its own node_modules, or for
   * "" at the lockfile's top level (hoisted); where the format says which.
   */
  installed?(importer: string): string[];
  /**
   * Whether the lockfile installs the package in folder `importer` (a workspace package it
   * records); false for a package.json it does not know (an example or a docs site beside the
   * project, outside its workspaces). Absent where the format does not say.
   */
  covers?(importer: string): boolean;
  /**
   * Whether the lockfile installs `name` for the package in folder `importer` as a link to a folder
   * (a workspace package: package-lock.json's `"link": true`, pnpm's `link:../ui`), not from a
   * registry. Absent where the format does not say.
   */
  links?(name: string, importer: string): boolean;
  /**
   * Whether the lockfile records that it resolved `name` for the package in folder `importer` as
   * declared with `range` exactly (pnpm's `specifier`): the range not edited since, its release in
   * it. Absent where the format keeps no such record (package-lock.json's entry for a folder is
   * package.json copied at every save, also where a release nested below is out of its range).
   */
  recordsRange?(name: string, range: string, importer: string): boolean;
}
