import type { ToolEntry } from "../types.js";
import { nameOrder } from "./order.js";
import { SAAS_SECTION, sectionOf } from "./markdown-filing.js";
import { attribute, htmlText, imageSource } from "./markdown-text.js";

/** The logo-card sections of techstack.md, in order, with the icon the site shows for each. */
const SECTIONS: Array<{ title: string; icon?: string }> = [
  { title: "Languages", icon: "https://img.stackshare.io/languages.svg" },
  { title: "Frameworks", icon: "https://img.stackshare.io/frameworks.svg" },
  { title: "Data", icon: "https://img.stackshare.io/databases.svg" },
  { title: "DevOps", icon: "https://img.stackshare.io/devops.svg" },
  { title: "Hosting", icon: "https://img.stackshare.io/hosting.svg" },
  { title: SAAS_SECTION, icon: "https://img.stackshare.io/saas.svg" },
  { title: "Other" },
];
const PER_ROW = 8;

/** One logo table per section that has tools, eight cards a row, each with the tool's logo, page and version. */
export function writeCards(out: string[], tools: ToolEntry[]): void {
  for (const section of SECTIONS) {
    const cards = tools.filter((t) => sectionOf(t) === section.title).sort(nameOrder);
    if (cards.length === 0) continue;
    out.push(`## ${section.icon ? `<img src='${section.icon}'/> ` : ""}${section.title} (${cards.length})`);
    out.push("<table><tr>");
    cards.forEach((t, i) => {
      if (i > 0 && i % PER_ROW === 0) out.push("</tr>", "<tr>");
      out.push(`${i % PER_ROW === 0 ? "  " : ""}<td align='center'>`);
      out.push(`  <img width='36' height='36' src='${imageSource(t)}' alt='${attribute(t.name)}'>`, "  <br>");
      // A tool with no page (a repository catalog's own, a listed-only tool entered by hand) is its name alone, no empty link.
      const name = t.website_url ? `<a href="${attribute(t.website_url)}">${htmlText(t.name)}</a>` : htmlText(t.name);
      out.push(`  <sub>${name}</sub>`, "  <br>", `  <sub>${t.version ? `v${htmlText(String(t.version))}` : ""}</sub>`, "</td>", "");
    });
    out.push("</tr>", "</table>", "");
  }
}
