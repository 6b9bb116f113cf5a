// Compiles the YAML catalog (catalog/) into dist/catalog.json, the form the package loads.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { readCatalogDir } = await import(join(root, "dist/index.js"));
const source = readCatalogDir(join(root, "catalog"));
writeFileSync(join(root, "dist/catalog.json"), JSON.stringify(source));
console.log(`catalog: ${source.tools.length} tools, ${Object.keys(source.matchers).length} matcher kinds`);
