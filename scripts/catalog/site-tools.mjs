// Site tools of the static-site/docs area: which matcher keys name each today.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { scriptArgs } from "../script-args.mjs";
import { sharedFolder } from "./shared-folder.mjs";
import { parseCsv } from "./tools-csv.mjs";
const USAGE = `usage: site-tools.mjs [CHECKOUT]

The site's static-site and documentation tools: their stacks, whether the catalog holds each, and the
matcher keys that name it, in the checkout CHECKOUT (default: the current folder).`;
const root = scriptArgs(USAGE, {}, { positionals: true }).positionals[0] ?? ".";
const ids = ["google-analytics","google-tag-manager","github-pages","gatsbyjs","netlify","jupyter","jekyll","disqus","algolia","hugo","vercel","matomo","sphinx","vuepress","hexo","docusaurus","gitbook","gridsome","astro-build","middleman","firebase-hosting","read-the-docs","mkdocs","surge","plausible","cloudflare-pages","fathom-analytics","gitlab-pages","typesense","google-search-console","hotjar","mathjax","netlify-cms","11ty","pelican","docsify","utterances","swagger-ui"];
// The site's list from the ../shared beside this checkout (or the one above it), as the other catalog scripts find it.
const here = join(dirname(fileURLToPath(import.meta.url)), "../..");
const shared = sharedFolder(here);
const csv = parseCsv(readFileSync(join(shared, "catalog-sources/stackshare-dataset/tools.csv"), "utf8"));
const count = new Map(csv.map((r) => [r.slug, Number(r.stack_count)]));
const catalog = new Set();
for (const f of readdirSync(`${root}/catalog/tools`)) for (const t of YAML.parse(readFileSync(`${root}/catalog/tools/${f}`, "utf8")) ?? []) catalog.add(t.id);
const by = new Map(ids.map((id) => [id, []]));
for (const f of readdirSync(`${root}/catalog/matchers`)) {
  const doc = YAML.parse(readFileSync(`${root}/catalog/matchers/${f}`, "utf8")) ?? {};
  for (const [kind, keys] of Object.entries(doc)) for (const [key, val] of Object.entries(keys ?? {})) {
    const list = [val].flat();
    const cut = list.indexOf("package-only");
    for (const id of cut >= 0 ? list.slice(0, cut) : list) if (by.has(id)) by.get(id).push(`${kind}:${key}`);
  }
}
const unrevealed = readFileSync(`${root}/catalog/unrevealed.yml`, "utf8");
for (const id of ids) {
  const keys = by.get(id);
  const site = ["format:", "site-setting:", "file:", "version-manager:"].filter((p) => keys.some((k) => k.startsWith(p)));
  console.log(`${id.padEnd(22)} stacks=${String(count.get(id) ?? "-").padStart(6)} catalog=${catalog.has(id) ? "y" : "n"} keys=${String(keys.length).padStart(3)} ${keys.filter((k) => /^(file|format|site-setting|action|docker|netlify-plugin):/.test(k)).slice(0, 8).join(" ")}${new RegExp(`^${id}:`, "m").test(unrevealed) ? " [unrevealed]" : ""}`);
}
