import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { deepFreeze } from "./catalog.js";
import { normalize } from "./name-keys.js";

/**
 * The site's tools the catalog leaves out (`catalog/site-list.tsv`, dist/site-list.tsv in the
 * package: 6,637 of its 9,072, under ten stacks and in no stack file of the corpus), so a tool typed
 * by hand can be any the site lists. Only a name or slug typed exactly (normalized) finds one: no
 * near spelling, no scan, no part of start-up; the file is read when a name is first looked up here.
 */

/** Catalogs built on the built-in data (`builtinCatalog`, `catalogWith`): only these know the site's list. */
const ON_BUILTIN = new WeakSet<Catalog>();

/** Marks a catalog as built on the built-in data, whose site list it answers from. */
export function knowsSiteList(catalog: Catalog): Catalog {
  ON_BUILTIN.add(catalog);
  return catalog;
}

/** A row of the list: the site's slug, name, category and sub-category slugs, and popularity. */
interface Row {
  slug: string;
  name: string;
  category: string;
  subCategory: string;
  popularity: number | undefined;
}

/** The rows by normalized name and by normalized slug, read once per process; an empty map where the file is missing. */
let rows: Map<string, Array<{ row: Row; by: "name" | "slug" }>> | undefined;
/** By catalog, the tool of each row it found, by slug: frozen, as the built-in tools a catalog hands out are. */
const made = new WeakMap<Catalog, Map<string, CatalogTool>>();

/**
 * The site's listed tools a typed key (normalized) names exactly, by name or slug, for a catalog
 * built on the built-in data; none for any other catalog, and none the catalog holds itself (by
 * id, or a tool of that very name: a repository's catalog may add one).
 */
export function listedTools(catalog: Catalog, key: string, isCatalogName: (key: string) => boolean): Array<{ tool: CatalogTool; by: "name" | "slug" }> {
  if (!ON_BUILTIN.has(catalog) || !key) return [];
  rows ??= readRows();
  const hits = (rows.get(key) ?? []).filter(({ row }) => !catalog.tools.has(row.slug) && !isCatalogName(normalize(row.name)));
  // A name typed exactly comes before a slug spelt alike: that row is the one meant.
  const named = hits.some((h) => h.by === "name");
  return hits.filter((h) => !named || h.by === "name").map(({ row, by }) => ({ tool: toolOf(catalog, row), by }));
}

/** A row as a catalog tool: its name, and its category and sub-category in the catalog's display forms. */
function toolOf(catalog: Catalog, row: Row): CatalogTool {
  let tools = made.get(catalog);
  if (!tools) made.set(catalog, (tools = new Map()));
  let tool = tools.get(row.slug);
  if (!tool) {
    const category = catalog.categories[row.category];
    tool = { id: row.slug, name: row.name };
    if (category?.name) tool.category = category.name;
    const sub = category?.sub_categories?.[row.subCategory];
    if (sub) tool.sub_category = sub;
    if (row.popularity !== undefined) tool.popularity = row.popularity;
    deepFreeze(tool);
    tools.set(row.slug, tool);
  }
  return tool;
}

function readRows(): Map<string, Array<{ row: Row; by: "name" | "slug" }>> {
  const byKey = new Map<string, Array<{ row: Row; by: "name" | "slug" }>>();
  const text = siteListText();
  if (text === undefined) return byKey;
  const lines = text.split("\n");
  // Past the notice's comments, the header row names the columns.
  let i = 0;
  while (i < lines.length && lines[i]!.startsWith("#")) i++;
  for (i++; i < lines.length; i++) {
    const [slug, name, category, subCategory, , popularity] = lines[i]!.split("\t");
    if (!slug || !name) continue;
    const row: Row = { slug, name, category: category ?? "", subCategory: subCategory ?? "", popularity: popularity ? Number(popularity) : undefined };
    const nameKey = normalize(name);
    const slugKey = normalize(slug);
    add(byKey, nameKey, { row, by: "name" });
    if (slugKey !== nameKey) add(byKey, slugKey, { row, by: "slug" });
  }
  return byKey;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The list beside the bundle (dist/site-list.tsv), else in the catalog's source folder; undefined where neither is. */
function siteListText(): string | undefined {
  const url = (import.meta as { url?: string }).url;
  if (!url) return undefined;
  const here = dirname(fileURLToPath(url));
  const paths = [join(here, "site-list.tsv")];
  for (let dir = here, i = 0; i < 4; i++, dir = dirname(dir)) paths.push(join(dir, "catalog", "site-list.tsv"));
  const path = paths.find((p) => existsSync(p));
  return path === undefined ? undefined : readFileSync(path, "utf8");
}
