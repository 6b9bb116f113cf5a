import { coded } from "../errors.js";
import { handOut, type Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { describeValue } from "../document/shape.js";
import { indexFor } from "./resolve-index.js";
import { normalize, latinLayoutSlip } from "./name-keys.js";
import { isDataFileName, pipRequirementName } from "./package-query.js";
import { webAddress, websiteTools } from "./web-address.js";
import { Readings, type MatchedBy } from "./resolve/readings.js";
import { readWholeKeys } from "./resolve/whole-key.js";
import { closenessTo, readFuzzy } from "./resolve/fuzzy.js";
import { readPackageName } from "./resolve/package-name.js";
import { readWithOtherWords } from "./resolve/other-words.js";
import { readListed } from "./resolve/listed.js";
import { ranked } from "./resolve/ties.js";

export interface Resolution {
  tool: CatalogTool;
  /**
   * 0 to 1: 1 is the tool's name as typed (case and punctuation aside), 0.99 an alias or slug
   * ("postgres", "k8s"), a little less a key reached by dropping a trailing "js" or "db" or a
   * separate "UI" (0.98: "chakra" is Chakra UI; 0.9 where another tool's key is the query, "kafka"
   * is Kafka at 1 and Kafka UI at 0.9, "tailwind" Tailwind CSS at 0.99), 0.95 a
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
  matchedBy: MatchedBy;
}

/**
 * Finds the catalog tools a typed name means, best first: an exact name, alias or slug (also
 * without a trailing "js", "db", "database" or "language" and punctuation: "reactjs", "vue.js", "mongo", "r"), then fuzzy
 * matches ranked by closeness and the tool's popularity. isClear(matches) says whether the best
 * may be taken without asking (the rule submit --manual --yes applies).
 * @param limit at most this many matches (default 5); isClear needs 2 or more
 * @returns the matches, best first; none (`[]`) for an empty or blank name, one no tool comes close
 * to, or one longer than MAX_NAME_CHARACTERS (no name: a file pasted as one), answered unread
 */
export function resolve(catalog: Catalog, query: string, limit = 5): Resolution[] {
  return resolveNames(catalog, query, limit, true);
}

/**
 * The longest query resolve() reads as a name, in characters (UTF-16 units, as `length` counts,
 * the spaces around it aside):
 * far past any tool's name, alias, package or web address (the longest is some 130 characters).
 * A longer one (a file pasted as one name, 64k words) matches nothing, and costs no reading.
 */
export const MAX_NAME_CHARACTERS = 1024;

/** resolve(), with the site's listed tools (site-list.ts) or, for a reading of another query (a layout slip), without. */
function resolveNames(catalog: Catalog, query: string, limit: number, listed: boolean): Resolution[] {
  checkArguments(catalog, query, limit);
  // Past the bound a query is no name (a file pasted as one): no match, at once, where every reading cost more than linear time.
  if (query.trim().length > MAX_NAME_CHARACTERS) return [];
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
  const readings = new Readings();
  if (site) readWebsite(catalog, site, limit, listed, readings);
  readWholeKeys(index, query, q, readings);
  // Measured before the package reading, added after every other: a misspelling of a whole key is
  // taken for no shorter name.
  const closeness = closenessTo(index, q);
  const typed = query.trim();
  readPackageName(catalog, index, typed, closeness.misspelt, readings);
  const vendorAdded = readWithOtherWords(index, query, typed, closeness.misspelt, readings);
  // A data or settings file no matcher knows ("README.md", "notes.txt") is no misspelling of a tool's
  // name: its close spellings stay under any pick a caller may take unasked (isClear's floor: 0.6).
  readFuzzy(closeness, isDataFileName(typed) ? UNSURE_FILE : 1, readings);
  readLayoutSlip(catalog, query, limit, readings);
  if (listed) readListed(catalog, index, q, readings);
  const best = ranked(readings, typed, vendorAdded, limit);
  // The index holds the tools as stored: a built-in one is frozen as it is handed out.
  for (const resolution of best) handOut(resolution.tool);
  return best;
}

/** The arguments resolve() refuses, by name: a limit that is no count, a query that is no string, a catalog that is none. */
function checkArguments(catalog: Catalog, query: string, limit: number): void {
  // slice(0, -1) would return all but one match: a limit that is no count is refused by name.
  if (!Number.isInteger(limit) || limit < 0) {
    const object = typeof limit === "object" && limit !== null;
    throw coded(new TypeError(`resolve: limit must be a whole number of matches, not ${describeValue(limit)}${object ? " (the count itself is the third argument: resolve(catalog, name, 3))" : ""}`), "TECHSTACK_BAD_ARGUMENT");
  }
  if (typeof query !== "string") throw coded(new TypeError(`resolve: expected a name to look up (a string), not ${String(query)}`), "TECHSTACK_BAD_ARGUMENT");
  // By what it reads, not instanceof: a catalog from the package's other build (require beside import) is one too.
  if (!(catalog?.tools instanceof Map)) throw coded(new TypeError("resolve: expected a catalog (builtinCatalog() or catalogWith(...)) as its first argument"), "TECHSTACK_BAD_ARGUMENT");
}

/**
 * A web address's tools: a tool's own site is as good as an alias, under its name typed; a
 * repository on a code host is its name's tool where that name is a tool's name, alias or slug
 * ("github.com/vercel/next.js"), a listed tool's too where the name alone would take it
 * ("github.com/techfort/LokiJS"; not "github.com/gofiber/fiber", whose name the site's data gives
 * another meaning).
 */
function readWebsite(catalog: Catalog, site: ReturnType<typeof websiteTools>, limit: number, listed: boolean, readings: Readings): void {
  for (const tool of site.tools) readings.add(tool, 0.97, "website");
  if (site.repository) for (const r of resolveNames(catalog, site.repository, limit, listed)) if (r.score >= 0.99) readings.add(r.tool, 0.95, "website");
}

/**
 * Letters typed with a Russian or Ukrainian keyboard layout on where a Latin one was meant ("куфсе"
 * is "react"): the tool the same keys name in Latin, as a guess, where they spell a name, alias or
 * package; a word of the language itself ("Докер") spells nothing so, and finds nothing.
 * A letter the map lacks (Ukrainian ґ, Serbian ђ) stays Cyrillic: such a slip would be read as a
 * slip again, without end, so it is not read.
 */
function readLayoutSlip(catalog: Catalog, query: string, limit: number, readings: Readings): void {
  const slip = latinLayoutSlip(query);
  if (slip && !/\p{Script=Cyrillic}/u.test(slip) && !readings.reaches(0.9)) {
    for (const r of resolveNames(catalog, slip, limit, false)) if (r.score >= 0.9) readings.add(r.tool, r.score * 0.89, "fuzzy");
  }
}

/** The most a close spelling of a data file's name scores: under isClear's floor (src/catalog/clear-match.ts). */
const UNSURE_FILE = 0.55;
