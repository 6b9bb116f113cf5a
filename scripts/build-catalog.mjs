// Compiles the YAML catalog (catalog/) into dist/catalog.json, the form the package loads.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readCatalogDir } = await import(join(root, "dist/index.js"));
const source = readCatalogDir(join(root, "catalog"));
writeFileSync(join(root, "dist/catalog.json"), JSON.stringify(source));
writeFileSync(join(root, "dist/schema.json"), readFileSync(join(root, "src/document/schema.json")));
console.log(`catalog: ${source.tools.length} tools, ${Object.keys(source.matchers).length} matcher kinds`);
