// How the site's tool list resolves by name and slug through the built catalog, each row typed as
// the list writes it (trimmed):
//   npm run build && node scripts/catalog/site-list-resolve.mjs [--dist DIR] [--shared DIR] [--misses]
// "itself" is the row's own slug first; "same name" a first tool whose name is the row's once
// normalized (the site's second page of a product, a row listed twice); "clear" as submit --yes
// takes a pick (manual-document's clear()). --misses prints each row that resolves to neither.
import { readFileSync } from "node:fs";
import { dirname, join, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "./tools-csv.mjs";
import { scriptArgs } from "../script-args.mjs";
import { sharedFolder } from "./shared-folder.mjs";

const USAGE = `usage: site-list-resolve.mjs [--dist DIR] [--shared DIR] [--misses]

Counts how the site's tool list resolves by name and slug through a built catalog.
  --dist DIR     the build to ask (default: dist)
  --shared DIR   the folder holding catalog-sources (default: ../shared)
  --misses       print each row that resolves neither to itself nor to a tool of its name`;
const { values } = scriptArgs(USAGE, { dist: { type: "string" }, shared: { type: "string" }, misses: { type: "boolean" } });
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = resolvePath(values.dist ?? join(root, "dist"));
const shared = sharedFolder(root, values.shared);
const { builtinCatalog, resolve } = await import(join(dist, "index.js"));
const catalog = builtinCatalog();

const rows = parseCsv(readFileSync(join(shared, "catalog-sources/stackshare-dataset/tools.csv"), "utf8"));
const key = (name) => name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\+\+/g, "plusplus").replace(/#/g, "sharp").replace(/[^\p{L}\p{N}]+/gu, "");
const clear = ([first, second]) => Boolean(first) && (first.score >= 0.99 ? !second || second.score < first.score : first.score >= 0.6 && (!second || first.score - second.score >= 0.15));
const tally = { rows: rows.length, inCatalog: 0, byName: { itself: 0, sameName: 0, clearItself: 0, other: 0 }, bySlug: { itself: 0, clearItself: 0 } };
const misses = [];
const started = performance.now();
for (const row of rows) {
  const name = row.name.trim();
  if (catalog.tools.has(row.slug)) tally.inCatalog++;
  const byName = resolve(catalog, name, 2);
  const first = byName[0]?.tool;
  if (first?.id === row.slug) {
    tally.byName.itself++;
    if (clear(byName)) tally.byName.clearItself++;
  } else if (first && key(first.name) === key(name)) tally.byName.sameName++;
  else {
    tally.byName.other++;
    misses.push(`${name} (${row.slug}, ${row.stack_count} stacks) -> ${first ? `${first.name} ${byName[0].score}` : "nothing"}`);
  }
  const bySlug = resolve(catalog, row.slug, 2);
  if (bySlug[0]?.tool.id === row.slug) {
    tally.bySlug.itself++;
    if (clear(bySlug)) tally.bySlug.clearItself++;
  }
}
tally.ms = Math.round(performance.now() - started);
console.log(JSON.stringify(tally, null, 2));
if (values.misses) console.log(misses.join("\n"));
