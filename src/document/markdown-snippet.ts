import type { Registry } from "../catalog/types.js";
import type { Catalog } from "../catalog/catalog.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { nameOrder } from "./order.js";
import { markdownSubCategory } from "./markdown-filing.js";
import { attribute, htmlText, imageSource, linkTarget, percentEncoded } from "./markdown-text.js";

/**
 * The hidden README snippets of techstack.md, without and with images: the main stack, one line a
 * tool (by the sub-category the catalog's `markdown_sub_category` gives, else its own), and the
 * "Full tech stack" link to `path`.
 */
export function writeSnippets(out: string[], doc: StackDocument, tools: ToolEntry[], registries: ReadonlyMap<string, Registry>, path: string, catalog: Catalog): void {
  const main = snippetTools(tools, registries);
  // A document that names no repository (a hand-written file parsed) says what the sentence means.
  const repository = typeof doc.repo_name === "string" && doc.repo_name ? doc.repo_name : "This repository";
  out.push("<!--");
  for (const images of [false, true]) {
    const label = `Readme.md Snippet ${images ? "with" : "without"} images`;
    out.push(`&lt;--- ${label} Start ---&gt;`, "## Tech Stack", `${repository} is built on the following main stack:`, "");
    for (const t of main) {
      const img = images ? `<img width='25' height='25' src='${imageSource(t)}' alt='${attribute(t.name)}'/> ` : "";
      // A tool of the user's own category has no sub-category of the site's: the category stands in.
      // A tool with no page is listed by its name alone.
      const name = t.website_url ? `[${linkLabel(t.name)}](${snippetTarget(t.website_url)})` : linkLabel(t.name);
      out.push(`- ${img}${name} – ${linkLabel(markdownSubCategory(t, catalog) ?? t.category!)}`);
    }
    // The site leaves one empty line where the list would be.
    if (main.length === 0) out.push("");
    // The snippet goes in a README, so its link is the file's path from the repository's root.
    out.push("", `Full tech stack [here](/${linkTarget(String(path).replace(/\\/g, "/").replace(/^(?:\.?\/)+/, ""))})`, "", `&lt;--- ${label} End ---&gt;`);
    if (!images) out.push("");
  }
  out.push("-->");
}

/**
 * The README snippet's "main stack": tools with a category (those without a page listed unlinked), but neither the
 * version control system nor a package registry itself (npm, PyPI, NuGet: the package tables
 * below stand for them). Listed in the order the site catalogued the tools, which the numeric id
 * in their image path records; tools without one follow by name.
 */
function snippetTools(tools: ToolEntry[], registries: ReadonlyMap<string, Registry>): ToolEntry[] {
  const registryNames = new Set([...registries.values()].map((r) => r.title?.toLowerCase()).filter(Boolean));
  const main = tools.filter(
    (t) => t.category && t.sub_category !== "Version Control System" && !registryNames.has(t.name.toLowerCase()),
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
