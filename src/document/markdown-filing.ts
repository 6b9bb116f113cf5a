import type { ToolEntry } from "../types.js";
import { checkArgument, isFields } from "./shape.js";

/** The section of hosted services: payments, analytics, media handling, team tools. */
export const SAAS_SECTION = "Software as a Service (SaaS)";

/**
 * Tools the site's techstack.md files otherwise than the techstack.yml beside it: the page's
 * sub-category (its snippet line) and the card's section. Shell and PowerShell are "Shells", under
 * Other (corpus: 4 of 4 techstack.md listing Shell; held out: PowerShell in officialmofabs/aspnetcore,
 * 2lambda123/cumulus-orca, guibranco/MSBuild.Version.Target), though every techstack.yml says
 * Languages; Vue.js is "Javascript UI Libraries" in 2 of 2 (techstack.yml: Javascript MVC Frameworks;
 * the section is Frameworks both ways). Twilio SendGrid and Plivo, hosted messaging services, are
 * under SaaS while the rest of Communications (Nodemailer, mailgen, LangChain, OpenAI) is under Other,
 * and Buffer likewise apart from Support, Sales, and Marketing (docs/site-differences.md, stop 69).
 */
const MARKDOWN_FILING: Record<string, { sub_category?: string; section?: string }> = {
  Buffer: { section: SAAS_SECTION },
  Plivo: { section: SAAS_SECTION },
  PowerShell: { sub_category: "Shells", section: "Other" },
  Shell: { sub_category: "Shells", section: "Other" },
  "Twilio SendGrid": { section: SAAS_SECTION },
  "Vue.js": { sub_category: "Javascript UI Libraries" },
};

/** The sub-category a tool's snippet line names. */
export function markdownSubCategory(tool: ToolEntry): string | undefined {
  return filing(tool)?.sub_category ?? tool.sub_category;
}

/**
 * Which section a tool's card goes in, by its category and sub-category as the site's techstack.md
 * files them (docs/site-differences.md, stop 69): a hosted platform or serverless runtime under
 * Hosting, a realtime backend and GraphQL tooling with the data stores, an operating system under
 * Other, payments, analytics, media, team tools and static web hosting under SaaS.
 */
export function sectionOf(tool: ToolEntry): string {
  checkArgument("sectionOf", "tool", isFields(tool), "a tool entry (an object with its name)", tool);
  const filed = filing(tool)?.section;
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

function filing(tool: ToolEntry): { sub_category?: string; section?: string } | undefined {
  return Object.hasOwn(MARKDOWN_FILING, tool.name) ? MARKDOWN_FILING[tool.name] : undefined;
}
