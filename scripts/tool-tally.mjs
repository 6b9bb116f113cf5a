#!/usr/bin/env node
// Tallies, per tool name, the misses and extras of several corpus scores at once.
//
//   node ../shared/corpus/score.mjs --cmd '...' --corpus DIR --json OUT/SET.json   (once per set)
//   node scripts/tool-tally.mjs [--top N] [--min-owners N] [--cases] OUT/SET.json[=CORPUSDIR] ...
//
// Each argument is one set: score.mjs's --json output, named by its file name. With =CORPUSDIR the
// set's truth.json files are read too, and a miss the site took from "Repo Metadata" (the language
// bar, Git) is marked "meta": a tree of manifests cannot show it. A case's owner is the part of its
// folder name before "__"; "both name it" counts the cases where the site and techstack agree
// (with =CORPUSDIR only). --min-owners keeps the tools missed or added in cases of that many
// owners (one owner's many repositories are one vote). --cases lists the cases of each tool.
import fs from "node:fs";
import path from "node:path";
import { scriptArgs } from "./script-args.mjs";

const USAGE = `usage: tool-tally.mjs [--top N] [--min-owners N] [--cases] SET.json[=CORPUSDIR] ...

Tallies, per tool name, the misses and extras of several corpus scores (score.mjs --json files).
  --top N          the N tools missed and added most (default: all)
  --min-owners N   only tools missed or added in cases of N owners or more (default 1)
  --cases          list the cases of each tool
  =CORPUSDIR       after a set: its corpus, for Repo Metadata misses ("meta") and "both name it"`;
const { values, positionals: args } = scriptArgs(USAGE, { top: { type: "string", default: "0" }, "min-owners": { type: "string", default: "1" }, cases: { type: "boolean" } }, { positionals: true });
const top = Number(values.top);
const minOwners = Number(values["min-owners"]);
const listCases = Boolean(values.cases);
if (!args.length) {
  console.error(USAGE);
  process.exit(2);
}

const key = (s) => String(s ?? "").trim().toLowerCase();
const ownerOf = (caseName) => caseName.split("__")[0].toLowerCase();

/** The site's tools of one case (lower-cased name -> its entry), where the set's corpus is given. */
function siteTools(corpus, caseName) {
  const file = corpus && path.join(corpus, caseName, "truth.json");
  if (!file || !fs.existsSync(file)) return new Map();
  const truth = JSON.parse(fs.readFileSync(file, "utf8"));
  return new Map((truth.tools ?? []).filter((t) => t && t.name && !t.package_url).map((t) => [key(t.name), t]));
}

const tally = new Map(); // key -> { name, miss: [], extra: [] }
const entry = (name) => {
  const k = key(name);
  if (!tally.has(k)) tally.set(k, { name, miss: [], extra: [], hits: 0 });
  return tally.get(k);
};
for (const arg of args) {
  const [file, corpus] = arg.split("=");
  const set = path.basename(file, ".json");
  const { cases } = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const c of cases) {
    const site = siteTools(corpus, c.name);
    const missed = new Set(c.missed.map(key));
    for (const [k, t] of site) if (!missed.has(k)) entry(t.name).hits++;
    const fromMetadata = (name) => site.get(key(name))?.detection_source === "Repo Metadata";
    for (const name of c.missed) entry(name).miss.push({ set, case: c.name, meta: fromMetadata(name) });
    for (const name of c.extra) entry(name).extra.push({ set, case: c.name });
  }
}

const owners = (list) => new Set(list.map((x) => ownerOf(x.case))).size;
const sets = (list) => [...new Set(list.map((x) => x.set))];
const rows = [...tally.values()]
  .map((t) => ({ ...t, missOwners: owners(t.miss), extraOwners: owners(t.extra), metaMisses: t.miss.filter((x) => x.meta).length }))
  .filter((t) => t.miss.length + t.extra.length && Math.max(t.missOwners, t.extraOwners) >= minOwners)
  .sort((a, b) => b.miss.length + b.extra.length - (a.miss.length + a.extra.length) || a.name.localeCompare(b.name));
const shown = top ? rows.slice(0, top) : rows;

console.log("| tool | misses (owners, from metadata) | extras (owners) | both name it | sets |");
console.log("| --- | --- | --- | --- | --- |");
for (const t of shown) {
  const meta = t.metaMisses ? `, ${t.metaMisses} meta` : "";
  const miss = t.miss.length ? `${t.miss.length} (${t.missOwners}${meta})` : "0";
  const extra = t.extra.length ? `${t.extra.length} (${t.extraOwners})` : "0";
  console.log(`| ${t.name} | ${miss} | ${extra} | ${t.hits} | ${sets([...t.miss, ...t.extra]).join(", ")} |`);
}
if (listCases) {
  for (const t of shown) {
    console.log(`\n${t.name}`);
    if (t.miss.length) console.log(`  missed in: ${t.miss.map((x) => `${x.set}/${x.case}${x.meta ? " (meta)" : ""}`).join(", ")}`);
    if (t.extra.length) console.log(`  added in:  ${t.extra.map((x) => `${x.set}/${x.case}`).join(", ")}`);
  }
}
console.log(`\n${rows.length} tools${minOwners > 1 ? ` missed or added in cases of ${minOwners}+ owners` : ""}; ` +
  `${rows.reduce((n, t) => n + t.miss.length, 0)} misses, ${rows.reduce((n, t) => n + t.extra.length, 0)} extras.`);
