import { coded } from "../errors.js";
import { handOut, type Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { editDistance } from "../edit-distance.js";
import { describeValue } from "../document/shape.js";
import { QueryLetters, tooFar } from "./letter-bound.js";
import { fuzzySearch, indexFor, type Entry, type Index } from "./resolve-index.js";
import { BARE_PRODUCT_VENDORS, GENERIC_WORDS, JOINING_WORDS, MAKERS, nameWords, normalize, latinLayoutSlip, releaseAfterName, sharedLetterJoins, stripSuffix, vendorLeads, vendorSpellings } from "./name-keys.js";
import { MAX_PACKAGE_LENGTH, PINNED_PACKAGE, fileTools, isDataFileName, leadingStems, packageTools, pipRequirementName } from "./package-query.js";
import { webAddress, websiteTools } from "./web-address.js";
import { listedTools } from "./site-list.js";
import { otherMeanings } from "./listed-doubt.js";

export interface Resolution {
  tool: CatalogTool;
  /**
   * 0 to 1: 1 is the tool's name as typed (case and punctuation aside), 0.99 an alias or slug
   * ("postgres", "k8s"), a little less a key reached by dropping a trailing "js" or "db" or a
   * separate "UI" (0.98: "chakra" is Chakra UI, "tailwind" Tailwind CSS before Tailwind UI), 0.95 a
   * key with a generic word after it ("mysql server", "firebase sdk"), 0.94 a vendor's product typed
   * without its vendor ("ec2", "spanner"), at most 0.96 a name with a release glued on ("vue3");
   * 0.95 the tool a package or image name reveals ("psycopg2", "node:18-alpine"; 0.96 where the
   * name opens with the tool's, "react-dom", "@angular/core"), as a GitHub Action, a Gradle plugin id
   * or a file name a matcher knows does ("actions/setup-go", "Chart.yaml"), 0.93 another tool it reveals too,
   * 0.97 the tool whose web site an address is ("https://redis.io"; 0.95 a repository of a code host
   * named after a tool, "github.com/vercel/next.js"),
   * 0.92 a name followed by more words that no matcher knows ("hibernate-core",
   * "spring-boot-starter-web"), 0.91 a longer name whose words the query's open in order ("django
   * rest", "firebase auth"), 0.88 a name among other words typed apart ("aws s3 bucket"; 0.87
   * one reached by dropping its js; 0.15 under another tool so named that is 100 times as popular,
   * "jquery stack" leaves Stack at 0.73); fuzzy matches score at most 0.9. Two tools can both score 1
   * (ZAP and Zap for "zap"); where the query is one's name exactly as written ("ZAP"), the other
   * scores 0.995.
   */
  score: number;
  matchedBy: "name" | "alias" | "slug" | "package" | "website" | "fuzzy";
}

/**
 * Finds the catalog tools a typed name means, best first: an exact name, alias or slug (also
 * without a trailing "js", "db", "database" or "language" and punctuation: "reactjs", "vue.js", "mongo", "r"), then fuzzy
 * matches ranked by closeness and the tool's popularity. A caller can ask when the best score is
 * low or the first two are close.
 */
export function resolve(catalog: Catalog, query: string, limit = 5): Resolution[] {
  return resolveNames(catalog, query, limit, true);
}

/** resolve(), with the site's listed tools (site-list.ts) or, for a reading of another query (a layout slip), without. */
function resolveNames(catalog: Catalog, query: string, limit: number, listed: boolean): Resolution[] {
  // slice(0, -1) would return all but one match: a limit that is no count is refused by name.
  if (!Number.isInteger(limit) || limit < 0) {
    const object = typeof limit === "object" && limit !== null;
    throw coded(new TypeError(`resolve: limit must be a whole number of matches, not ${describeValue(limit)}${object ? " (the count itself is the third argument: resolve(catalog, name, 3))" : ""}`), "TECHSTACK_BAD_ARGUMENT");
  }
  if (typeof query !== "string") throw coded(new TypeError(`resolve: expected a name to look up (a string), not ${String(query)}`), "TECHSTACK_BAD_ARGUMENT");
  // By what it reads, not instanceof: a catalog from the package's other build (require beside import) is one too.
  if (!(catalog?.tools instanceof Map)) throw coded(new TypeError("resolve: expected a catalog (builtinCatalog() or catalogWith(...)) as its first argument"), "TECHSTACK_BAD_ARGUMENT");
  query = pipRequirementName(query);
  // A web address ("https://redis.io", "www.djangoproject.com", "https://stackshare.io/mongodb"):
  // the tool whose site (or the site's own page) it is. With its scheme or "www." typed, it is read
  // below without them, as the host and path it names ("https://github.com/gin-gonic/gin" is the Go
  // module github.com/gin-gonic/gin).
  const web = webAddress(query);
  const site = web ? websiteTools(catalog, web) : undefined;
  if (web?.marked) query = [web.host, ...web.path].join("/");
  const index = indexFor(catalog);
  const q = normalize(query);
  if (!q) return [];
  const out = new Map<string, Resolution>();
  const add = (tool: CatalogTool, score: number, matchedBy: Resolution["matchedBy"]): void => {
    const current = out.get(tool.id);
    if (!current || current.score < score) out.set(tool.id, { tool, score, matchedBy });
  };
  // A tool's own site is as good as an alias, under its name typed; a repository on a code host is
  // its name's tool where that name is a tool's name, alias or slug ("github.com/vercel/next.js"),
  // a listed tool's too where the name alone would take it ("github.com/techfort/LokiJS"; not
  // "github.com/gofiber/fiber", whose name the site's data gives another meaning).
  for (const tool of site?.tools ?? []) add(tool, 0.97, "website");
  if (site?.repository) for (const r of resolveNames(catalog, site.repository, limit, listed)) if (r.score >= 0.99) add(r.tool, 0.95, "website");
  // An alias or slug scores a little under a name, and a key reached only by dropping its own
  // "js" or "db" a little under a key that is the query as written: "angular" is Angular before
  // AngularJS, though "angularjs" without its "js" is "angular" too.
  // A name reached only by leaving out its separate "UI" ("chakra" for Chakra UI) scores a little
  // under one more: "tailwind" is Tailwind CSS's alias and its name without "css", and Tailwind UI's
  // name without "UI" only, so the first is the clear pick.
  // A query reached only by dropping its "db" meets a key reached only by dropping its own "js" or
  // "UI" only where no key is that stem as written: "kafka db" is Kafka, not Kafka UI too ("angular
  // 17" yields so below).
  for (const [key, exactScore] of [[q, 1], [stripSuffix(q), 0.97]] as const) {
    const hits = index.exact.get(key) ?? [];
    const whole = exactScore < 1 && hits.some((e) => e.key === key);
    for (const e of hits) {
      if (whole && e.key !== key) continue;
      const uiStemOnly = e.key !== key && stripSuffix(e.key) !== key;
      add(e.tool, exactScore - (e.kind === "name" ? 0 : 0.01) - (e.key === key ? 0 : 0.01) - (uiStemOnly ? 0.01 : 0), e.kind);
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
  // A key that is the query as typed ("aws ecs", an alias of Amazon EC2 Container Service) is
  // not respelled into another tool's name (Amazon ECS).
  const typedWhole = (index.exact.get(q) ?? []).some((e) => e.key === q);
  for (const key of typedWhole ? [] : vendorSpellings(q)) {
    for (const e of index.exact.get(key) ?? []) if (e.key === key) add(e.tool, 0.99, "alias");
  }
  // A cloud vendor typed before a name or short form of a product whose name carries that vendor:
  // "azure aks" is Azure Kubernetes Service, "gcp gke" Google Kubernetes Engine, "amazon sfn" AWS Step
  // Functions, "microsoft azure devops" Azure DevOps, as good as an alias. A product of another maker
  // ("aws kafka") is none: its name opens with no spelling of the vendor.
  for (const { family, rest } of vendorLeads(query)) {
    for (const e of index.exact.get(rest) ?? []) {
      const name = normalize(e.tool.name);
      if (e.key === rest && family.some((spelling) => name.length > spelling.length && name.startsWith(spelling))) add(e.tool, 0.99, "alias");
    }
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
  // more tools is a kind of product, not one ("functions", "storage", "analytics", "cloud"), as is
  // a word of the site's kinds of tools ("test", "build", "devops", "project").
  if (q.length >= 2 && isProductWord(index, q)) {
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
  const wholeKey = new Set<Entry>();
  const letters = new QueryLetters(q);
  for (const e of index.entries) {
    if (Math.abs(e.key.length - q.length) > 3) continue;
    if (tooFar(q.length, e.key.length, letters.commonSubsequence(e.key)) || tooFar(q.length, e.key.length, letters.sharedInWindow(e.key, e.key.length))) continue;
    const distance = editDistance(q, e.key);
    const similarity = 1 - distance / Math.max(q.length, e.key.length);
    if (similarity >= 0.85 || (distance === 1 && q.length >= 5)) misspelt = true;
    if (similarity >= 0.6 && similarity > (closeness.get(e) ?? 0)) {
      closeness.set(e, similarity);
      wholeKey.add(e);
    }
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
    // A file name or path a matcher knows ("Chart.yaml", "main.tf", ".circleci/config.yml"), read as
    // a package name is: the tools a scan names from a file so named.
    for (const [tool, first] of fileTools(catalog, typed)) if (!revealed.get(tool)) revealed.set(tool, first);
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
    // A data or settings file ("README.md", "turbo.json") is no package: its name before the dot names no tool so.
    if (!misspelt && !/\s/.test(typed) && !isDataFileName(typed) && ![...out.values()].some((r) => r.score >= 0.94)) {
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
  const released = releaseAfterName(query);
  if (released && ![...out.values()].some((r) => r.score >= 0.94)) {
    const stem = normalize(released.name);
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
  // Words typed apart that open a tool's longer name word by word, the first whole and each other
  // at least three letters of its word: "django rest" is Django REST framework, "firebase auth"
  // Firebase Authentication, "docker comp" Docker Compose. Every word typed names part of the tool,
  // so it comes before a tool named by one of them among the others (Django, below), which it
  // leaves unasked.
  if (![...out.values()].some((r) => r.score >= 0.94)) {
    for (const tool of namesOpened(index, typed)) add(tool, 0.91, "name");
  }
  const vendorAdded = new Map<string, number>();
  if (!misspelt && ![...out.values()].some((r) => r.score >= 0.9)) {
    // A tool named only by dropping its own "js" yields to one whose key is the run as written
    // ("graphql ci" is GraphQL, not graphql-js too), and one named only with a vendor put before its
    // word to a tool's own key ("helm charts" is Helm, not Google Charts too), unless a joining word
    // says two tools are named ("postgres on rds").
    const named = namedInside(index, typed);
    const anyWritten = [...named.values()].some((n) => n.asWritten);
    const anyOwn = [...named.values()].some((n) => !n.vendorAdded);
    const twoNamed = typed.split(/\s+/).some((w) => JOINING_WORDS.has(w.toLowerCase()));
    const kept = [...named].filter(([, n]) => !(anyWritten && !n.asWritten) && !(anyOwn && n.vendorAdded && !twoNamed));
    for (const [tool, { asWritten, vendorAdded: byVendor }] of kept) {
      let score = asWritten ? 0.88 : 0.87;
      // Of two tools named so, one 100 or more times as popular is the likelier meaning, as for two
      // close spellings (fuzzyScores): "jquery stack" is jQuery, with Stack (Haskell's) 0.15 under.
      if (!twoNamed && tool.popularity !== undefined) {
        for (const [other, n] of kept) {
          if (other !== tool && other.popularity !== undefined && other.popularity >= FAR_MORE_POPULAR * tool.popularity) score = Math.min(score, (n.asWritten ? 0.88 : 0.87) - GUESS_LEAD);
        }
      }
      add(tool, score, "alias");
      if (byVendor) vendorAdded.set(tool.id, score);
    }
  }
  // A data or settings file no matcher knows ("README.md", "notes.txt") is no misspelling of a tool's
  // name: its close spellings stay under any pick a caller may take unasked (clear(): 0.6).
  const fuzzyCap = isDataFileName(typed) ? UNSURE_FILE : 1;
  for (const [tool, score] of fuzzyScores(closeness, wholeKey)) add(tool, Math.min(score, fuzzyCap), "fuzzy");
  // Letters typed with a Russian or Ukrainian keyboard layout on where a Latin one was meant ("куфсе"
  // is "react"): the tool the same keys name in Latin, as a guess, where they spell a name, alias or
  // package; a word of the language itself ("Докер") spells nothing so, and finds nothing.
  // A letter the map lacks (Ukrainian ґ, Serbian ђ) stays Cyrillic: such a slip would be read as a
  // slip again, without end, so it is not read.
  const slip = latinLayoutSlip(query);
  if (slip && !/\p{Script=Cyrillic}/u.test(slip) && ![...out.values()].some((r) => r.score >= 0.9)) {
    for (const r of resolveNames(catalog, slip, limit, false)) if (r.score >= 0.9) add(r.tool, r.score * 0.89, "fuzzy");
  }
  // A tool of the site's list the catalog leaves out, named exactly by its name or slug (site-list.ts):
  // taken (0.99) where the catalog's own best is a lesser reading ("cloudflare r2" was CloudFlare at
  // 0.88, "LokiJS" Loki at 0.97), offered after it (0.985) where the catalog has that name or alias
  // ("elastic", Elasticsearch's alias, stays Elasticsearch, with the site's Elastic next).
  if (listed) {
    let own = 0;
    for (const r of out.values()) own = Math.max(own, r.score);
    const isCatalogName = (key: string): boolean => (index.exact.get(key) ?? []).some((e) => e.key === key && e.kind === "name");
    // Its name with its vendor's other prefix too ("gcp secret manager" is Google Cloud Secret Manager),
    // as a catalog tool's is above, where the query as typed names none.
    let listedHits = listedTools(catalog, q, isCatalogName);
    if (!listedHits.length) listedHits = vendorSpellings(q).flatMap((key) => listedTools(catalog, key, isCatalogName).filter((hit) => hit.by === "name"));
    for (const { tool, by } of listedHits) {
      // A name the site's data gives another meaning (listed-doubt.ts: "fiber", "atlas", "zk") is
      // offered, first where nothing else reads as well, but never taken unasked: beside what else
      // reads it, a lead under a clear guess's; alone, under clear()'s floor.
      const others = own < 0.99 && by === "name" ? otherMeanings(catalog, index, tool) : undefined;
      if (!others) {
        add(tool, own >= 0.99 ? LISTED_UNDER : LISTED, by);
        continue;
      }
      for (const other of others) add(other, HOLDER, "name");
      let best = 0;
      for (const r of out.values()) if (r.tool !== tool) best = Math.max(best, r.score);
      add(tool, best > 0 ? Math.min(DOUBTED, best + DOUBT_LEAD) : DOUBTED_ALONE, by);
    }
  }
  // Two tools whose names are one once normalized ("Power BI" and "PowerBI", ZAP the scanner and Zap
  // the logger; the site lists both) tie at 1 for either: the one whose name is the query exactly as
  // typed, case, spaces and punctuation kept, is the one chosen, a hair ahead (AS_TYPED_LEAD); a
  // tool named so in a repository's catalog too ties with it still. A spelling that is neither name
  // ("zap", "power bi") says nothing of which is meant, and stays a tie, but for the site's two
  // pages of one product (settleSecondPages).
  let top = 0;
  for (const r of out.values()) top = Math.max(top, r.score);
  const tied = [...out.values()].filter((r) => r.score === top);
  const asTyped = tied.filter((r) => r.tool.name === typed);
  if (asTyped.length && asTyped.length < tied.length) {
    for (const r of tied) if (!asTyped.includes(r)) r.score = top - AS_TYPED_LEAD;
  } else if (!asTyped.length) {
    settleSecondPages(tied, top);
  }
  const byVendor = (r: Resolution): number => (vendorAdded.get(r.tool.id) === r.score ? 1 : 0);
  const best = [...out.values()].sort((a, b) => b.score - a.score || byVendor(a) - byVendor(b) || (b.tool.popularity ?? 0) - (a.tool.popularity ?? 0)).slice(0, limit);
  // The index holds the tools as stored: a built-in one is frozen as it is handed out.
  for (const resolution of best) handOut(resolution.tool);
  return best;
}

/**
 * Two tools of one category whose names are one once normalized are the site's two pages of one
 * product, spelled two ways (Power BI and PowerBI, JSON API and JsonAPI): a spelling that is
 * neither name as written picks the more used page, by the site's popularity figure, a hair ahead
 * (AS_TYPED_LEAD). Tools of two categories so named are two products (ZAP the scanner, Zap the
 * logger): they stay tied, as do pages without a popularity figure (a repository's own).
 */
function settleSecondPages(tied: Resolution[], top: number): void {
  for (const r of tied) {
    const popularity = r.tool.popularity;
    if (popularity === undefined) continue;
    const more = tied.some((o) => o !== r && o.tool.category === r.tool.category && normalize(o.tool.name) === normalize(r.tool.name) && (o.tool.popularity ?? 0) > popularity);
    if (more) r.score = top - AS_TYPED_LEAD;
  }
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
      const withVendor = isProductWord(index, key) ? BARE_PRODUCT_VENDORS.map((vendor) => vendor + key) : [];
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

/** The tools whose names a query's words typed apart open in order (namesOpened's rule above); two words at least. */
function namesOpened(index: Index, typed: string): CatalogTool[] {
  const words = nameWords(typed);
  if (words.length < 2) return [];
  const opened = (word: string, typedWord: string): boolean => word === typedWord || (typedWord.length >= 3 && word.startsWith(typedWord));
  return (index.openings.get(words[0]!) ?? [])
    .filter((name) => name.words.length >= words.length && words.every((w, i) => i === 0 || opened(name.words[i]!, w)))
    .map((name) => name.tool);
}

/** Whether a word may name a vendor's product typed without its vendor: it ends fewer than two tools' names and names no kind of tool. */
function isProductWord(index: Index, key: string): boolean {
  return (index.lastWords.get(key) ?? 0) < 2 && !index.kindWords.has(key);
}

/** Each opening alias or slug of words typed apart (spaces, - or _), with its tool's name in its place (normalized): "mongo-atlas" -> "mongodbatlas". */
function openingAliasSpelled(index: Index, query: string): string[] {
  const words = query.trim().split(/[\s_-]+/).filter(Boolean);
  if (words.length < 2) return [];
  const first = normalize(words[0]!);
  const rest = normalize(words.slice(1).join(" "));
  if (!first || !rest) return [];
  return (index.exact.get(first) ?? []).filter((e) => e.key === first && e.kind !== "name").map((e) => normalize(e.tool.name) + rest);
}

/** Closeness apart that is a tie of spelling, popularity far apart, and the lead a clear guess has (manual-document's clear()). */
const SPELLING_TIE = 0.03;
const FAR_MORE_POPULAR = 100;
const GUESS_LEAD = 0.15;
/** How far a tool's name typed exactly as written leads another tied with it once normalized: a lead, still an exact match (0.99 or more). */
const AS_TYPED_LEAD = 0.005;
/** A listed tool named exactly (site-list.ts): as an alias, where the catalog's best is under it; a hair under the catalog's own exact key where it is not. */
const LISTED = 0.99;
const LISTED_UNDER = 0.985;
/**
 * A listed tool whose name may mean another (listed-doubt.ts): as a name among other words (0.88), the
 * tools whose longer names hold it a hair under; at most 0.1 over the next reading (a clear guess
 * leads by 0.15); alone, under clear()'s floor of 0.6.
 */
const DOUBTED = 0.88;
const HOLDER = 0.87;
const DOUBT_LEAD = 0.1;
const DOUBTED_ALONE = 0.55;
/** The most a close spelling of a data file's name scores: under manual-document's clear() floor. */
const UNSURE_FILE = 0.55;

/**
 * Each fuzzily matched tool's score: its best key's closeness and its popularity (the site's figure,
 * on a log scale), at most 0.9. Where the query misspells a whole key of one tool about as closely as
 * it comes to another's (within 0.03, a letter of key length at two edits) and the first is 100 or
 * more times as popular, that one is the likelier meaning: the other is set 0.15 under it, the lead at
 * which a caller takes a guess ("postgress" is PostgreSQL, 1,100 times as popular as PostgREST, each
 * one letter off). The query found inside a longer key ("project" in Django's "djangoproject") is no
 * misspelling of it, and sets nothing under it. A tool without a popularity figure (a repository's
 * own) is set under none.
 */
function fuzzyScores(closeness: Map<Entry, number>, wholeKey: Set<Entry>): Map<CatalogTool, number> {
  const best = new Map<CatalogTool, { close: number; whole: boolean }>();
  for (const [e, close] of closeness) if (close > (best.get(e.tool)?.close ?? -1)) best.set(e.tool, { close, whole: wholeKey.has(e) });
  const score = (tool: CatalogTool, close: number): number => Math.min(0.9, close * 0.75 + (Math.log10(1 + (tool.popularity ?? 0)) / 6) * 0.2);
  const out = new Map<CatalogTool, number>();
  for (const [tool, { close }] of best) {
    let s = score(tool, close);
    if (tool.popularity !== undefined) {
      for (const [other, { close: otherClose, whole }] of best) {
        if (other === tool || !whole || other.popularity === undefined || otherClose < close - SPELLING_TIE || other.popularity < FAR_MORE_POPULAR * tool.popularity) continue;
        s = Math.min(s, score(other, otherClose) - GUESS_LEAD);
      }
    }
    out.set(tool, s);
  }
  return out;
}
