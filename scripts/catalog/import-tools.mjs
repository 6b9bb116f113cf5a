// Regenerates catalog/categories.yml, catalog/tools/*.yml and catalog/site-list.tsv from the site's tool list
// (../shared/catalog-sources, ODbL), the corpus's stack files (display names, links, images the site
// shows for each tool), catalog/overrides.yml (our own aliases, links and corrections) and
// catalog/links.yml (our own homepage, open-source, hosted-SaaS and licence facts per tool id).
//   node scripts/catalog/import-tools.mjs [--shared DIR] [--check]
// --check writes nothing: it exits 1 naming each file a rerun would change (a hand edit to a generated file).
// Precedence of a tool's website_url, open_source, hosted_saas and license: the site's own value (what
// the corpus's stack files show) first, then overrides.yml's `set` (which replaces it on purpose), then
// links.yml, which only fills a field still empty after both.
// The output is data to review in a diff; hand edits belong in overrides.yml so a rerun keeps them.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { byCodeUnits } from "../code-units.mjs";
import { parseCsv } from "./tools-csv.mjs";
import { scriptArgs } from "../script-args.mjs";
import { sharedFolder } from "./shared-folder.mjs";

const USAGE = `usage: import-tools.mjs [--shared DIR] [--check]

Regenerates catalog/categories.yml, catalog/tools/*.yml and catalog/site-list.tsv (the site's tools
the catalog leaves out) from the site's tool list, the corpus's stack files, catalog/overrides.yml
and catalog/links.yml.
  --shared DIR   the folder holding catalog-sources (default: ../shared or ../../shared)
  --check        write nothing: exit 1 naming each file a rerun would change`;
const { values } = scriptArgs(USAGE, { shared: { type: "string" }, check: { type: "boolean" } });
const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = sharedFolder(root, values.shared);
const MIN_STACKS = 10;
const SMALL = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs"]);
const WORDS = { api: "API", apis: "APIs", css: "CSS", sql: "SQL", nosql: "NoSQL", sms: "SMS", sdk: "SDK", sdks: "SDKs", cdn: "CDN", crm: "CRM", seo: "SEO", ci: "CI", cd: "CD", ide: "IDE", orm: "ORM", odm: "ODM", dns: "DNS", vpn: "VPN", ssl: "SSL", js: "JS", ios: "iOS", ui: "UI", ux: "UX", ai: "AI", llm: "LLM", llms: "LLMs", iot: "IoT", aws: "AWS", php: "PHP", html: "HTML", http: "HTTP", rest: "REST", json: "JSON", xml: "XML", saas: "SaaS", paas: "PaaS", iaas: "IaaS", vr: "VR", ar: "AR", gpu: "GPU", ml: "ML", etl: "ETL", bi: "BI", qa: "QA", os: "OS", ab: "A/B", javascript: "JavaScript", graphql: "GraphQL", devops: "DevOps", github: "GitHub", macos: "macOS", node: "Node" };

const tools = parseCsv(readFileSync(join(shared, "catalog-sources/stackshare-dataset/tools.csv"), "utf8"));
const overrides = yaml.load(readFileSync(join(root, "catalog/overrides.yml"), "utf8")) ?? {};
const links = yaml.load(readFileSync(join(root, "catalog/links.yml"), "utf8")) ?? {};
const LINK_FIELDS = ["website_url", "open_source", "hosted_saas", "license"];
const bySlug = new Map(tools.map((t) => [t.slug, t]));
const byName = new Map();
for (const t of [...tools].sort((a, b) => Number(b.stack_count) - Number(a.stack_count))) {
  if (!byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t);
}

// What the corpus shows for each tool name: display category pairs, links, images, flags.
const seen = new Map();
const corpus = join(shared, "corpus/dev");
for (const name of existsSync(corpus) ? readdirSync(corpus) : []) {
  const truth = JSON.parse(readFileSync(join(corpus, name, "truth.json"), "utf8"));
  for (const t of truth.tools ?? []) {
    if (t.package_url || !t.name) continue;
    const key = t.name.toLowerCase();
    const s = seen.get(key) ?? { name: t.name, pairs: new Map(), website_url: new Map(), image_url: new Map(), open_source: new Map(), hosted_saas: new Map(), license: new Map() };
    if (t.category) bump(s.pairs, `${t.category}\t${t.sub_category ?? ""}`);
    for (const f of ["website_url", "image_url", "open_source", "hosted_saas", "license"]) if (t[f] !== undefined && t[f] !== null) bump(s[f], t[f]);
    seen.set(key, s);
  }
}

// Display names of every category and sub-category slug: the corpus's where it shows them.
const evidence = new Map();
for (const [key, s] of seen) {
  const t = byName.get(key);
  if (!t) continue;
  for (const [pair, n] of s.pairs) {
    const [category, sub] = pair.split("\t");
    bump(evidence, `cat\t${t.category}\t${category}`, n);
    bump(evidence, `fn\t${t.category}\t${t.function}\t${sub}`, n);
  }
}
const categories = {};
for (const t of tools) {
  const c = (categories[t.category] ??= { name: best(evidence, `cat\t${t.category}\t`) ?? titleCase(t.category), sub_categories: {} });
  if (t.function && !c.sub_categories[t.function]) {
    c.sub_categories[t.function] = overrides.sub_categories?.[t.function] ?? best(evidence, `fn\t${t.category}\t${t.function}\t`) ?? titleCase(t.function);
  }
}

// Pairs the site's files show across categories (Vue.js under Libraries / Javascript MVC Frameworks) are the site's too.
for (const s of seen.values()) {
  for (const pair of s.pairs.keys()) {
    const [category, sub] = pair.split("\t");
    const entry = Object.values(categories).find((c) => c.name === category);
    if (entry && sub && !Object.values(entry.sub_categories).includes(sub)) entry.sub_categories[slugify(sub)] = sub;
  }
}

// The tools: popular ones, every real tool the corpus names, and the overrides' additions.
const out = new Map();
const add = (id, record) => out.set(id, { ...(out.get(id) ?? {}), ...record });
for (const t of tools) if (Number(t.stack_count) >= MIN_STACKS) add(t.slug, fromDataset(t));
for (const [key, s] of seen) {
  if ((overrides.not_tools ?? []).some((n) => n.toLowerCase() === key) || /^[\w.-]+:[\w.-]+$/.test(s.name)) continue;
  const t = byName.get(key);
  const id = t?.slug ?? slugify(s.name);
  add(id, t ? fromDataset(t) : { id, name: s.name });
}
for (const extra of overrides.tools ?? []) {
  if (!extra.name && !bySlug.has(extra.id)) throw new Error(`overrides.yml: tool ${extra.id} is not in the dataset and has no name`);
  add(extra.id, { ...(bySlug.has(extra.id) ? fromDataset(bySlug.get(extra.id)) : {}), ...extra });
}
for (const [id, record] of out) {
  const s = seen.get(record.name.toLowerCase());
  if (s) {
    const pair = top(s.pairs);
    if (pair) [record.category, record.sub_category] = pair.split("\t");
    else if (!bySlug.has(id)) {
      delete record.category;
      delete record.sub_category;
    }
    for (const f of ["website_url", "image_url", "open_source", "hosted_saas", "license"]) {
      const v = top(s[f]);
      if (v !== undefined) record[f] = v;
    }
  }
  Object.assign(record, overrides.set?.[id] ?? {});
  for (const f of LINK_FIELDS) if ((record[f] === undefined || record[f] === null || record[f] === "") && links[id]?.[f] !== undefined) record[f] = links[id][f];
}
for (const [id, entry] of Object.entries(links)) {
  if (!out.has(id)) throw new Error(`links.yml: ${id} is not a tool of the catalog`);
  for (const k of Object.keys(entry ?? {})) if (!LINK_FIELDS.includes(k)) throw new Error(`links.yml: ${id} has ${k}; only ${LINK_FIELDS.join(", ")}`);
}

// Write: one file per category, sorted by id; tools the site shows without a category apart.
// Only files this script wrote are replaced; hand-kept lists beside them (extra-*.yml) stay.
const check = Boolean(values.check);
/** In --check mode: the generated files as they are now, by path; each one written is compared and taken off. */
const before = new Map();
const changed = [];
function emit(path, text) {
  if (!check) return writeFileSync(path, text);
  if (before.get(path) !== text) changed.push(path);
  before.delete(path);
}
mkdirSync(join(root, "catalog/tools"), { recursive: true });
const handIds = new Set();
for (const f of readdirSync(join(root, "catalog/tools"))) {
  const path = join(root, "catalog/tools", f);
  const text = readFileSync(path, "utf8");
  if (!text.includes("# Generated by scripts/catalog/import-tools.mjs")) for (const t of yaml.load(text) ?? []) handIds.add(t.id);
  else if (check) before.set(path, text);
  else rmSync(path);
}
for (const id of handIds) {
  if (links[id]) throw new Error(`links.yml: ${id} is kept by hand in catalog/tools/extra-*.yml; give its links there`);
  out.delete(id);
}
const files = new Map();
const slugOfCategory = new Map(Object.entries(categories).map(([slug, c]) => [c.name, slug]));
for (const record of out.values()) {
  const file = record.category ? slugOfCategory.get(record.category) ?? slugify(record.category) : "uncategorized";
  (files.get(file) ?? files.set(file, []).get(file)).push(clean(record));
}
// Paths in a header are the reader's: from catalog/tools/ the licence and overrides are a folder up, from catalog/ beside it.
const header = (what, up = "") =>
  `# ${what}\n# Generated by scripts/catalog/import-tools.mjs from the stackshare-dataset (ODbL 1.0, see\n# ${up}LICENSE-ODbL.txt), the corpus's stack files and ${up}overrides.yml. Edit overrides.yml, then rerun.\n`;
for (const [file, list] of files) {
  list.sort((a, b) => byCodeUnits(a.id, b.id));
  emit(join(root, "catalog/tools", `${file}.yml`), header(`Tools: ${list[0].category ?? "shown by the site without a category"}`, "../") + dump(list));
}
const sortedCategories = Object.fromEntries(
  Object.entries(categories)
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([slug, c]) => [slug, { name: c.name, sub_categories: Object.fromEntries(Object.entries(c.sub_categories).sort(([a], [b]) => byCodeUnits(a, b))) }]),
);
const categoriesPath = join(root, "catalog/categories.yml");
if (check) before.set(categoriesPath, readFileSync(categoriesPath, "utf8"));
emit(categoriesPath, header("The site's categories and sub-categories: slug to display name") + dump(sortedCategories));

// The site's tools the catalog leaves out (under MIN_STACKS, not in the corpus), so a name typed by
// hand can still pick one (src/catalog/site-list.ts finds a typed name's key in this file's first
// column, by exact name or slug only): one row per name, normalized as resolve normalizes, the row
// of most stacks, none that a catalog tool already has as its id or name. A row is written under its
// name's key and again under its slug's where that differs, sorted by key, so a look-up is one search
// of the text, with nothing parsed.
const catalogKeys = new Set();
for (const record of out.values()) catalogKeys.add(record.id).add(nameKey(record.name));
for (const f of readdirSync(join(root, "catalog/tools"))) {
  const text = readFileSync(join(root, "catalog/tools", f), "utf8");
  if (!text.includes("# Generated by scripts/catalog/import-tools.mjs")) for (const t of yaml.load(text) ?? []) catalogKeys.add(t.id).add(nameKey(t.name));
}
const listed = new Map();
for (const t of [...tools].sort((a, b) => Number(b.stack_count) - Number(a.stack_count) || byCodeUnits(a.slug, b.slug))) {
  const name = t.name.trim();
  const key = nameKey(name);
  if (!key || catalogKeys.has(t.slug) || catalogKeys.has(key) || listed.has(key)) continue;
  const popularity = Math.round(Number(t.popularity));
  listed.set(key, { slug: t.slug, row: [t.slug, name, t.category, t.function, Number(t.stack_count), Number.isFinite(popularity) && popularity > 0 ? popularity : ""].join("\t") });
}
const siteListLines = [];
for (const [key, { slug, row }] of listed) {
  siteListLines.push(`${key}\t${row}`);
  const slugKey = nameKey(slug);
  if (slugKey && slugKey !== key) siteListLines.push(`${slugKey}\t${row}`);
}
siteListLines.sort(byCodeUnits);
const siteListPath = join(root, "catalog/site-list.tsv");
if (check && existsSync(siteListPath)) before.set(siteListPath, readFileSync(siteListPath, "utf8"));
emit(
  siteListPath,
  header(`The site's ${listed.size} tools the catalog leaves out, for names typed by hand: one tab-separated line under each name's key and\n# under its slug's where that differs (the key as resolve normalizes a name), sorted by key. category and sub_category are\n# categories.yml's slugs. Columns: key, slug, name, category, sub_category, stacks, popularity`) +
    siteListLines.join("\n") +
    "\n",
);
if (check) {
  // A generated file no rerun writes (its category gone) would be removed by a rerun.
  changed.push(...before.keys());
  for (const path of changed) console.log(`would change: ${path.slice(root.length + 1)}`);
  process.exitCode = changed.length ? 1 : 0;
} else console.log(`${out.size} tools in ${files.size} files; ${Object.keys(categories).length} categories; ${listed.size} listed only (catalog/site-list.tsv)`);

function fromDataset(t) {
  const c = categories[t.category];
  const record = { id: t.slug, name: t.name.trim(), category: c?.name, sub_category: c?.sub_categories[t.function] };
  const popularity = Number(t.popularity);
  if (Number.isFinite(popularity) && popularity > 0) record.popularity = Math.round(popularity);
  return record;
}

/** A name as resolve() compares names (src/catalog/name-keys.ts normalize): lower case, + and # spelled out, accents and punctuation dropped. */
function nameKey(name) {
  return name.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\+\+/g, "plusplus").replace(/#/g, "sharp").replace(/[^\p{L}\p{N}]+/gu, "");
}

function clean(record) {
  const order = ["id", "name", "category", "sub_category", "website_url", "open_source", "hosted_saas", "license", "image_url", "aliases", "popularity", "cited_files", "cited_order", "no_release", "markdown_section", "markdown_sub_category"];
  const outRecord = {};
  for (const k of order) if (record[k] !== undefined && record[k] !== null && record[k] !== "") outRecord[k] = record[k];
  return outRecord;
}

function dump(data) {
  return yaml.dump(data, { lineWidth: 200, noRefs: true, quotingType: '"' });
}

function bump(map, key, n = 1) {
  map.set(key, (map.get(key) ?? 0) + n);
}

function top(map) {
  let bestKey;
  let bestCount = 0;
  for (const [k, n] of map) if (n > bestCount || (n === bestCount && String(k) < String(bestKey))) [bestKey, bestCount] = [k, n];
  return bestKey;
}

function best(map, prefix) {
  const sub = new Map();
  for (const [k, n] of map) if (k.startsWith(prefix)) sub.set(k.slice(prefix.length), n);
  return top(sub);
}

function titleCase(slug) {
  return slug
    .split("-")
    .map((w, i) => WORDS[w] ?? (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

function slugify(name) {
  return name.toLowerCase().replace(/\+/g, "-plus").replace(/#/g, "-sharp").replace(/[^a-z0-9.]+/g, "-").replace(/^-+|-+$/g, "");
}
