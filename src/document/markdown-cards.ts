import type { ToolEntry } from "../types.js";
import { nameOrder } from "./order.js";
import { sectionOf } from "./markdown-filing.js";
import { attribute, htmlText, imageSource } from "./markdown-text.js";
import { MARKDOWN_SECTIONS } from "./markdown-sections.js";
import type { Catalog } from "../catalog/catalog.js";

const PER_ROW = 8;

/** One logo table per section that has tools (the catalog filing some apart from their category), eight cards a row, each with the tool's logo, page and version. */
export function writeCards(out: string[], tools: ToolEntry[], catalog: Catalog): void {
  for (const section of MARKDOWN_SECTIONS) {
    const cards = tools.filter((t) => sectionOf(t, catalog) === section.title).sort(nameOrder);
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
