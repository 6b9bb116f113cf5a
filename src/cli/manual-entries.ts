import type { Catalog } from "../catalog/catalog.js";
import type { CatalogTool } from "../catalog/types.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { repositoryCatalog } from "./repository-catalog.js";
import { MANUAL } from "../constants.js";
import { entryKey } from "../document/entry-pairs.js";
import { reportId } from "../document/build.js";
import schemaJson from "../document/schema.json" with { type: "json" };
import { listedTools } from "../catalog/site-list.js";
import { normalize } from "../catalog/name-keys.js";

/**
 * A tool entry added by hand (`detection_source: manual`) with what the catalog knows of the tool
 * it names filled in where the entry says nothing: its page, logo, category and flags, so its card
 * in techstack.md has a logo and a link as a detected tool's has. What the entry writes is kept
 * (a category of the user's own keeps the catalog's sub-category out: it belongs to another
 * category). The entry names the tool by its catalog name, case aside, or by the name of a tool of
 * the site's list the catalog leaves out (its category and sub-category filled); an alias, a slug, a
 * package entry or a name two tools share but for case (neither written exactly) is left as written.
 */
export function filledManualEntry(entry: ToolEntry, catalog: Catalog): ToolEntry {
  if (entry.package_url || typeof entry.name !== "string") return entry;
  const tool = catalogToolNamed(catalog, entry.name);
  if (!tool) return entry;
  const known: Partial<ToolEntry> = {};
  if (tool.description) known.description = tool.description;
  if (tool.website_url) known.website_url = tool.website_url;
  if (tool.license) known.license = tool.license;
  if (tool.open_source !== undefined) known.open_source = tool.open_source;
  if (tool.hosted_saas !== undefined) known.hosted_saas = tool.hosted_saas;
  if (tool.category) known.category = tool.category;
  const ownCategory = entry.category !== undefined && entry.category !== tool.category;
  if (tool.sub_category && !ownCategory) known.sub_category = tool.sub_category;
  if (tool.image_url) known.image_url = tool.image_url;
  // In a detected entry's key order (name, description, website_url, version, license, ...), the
  // entry's own values over the catalog's, then any keys of the entry's that a detected one lacks.
  const filled: Record<string, unknown> = {};
  const given = entry as unknown as Record<string, unknown>;
  for (const key of ORDER) {
    const value = Object.hasOwn(given, key) ? given[key] : (known as Record<string, unknown>)[key];
    if (value !== undefined) filled[key] = value;
  }
  for (const [key, value] of Object.entries(given)) if (!Object.hasOwn(filled, key)) filled[key] = value;
  return filled as unknown as ToolEntry;
}

/** A tool entry's keys in the order the site writes them: the schema's, which follows the site. */
const ORDER = Object.keys(schemaJson.definitions.tool.properties);

/**
 * The tool whose name is `name`: the catalog's, else one of the site's list the catalog leaves out
 * (site-list.ts, as --manual and the picker name it), each written exactly, else the only one equal
 * to it but for case.
 */
function catalogToolNamed(catalog: Catalog, name: string): CatalogTool | undefined {
  const wanted = name.trim();
  const listed = () => listedTools(catalog, normalize(wanted), () => false).flatMap(({ tool, by }) => (by === "name" ? [tool] : []));
  return namedAs(catalog.tools.values(), wanted) ?? namedAs(listed(), wanted);
}

/** Of some tools, the one named `wanted` exactly, else the only one so named but for case. */
function namedAs(tools: Iterable<CatalogTool>, wanted: string): CatalogTool | undefined {
  const same: CatalogTool[] = [];
  for (const tool of tools) {
    if (tool.name === wanted) return tool;
    if (tool.name.toLowerCase() === wanted.toLowerCase()) same.push(tool);
  }
  return same.length === 1 ? same[0] : undefined;
}

/**
 * Adds to a scan's document the tools `previous` (a techstack.yml) marks `detection_source:
 * manual`, as write carries them over: one the scan found is the scan's, and one the catalog of
 * `dir` knows gets its page, logo and category; the count and report_id then take them in. Found as diff and check match entries (a tool by
 * its name, a package by its page): a package of the same name is not the tool (a requirements
 * file's flask names no Flask, which a hand-added Flask then stands for).
 */
export async function addManualEntries(document: StackDocument, previous: StackDocument, dir: string): Promise<void> {
  const found = new Set(document.tools.map(entryKey));
  const kept = manualEntries(previous).filter((t) => !found.has(entryKey(t)));
  // A hand-added tool the catalog knows gets its page, logo and category, as a detected one has.
  const catalog = kept.length ? await repositoryCatalog(dir, { quiet: true }) : undefined;
  for (const t of kept) document.tools.push(catalog ? filledManualEntry(t, catalog) : t);
  document.detected_tools_count = document.tools.length;
  // The id is the document's entries': a tool added by hand makes another report, as a detected one does.
  if (kept.length) document.report_id = reportId(document.repo_name, document.tools);
}

export function manualEntries(doc: StackDocument): ToolEntry[] {
  return doc.tools.filter((t) => t.detection_source === MANUAL);
}
