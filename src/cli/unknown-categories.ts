import { join } from "node:path";
import type { ValidationError } from "../document/validate.js";
import { categoryWarnings, repositoryCategories } from "../document/category-warnings.js";
import { builtinCatalog } from "../catalog/load.js";
import { siteCategories } from "../catalog/known-categories.js";
import { catalogForScan, REPOSITORY_CATALOG } from "../catalog/repository-file.js";
import { DirectorySource } from "../sources/directory.js";
import { configuredCatalog } from "./repository-catalog.js";
import { firstLineOf } from "../kit/text.js";

/**
 * The categories and sub-categories of a document that no catalog a scan of `dir` uses knows (the
 * site's, the folder's techstack.catalog.yml and its configuration's catalog file): write puts the
 * document beside them; one from standard input is the current folder's (`where` says which). The
 * site's are asked first: the folder's catalog is read only for an entry they miss, and then only
 * its own tools' pairs are added. `notes` says once why a catalog file or the configuration was not
 * read, the warnings then being the site's alone; validate judges the document, not them.
 */
export async function unknownCategories(doc: unknown, dir: string, where: string): Promise<{ notes: string[]; warnings: ValidationError[] }> {
  const site = categoryWarnings(doc, siteCategories(builtinCatalog()), "the site's");
  if (!site.length) return { notes: [], warnings: site };
  let extra;
  try {
    extra = configuredCatalog(dir);
  } catch (error) {
    return { notes: [`${firstLineOf(error)}: the configuration not read, so categories are checked against the site's alone`], warnings: site };
  }
  const { catalog, used, unread } = await catalogForScan(new DirectorySource(dir), extra);
  // Named from the current folder, as the document's warnings are.
  const notes = unread.map((w) => `${join(dir, w.file)}${w.line === undefined ? "" : `:${w.line}`}: ${w.message}`);
  const whose = ["the site's", ...used.map((u) => `${u.file}'s`)].join(" or ");
  const found = categoryWarnings(doc, repositoryCategories(catalog, used), whose);
  // Where the repository keeps no catalog of its own at all, a category of its own is said to go in techstack.catalog.yml.
  if (used.length || unread.some((u) => u.file === REPOSITORY_CATALOG)) return { notes, warnings: found };
  return { notes, warnings: found.map((w) => ({ ...w, message: `${w.message}; a repository declares its own in ${REPOSITORY_CATALOG}, and none is ${where}` })) };
}
