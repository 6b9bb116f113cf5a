#!/usr/bin/env node
// How often a tool entry carries a version, on our side and on the site's, over the corpus.
//
//   npm run build && node scripts/version-share.mjs [--corpus DIR] [--eco ECOSYSTEM] [--only SUBSTR] [--verbose] [--differ]
//
// Each case is materialized as ../shared/corpus/score.mjs does it (every path of paths.txt, with
// the content tree/ holds, empty otherwise; the same cache folder, so either script reuses the
// other's copies), our CLI scans it, and the tool entries (no package_url) that both documents
// name are counted: how many carry a version in the site's file, how many in ours, and how many
// versions are the same. --verbose lists the entries where only one side gives a version.
// --differ lists the entries, tools and packages (matched on package_url, as the scorer does), where
// both sides give a version and they differ, each with what the case's tree holds of the lockfile that
// belongs beside the entry's manifest: a missing or empty lockfile there usually explains a release the
// site resolved and we could only read as a range floor (held-out trees especially). It ends with a
// tally of those entries by their likely cause, a first sorting for the reading by hand: a go.mod
// entry (the site versions Go modules from go.sum's first row), a lockfile the tree lists but keeps
// empty, a manifest with no lockfile in the tree's paths, and the rest.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findCorpus, materialize } from "./corpus-cases.mjs";
import { byCodeUnits } from "./code-units.mjs";
import { scriptArgs } from "./script-args.mjs";

const USAGE = `usage: version-share.mjs [--corpus DIR] [--eco ECOSYSTEM] [--only SUBSTR] [--verbose] [--differ]

How often a tool entry carries a version, on our side and on the site's, over the corpus (build first).
  --corpus DIR       the corpus (default: the shared corpus's dev/)
  --eco ECOSYSTEM    only the cases of one ecosystem (js, python, php, ...)
  --only SUBSTR      only the cases whose folder name holds SUBSTR
  --verbose          list the entries where only one side gives a version
  --differ           list the entries whose two versions differ, with the lockfile beside each, and a tally by likely cause`;
const { values } = scriptArgs(USAGE, {
  corpus: { type: "string" },
  eco: { type: "string", default: "" },
  only: { type: "string", default: "" },
  verbose: { type: "boolean" },
  differ: { type: "boolean" },
});
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.resolve(values.corpus ?? findCorpus() ?? "corpus");
const ecoOnly = values.eco;
const only = values.only;
const verbose = Boolean(values.verbose);
const differ = Boolean(values.differ);
const cli = path.join(root, "dist", "cli.js");
const cacheRoot = path.join(os.tmpdir(), "stack-corpus");

const key = (s) => String(s ?? "").trim().toLowerCase();
const toolsByName = (doc) => new Map((doc.tools ?? []).filter((t) => t?.name && !t.package_url).map((t) => [key(t.name), t]));
const pkgKey = (t) => key(t.package_url).replace(/^https?:\/\//, "").replace(/^www\./, "");
const packagesByUrl = (doc) => new Map((doc.tools ?? []).filter((t) => t?.name && t.package_url).map((t) => [pkgKey(t), t]));

// The lockfiles that pin what a manifest declares, by the manifest's file name.
const LOCKS = {
  "package.json": ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb"],
  Gemfile: ["Gemfile.lock"],
  "go.mod": ["go.sum"],
  "composer.json": ["composer.lock"],
  "mix.exs": ["mix.lock"],
  "Cargo.toml": ["Cargo.lock"],
  "pubspec.yaml": ["pubspec.lock"],
  Podfile: ["Podfile.lock"],
  "pyproject.toml": ["poetry.lock", "uv.lock", "pdm.lock"],
  Pipfile: ["Pipfile.lock"],
};

/** The likely cause of one differing version, from our entry's source and its lockfile's state. */
function causeOf(source, lock) {
  if (path.posix.basename(source ?? "") === "go.mod") return "go.mod entry: the site reads go.sum's first row";
  if (lock.endsWith("listed, no content")) return "lockfile listed in the tree, kept empty";
  if (lock === "no lockfile in paths") return "no lockfile in the tree's paths";
  return "other: read by hand";
}
const causes = new Map();

/** What the case holds of the lockfile beside manifest `source`: "" when the source has no lockfile kind. */
function lockState(caseDir, paths, source) {
  const base = path.posix.basename(source ?? "");
  const names = LOCKS[base];
  if (!names) return "";
  const dir = path.posix.dirname(source);
  const dirs = dir === "." ? [""] : [`${dir}/`, ""];
  for (const d of dirs) {
    const found = names.map((n) => d + n).filter((p) => paths.has(p));
    if (!found.length) continue;
    const withContent = found.filter((p) => fs.existsSync(path.join(caseDir, "tree", p)) && fs.statSync(path.join(caseDir, "tree", p)).size > 0);
    return withContent.length ? `lock ${withContent[0]}` : `lock ${found[0]} listed, no content`;
  }
  return "no lockfile in paths";
}

const totals = new Map();
const count = (eco) => {
  if (!totals.has(eco)) totals.set(eco, { cases: 0, both: 0, site: 0, ours: 0, versionBoth: 0, same: 0 });
  return totals.get(eco);
};

const cases = fs.readdirSync(corpus).filter((d) => fs.existsSync(path.join(corpus, d, "truth.json")) && d.includes(only)).sort();
for (const name of cases) {
  const caseDir = path.join(corpus, name);
  const eco = JSON.parse(fs.readFileSync(path.join(caseDir, "meta.json"), "utf8")).ecosystem || "other";
  if (ecoOnly && eco !== ecoOnly) continue;
  const siteDoc = JSON.parse(fs.readFileSync(path.join(caseDir, "truth.json"), "utf8"));
  const site = toolsByName(siteDoc);
  let ours;
  try {
    const out = execFileSync(process.execPath, [cli, "detect", materialize(caseDir, path.join(cacheRoot, path.basename(corpus), name)), "--format", "json", "--no-git"], {
      maxBuffer: 256 << 20,
      stdio: ["ignore", "pipe", "ignore"],
    });
    ours = JSON.parse(out.toString());
  } catch (error) {
    console.log(`FAIL ${name}: ${String(error.message).split("\n")[0]}`);
    continue;
  }
  const lines = [];
  const differing = [];
  const oursByName = toolsByName(ours);
  for (const [k, s] of site) {
    const o = oursByName.get(k);
    if (!o) continue;
    for (const t of [count(eco), count("ALL")]) {
      t.both++;
      if (s.version) t.site++;
      if (o.version) t.ours++;
      if (s.version && o.version) {
        t.versionBoth++;
        if (String(s.version) === String(o.version)) t.same++;
      }
    }
    if (verbose && Boolean(s.version) !== Boolean(o.version)) lines.push(`  ${s.name}: site ${s.version ?? "-"}, ours ${o.version ?? "-"} (${o.detection_source ?? "?"})`);
    if (differ && s.version && o.version && String(s.version) !== String(o.version)) differing.push([s, o]);
  }
  if (differ) {
    const oursByUrl = packagesByUrl(ours);
    for (const [k, s] of packagesByUrl(siteDoc)) {
      const o = oursByUrl.get(k);
      if (o && s.version && o.version && String(s.version) !== String(o.version)) differing.push([s, o]);
    }
    const paths = new Set(fs.readFileSync(path.join(caseDir, "paths.txt"), "utf8").split("\n").filter(Boolean));
    for (const [s, o] of differing) {
      const lock = lockState(caseDir, paths, o.detection_source);
      const cause = causeOf(o.detection_source, lock);
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
      lines.push(`  ${s.package_url ? "package" : "tool"} ${s.name}: site ${s.version} (${s.detection_source ?? "?"}), ours ${o.version} (${o.detection_source ?? "?"})${lock ? `; ${lock}` : ""}`);
    }
  }
  count(eco).cases++;
  count("ALL").cases++;
  if (lines.length) console.log(`${name} [${eco}]\n${lines.join("\n")}`);
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "-").padStart(7);
console.log("\necosystem   cases  tools in both  site with version  ours with version  same version");
const order = [...totals.keys()].sort((a, b) => (a === "ALL") - (b === "ALL") || byCodeUnits(a, b));
for (const eco of order) {
  const t = totals.get(eco);
  console.log(
    `${eco.padEnd(10)} ${String(t.cases).padStart(6)} ${String(t.both).padStart(14)}  ${pct(t.site, t.both)} (${String(t.site).padStart(4)})   ${pct(t.ours, t.both)} (${String(t.ours).padStart(4)})  ${pct(t.same, t.versionBoth)} of ${t.versionBoth}`,
  );
}
if (differ) {
  const total = [...causes.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${total} differing versions, by likely cause:`);
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))) console.log(`${String(n).padStart(6)}  ${cause}`);
}
