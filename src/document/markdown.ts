import { coded } from "../errors.js";
import type { Registry } from "../catalog/types.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { largestGroupsFirst } from "../kit.js";
import { checkArgument, isDocument, isFields, toolsProblem } from "./shape.js";
import { nameOrder } from "./order.js";
import { REPO_METADATA } from "../constants.js";
import { repositoryUrl } from "../git/forges.js";
import { cell, htmlText, linkTarget, percentEncoded } from "./markdown-text.js";

/** The logo-card sections of techstack.md, in order, with the icon the site shows for each. */
const SECTIONS: Array<{ title: string; icon?: string }> = [
  { title: "Languages", icon: "https://img.stackshare.io/languages.svg" },
  { title: "Frameworks", icon: "https://img.stackshare.io/frameworks.svg" },
  { title: "Data", icon: "https://img.stackshare.io/databases.svg" },
  { title: "DevOps", icon: "https://img.stackshare.io/devops.svg" },
  { title: "Platforms", icon: "https://img.stackshare.io/platforms.svg" },
  { title: "Business Tools", icon: "https://img.stackshare.io/business.svg" },
  { title: "Other" },
];
const PER_ROW = 8;
const NO_IMAGE = "https://img.stackshare.io/no-img-open-source.png";

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

function markdownSubCategory(tool: ToolEntry): string | undefined {
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

/**
 * techstack.md from the document alone: the hidden README snippets (without and with images),
 * the header card, one logo table per section (eight cards a row), and a package table per
 * registry with name, version, last change, author, license and known vulnerabilities.
 * `path` is where techstack.md sits in the repository (`docs/techstack.md`), which the snippets'
 * "Full tech stack" link points at.
 */
export function toMarkdown(doc: StackDocument, registries: ReadonlyMap<string, Registry> = new Map(), path = "techstack.md"): string {
  checkArgument("toMarkdown", "doc", isDocument(doc), "a stack document (with its tools list)", doc, "TECHSTACK_INVALID_DOCUMENT");
  const problem = toolsProblem(doc.tools);
  if (problem) throw coded(new TypeError(`toMarkdown: ${problem}`), "TECHSTACK_INVALID_DOCUMENT");
  checkArgument("toMarkdown", "registries", registries instanceof Map, "a Map of registry kind to registry (catalog.registries)", registries);
  checkArgument("toMarkdown", "path", typeof path === "string", "a string", path);
  const tools = doc.tools.filter((t) => !t.package_url && !isNamedPackage(t));
  const packages = doc.tools.filter((t) => t.package_url);
  const out: string[] = [];
  const main = snippetTools(tools, registries);
  out.push("<!--");
  for (const images of [false, true]) {
    const label = `Readme.md Snippet ${images ? "with" : "without"} images`;
    out.push(`&lt;--- ${label} Start ---&gt;`, "## Tech Stack", `${doc.repo_name} is built on the following main stack:`, "");
    for (const t of main) {
      const img = images ? `<img width='25' height='25' src='${attribute(t.image_url ?? NO_IMAGE)}' alt='${attribute(t.name)}'/> ` : "";
      // A tool of the user's own category has no sub-category of the site's: the category stands in.
      out.push(`- ${img}[${linkLabel(t.name)}](${snippetTarget(t.website_url!)}) – ${linkLabel(markdownSubCategory(t) ?? t.category!)}`);
    }
    // The site leaves one empty line where the list would be.
    if (main.length === 0) out.push("");
    // The snippet goes in a README, so its link is the file's path from the repository's root.
    out.push("", `Full tech stack [here](/${linkTarget(String(path).replace(/\\/g, "/").replace(/^(?:\.?\/)+/, ""))})`, "", `&lt;--- ${label} End ---&gt;`);
    if (!images) out.push("");
  }
  out.push("-->", '<div align="center">', "", "# Tech Stack File");
  const repoUrl = repositoryUrl(doc.provider, doc.repo_name, doc.tools.filter((t) => t.detection_source !== "manual").map((t) => t.detection_source_url));
  const repo = repoUrl ? `[${doc.repo_name}](${repoUrl})` : doc.repo_name;
  out.push(`![](https://img.stackshare.io/repo.svg "repo") ${repo}![](https://img.stackshare.io/public_badge.svg "public")`);
  out.push("<br/><br/>", `|${doc.detected_tools_count}<br/>Tools used|${shortDate(doc.timestamp)} <br/>Report generated|`, "|------|------|", "</div>", "");

  for (const section of SECTIONS) {
    const cards = tools.filter((t) => sectionOf(t) === section.title).sort(nameOrder);
    if (cards.length === 0) continue;
    out.push(`## ${section.icon ? `<img src='${section.icon}'/> ` : ""}${section.title} (${cards.length})`);
    out.push("<table><tr>");
    cards.forEach((t, i) => {
      if (i > 0 && i % PER_ROW === 0) out.push("</tr>", "<tr>");
      out.push(`${i % PER_ROW === 0 ? "  " : ""}<td align='center'>`);
      out.push(`  <img width='36' height='36' src='${attribute(t.image_url ?? NO_IMAGE)}' alt='${attribute(t.name)}'>`, "  <br>");
      out.push(`  <sub><a href="${attribute(t.website_url ?? "")}">${htmlText(t.name)}</a></sub>`, "  <br>", `  <sub>${t.version ? `v${htmlText(String(t.version))}` : ""}</sub>`, "</td>", "");
    });
    out.push("</tr>", "</table>", "");
  }

  if (packages.length) {
    out.push("", `## <img src='https://img.stackshare.io/group.svg' /> Open source packages (${packages.length})</h2>`, "");
    // Largest registry first, as the site orders them.
    let first = true;
    for (const [title, list] of largestGroupsFirst(packages, (p) => registryTitle(p, registries))) {
      // Two empty lines between one registry's table and the next heading.
      if (!first) out.push("");
      first = false;
      const icon = [...registries.values()].find((r) => r.title === title)?.icon;
      out.push(`## ${icon ? `<img width='24' height='24' src='${icon}'/> ` : ""}${title} (${list.length})`, "");
      out.push("|NAME|VERSION|LAST UPDATED|LAST UPDATED BY|LICENSE|VULNERABILITIES|", "|:------|:------|:------|:------|:------|:------|");
      for (const p of list.sort(nameOrder)) {
        const vulns = p.vulnerabilities?.length
          ? p.vulnerabilities.map((v) => `[${cell(v.cve_id ?? "")}](${linkTarget(v.cve_url ?? "")}) (${cell(capitalize(v.severity ?? ""))})`).join("<br/>")
          : "N/A";
        const when = p.last_updated_on ? shortDate(p.last_updated_on) : "N/A";
        out.push(`|[${cell(p.name)}](${linkTarget(p.package_url!)})|${p.version ? `v${cell(p.version)}` : "N/A"}|${when}|${cell(p.last_updated_by ?? "N/A")} |${cell(p.license ?? "N/A")}|${vulns}|`);
      }
      out.push("");
    }
  }
  out.push("<br/>", "<div align='center'>", "", "Generated by [techstack](https://www.npmjs.com/package/techstack)", "</div>", "");
  return out.join("\n");
}

/**
 * The README snippet's "main stack": catalogued tools with a page and a category, but neither the
 * version control system nor a package registry itself (npm, PyPI, NuGet: the package tables
 * below stand for them). Listed in the order the site catalogued the tools, which the numeric id
 * in their image path records; tools without one follow by name.
 */
function snippetTools(tools: ToolEntry[], registries: ReadonlyMap<string, Registry>): ToolEntry[] {
  const registryNames = new Set([...registries.values()].map((r) => r.title?.toLowerCase()).filter(Boolean));
  const main = tools.filter(
    (t) => t.website_url && t.category && t.sub_category !== "Version Control System" && !registryNames.has(t.name.toLowerCase()),
  );
  const id = (t: ToolEntry) => {
    const m = /\/service\/(\d+)\//.exec(t.image_url ?? "");
    return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
  };
  return main
    .map((t, i) => ({ t, i, id: id(t) }))
    .sort((a, b) => a.id - b.id || (a.id === Infinity ? nameOrder(a.t, b.t) : 0) || a.i - b.i)
    .map((x) => x.t);
}

function isNamedPackage(t: ToolEntry): boolean {
  return t.sub_category?.endsWith("Packages") === true && t.category === "Libraries" && t.detection_source !== REPO_METADATA && /:/.test(t.name);
}

/** The title of the registry a package entry's page is on (`npm`), or its host when none matches. */
function registryTitle(p: ToolEntry, registries: ReadonlyMap<string, Registry>): string {
  for (const r of registries.values()) {
    const prefix = r.package_url?.split("{name}")[0];
    if (prefix && p.package_url?.startsWith(prefix)) return r.title ?? prefix;
  }
  // A page no registry gives, by its host; one that is no URL (a package added by hand) as written.
  const url = URL.canParse(p.package_url!) ? new URL(p.package_url!) : undefined;
  return url?.hostname || p.package_url!.replace(/\s+/g, " ");
}

/** `2024-01-31T...` or `2024-01-31 10:00:00 Z` -> `01/31/24`. */
function shortDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? `${m[2]}/${m[3]}/${m[1]!.slice(2)}` : value;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * An HTML attribute's value (quoted with ' or "): a quote would end it (`alt='Let's Encrypt'`),
 * and `<`/`>` would be markup, or end the comment around the README snippets.
 */
function attribute(text: string): string {
  return String(text).replace(/['"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A Markdown link's label in a snippet line: `[`/`]` would nest a link, `<`/`>` be markup. */
function linkLabel(text: string): string {
  return htmlText(String(text).replace(/[[\]]/g, (c) => `\\${c}`));
}

/**
 * A snippet link's target as the site writes it (`C_(programming_language)` kept), with only what
 * would end it early percent-encoded: white space and `<`/`>`.
 */
function snippetTarget(url: string): string {
  return String(url).replace(/[\s<>]/g, percentEncoded);
}
