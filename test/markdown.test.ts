import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, toMarkdown } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { corpusDir } from "./helpers.js";

const corpus = corpusDir();

/** Section headings with counts, card names in order, and package rows: the layout without prose. */
function layout(md: string): { cards: string[]; packages: string[] } {
  const cards: string[] = [];
  const packages: string[] = [];
  for (const line of md.split("\n")) {
    const section = /^## (?:<img[^>]*> )?(.+?) \((\d+)\)/.exec(line);
    if (section) (line.includes("width='24'") || section[1]!.startsWith("Open source") ? packages : cards).push(`## ${section[1]} (${section[2]})`);
    const card = /<sub><a href="[^"]*">(.*?)<\/a><\/sub>/.exec(line);
    if (card) cards.push(card[1]!);
    const row = /^\|\[(.*?)\]\((.*?)\)\|(.*?)\|(.*?)\|(.*?)\|(.*?)\|(.*?)\|$/.exec(line);
    if (row) packages.push(row.slice(1, 7).join(" | ")); // advisories change between the site's runs
  }
  return { cards, packages };
}

describe("techstack.md", () => {
  it("renders cards eight to a row and versions under them", () => {
    const tools = Array.from({ length: 9 }, (_, i) => ({ name: `Lang${i}`, website_url: `https://l${i}.dev`, category: "Languages & Frameworks", sub_category: "Languages", version: i === 0 ? "1.2.3" : undefined }));
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 9, tools };
    const md = toMarkdown(doc);
    expect(md).toContain("|9<br/>Tools used|03/05/24 <br/>Report generated|");
    expect(md).toContain("## <img src='https://img.stackshare.io/languages.svg'/> Languages (9)");
    expect(md.match(/<\/tr>\n<tr>/g)).toHaveLength(1);
    expect(md).toContain("<sub>v1.2.3</sub>");
  });

  it.runIf(corpus)("matches the layout of the site's techstack.md files", () => {
    let files = 0;
    let sameCards = 0;
    let samePackages = 0;
    for (const name of readdirSync(corpus!)) {
      const mdFile = join(corpus!, name, "truth.md");
      if (!existsSync(mdFile)) continue;
      const doc = JSON.parse(readFileSync(join(corpus!, name, "truth.json"), "utf8")) as StackDocument;
      const ours = layout(toMarkdown(doc, builtinCatalog().registries));
      const site = layout(readFileSync(mdFile, "utf8"));
      // A techstack.md and its techstack.yml come from the same report only when the counts agree.
      if (ours.packages[0] === site.packages[0]) {
        expect(ours.packages, name).toEqual(site.packages);
        samePackages++;
      }
      if (JSON.stringify(ours.cards) === JSON.stringify(site.cards)) sameCards++;
      files++;
    }
    expect(files).toBeGreaterThanOrEqual(15);
    // The site files Shell under Other though its sub-category reads Languages; the document alone cannot tell.
    expect(sameCards).toBeGreaterThanOrEqual(10);
    expect(samePackages).toBeGreaterThanOrEqual(10);
  });
});
