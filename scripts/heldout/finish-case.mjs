#!/usr/bin/env node
// Completes held-out cases written by hand in the dev corpus's layout, so score.mjs can read them.
//
//   node scripts/heldout/finish-case.mjs CASE_DIR...      (or a round's folder: every case in it)
//
// A case folder holds truth.yml (the site's stack file as read), paths.txt (the paths the code index
// lists), tree/ (the manifest-like files transcribed) and meta.json with at least repo, commit (of the
// stack file read), date and ecosystem. This writes truth.json from truth.yml, adds every tree/ file
// missing from paths.txt, sets meta.json's file counts and writes the round's SOURCES.md.
// Held-out cases stay outside this repository: their trees hold other projects' files.
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error("usage: finish-case.mjs CASE_DIR... | ROUND_DIR");
  process.exit(2);
}
const isCase = (dir) => fs.existsSync(path.join(dir, "truth.yml"));
const cases = args.flatMap((arg) =>
  isCase(arg) ? [arg] : fs.readdirSync(arg).map((name) => path.join(arg, name)).filter(isCase),
);

function treeFiles(root, prefix = "") {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? treeFiles(path.join(root, entry.name), rel) : [rel];
  });
}

const rows = [];
for (const dir of cases) {
  const truth = YAML.parse(fs.readFileSync(path.join(dir, "truth.yml"), "utf8"));
  fs.writeFileSync(path.join(dir, "truth.json"), JSON.stringify(truth, null, 1) + "\n");
  const listed = fs.existsSync(path.join(dir, "paths.txt"))
    ? fs.readFileSync(path.join(dir, "paths.txt"), "utf8").split("\n").filter(Boolean)
    : [];
  const withContent = treeFiles(path.join(dir, "tree"));
  const paths = [...new Set([...listed, ...withContent])].sort();
  fs.writeFileSync(path.join(dir, "paths.txt"), paths.join("\n") + "\n");
  const metaFile = path.join(dir, "meta.json");
  const meta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, "utf8")) : {};
  for (const key of ["repo", "commit", "ecosystem"]) {
    if (!meta[key]) console.error(`${dir}: meta.json has no ${key}`);
  }
  meta.date ??= truth?.timestamp;
  meta.files = paths.length;
  meta.files_with_content = withContent.length;
  fs.writeFileSync(metaFile, JSON.stringify(meta, null, 1) + "\n");
  rows.push(`| ${path.basename(dir)} | ${meta.repo} | ${meta.ecosystem} | \`${meta.commit}\` | ${meta.date} | ${meta.notes ?? ""} |`);
}
const rounds = new Set(cases.map((dir) => path.dirname(dir)));
for (const round of rounds) {
  const mine = rows.filter((_, i) => path.dirname(cases[i]) === round);
  const head = "| case | repository | ecosystem | stack file commit | stack file date | manifests read, and gaps |\n| --- | --- | --- | --- | --- | --- |";
  fs.writeFileSync(path.join(round, "SOURCES.md"), `${head}\n${mine.join("\n")}\n`);
}
console.log(`${cases.length} case(s) finished`);
