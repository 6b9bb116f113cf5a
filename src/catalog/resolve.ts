import Fuse, { type FuseResult } from "fuse.js";
import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { editDistance } from "../edit-distance.js";
import { splitImage } from "../kit/image-reference.js";
import { QueryLetters, tooFar } from "./letter-bound.js";

export interface Resolution {
  tool: CatalogTool;
  /**
   * 0 to 1: 1 is the tool's name as typed (case and punctuation aside), 0.99 an alias or slug
   * ("postgres", "k8s"), a little less a key reached by dropping a trailing "js" or "db", 0.95 a
   * key with a generic word after it ("mysql server", "firebase sdk"), 0.94 a vendor's product typed
   * without its vendor ("ec2", "spanner"), at most 0.96 a name with a release glued on ("vue3");
   * 0.95 the tool a package or image name reveals ("psycopg2", "@angular/core", "node:18-alpine"),
   * 0.93 another tool it reveals too, 0.92 a name followed by more words ("react-dom",
   * "spring-boot-starter-web"), 0.88 a name among other words typed apart ("aws s3 bucket"; 0.87
   * one reached by dropping its js); fuzzy matches score at most 0.9. Two tools can both score 1
   * (ZAP and Zap for "zap").
   */
  score: number;
  matchedBy: "name" | "alias" | "slug" | "package" | "fuzzy";
}

interface Entry {
  key: string;
  tool: CatalogTool;
  kind: "name" | "alias" | "slug";
}

interface Index {
  entries: Entry[];
  exact: Map<string, Entry[]>;
  /** Fuse over every entry, made when first asked: only a query longer than Fuse's 32-letter pattern is searched so. */
  fuseAll?: Fuse<Entry>;
  /** Each entry's key as Fuse reads it, lower-cased (normalized keys are already). */
  fuseTexts: string[];
  /** How many tools' names end in each word (normalized): "storage" ends Google Cloud Storage's and Azure Storage's. */
  lastWords: Map<string, number>;
  /** The longest key (normalized): a query much longer than it is close to no key. */
  longestKey: number;
  /** A Maven artifact id of exactly one key's (`org.hibernate:hibernate-core`), lower-cased, to the key: people type the artifact alone. */
  artifacts: Map<string, string>;
}

const indexes = new WeakMap<Catalog, Index>();

/**
 * Finds the catalog tools a typed name means, best first: an exact name, alias or slug (also
 * without a trailing "js", "db", "database" or "language" and punctuation: "reactjs", "vue.js", "mongo", "r"), then fuzzy
 * matches ranked by closeness and the tool's popularity. A caller can ask when the best score is
 * low or the first two are close.
 */
export function resolve(catalog: Catalog, query: string, limit = 5): Resolution[] {
  // slice(0, -1) would return all but one match: a limit that is no count is refused by name.
  if (!Number.isInteger(limit) || limit < 0) throw new TypeError(`resolve: limit must be a whole number of matches, not ${String(limit)}`);
  if (typeof query !== "string") throw new TypeError(`resolve: expected a name to look up (a string), not ${String(query)}`);
  // By what it reads, not instanceof: a catalog from the package's other build (require beside import) is one too.
  if (!(catalog?.tools instanceof Map)) throw new TypeError("resolve: expected a catalog (builtinCatalog() or catalogWith(...)) as its first argument");
  query = pipRequirementName(query);
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
  // A compound name typed apart at the letter its halves share is that name, as an alias is, or
  // as its vendor's product is typed without the vendor (below): "elastic cache" is ElastiCache,
  // where the generic word "cache" would make it Elastic's search engine.
  // A join that is another key of a tool the query names already ("windows server", whose slug is
  // window-server) names nothing new.
  let joinNamed = false;
  const addJoined = (tool: CatalogTool, score: number): void => {
    if (out.has(tool.id)) return;
    joinNamed = true;
    add(tool, score, "alias");
  };
  for (const key of sharedLetterJoins(query)) {
    for (const spelling of [key, ...vendorSpellings(key)]) {
      for (const e of index.exact.get(spelling) ?? []) if (e.key === spelling) addJoined(e.tool, 0.99);
    }
    for (const prefix of BARE_PRODUCT_VENDORS) {
      for (const e of index.exact.get(prefix + key) ?? []) if (e.key === prefix + key) addJoined(e.tool, 0.94);
    }
  }
  // A name with a generic word after it, as people say them: "mysql server", "redis-server",
  // "firebase sdk" are MySQL, Redis and Firebase (a little under any exact key, above every fuzzy
  // match, so "mysql server" is no longer Microsoft SQL Server's near-spelling; "sql server", an
  // alias of its own, stays Microsoft SQL Server). Only a separate last word counts.
  const words = query.trim().split(/[\s_-]+/);
  if (!joinNamed && words.length > 1 && GENERIC_WORDS.has(words[words.length - 1]!.toLowerCase())) {
    const stem = normalize(words.slice(0, -1).join(" "));
    for (const e of index.exact.get(stem) ?? []) if (e.key === stem) add(e.tool, 0.95, e.kind);
  }
  // A vendor's product is typed with either of its prefixes: "AWS Cognito" is Amazon
  // Cognito and "Amazon Lambda" AWS Lambda; "Cloud Spanner" and "GCP Spanner" are Google Cloud
  // Spanner, "MS Teams" Microsoft Teams. Such a spelling is as good as an alias.
  for (const key of vendorSpellings(q)) {
    for (const e of index.exact.get(key) ?? []) if (e.key === key) add(e.tool, 0.99, "alias");
  }
  // A short name opening words typed apart stands for its tool's name: "mongo atlas" is MongoDB
  // Atlas, "gh enterprise" GitHub Enterprise, "tf cloud" Terraform Cloud, as good as an alias.
  for (const key of openingAliasSpelled(index, query)) {
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
  // Fuzzy: Fuse finds keys that contain something like the query; a whole-key edit distance
  // (transpositions count once) finds misspellings of the whole name ("raect", "kubernets").
  // A key is as close as the better of the two, Fuse's a little discounted: a short query inside
  // a long name ("postgres" in "Amazon RDS for PostgreSQL") is a weaker hint than a typo of a name.
  const closeness = new Map<Entry, number>();
  // A query longer than every key is like none of them, and Fuse's work grows with its length (a
  // pasted 10,000-character text took 12 s): it is not asked.
  if (q.length <= index.longestKey) for (const hit of fuzzySearch(index, q)) closeness.set(hit.item, (1 - (hit.score ?? 1)) * 0.75);
  // A query within 0.85 of a whole key, or one letter off a longer one, is a misspelling of that
  // name ("redux-thun", "php-fp", "vercel postgre"), which no package or maker reading below takes
  // for a shorter name. A key too few of whose letters the query holds is neither (letter-bound.ts):
  // it is not measured.
  let misspelt = false;
  const letters = new QueryLetters(q);
  for (const e of index.entries) {
    if (Math.abs(e.key.length - q.length) > 3) continue;
    if (tooFar(q.length, e.key.length, letters.commonSubsequence(e.key)) || tooFar(q.length, e.key.length, letters.sharedInWindow(e.key, e.key.length))) continue;
    const distance = editDistance(q, e.key);
    const similarity = 1 - distance / Math.max(q.length, e.key.length);
    if (similarity >= 0.85 || (distance === 1 && q.length >= 5)) misspelt = true;
    if (similarity >= 0.6 && similarity > (closeness.get(e) ?? 0)) closeness.set(e, similarity);
  }
  // A package or image name, as a manifest or a compose file writes it ("psycopg2", "react-dom",
  // "@angular/core", "github.com/gin-gonic/gin", "laravel/framework", "postgres:15",
  // "bitnami/postgresql"): the tools the catalog's matchers say it reveals, where no name or alias
  // is the query. The first tool a key names is the package's own (0.95), any other a little under
  // (a Spring Boot starter names Spring Framework, then Spring Boot) unless the package's name opens
  // with that tool's name ("spring-boot-starter-web" is Spring Boot's).
  const noNameMatched = ![...out.values()].some((r) => r.score >= 0.99);
  const typed = query.trim();
  if (noNameMatched && typed.length <= MAX_PACKAGE_LENGTH) {
    const stems = leadingStems(typed);
    const revealed = packageTools(catalog, index, typed, !misspelt);
    // The package's own tool is the one its longest opening run of words names, the whole name
    // when a release is pinned after it ("@angular/cli@17.0.0" is Angular CLI's, not Angular's).
    const pinned = PINNED_PACKAGE.exec(typed)?.[1];
    const runs = pinned ? [normalize(pinned.replace(/^@/, "")), ...stems] : stems;
    const ownRun = runs.find((run) => (index.exact.get(run) ?? []).some((e) => e.key === run && revealed.has(e.tool)));
    const ownTools = new Set((ownRun ? index.exact.get(ownRun) ?? [] : []).filter((e) => e.key === ownRun).map((e) => e.tool.id));
    for (const [tool, first] of revealed) add(tool, ownTools.has(tool.id) ? 0.96 : first ? 0.95 : 0.93, "package");
    // A package named after its tool, with more words joined on ("react-dom", "hibernate-core",
    // "spring-boot-starter-web", "@sentry/react"): the longest opening run of words that is a name,
    // alias or slug as written, under every key matched whole, over every fuzzy guess. Only a name
    // written as one word, as packages are: words typed apart after a name are often a product of
    // its own ("azure cli", "google sheets"), and no guess of the vendor.
    if (!misspelt && !/\s/.test(typed) && ![...out.values()].some((r) => r.score >= 0.94)) {
      for (const stem of stems) {
        const hits = (index.exact.get(stem) ?? []).filter((e) => e.key === stem);
        for (const e of hits) add(e.tool, 0.92, e.kind);
        if (hits.length) break;
      }
    }
  }
  // A product typed after its maker, where the site names it without ("HashiCorp Vault", "Atlassian
  // Jira", "Google Firebase", "Twitter Bootstrap"): as good as a bare vendor product. Only makers whose
  // names the site leaves off their products; Amazon's, Microsoft's and Apache's it writes itself.
  const makerWords = typed.split(/\s+/);
  if (!misspelt && makerWords.length > 1 && makerWords.length <= 4 && MAKERS.has(normalize(makerWords[0]!)) && ![...out.values()].some((r) => r.score >= 0.94)) {
    const rest = normalize(makerWords.slice(1).join(" "));
    if (rest.length >= 2) for (const e of index.exact.get(rest) ?? []) if (e.key === rest) add(e.tool, 0.94, "alias");
  }
  // A release glued to the name, as people write it ("vue3", "node18", "angular 17", "jdk17"): the
  // name without it, where nothing above matched well. A name that ends in digits of its own
  // ("html5", "es6", "route53") is found above first.
  const released = /^(.*?[\p{L}])(?:==|[\s@_-])*v?\d+(?:\.\d+)*$/u.exec(query.trim());
  if (released && ![...out.values()].some((r) => r.score >= 0.94)) {
    const stem = normalize(released[1]!);
    // A key reached only by dropping its own "js" yields to a key that is the stem as written: "angular
    // 17" is Angular, not AngularJS too at 0.95 (a tie a caller must ask about), as "angular" is.
    const hits = stem.length >= 2 ? (index.exact.get(stem) ?? []) : [];
    const whole = hits.some((e) => e.key === stem);
    for (const e of hits) if (!whole || e.key === stem) add(e.tool, 0.96 - (e.kind === "name" ? 0 : 0.01) - (e.key === stem ? 0 : 0.01), e.kind);
  }
  // A tool's name among other words, where nothing above read the query whole ("aws s3 bucket",
  // "redis cluster", "spring boot actuator"): the tool the longest run of words names, as a name,
  // alias or slug or a vendor's product as above, before any fuzzy guess, which finds "bucket" in
  // Bitbucket. It stays under 0.9: the other words may make a product of its own ("azure cli").
  // Of two tools named at one score, one whose word is its own key comes before one whose word is
  // a key only with a vendor put before it: "helm charts" is Helm before Google Charts.
  const vendorAdded = new Map<string, number>();
  if (!misspelt && ![...out.values()].some((r) => r.score >= 0.9)) {
    for (const [tool, { asWritten, vendorAdded: byVendor }] of namedInside(index, typed)) {
      const score = asWritten ? 0.88 : 0.87;
      add(tool, score, "alias");
      if (byVendor) vendorAdded.set(tool.id, score);
    }
  }
  for (const [e, close] of closeness) {
    const popularity = Math.log10(1 + (e.tool.popularity ?? 0)) / 6;
    add(e.tool, Math.min(0.9, close * 0.75 + popularity * 0.2), "fuzzy");
  }
  // Letters typed with a Russian or Ukrainian keyboard layout on where a Latin one was meant ("куфсе"
  // is "react"): the tool the same keys name in Latin, as a guess, where they spell a name, alias or
  // package; a word of the language itself ("Докер") spells nothing so, and finds nothing.
  // A letter the map lacks (Ukrainian ґ, Serbian ђ) stays Cyrillic: such a slip would be read as a
  // slip again, without end, so it is not read.
  const slip = latinLayoutSlip(query);
  if (slip && !/\p{Script=Cyrillic}/u.test(slip) && ![...out.values()].some((r) => r.score >= 0.9)) {
    for (const r of resolve(catalog, slip, limit)) if (r.score >= 0.9) add(r.tool, r.score * 0.89, "fuzzy");
  }
  const byVendor = (r: Resolution): number => (vendorAdded.get(r.tool.id) === r.score ? 1 : 0);
  return [...out.values()].sort((a, b) => b.score - a.score || byVendor(a) - byVendor(b) || (b.tool.popularity ?? 0) - (a.tool.popularity ?? 0)).slice(0, limit);
}

const FUSE_OPTIONS = { keys: ["key"], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 };

/** Fuse's longest pattern searched whole; a longer one it splits in pieces, any of which may match. */
const FUSE_PATTERN_LETTERS = 32;

/**
 * Fuse's best 50 keys for a query, as Fuse over every entry finds them, but searching only the keys
 * that hold enough of the query's letters: a match Fuse accepts is at most 0.4 of the pattern's
 * letters in edits (its threshold) from a part of the key, so it pairs the rest with equal
 * letters. The keys kept are in the entries' order, so Fuse breaks ties between equal scores as
 * over them all.
 */
function fuzzySearch(index: Index, q: string): Array<FuseResult<Entry>> {
  const pattern = q.toLowerCase();
  if (pattern.length > FUSE_PATTERN_LETTERS) {
    index.fuseAll ??= new Fuse(index.entries, FUSE_OPTIONS);
    return index.fuseAll.search(q, { limit: 50 });
  }
  // The most edits Fuse allows, as it reckons a score (edits over the pattern's length).
  let edits = 0;
  while (edits + 1 < pattern.length && (edits + 1) / pattern.length <= FUSE_OPTIONS.threshold) edits++;
  const letters = new QueryLetters(pattern);
  const least = pattern.length - edits;
  const kept: Entry[] = [];
  index.entries.forEach((e, i) => {
    const text = index.fuseTexts[i]!;
    if (text.length >= least && letters.commonSubsequence(text) >= least && letters.sharedInWindow(text, pattern.length + edits) >= least) kept.push(e);
  });
  return new Fuse(kept, FUSE_OPTIONS).search(q, { limit: 50 });
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
  const lastWords = new Map<string, number>();
  for (const tool of catalog.tools.values()) {
    const last = normalize(tool.name.trim().split(/\s+/).pop() ?? "");
    if (last) lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  }
  const artifacts = new Map<string, string>();
  const shared = new Set<string>();
  // A catalog given as data alone ({ tools }, as another build's class reads) has no matchers to ask.
  const mavenKeys = typeof catalog.entries === "function" ? catalog.entries("maven").keys() : [];
  for (const key of mavenKeys) {
    const artifact = /^[^:*]+:([^:*]+)$/.exec(key)?.[1]?.toLowerCase();
    if (!artifact) continue;
    if (artifacts.has(artifact)) shared.add(artifact);
    artifacts.set(artifact, key);
  }
  for (const artifact of shared) artifacts.delete(artifact);
  // A loop, not Math.max(...lengths): a catalog of 200,000 aliases is more arguments than a call takes.
  let longestKey = 0;
  for (const e of entries) longestKey = Math.max(longestKey, e.key.length);
  index = { entries, exact, fuseTexts: entries.map((e) => e.key.toLowerCase()), lastWords, longestKey, artifacts };
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

/**
 * Makers people type before a product the site names alone (normalized): "hashicorp vault" is Vault.
 * Firebase as one: Google's products under its name ("Firebase Crashlytics") the site names alone.
 */
const MAKERS = new Set(["hashicorp", "atlassian", "jetbrains", "google", "facebook", "meta", "twitter", "elastic", "grafana", "vercel", "redhat", "apple", "mozilla", "netflix", "firebase"]);

/** No package or image name is longer (npm's limit is 214); a longer query is no package name. */
const MAX_PACKAGE_LENGTH = 256;

/** The kinds whose keys are names people copy from a manifest or compose file: the registries' packages and container images. */
const PACKAGE_KINDS = ["npm", "pypi", "rubygems", "packagist", "go", "cargo", "nuget", "maven", "pub", "cocoapods", "hex", "cran", "docker"];

/**
 * The tools a typed package or image name reveals, each with whether it is the first a key names
 * (the package's own tool). Every registry is asked, as typed and lower-cased, with a release after
 * `@` (`react@18`, `@angular/core@17`) or an image's tag and registry (`node:18-alpine`,
 * `mcr.microsoft.com/mssql/server`) left off; a Maven artifact id alone is its one key's. Prefix
 * keys only where `prefixes`.
 */
function packageTools(catalog: Catalog, index: Index, typed: string, prefixes: boolean): Map<CatalogTool, boolean> {
  const out = new Map<CatalogTool, boolean>();
  // No registry's package or image name holds white space: words typed apart are none, though a
  // prefix key would take their first ("Firebase Crashlytics" is no pod under Firebase/).
  if (typeof catalog.matchedKey !== "function" || /\s/.test(typed)) return out;
  const unpinned = PINNED_PACKAGE.exec(typed)?.[1] ?? typed;
  const names = new Set([typed, unpinned, unpinned.toLowerCase()]);
  const image = splitImage(typed)?.name;
  for (const kind of PACKAGE_KINDS) {
    const asked = kind === "docker" ? (image ? [image] : []) : kind === "maven" ? [...names, index.artifacts.get(unpinned.toLowerCase()) ?? ""] : [...names];
    for (const name of asked) {
      // A prefix key reveals a typed name only at a word's end ("@angular/*" takes "@angular/core",
      // "NEST*", the .NET Elasticsearch client's packages, no "nestj"), and not a misspelling of a
      // name ("react-native-ui-kitte" is react-native-ui-kitten, no React Native package).
      const key = name && catalog.matchedKey(kind, name);
      if (!key || (key.prefix && !(prefixes && atBoundary(catalog.normalize(kind, name), key.key)))) continue;
      const named = catalog.match(kind, name);
      const all = catalog.match(kind, name, true);
      all.forEach((tool, i) => {
        const first = named.length ? named[0] === tool : i === 0;
        if (!out.get(tool)) out.set(tool, first);
      });
    }
  }
  return out;
}

/** Whether a prefix key ends at a word's end of the name it matched: its own last character, or the name's next one, is no letter or digit. */
function atBoundary(name: string, prefix: string): boolean {
  return name.length === prefix.length || /[^\p{L}\p{N}]$/u.test(prefix) || /^[^\p{L}\p{N}]/u.test(name.slice(prefix.length));
}

/**
 * A package or typed name's opening runs of words, longest first, normalized, each shorter than the
 * whole: "spring-boot-starter-web" gives "springbootstarter", "springboot", "spring". A host that
 * opens a module path (github.com/, gorm.io/), an npm scope's `@` and `@types/`, a Maven group, an
 * image's registry and tag, and a release after `@` are left off first.
 */
export function leadingStems(typed: string): string[] {
  let name = typed.replace(/(?:@|==)[^@\s/=]*$/, (m) => (m === typed ? m : ""));
  if (/^[^\s:/]+:[^\s:/]+(:[^\s:/]+)?$/.test(name) && name.split(":")[0]!.includes(".")) name = name.split(":")[1]!;
  // An npm scope is never a host, though some hold a dot (`@socket.io/`, `@nuxt.js/`): its name is the tool's.
  name = name.replace(/:[^/\s]*$/, "");
  name = name.startsWith("@") ? name.slice(1) : name.replace(/^[^\s/]+\.[a-z]{2,}\//i, "");
  const stems: string[] = [];
  // DefinitelyTyped's `@types/node` types Node.js: the package it types is named whole.
  if (name.startsWith("types/")) {
    name = name.slice("types/".length);
    stems.push(normalize(name));
  }
  const words = name.split(/[\s/_.:-]+/).filter(Boolean).slice(0, 8);
  for (let n = words.length - 1; n >= 1; n--) {
    const stem = normalize(words.slice(0, n).join(" "));
    if (stem.length >= 2) stems.push(stem);
  }
  return stems;
}

/**
 * The tools named by the longest run of a query's space-separated words that names any (a name,
 * alias or slug, a cloud vendor's other prefix, a vendor's product without its vendor), shorter
 * than the whole query: "aws s3 bucket" gives Amazon S3 (its run "aws s3"), before AWS (the run "aws").
 * Runs of equal length each count ("postgres on rds"); a lone joining word ("on") or word of a
 * kind ("db", GENERIC_WORDS) names nothing.
 * Each tool comes with whether a key of its is the run as written, not reached by dropping its own
 * "js" or "db" ("angular" is Angular's name, and AngularJS's only without its js), and whether the
 * run names it only with a vendor put before it ("charts" is Google Charts only so).
 */
function namedInside(index: Index, typed: string): Map<CatalogTool, { asWritten: boolean; vendorAdded: boolean }> {
  const found = new Map<CatalogTool, { asWritten: boolean; vendorAdded: boolean }>();
  const words = typed.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return found;
  for (let n = words.length - 1; n >= 1 && !found.size; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const key = normalize(words.slice(i, i + n).join(" "));
      // A lone word of a kind ("db", "server", "sdk") says what the rest is, and names no tool of
      // that name: "fauna db" is no "DB", whatever Fauna is.
      if (key.length < 2 || (n === 1 && (JOINING_WORDS.has(key) || GENERIC_WORDS.has(key)))) continue;
      const spellings = [key, ...vendorSpellings(key)];
      const withVendor = (index.lastWords.get(key) ?? 0) < 2 ? BARE_PRODUCT_VENDORS.map((vendor) => vendor + key) : [];
      for (const k of [...spellings, ...withVendor]) {
        const vendorAdded = !spellings.includes(k);
        for (const e of index.exact.get(k) ?? []) {
          // A vendor's spelling counts only as a whole key, as above (no "amazon dynamo" for DynamoDB).
          if (k !== key && e.key !== k) continue;
          const was = found.get(e.tool);
          found.set(e.tool, { asWritten: was?.asWritten === true || e.key === k, vendorAdded: (was?.vendorAdded ?? true) && vendorAdded });
        }
      }
    }
  }
  return found;
}

/** Words that join names in a phrase and are no name themselves ("postgres on rds", "react and redux"). */
const JOINING_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "vs", "with"]);

/**
 * The query's words (two to four) joined with the letter where one ends and the next starts written
 * once, one junction at a time: "elastic cache" gives "elasticache".
 */
function sharedLetterJoins(query: string): string[] {
  const words = query.trim().toLowerCase().split(/[\s_-]+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return [];
  const joins: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.at(-1) !== words[i + 1]![0]) continue;
    joins.push(normalize(words.slice(0, i + 1).join("") + words[i + 1]!.slice(1) + words.slice(i + 2).join("")));
  }
  return joins;
}

/**
 * A requirements.txt line as the package it installs: its extras (`uvicorn[standard]`, `uvicorn
 * [standard]`) install more of the same package, and a range (`celery>=5.3,<6`), an environment
 * marker (`; python_version < "3.8"`) or a URL (`@ https://...`) is no part of its name. A lone
 * `==` pin stays, for the pinned reading below; any other text is as typed.
 */
function pipRequirementName(query: string): string {
  // Read a piece at a time, not by one pattern: a pasted text of many thousand spaces is read once.
  const head = /^\s*[A-Za-z0-9][\w.-]*/.exec(query);
  if (!head) return query;
  const name = head[0].trim();
  let rest = query.slice(head[0].length);
  const marker = rest.indexOf(";");
  if (marker >= 0) rest = rest.slice(0, marker);
  rest = rest.trim();
  let extras = false;
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0 || !/^[\w\s,.-]*$/.test(rest.slice(1, close))) return query;
    extras = true;
    rest = rest.slice(close + 1).trim();
  }
  if (!rest) return extras || marker >= 0 ? name : query;
  if (/^@\s*[a-z][\w+.-]*:\/\/\S*$/i.test(rest)) return name;
  const clauses = rest.split(",").map((clause) => clause.trim());
  if (!clauses.every((clause) => PIP_CLAUSE.test(clause))) return query;
  const pin = clauses.length === 1 ? /^==\s*(\S+)$/.exec(clauses[0]!) : null;
  return pin ? `${name}==${pin[1]}` : name;
}

/** One clause of a pip version specifier: `>=5.3`, `~= 2.0`, `!=5.0.1`, `==4.*`. */
const PIP_CLAUSE = /^(?:===?|!=|~=|<=?|>=?)\s*(?:v?\d|\*)[\w.*+!-]*$/;

/** A package name with a release pinned after @ (npm) or == (pip), the name first: "react@18.2.0", "psycopg2==2.9.9". */
const PINNED_PACKAGE = /^(@?[^@\s=]+)(?:@|==)[^@\s/=]*$/;

/** Words that say what kind of thing a tool is, typed after its name ("redis server"); not "cli", often a tool of its own (AWS CLI, Vue CLI). */
const GENERIC_WORDS = new Set(["server", "database", "db", "engine", "sdk", "client", "cache", "framework", "library", "lib"]);

/** A vendor's two prefixes, each to the other, normalized; "ms" is Microsoft's short one ("MS Teams", "MS SQL Server"). */
const VENDOR_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["aws", "amazon"],
  ["amazon", "aws"],
  ["gcp", "googlecloud"],
  ["cloud", "googlecloud"],
  ["ms", "microsoft"],
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

/** Each opening alias or slug of words typed apart, with its tool's name in its place (normalized): "mongo atlas" -> "mongodbatlas". */
function openingAliasSpelled(index: Index, query: string): string[] {
  const words = query.trim().split(/\s+/);
  if (words.length < 2) return [];
  const first = normalize(words[0]!);
  const rest = normalize(words.slice(1).join(" "));
  if (!first || !rest) return [];
  return (index.exact.get(first) ?? []).filter((e) => e.key === first && e.kind !== "name").map((e) => normalize(e.tool.name) + rest);
}

/** The Latin keys of the Russian (ЙЦУКЕН) and Ukrainian layouts' letters, in the QWERTY order: й is q, ф is a. */
const CYRILLIC_KEYS = new Map([..."йцукенгшщзхъфывапролджэячсмитьбюёіїє"].map((c, i) => [c, "qwertyuiop[]asdfghjkl;'zxcvbnm,.`s]'"[i]!]));

/** A query of Cyrillic letters alone as the same keys spell it on a Latin layout, or undefined. */
function latinLayoutSlip(query: string): string | undefined {
  const lower = query.toLowerCase();
  if (!/\p{Script=Cyrillic}/u.test(lower) || /[a-z]/.test(lower)) return undefined;
  return [...lower].map((c) => CYRILLIC_KEYS.get(c) ?? c).join("");
}

// "database" as "db" is: "neon db" and "neon" are Neon Database, as "cosmos" is Azure Cosmos DB.
function stripSuffix(key: string): string {
  return key.length > 4 ? key.replace(/(?<=\p{L}\p{L})database$|(js|db|lang|language|css)$/u, "") : key;
}
