import type { Catalog } from "./catalog.js";

/** Each category a tool may be filed under, by name, with the sub-categories it has. */
export type KnownCategories = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The site's categories: catalog/categories.yml's (every built-in tool's pair is one of them:
 * test/catalog.test.ts) and its registries' package entries' (Libraries / npm Packages, which
 * categories.yml leaves out). No tool is read.
 */
export function siteCategories(catalog: Catalog): Map<string, Set<string>> {
  const known = new Map<string, Set<string>>();
  for (const { name, sub_categories } of Object.values(catalog.categories)) addCategory(known, name, ...Object.values(sub_categories));
  for (const registry of catalog.registries.values()) addCategory(known, registry.category, registry.sub_category);
  return known;
}

/** Adds a category, with sub-categories (a blank one left out), to `known`. */
export function addCategory(known: Map<string, Set<string>>, category: string, ...subs: Array<string | undefined>): void {
  const have = known.get(category) ?? new Set<string>();
  for (const sub of subs) if (sub) have.add(sub);
  known.set(category, have);
}
