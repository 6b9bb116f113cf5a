#!/usr/bin/env node
// How often an entry both documents name cites the same file (`detection_source`), over a corpus.
//
//   npm run build && node scripts/citation-share.mjs [--corpus DIR] [--only SUBSTR] [--tool NAME] [--list]
//
// Each case is materialized as ../shared/corpus/score.mjs does it (the same cache folder), our CLI
// scans it, and every entry the site's file and ours both name (packages matched on package_url,
// tools on their name) counts once; entries the site gives no file for ("Repo Metadata", none) are
// left out. It prints the share that agree and the pairs of file names that differ, most frequent
// first; --tool keeps one tool's entries, --list prints each differing entry with its case.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findCorpus, materialize } from "./corpus-cases.mjs";
import { scriptArgs } from "./script-args.mjs";

const USAGE = `usage: citation-share.mjs [--corpus DIR] [--only SUBSTR] [--tool NAME] [--list]

How often an entry both documents name cites the same file, over the corpus (build first).
  --corpus DIR     the corpus (default: the shared corpus's dev/)
  --only SUBSTR    only the cases whose folder name holds SUBSTR
  --tool NAME      only the entries of this name (PyPI, npm, ...), case aside
  --list           print each differing entry: case, name, the site's file, ours`;
const { values } = scriptArgs(USAGE, { corpus: { type: "string" }, only: { type: "string", default: "" }, tool: { type: "string" }, list: { type: "boolean" } });
const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const corpus = path.resolve(values.corpus ?? findCorpus() ?? "corpus");
const cacheRoot = path.join(os.tmpdir(), "stack-corpus", path.basename(corpus));
const tool = values.tool?.toLowerCase();

/** An entry's identity in both documents: its registry page without scheme and www, else its name. */
const identity = (t) => String(t.package_url || t.name || "").trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, "");
const NO_FILE = new Set(["", "Repo Metadata"]);

let both = 0;
let same = 0;
const pairs = new Map();
for (const name of fs.readdirSync(corpus).filter((d) => d.includes(values.only) && fs.existsSync(path.join(corpus, d, "truth.json"))).sort()) {
  const caseDir = path.join(corpus, name);
  const site = JSON.parse(fs.readFileSync(path.join(caseDir, "truth.json"), "utf8")).tools ?? [];
  let ours;
  try {
    const tree = materialize(caseDir, path.join(cacheRoot, name));
    ours = JSON.parse(execFileSync(process.execPath, [cli, "detect", tree, "--format", "json", "--no-git"], { maxBuffer: 256 << 20, stdio: ["ignore", "pipe", "ignore"] }).toString());
  } catch (error) {
    console.log(`FAIL ${name}: ${String(error.message).split("\n")[0]}`);
    continue;
  }
  const mine = new Map(ours.tools.map((t) => [identity(t), t]));
  for (const s of site) {
    const o = mine.get(identity(s));
    if (!o || NO_FILE.has(s.detection_source ?? "") || (tool && String(s.name).toLowerCase() !== tool)) continue;
    both++;
    if (o.detection_source === s.detection_source) same++;
    else {
      const pair = `${path.posix.basename(s.detection_source)} -> ${path.posix.basename(String(o.detection_source ?? "none"))}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      if (values.list) console.log(`${name}  ${s.name}: site ${s.detection_source}, ours ${o.detection_source ?? "none"}`);
    }
  }
}
console.log(`${same} of ${both} entries cite the same file (${both ? ((100 * same) / both).toFixed(1) : "-"}%)`);
for (const [pair, n] of [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20)) console.log(`${String(n).padStart(5)}  ${pair} (site -> ours)`);
