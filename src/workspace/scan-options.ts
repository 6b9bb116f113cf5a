import type { DetectOptions } from "../detect.js";
import type { CatalogSource, Registry } from "../catalog/types.js";
import { builtinSource } from "../catalog/load.js";
import { workspaceScope } from "./workspace.js";

/**
 * `options` for a scan of one workspace package of the monorepo at `dir` (`rev`: in that revision),
 * as the API's `workspace` option and the CLI's `--workspace` both scan it: the package's folder
 * and the root files it shares put first among the include globs (a later `!` glob of the caller's
 * still takes back part of the folder), the root manifest read for its pins alone
 * (`inheritedFrom`), and the other packages' names unlisted in the catalog. `trees`: where a
 * revision's listing is kept for the scan that follows; `said`: how messages name the option.
 */
export async function withWorkspace(dir: string, wanted: string, options: DetectOptions, rev?: string, trees?: Map<string, string>, said?: string): Promise<DetectOptions> {
  const { include, inheritedFrom, siblings } = await workspaceScope(dir, wanted, rev, trees, said);
  const scoped: DetectOptions = { ...options, include: [...include, ...(options.include ?? [])] };
  if (inheritedFrom.length) scoped.inheritedFrom = [...new Set([...inheritedFrom, ...(options.inheritedFrom ?? [])])];
  const unlisted = siblingsUnlisted(options.catalog, siblings);
  if (unlisted) scoped.catalog = [...(options.catalog ? [options.catalog].flat() : []), unlisted];
  return scoped;
}

/**
 * Catalog data that lists no entry for the other packages of a monorepo, by the registry a
 * dependency on one would be taken from (npm's, PyPI's), keeping the names each registry's table
 * (built in, or from the caller's catalog data) already leaves unlisted: a registry table given
 * later replaces the earlier one's fields.
 */
function siblingsUnlisted(configured: DetectOptions["catalog"], siblings: Record<string, string[]>): CatalogSource | undefined {
  const registries: Record<string, Registry> = {};
  for (const [kind, names] of Object.entries(siblings)) {
    if (!names.length) continue;
    const earlier = [builtinSource(), ...(configured ? [configured].flat() : [])].flatMap((source) => source.registries?.[kind]?.unlisted ?? []);
    registries[kind] = { unlisted: [...new Set([...earlier, ...names])] } as Registry;
  }
  return Object.keys(registries).length ? { registries } : undefined;
}
