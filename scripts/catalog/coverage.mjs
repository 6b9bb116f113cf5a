// Matcher coverage of the built catalog, per category, as the README's table:
//   npm run build && node scripts/catalog/coverage.mjs
import { readFileSync } from "node:fs";
import { byCodeUnits } from "../code-units.mjs";
import { scriptArgs } from "../script-args.mjs";

scriptArgs("usage: coverage.mjs\n\nMatcher coverage of the built catalog (dist/), per category, as the README's table: build first.");

// dist/catalog.json gives where each matcher kind's table and each tool starts and ends in dist/catalog.txt,
// each as its JSON text (src/catalog/compiled.ts).
const catalog = JSON.parse(readFileSync(new URL("../../dist/catalog.json", import.meta.url), "utf8"));
const texts = readFileSync(new URL("../../dist/catalog.txt", import.meta.url), "utf8");

// The tools after a list's `package-only` are named only with --all-tools.
const withMatchers = new Set();
const named = new Set();
let keys = 0;
for (const [start, end] of Object.values(catalog.matchers)) {
  const table = JSON.parse(texts.slice(start, end));
  for (const value of Object.values(table)) {
    keys++;
    const list = Array.isArray(value) ? value : [value];
    const split = list.indexOf("package-only");
    list.forEach((id, i) => {
      if (typeof id !== "string" || i === split || id === "cites") return;
      withMatchers.add(id);
      if (split < 0 || i < split) named.add(id);
    });
  }
}

const rows = new Map();
let tools = 0;
for (let i = 0; i < catalog.tools.length; i += 2) {
  const tool = JSON.parse(texts.slice(catalog.tools[i], catalog.tools[i + 1]));
  tools++;
  const category = tool.category ?? "(shown without a category)";
  const row = rows.get(category) ?? { tools: 0, matched: 0 };
  row.tools++;
  if (withMatchers.has(tool.id)) row.matched++;
  rows.set(category, row);
}

const matched = [...rows.values()].reduce((n, r) => n + r.matched, 0);
const packageOnly = [...withMatchers].filter((id) => !named.has(id)).length;
console.log(`${tools} tools, ${matched} with matchers (${keys} keys), ${packageOnly} of them only through package-only keys\n`);
console.log("| category | tools | with matchers |\n| --- | --- | --- |");
for (const [category, row] of [...rows].sort((a, b) => b[1].matched - a[1].matched || byCodeUnits(a[0], b[0]))) {
  console.log(`| ${category} | ${row.tools} | ${row.matched} |`);
}
