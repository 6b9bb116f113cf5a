// Compiles the YAML catalog (catalog/) into dist/catalog.json, the form the package loads, and copies
// the site's list of the tools it leaves out (catalog/site-list.tsv) beside it.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readCatalogDir } = await import(join(root, "dist/index.js"));
const source = readCatalogDir(join(root, "catalog"));
// Each matcher kind's table as its JSON text, each page list as its slugs one a line and each tool as
// its JSON text, written one after another into catalog.txt; catalog.json holds the rest, each tool's
// id and where each text starts and ends: a scan parses only the kinds and tools it asks about
// (src/catalog/compiled.ts reads this form).
let texts = "";
const span = (text) => [texts.length, (texts += text).length];
const compiled = { ...source, tools: source.tools.flatMap((tool) => span(JSON.stringify(tool))), tool_ids: source.tools.map((tool) => tool.id), matchers: {}, pages: source.pages && {} };
for (const [kind, table] of Object.entries(source.matchers)) compiled.matchers[kind] = span(JSON.stringify(table));
for (const [kind, slugs] of Object.entries(source.pages ?? {})) compiled.pages[kind] = span(slugs.join("\n"));
writeFileSync(join(root, "dist/catalog.json"), JSON.stringify(compiled));
writeFileSync(join(root, "dist/catalog.txt"), texts);
writeFileSync(join(root, "dist/schema.json"), readFileSync(join(root, "src/document/schema.json")));
// The site's tools the catalog leaves out, read by resolve() only when a typed name is looked up (src/catalog/site-list.ts).
writeFileSync(join(root, "dist/site-list.tsv"), readFileSync(join(root, "catalog/site-list.tsv")));
console.log(`catalog: ${source.tools.length} tools, ${Object.keys(source.matchers).length} matcher kinds`);
