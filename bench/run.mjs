// `npm run bench`: techstack against the floor (list + read the same files, parse nothing) and the
// peer (@specfy/stack-analyser) on synthetic monorepos of 1,000 / 10,000 / 100,000 files and on the
// dev corpus; plus start-up, catalog load, a --rev scan, and `techstack batch` over the corpus with
// one worker and with one per core. Every figure is a whole fresh process,
// the median of several runs. Prints one table and writes bench/out/results.json.
//   node bench/run.mjs [--runs N] [--sizes 1000,10000] [--no-corpus] [--no-peer]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";
import { findCorpus, materialize } from "../scripts/corpus-cases.mjs";
import { scriptArgs } from "../scripts/script-args.mjs";

const USAGE = `usage: run.mjs [--runs N] [--sizes 1000,10000] [--no-corpus] [--no-peer]

techstack against the floor and the peer on synthetic monorepos and the dev corpus, with start-up,
catalog load, a --rev scan and batch; prints one table, writes bench/out/results.json. Build first.
  --runs N          fresh processes of each, their median (default 3)
  --sizes A,B,...   the synthetic trees' file counts (default 1000,10000,100000)
  --no-corpus       leave out the corpus and batch
  --no-peer         leave out the peer`;
const { values, positionals } = scriptArgs(
  USAGE,
  {
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "1000,10000,100000" },
    "no-corpus": { type: "boolean" },
    "no-peer": { type: "boolean" },
  },
  { positionals: true },
);
// `npm run bench --concurrency 1` hands npm the flag and the script its value alone: said, and run
// as ever (the bench was always run so), where a flag it does not take stops it.
for (const stray of positionals) process.stderr.write(`bench: '${stray}' ignored (npm run bench passes flags after --: npm run bench -- --runs 5)\n`);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const runs = Number(values.runs);
const sizes = values.sizes.split(",").map(Number);
const withPeer = !values["no-peer"];
const withCorpus = !values["no-corpus"];
const work = join(tmpdir(), "techstack-bench");
mkdirSync(work, { recursive: true });
if (!existsSync(join(root, "dist/cli.js"))) throw new Error("build first: npm run build");

/** One fresh process; wall time from outside, the rest from its own report on stderr. */
function once(argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed: ${r.stderr.slice(-500)}`);
  const line = r.stderr.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  return { seconds, ...(line ? JSON.parse(line) : {}) };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function measure(argv, n = runs, before = () => {}) {
  const all = [];
  for (let i = 0; i < n; i++) {
    before();
    all.push(once(argv));
  }
  // Every number a run reports is the median of the runs' (until stop 55 the first run's figures
  // were spread over the medians, so each figure was one run's).
  const medians = Object.fromEntries(Object.keys(all[0]).filter((key) => typeof all[0][key] === "number").map((key) => [key, median(all.map((r) => r[key] ?? 0))]));
  return { ...all[0], ...medians, rssMB: median(all.map((r) => r.rssMB ?? 0)), runs: all.map((r) => r.seconds) };
}

const results = { machine: { cpus: cpus().length, node: process.version }, date: new Date().toISOString(), trees: [], corpus: undefined };
const measureScript = join(here, "measure.mjs");

for (const size of sizes) {
  const dir = generate(join(work, `t${size}`), size);
  const readList = join(work, `t${size}.read.json`);
  const rec = once([measureScript, "record", dir, readList]);
  once([measureScript, "ours", dir]); // warm the page cache
  const ours = measure([measureScript, "ours", dir]);
  const floor = measure([measureScript, "floor", dir, readList]);
  const peer = withPeer ? measure([measureScript, "peer", dir]) : undefined;
  results.trees.push({ size, listed: rec.listed, read: rec.read, ours, floor, peer });
  process.stderr.write(`tree ${size}: ours ${ours.seconds.toFixed(2)}s, floor ${floor.seconds.toFixed(2)}s${peer ? `, peer ${peer.seconds.toFixed(2)}s` : ""}\n`);
}

// A --rev scan of the 10,000-file tree committed to git.
const revSize = sizes.includes(10000) ? 10000 : sizes[0];
const revDir = join(work, `t${revSize}`);
if (!existsSync(join(revDir, ".git"))) {
  const git = (...a) => execFileSync("git", ["-C", revDir, ...a], { stdio: "ignore" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "bench tree");
}
results.rev = { size: revSize, ...measure([join(root, "dist/cli.js"), "detect", revDir, "--rev", "HEAD", "--format", "json"]) };

// Start-up and catalog load.
results.startup = measure([join(root, "dist/cli.js"), "--version"], 10);
results.catalog = measure([measureScript, "catalog"], 10);

// The dev corpus, materialized as score.mjs does.
const corpus = findCorpus() ?? "";
if (withCorpus && existsSync(corpus)) {
  const cases = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, "paths.txt"))).sort();
  let ours = 0;
  let peer = 0;
  for (const name of cases) {
    const dest = materialize(join(corpus, name), join(work, "corpus", name));
    ours += once([measureScript, "ours", dest]).seconds;
    if (withPeer) peer += once([measureScript, "peer", dest]).seconds;
  }
  results.corpus = { cases: cases.length, oursPerCase: ours / cases.length, peerPerCase: withPeer ? peer / cases.length : undefined };

  // `techstack batch` over the same cases: one worker against one per core (fresh output each run,
  // since batch resumes from what its output file already holds).
  const list = join(work, "corpus.list");
  writeFileSync(list, cases.map((name) => join(work, "corpus", name)).join("\n") + "\n");
  const out = join(work, "corpus.jsonl");
  const batch = (workers) =>
    measure([join(root, "dist/cli.js"), "batch", list, "--out", out, "--no-git", "--workers", String(workers)].map(String), runs, () => rmSync(out, { force: true }));
  const cores = availableParallelism();
  results.batch = { cases: cases.length, cores, one: batch(1), all: batch(cores) };
}

// The table.
const f = (x, d = 2) => (x === undefined ? "-" : x.toFixed(d));
const rows = [["tree", "listed", "read", "ours s", "floor s", "peer s", "ours/floor", "peer/ours", "ours MB", "peer MB"]];
for (const t of results.trees) {
  rows.push([String(t.size), String(t.listed), String(t.read), f(t.ours.seconds), f(t.floor.seconds), f(t.peer?.seconds), f(t.ours.seconds / t.floor.seconds), t.peer ? f(t.peer.seconds / t.ours.seconds) : "-", f(t.ours.rssMB, 0), f(t.peer?.rssMB, 0)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const lines = rows.map((r) => r.map((c, i) => c.padStart(widths[i])).join("  "));
const t10 = results.trees.find((t) => t.size === 10000);
const t100 = results.trees.find((t) => t.size === 100000);
if (t10 && t100) lines.push(`scaling 10,000 -> 100,000 files: ${f(t100.ours.seconds / t10.ours.seconds)}x the time`);
lines.push(`--rev HEAD scan of the ${results.rev.size}-file tree: ${f(results.rev.seconds)}s`);
lines.push(`start-up (techstack --version): ${f(results.startup.seconds * 1000, 0)} ms; catalog load: ${f(results.catalog.catalogMs, 1)} ms (${results.catalog.tools} tools; with every matcher kind read ${f(results.catalog.catalogAllMs, 1)} ms)`);
if (results.corpus) lines.push(`corpus (${results.corpus.cases} cases): ours ${f(results.corpus.oursPerCase)} s/case, peer ${f(results.corpus.peerPerCase)} s/case`);
if (results.batch) {
  const { one, all, cores } = results.batch;
  lines.push(`batch over the corpus: 1 worker ${f(one.seconds)}s, ${cores} workers ${f(all.seconds)}s (${f(one.seconds / all.seconds)}x)`);
}
console.log(lines.join("\n"));
mkdirSync(join(here, "out"), { recursive: true });
writeFileSync(join(here, "out/results.json"), JSON.stringify(results, null, 2));
