import type { ToolEntry } from "../types.js";
import { checkArgument, isFields } from "./shape.js";

/**
 * Tools the site's techstack.md files otherwise than the techstack.yml beside it: the page's
 * sub-category (its snippet line) and the card's section. Shell is "Shells", under Other, in 4 of
 * 4 corpus techstack.md listing it (every techstack.yml says Languages); Vue.js is "Javascript UI
 * Libraries" in 2 of 2 (techstack.yml: Javascript MVC Frameworks; the section is Frameworks both ways).
 */
const MARKDOWN_FILING: Record<string, { sub_category: string; section?: string }> = {
  Shell: { sub_category: "Shells", section: "Other" },
  "Vue.js": { sub_category: "Javascript UI Libraries" },
};

/** The sub-category a tool's snippet line names. */
export function markdownSubCategory(tool: ToolEntry): string | undefined {
  return (Object.hasOwn(MARKDOWN_FILING, tool.name) ? MARKDOWN_FILING[tool.name]?.sub_category : undefined) ?? tool.sub_category;
}

/** Which section a tool's card goes in, by its category and sub-category. */
export function sectionOf(tool: ToolEntry): string {
  checkArgument("sectionOf", "tool", isFields(tool), "a tool entry (an object with its name)", tool);
  const filed = Object.hasOwn(MARKDOWN_FILING, tool.name) ? MARKDOWN_FILING[tool.name]?.section : undefined;
  if (filed) return filed;
  const { category = "", sub_category = "" } = tool;
  if (category === "Languages & Frameworks") {
    if (sub_category === "Languages" || sub_category.startsWith("Templating")) return "Languages";
    if (sub_category === "Query Languages") return "Data";
    return "Frameworks";
  }
  if (category === "Libraries" && /UI Libraries|MVC Frameworks|Charting|Framework Components/.test(sub_category)) return "Frameworks";
  if (category === "Data Stores") return "Data";
  if (category === "Build, Test, Deploy" || category === "Monitoring") return "DevOps";
  if (category === "Application Hosting") return /Web Server/.test(sub_category) ? "DevOps" : "Platforms";
  if (category === "Application Utilities" && /Hosting/.test(sub_category)) return "Platforms";
  // Communications (email and SMS APIs) stay under Other, as the site files them.
  if (["Payments", "Analytics", "Collaboration", "Support, Sales, and Marketing", "Back Office"].includes(category)) return "Business Tools";
  return "Other";
}
