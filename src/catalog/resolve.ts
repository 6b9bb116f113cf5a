import Fuse from "fuse.js";
import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { editDistance } from "../edit-distance.js";

export interface Resolution {
  tool: CatalogTool;
  /**
   * 0 to 1: 1 is the tool's name as typed (case and punctuation aside), 0.99 an alias or slug
   * ("postgres", "k8s"), a little less a key reached by dropping a trailing "js" or "db", 0.95 a
   * key with a generic word after it ("mysql server", "firebase sdk"), 0.94 a vendor's product typed
   * without its vendor ("ec2", "spanner"), at most 0.96 a name with a release glued on ("vue3");
   * fuzzy matches score at most 0.9. Two tools can both score 1 (ZAP and Zap for "zap").
   */
  score: number;
  matchedBy: "name" | "alias" | "slug" | "fuzzy";
}

interface Entry {
  key: string;
  tool: CatalogTool;
  kind: "name" | "alias" | "slug";
}

interface Index {
  entries: Entry[];
  exact: Map<string, Entry[]>;
  fuse: Fuse<Entry>;
  /** How many tools' names end in each word (normalized): "storage" ends Google Cloud Storage's and Azure Storage's. */
  lastWords: Map<string, number>;
}

const indexes = new WeakMap<Catalog, Index>();

/**
 * Finds the catalog tools a typed name means, best first: an exact name, alias or slug (also
 * without a trailing "js", "db" or "language" and punctuation: "reactjs", "vue.js", "mongo", "r"), then fuzzy
 * matches ranked by closeness and the tool's popularity. A caller can ask when the best score is
 * low or the first two are close.
 */
export function resolve(catalog: Catalog, query: string, limit = 5): Resolution[] {
  // slice(0, -1) would return all but one match: a limit that is no count is refused by name.
  if (!Number.isInteger(limit) || limit < 0) throw new TypeError(`resolve: limit must be a whole number of matches, not ${String(limit)}`);
  if (typeof query !== "string") throw new TypeError(`resolve: expected a name to look up (a string), not ${String(query)}`);
  // By what it reads, not instanceof: a catalog from the package's other build (require beside import) is one too.
  if (!(catalog?.tools instanceof Map)) throw new TypeError("resolve: expected a catalog (builtinCatalog() or catalogWith(...)) as its first argument");
  const index = indexFor(catalog);
  const q = normalize(query);
  if (!q) return [];
  const out = new Map<string, Resolution>();
  const add = (tool: CatalogTool, score: number, matchedBy: Resolution["matchedBy"]): void => {
    const current = out.get(tool.id);
    if (!current || current.score < score) out.set(tool.id, { tool, score, matchedBy });
  };
  // An alias or slug scores a little under a name, and a key reached only by dropping its own
  // "js" or "db" a little under a key that is the query as written: "angular" is Angular before
  // AngularJS, though "angularjs" without its "js" is "angular" too.
  for (const [key, exactScore] of [[q, 1], [stripSuffix(q), 0.97]] as const) {
    for (const e of index.exact.get(key) ?? []) {
      add(e.tool, exactScore - (e.kind === "name" ? 0 : 0.01) - (e.key === key ? 0 : 0.01), e.kind);
    }
  }
  // A name with a generic word after it, as people say them: "mysql server", "redis-server",
  // "firebase sdk" are MySQL, Redis and Firebase (a little under any exact key, above every fuzzy
  // match, so "mysql server" is no longer Microsoft SQL Server's near-spelling; "sql server", an
  // alias of its own, stays Microsoft SQL Server). Only a separate last word counts.
  const words = query.trim().split(/[\s_-]+/);
  if (words.length > 1 && GENERIC_WORDS.has(words[words.length - 1]!.toLowerCase())) {
    const stem = normalize(words.slice(0, -1).join(" "));
    for (const e of index.exact.get(stem) ?? []) if (e.key === stem) add(e.tool, 0.95, e.kind);
  }
  // A cloud vendor's product is typed with either of its prefixes: "AWS Cognito" is Amazon
  // Cognito and "Amazon Lambda" AWS Lambda; "Cloud Spanner" and "GCP Spanner" are Google Cloud
  // Spanner. Such a spelling is as good as an alias.
  for (const key of vendorSpellings(q)) {
    for (const e of index.exact.get(key) ?? []) if (e.key === key) add(e.tool, 0.99, "alias");
  }
  // A vendor's product typed without its vendor, as people name them: "ec2", "sqs", "spanner",
  // "tomcat" are Amazon EC2, Amazon SQS, Google Cloud Spanner and Apache Tomcat. Under any exact key
  // and a generic-word spelling, above every fuzzy match; where two vendors have a product of that
  // name, both score so and the more popular comes first. A word that ends the names of two or
  // more tools is a kind of product, not one ("functions", "storage", "analytics", "cloud").
  if (q.length >= 2 && (index.lastWords.get(q) ?? 0) < 2) {
    for (const prefix of BARE_PRODUCT_VENDORS) {
      const key = prefix + q;
      for (const e of index.exact.get(key) ?? []) if (e.key === key) add(e.tool, 0.94, "alias");
    }
  }
  // A release glued to the name, as people write it ("vue3", "node18", "angular 17", "jdk17"): the
  // name without it, where nothing above matched well. A name that ends in digits of its own
  // ("html5", "es6", "route53") is found above first.
  const released = /^(.*?[\p{L}])[\s@_-]*v?\d+(?:\.\d+)*$/u.exec(query.trim());
  if (released && ![...out.values()].some((r) => r.score >= 0.94)) {
    const stem = normalize(released[1]!);
    if (stem.length >= 2) for (const e of index.exact.get(stem) ?? []) add(e.tool, 0.96 - (e.kind === "name" ? 0 : 0.01) - (e.key === stem ? 0 : 0.01), e.kind);
  }
  // Fuzzy: Fuse finds keys that contain something like the query; a whole-key edit distance
  // (transpositions count once) finds misspellings of the whole name ("raect", "kubernets").
  // A key is as close as the better of the two, Fuse's a little discounted: a short query inside
  // a long name ("postgres" in "Amazon RDS for PostgreSQL") is a weaker hint than a typo of a name.
  const closeness = new Map<Entry, number>();
  for (const hit of index.fuse.search(q, { limit: 50 })) closeness.set(hit.item, (1 - (hit.score ?? 1)) * 0.75);
  for (const e of index.entries) {
    if (Math.abs(e.key.length - q.length) > 3) continue;
    const similarity = 1 - editDistance(q, e.key) / Math.max(q.length, e.key.length);
    if (similarity >= 0.6 && similarity > (closeness.get(e) ?? 0)) closeness.set(e, similarity);
  }
  for (const [e, close] of closeness) {
    const popularity = Math.log10(1 + (e.tool.popularity ?? 0)) / 6;
    add(e.tool, Math.min(0.9, close * 0.75 + popularity * 0.2), "fuzzy");
  }
  return [...out.values()].sort((a, b) => b.score - a.score || (b.tool.popularity ?? 0) - (a.tool.popularity ?? 0)).slice(0, limit);
}

function indexFor(catalog: Catalog): Index {
  let index = indexes.get(catalog);
  if (index) return index;
  const entries: Entry[] = [];
  for (const tool of catalog.tools.values()) {
    entries.push({ key: normalize(tool.name), tool, kind: "name" });
    entries.push({ key: normalize(tool.id), tool, kind: "slug" });
    for (const alias of tool.aliases ?? []) entries.push({ key: normalize(alias), tool, kind: "alias" });
  }
  const exact = new Map<string, Entry[]>();
  for (const e of entries) {
    // A name ending in the separate word "UI" is typed without it too ("chakra", "semantic").
    const stem = e.kind === "name" && /[\s_-]UI$/i.test(e.tool.name) ? normalize(e.tool.name.replace(/[\s_-]+UI$/i, "")) : undefined;
    for (const key of new Set([e.key, stripSuffix(e.key), ...(stem && stem.length > 2 ? [stem] : [])])) {
      const list = exact.get(key) ?? [];
      list.push(e);
      exact.set(key, list);
    }
  }
  const fuse = new Fuse(entries, { keys: ["key"], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
  const lastWords = new Map<string, number>();
  for (const tool of catalog.tools.values()) {
    const last = normalize(tool.name.trim().split(/\s+/).pop() ?? "");
    if (last) lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  }
  index = { entries, exact, fuse, lastWords };
  indexes.set(catalog, index);
  return index;
}

/**
 * Lowercase, `+`/`#` spelled out, other punctuation and spaces dropped: "C#" -> "csharp", "Vue.js"
 * -> "vuejs". Compatibility forms and accents are folded first (a full-width "Ｒｅａｃｔ" or an
 * accented "Réact" is "react"), and letters and digits of every script are kept, so a tool a
 * repository's catalog names in another script ("日志服务") can be typed too.
 */
export function normalize(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\+\+/g, "plusplus")
    .replace(/#/g, "sharp")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Words that say what kind of thing a tool is, typed after its name ("redis server"); not "cli", often a tool of its own (AWS CLI, Vue CLI). */
const GENERIC_WORDS = new Set(["server", "database", "db", "engine", "sdk", "client", "cache", "framework", "library", "lib"]);

const VENDOR_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["aws", "amazon"],
  ["amazon", "aws"],
  ["gcp", "googlecloud"],
  ["cloud", "googlecloud"],
];

/** Vendors whose products the site names with the vendor first ("Amazon EC2", "Apache Tomcat"), normalized. */
const BARE_PRODUCT_VENDORS = ["amazon", "aws", "google", "googlecloud", "azure", "microsoft", "apache"];

/** The query with its cloud vendor's other prefix (normalized keys): "awscognito" -> "amazoncognito". */
function vendorSpellings(key: string): string[] {
  const out: string[] = [];
  for (const [from, to] of VENDOR_PREFIXES) {
    if (key.length > from.length && key.startsWith(from)) out.push(to + key.slice(from.length));
  }
  return out;
}

function stripSuffix(key: string): string {
  return key.length > 4 ? key.replace(/(js|db|lang|language|css)$/, "") : key;
}
