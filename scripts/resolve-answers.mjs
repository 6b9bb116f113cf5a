#!/usr/bin/env node
// Resolves a fixed set of typed names against a build's built-in catalog and prints each one's best
// answers with their scores, one line each; on stderr, how many names it resolved per CPU second.
// Run it on two builds and compare the outputs byte for byte: a change to resolve's speed must
// leave every answer as it was (stop 72 measured 477 -> 990 names per CPU second so).
//
//   node scripts/resolve-answers.mjs [--index PATH] [--limit N] > answers.txt
import { pathToFileURL } from "node:url";
import { resolve as resolvePath } from "node:path";
import { scriptArgs } from "./script-args.mjs";

const USAGE = `usage: resolve-answers.mjs [--index PATH] [--limit N]

Resolves the names the resolve tests type (every tool's name, slug and aliases; the 400 most popular
tools lower-cased, without their "js", with a kind word after them) and seeded misspellings of every
tool's name, and prints each name's best answers (tool id, score, how it matched), one line each;
on stderr, the names resolved per CPU second.
  --index PATH   the build's entry to load (default dist/index.js)
  --limit N      answers per name (default 10)`;
const { values } = scriptArgs(USAGE, { index: { type: "string", default: "dist/index.js" }, limit: { type: "string", default: "10" } });
const { builtinCatalog, resolve } = await import(pathToFileURL(resolvePath(values.index)).href);
const limit = Number(values.limit);

const catalog = builtinCatalog();
const names = new Set();
const tools = [...catalog.tools.values()];
for (const tool of tools) for (const form of [tool.name, tool.id, ...(tool.aliases ?? [])]) names.add(form);
const popular = tools.filter((t) => t.popularity !== undefined).sort((a, b) => b.popularity - a.popularity).slice(0, 400);
for (const tool of popular) {
  const low = tool.name.toLowerCase();
  for (const typed of [low, low.replace(/[\s.]/g, ""), low.replace(/\.?js$/, "").trim()]) names.add(typed);
  for (const kind of ["server", "db", "charts", "framework", "ci", "sdk"]) names.add(`${low} ${kind}`);
}
// Misspellings: one or two edits (a letter dropped, changed, added or swapped with the next) of each name.
let seed = 72;
const random = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789 -.";
const slip = (s) => {
  const i = random(s.length + 1);
  const kind = random(4);
  if (kind === 0) return s.slice(0, i) + s.slice(i + 1);
  if (kind === 1) return s.slice(0, i) + LETTERS[random(LETTERS.length)] + s.slice(i + 1);
  if (kind === 2) return s.slice(0, i) + LETTERS[random(26)] + s.slice(i);
  return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : `${s}s`;
};
for (const tool of tools) {
  names.add(slip(tool.name.toLowerCase()));
  names.add(slip(slip(tool.name)));
}

const lines = [];
const before = process.cpuUsage();
for (const name of names) {
  const answers = resolve(catalog, name, limit).map((r) => `${r.tool.id} ${r.score} ${r.matchedBy}`);
  lines.push(`${JSON.stringify(name)}\t${answers.join("\t")}`);
}
const used = process.cpuUsage(before);
const seconds = (used.user + used.system) / 1e6;
process.stdout.write(`${lines.join("\n")}\n`);
process.stderr.write(`${names.size} names in ${seconds.toFixed(1)} s of CPU: ${Math.round(names.size / seconds)} a CPU second\n`);
