import type { Catalog } from "../catalog/catalog.js";
import type { CatalogTool } from "../catalog/types.js";
import type { RankTraits } from "../catalog/rank-traits.js";
import { refKind, refName } from "../kit.js";

/** A tool's names for comparing with package names: id, name and aliases, lowercase, letters and digits only. */
export function toolNames(tool: CatalogTool): Set<string> {
  const out = new Set<string>();
  for (const n of [tool.id, tool.name, ...(tool.aliases ?? [])]) {
    const key = nameKey(n);
    if (key) out.add(key);
  }
  return out;
}

export function nameKey(name: string): string {
  // `chart.js`, `vuejs` and `ExpressJS` drop the suffix; a package whose last part is `js` alone
  // (`@eslint/js`, ESLint's rule set) does not become the tool's name by it.
  return name.toLowerCase().replace(/(?<=[a-z0-9])[.-]?js$/, "").replace(/[^a-z0-9]/g, "");
}

/** How `namesTool` compares a package's name with a tool's names. */
export interface NameMatch {
  /** Only the package's whole name counts (`vue`, not `@vitejs/vue` or `vue-core`). */
  wholeName?: boolean;
  /**
   * What the catalog says of package names (its `rankTraits`): a registry's major-version suffix
   * (a path-like name at another major path is named by what comes before, `/v{n}`) and typings
   * prefix (`@types/node` names no tool). `NO_RANK_TRAITS` compares names as written.
   */
  naming: PackageNaming;
}

/** The registries' rules for package names that `namesTool` follows (`Catalog.rankTraits` gives them). */
export type PackageNaming = Pick<RankTraits, "majorless" | "typings">;

/**
 * Whether a finding's package is the tool itself rather than a plugin or typings that merely
 * reveal it: its whole name is one of the tool's names (`vue` for Vue.js, `@vue/cli` for Vue CLI,
 * `chart.js` for Chart.js), a scoped npm package is `@tool/core` or `@scope/tool`, and a path-like
 * name (a Go module, an image, Maven coordinates) ends with one (`github.com/gin-gonic/gin`); so
 * is an unscoped `tool-core` (`babel-core`).
 * Typings (a registry's `typings_prefix`: `@types/node`) never are.
 */
export function namesTool(ref: string, names: ReadonlySet<string>, match: NameMatch): boolean {
  return keysNameTool(packageNameKeys(ref, match.naming), names, match.wholeName);
}

/**
 * The keys `namesTool` compares with a tool's names, the whole name's first (none for typings):
 * worked out once for a package that is compared with many tools. `naming` as `NameMatch`'s.
 */
export function packageNameKeys(ref: string, naming: PackageNaming): string[] {
  if (naming.typings(ref)) return [];
  const name = refName(ref);
  const keys = [nameKey(name)];
  const scoped = /^@([^/]+)\/(.+)$/.exec(name);
  if (scoped) {
    keys.push(nameKey(scoped[2]!));
    if (scoped[2] === "core") keys.push(nameKey(scoped[1]!));
    return keys;
  }
  // An unscoped `<tool>-core` is its tool's core as `@<tool>/core` is (babel-core beside babel-cli).
  const core = /^([^/:]+)-core$/.exec(name);
  if (core) keys.push(nameKey(core[1]!));
  const path = refName(naming.majorless(ref));
  const last = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf(":")) + 1);
  if (last !== name) keys.push(nameKey(last));
  return keys;
}

/** `namesTool` for a package's `packageNameKeys`. */
export function keysNameTool(keys: readonly string[], names: ReadonlySet<string>, wholeNameOnly = false): boolean {
  if (keys.length === 0) return false;
  if (wholeNameOnly) return names.has(keys[0]!);
  for (const key of keys) if (names.has(key)) return true;
  return false;
}

/** `@nestjs/platform-express` for Express: a package under a scope that is not one of the tool's names. */
export function isOtherScope(ref: string, names: ReadonlySet<string>): boolean {
  const scope = /^[\w-]+:@([^/]+)\//.exec(ref)?.[1];
  return scope !== undefined && !names.has(nameKey(scope));
}

/**
 * Whether a scoped package's scope is the first word of one of the tool's names of two or more
 * words: the vendor's own scope, where a project moved its package (`@tanstack/react-query` for
 * React Query, also called TanStack Query), not another vendor's wrapper.
 */
export function isVendorScope(ref: string, tool: CatalogTool): boolean {
  const scope = /^[\w-]+:@([^/]+)\//.exec(ref)?.[1];
  if (scope === undefined) return false;
  const key = nameKey(scope);
  return [tool.name, ...(tool.aliases ?? [])].some((n) => {
    const words = n.trim().split(/\s+/);
    return words.length > 1 && nameKey(words[0]!) === key;
  });
}

/** Whether the finding's registry has a package named as the tool itself that reveals it. */
export function hasOwnPackage(catalog: Catalog, tool: CatalogTool, ref: string): boolean {
  const kind = refKind(ref);
  if (!catalog.registries.has(kind)) return false;
  const candidates = new Set([tool.id, tool.name.toLowerCase(), ...(tool.aliases ?? []).map((a) => a.toLowerCase())]);
  for (const name of candidates) {
    if (name === ref.slice(kind.length + 1).toLowerCase()) continue;
    if (catalog.match(kind, name).some((t) => t.id === tool.id)) return true;
  }
  return false;
}
