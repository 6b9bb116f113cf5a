import type { ToolEntry } from "../types.js";
import type { Catalog } from "../catalog/catalog.js";
import { isCatalog } from "../catalog/is-catalog.js";
import { builtinCatalog } from "../catalog/load.js";
import { checkArgument, isFields } from "./shape.js";
import { SAAS_SECTION } from "./markdown-sections.js";

/**
 * The sub-category a tool's snippet line names: the catalog's `markdown_sub_category` for a tool the
 * site's techstack.md names otherwise than its techstack.yml (Vue.js), else the entry's own.
 */
export function markdownSubCategory(tool: ToolEntry, catalog: Catalog = builtinCatalog()): string | undefined {
  return catalog.markdownFiled(tool.name)?.markdown_sub_category ?? tool.sub_category;
}

/**
 * Which section a tool's card goes in: the catalog's `markdown_section` for a tool the site's
 * techstack.md files apart from its category (Shell under Other), else by its category and
 * sub-category as the site files them (docs/site-differences.md, stop 69): a hosted platform or
 * serverless runtime under Hosting, a realtime backend and GraphQL tooling with the data stores, an
 * operating system under Other, payments, analytics, media, team tools and static web hosting under
 * SaaS. `catalog` is the built-in one unless given (a repository's, its techstack.catalog.yml read).
 */
export function sectionOf(tool: ToolEntry, catalog: Catalog = builtinCatalog()): string {
  checkArgument("sectionOf", "tool", isFields(tool), "a tool entry (an object with its name)", tool);
  checkArgument("sectionOf", "catalog", isCatalog(catalog), "a Catalog (builtinCatalog(), catalogWith(...))", catalog);
  const filed = catalog.markdownFiled(tool.name)?.markdown_section;
  if (filed) return filed;
  const { category = "", sub_category = "" } = tool;
  if (category === "Languages & Frameworks") {
    if (sub_category === "Languages" || sub_category.startsWith("Templating")) return "Languages";
    if (sub_category === "Query Languages" || sub_category === "GraphQL Tools") return "Data";
    if (sub_category === "Operating Systems") return "Other";
    return "Frameworks";
  }
  if (category === "Libraries" && /UI Libraries|MVC Frameworks|Charting|Framework Components/.test(sub_category)) return "Frameworks";
  if (category === "Data Stores") return "Data";
  if (category === "Build, Test, Deploy" || category === "Monitoring") return "DevOps";
  if (category === "Application Hosting") return hostingSection(sub_category);
  if (category === "Application Utilities" && sub_category === "Static Web Hosting") return SAAS_SECTION;
  if (["Payments", "Analytics", "Collaboration", "Assets and Media"].includes(category)) return SAAS_SECTION;
  // Communications, Support, Sales, and Marketing, Back Office and the other utilities stay under Other, as the site files them.
  return "Other";
}

/** An Application Hosting tool's section: a web server with the DevOps tools, a realtime backend with the data stores. */
function hostingSection(sub_category: string): string {
  if (/Web Server/.test(sub_category)) return "DevOps";
  if (sub_category === "Realtime Backend / API") return "Data";
  return "Hosting";
}
