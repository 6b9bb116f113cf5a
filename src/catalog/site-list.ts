import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { deepFreeze } from "./catalog.js";
import { nameWords, normalize } from "./name-keys.js";

/**
 * The site's tools the catalog leaves out (`catalog/site-list.tsv`, dist/site-list.tsv in the
 * package: 6,637 of its 9,072, under ten stacks and in no stack file of the corpus), so a tool typed
 * by hand can be any the site lists. Only a name or slug typed exactly (normalized; resolve.ts also
 * reads a code host's repository address as its name, and
 * tries the name with a vendor's other prefix) finds one: no
 * near spelling, no scan, no part of start-up; the file is read when a name is first looked up here,
 * and searched for the name's key, never parsed whole.
 */

/** Catalogs built on the built-in data (`builtinCatalog`, `catalogWith`): only these know the site's list. */
const ON_BUILTIN = new WeakSet<Catalog>();

/** Marks a catalog as built on the built-in data, whose site list it answers from. */
export function knowsSiteList(catalog: Catalog): Catalog {
  ON_BUILTIN.add(catalog);
  return catalog;
}

/** The list's text, read on the first look-up, and lower-cased (listedHolding) when first searched so. */
let text: string | undefined;
let lower: string | undefined;
/** By catalog, the tool of each row it found, by slug: frozen, as the built-in tools a catalog hands out are. */
const made = new WeakMap<Catalog, Map<string, CatalogTool>>();

/**
 * The site's listed tools a typed key (normalized) names exactly, by name or slug, for a catalog
 * built on the built-in data; none for any other catalog, and none the catalog holds itself (by
 * id, or a tool of that very name: a repository's catalog may add one).
 */
export function listedTools(catalog: Catalog, key: string, isCatalogName: (key: string) => boolean): Array<{ tool: CatalogTool; by: "name" | "slug" }> {
  if (!ON_BUILTIN.has(catalog) || !key) return [];
  const hits = rowsUnder(key)
    .map((row) => ({ ...row, by: normalize(row.name) === key ? ("name" as const) : ("slug" as const) }))
    .filter((row) => !catalog.tools.has(row.slug) && !isCatalogName(normalize(row.name)));
  // A name typed exactly comes before a slug spelt alike: that row is the one meant.
  const named = hits.some((h) => h.by === "name");
  return hits.filter((h) => !named || h.by === "name").map((row) => ({ tool: toolOf(catalog, row), by: row.by }));
}

/**
 * The listed tool of a slug as the site writes it (its page's address, `stackshare.io/kube`), for a
 * catalog built on the built-in data that holds no tool of that id: the one way to name surely a
 * listed tool whose name and slug are a catalog tool's alias too ("kube", Kubernetes's).
 */
export function listedBySlug(catalog: Catalog, slug: string): CatalogTool | undefined {
  if (!ON_BUILTIN.has(catalog) || catalog.tools.has(slug)) return undefined;
  const row = rowsUnder(normalize(slug)).find((r) => r.slug === slug);
  return row && toolOf(catalog, row);
}

/**
 * The listed tools whose name or slug key opens with a typed key (normalized), for a picker searched
 * as it is typed in ("cloudflare r" finds Cloudflare R2): the key's own tool first, then the most
 * popular, at most `limit`; none for a key under two letters, which opens too many names to say
 * anything, nor for a catalog not built on the built-in data. The list is searched, not parsed.
 */
export function listedOpening(catalog: Catalog, key: string, limit: number): CatalogTool[] {
  if (!ON_BUILTIN.has(catalog) || key.length < 2) return [];
  const rows = new Map<string, Row & { own: boolean }>();
  for (const line of linesOpening(key)) {
    const row = rowOf(line);
    if (!row || catalog.tools.has(row.slug)) continue;
    const own = line.startsWith(`${key}\t`);
    if (!rows.get(row.slug)?.own) rows.set(row.slug, { ...row, own });
  }
  return [...rows.values()]
    .sort((a, b) => Number(b.own) - Number(a.own) || Number(b.popularity ?? 0) - Number(a.popularity ?? 0))
    .slice(0, limit)
    .map((row) => toolOf(catalog, row));
}

/**
 * The listed tools whose longer name holds some words (normalized) as a run of its own words
 * ("Duo Security" holds "duo"), the catalog's own tools left out. The text is searched for the first
 * word, and only the lines holding it are read.
 */
export function listedHolding(catalog: Catalog, words: readonly string[]): CatalogTool[] {
  if (!ON_BUILTIN.has(catalog) || !words.length) return [];
  const source = listText();
  lower ??= lowerInPlace(source);
  const seen = new Set<number>();
  const found = new Map<string, CatalogTool>();
  for (let at = lower.indexOf(words[0]!); at >= 0; at = lower.indexOf(words[0]!, at + 1)) {
    const start = source.lastIndexOf("\n", at) + 1;
    if (seen.has(start)) continue;
    seen.add(start);
    const row = rowOf(lineFrom(source, start));
    if (!row || found.has(row.slug) || catalog.tools.has(row.slug)) continue;
    if (holdsRun(nameWords(row.name), words)) found.set(row.slug, toolOf(catalog, row));
  }
  return [...found.values()];
}

/** Whether a name's words hold others as a run, and more words besides. */
export function holdsRun(name: readonly string[], words: readonly string[]): boolean {
  if (name.length <= words.length) return false;
  for (let i = 0; i + words.length <= name.length; i++) if (words.every((w, j) => name[i + j] === w)) return true;
  return false;
}

interface Row {
  slug: string;
  name: string;
  category: string;
  subCategory: string;
  popularity: string | undefined;
}

/** The rows of the list under a key (normalized). */
function rowsUnder(key: string): Row[] {
  return linesUnder(key).flatMap((line) => rowOf(line) ?? []);
}

/**
 * Look-ups that search the text before its lines are indexed by key: a search costs about 0.7 ms, the
 * index 10 to 15, so a command that looks up a few names never builds it, and a picker or a batch
 * of names, which looks up hundreds, stops searching.
 */
const SEARCHES_BEFORE_INDEX = 24;
let searches = 0;
/** Each key's lines, by where they start in the text, in the text's order. */
let lineStarts: Map<string, number[]> | undefined;

/** The lines of the list under a key (normalized), in the list's order: those that open with it and a tab. */
function linesUnder(key: string): string[] {
  // A normalized key holds letters and digits only; any other would be searched as before.
  if ((!lineStarts && ++searches <= SEARCHES_BEFORE_INDEX) || /[\t\r\n]/.test(key)) return linesOpening(`${key}\t`);
  const source = listText();
  lineStarts ??= keyLineStarts(source);
  return (lineStarts.get(key) ?? []).map((start) => lineFrom(source, start));
}

/** Where each line after the first starts, by the text before its first tab (its key); a line without a tab is under no key. */
export function keyLineStarts(source: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let at = source.indexOf("\n"); at >= 0; at = source.indexOf("\n", at + 1)) {
    const start = at + 1;
    const end = source.indexOf("\n", start);
    const tab = source.indexOf("\t", start);
    if (tab < 0 || (end >= 0 && tab > end)) continue;
    const key = source.slice(start, tab);
    const list = starts.get(key);
    if (list) list.push(start);
    else starts.set(key, [start]);
  }
  return starts;
}

/** A line of the list as a row; undefined for one without a slug or name. */
function rowOf(line: string): Row | undefined {
  const [, slug = "", name = "", category = "", subCategory = "", , popularity] = line.split("\t");
  return slug && name ? { slug, name, category, subCategory, popularity } : undefined;
}

/**
 * The lines of the list that open with a text (a key and its tab: the lines under that key): its
 * first column, each line's, is the key of the row's name or slug, so the text is searched, not
 * parsed (parsing and normalizing its 7,000 lines was most of a first look-up's time). A comment
 * line opens with `#`, which no key holds.
 */
function linesOpening(opening: string): string[] {
  const source = listText();
  const lines: string[] = [];
  const needle = `\n${opening}`;
  for (let at = source.indexOf(needle); at >= 0; at = source.indexOf(needle, at + 1)) lines.push(lineFrom(source, at + 1));
  return lines;
}

/** The list's text, read on the first look-up ("" where the file is missing). */
function listText(): string {
  return (text ??= siteListText() ?? "");
}

/** The line of a text that starts at an offset, without its line end. */
function lineFrom(source: string, start: number): string {
  const end = source.indexOf("\n", start);
  return source.slice(start, end < 0 ? undefined : end).replace(/\r$/, "");
}

/**
 * A text lower-cased character by character where that keeps its length, so an offset found in it
 * is the same line's in the text (a few characters lower-case to two, "İ" among them).
 */
export function lowerInPlace(source: string): string {
  const lowered = source.toLowerCase();
  if (lowered.length === source.length) return lowered;
  let out = "";
  for (const ch of source) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out;
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
    if (row.popularity) tool.popularity = Number(row.popularity);
    deepFreeze(tool);
    tools.set(row.slug, tool);
  }
  return tool;
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
