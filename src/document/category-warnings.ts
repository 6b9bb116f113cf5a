import type { Catalog } from "../catalog/catalog.js";
import { suggestion } from "../catalog/check-file.js";
import { isRecord } from "../kit/parsed.js";
import type { ValidationError } from "./validate.js";

/** Each category a document may file a tool under, by name, with the sub-categories it has. */
export type KnownCategories = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The categories of a catalog: the site's (catalog/categories.yml), its registries' package
 * entries' (Libraries / npm Packages), those a repository's catalog file adds under `categories:`,
 * and the pairs its tools are filed under (`category: Internal Platform`, which a scan writes into
 * the document as it is).
 */
export function knownCategories(catalog: Catalog): KnownCategories {
  const known = new Map<string, Set<string>>();
  const add = (category: string, sub?: string) => {
    const subs = known.get(category) ?? new Set<string>();
    if (sub) subs.add(sub);
    known.set(category, subs);
  };
  for (const { name, sub_categories } of Object.values(catalog.categories)) {
    add(name);
    for (const sub of Object.values(sub_categories)) add(name, sub);
  }
  for (const registry of catalog.registries.values()) add(registry.category, registry.sub_category);
  for (const tool of catalog.tools.values()) if (tool.category) add(tool.category, tool.sub_category);
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
    const subs = known.get(tool.category);
    if (!subs) out.push({ path: `/tools/${i}/category`, message: `'${tool.category}' is none of ${whose} categories${suggestion(tool.category, [...known.keys()])}` });
    else if (typeof tool.sub_category === "string" && !subs.has(tool.sub_category)) {
      out.push({ path: `/tools/${i}/sub_category`, message: `'${tool.sub_category}' is none of ${whose} sub-categories of ${tool.category}${suggestion(tool.sub_category, [...subs])}` });
    }
  });
  return out;
}
