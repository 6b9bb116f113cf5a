import type { Catalog } from "../catalog/catalog.js";
import { categoryMismatch } from "../catalog/check-file.js";
import { addCategory, siteCategories, type KnownCategories } from "../catalog/known-categories.js";
import type { UsedCatalogData } from "../catalog/repository-file.js";
import { isRecord } from "../kit/parsed.js";
import type { ValidationError } from "./validate.js";

/**
 * The categories a scan with a repository's catalog may write: the site's and the pairs the
 * repository's own catalog data files its tools under (`category: Internal Platform`, which a scan
 * writes into the document as it is), each tool as merged over a built-in one of its id. Only those
 * tools are read: a built-in tool's pair is always the site's.
 */
export function repositoryCategories(catalog: Catalog, used: readonly UsedCatalogData[]): KnownCategories {
  const known = siteCategories(catalog);
  for (const { data } of used) {
    for (const { id } of data.tools ?? []) {
      const tool = catalog.tools.get(id);
      if (tool?.category) addCategory(known, tool.category, tool.sub_category);
    }
  }
  return known;
}

/**
 * Each tools entry's category that no known one is (a misspelt `Languges`), and a sub_category its
 * category does not have; `whose` says whose they are ("the site's"). The schema takes any: a
 * category of the user's own is theirs to write, so these are warnings, not problems.
 */
export function categoryWarnings(document: unknown, known: KnownCategories, whose: string): ValidationError[] {
  const tools = isRecord(document) ? document.tools : undefined;
  if (!Array.isArray(tools)) return [];
  const out: ValidationError[] = [];
  tools.forEach((tool: unknown, i) => {
    if (!isRecord(tool) || typeof tool.category !== "string") return;
    const mismatch = categoryMismatch(tool.category, tool.sub_category, known, whose);
    if (mismatch) out.push({ path: `/tools/${i}/${mismatch.field}`, message: mismatch.message });
  });
  return out;
}
