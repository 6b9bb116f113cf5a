import type { CatalogTool } from "../types.js";
import type { Index } from "../resolve-index.js";
import { BARE_PRODUCT_VENDORS, FOUNDATION_WORDS, GENERIC_WORDS, JOINING_WORDS, MAKERS, nameWords, normalize, releaseAfterName, vendorSpellings } from "../name-keys.js";
import { FAR_MORE_POPULAR, GUESS_LEAD, type Readings } from "./readings.js";
import { isProductWord } from "./whole-key.js";

/**
 * Reads a tool's name with other words around it, where nothing read the query well whole: its
 * maker before it, a release after it, words opening a longer name, a name among other words.
 * Returns the tools named only with a vendor put before a word, with their scores (they sort after
 * a tool of the same score named by its own key).
 */
export function readWithOtherWords(index: Index, query: string, typed: string, misspelt: boolean, readings: Readings): Map<string, number> {
  if (!misspelt) readAfterMaker(index, typed, readings);
  readWithRelease(index, query, readings);
  // Words typed apart that open a tool's longer name word by word, the first whole and each other
  // at least three letters of its word: "django rest" is Django REST framework, "firebase auth"
  // Firebase Authentication, "docker comp" Docker Compose. Every word typed names part of the tool,
  // so it comes before a tool named by one of them among the others (Django, below), which it
  // leaves unasked.
  if (!readings.reaches(0.94)) for (const tool of namesOpened(index, typed)) readings.add(tool, 0.91, "name");
  return misspelt || readings.reaches(0.9) ? new Map() : readNamedInside(index, typed, readings);
}

/**
 * A product typed after its maker, where the site names it without ("HashiCorp Vault", "Atlassian
 * Jira", "Google Firebase", "Twitter Bootstrap"): as good as a bare vendor product. Only makers whose
 * names the site leaves off their products; Amazon's, Microsoft's and Apache's it writes itself.
 */
function readAfterMaker(index: Index, typed: string, readings: Readings): void {
  const makerWords = typed.split(/\s+/);
  if (makerWords.length < 2 || makerWords.length > 4 || !MAKERS.has(normalize(makerWords[0]!)) || readings.reaches(0.94)) return;
  const rest = normalize(makerWords.slice(1).join(" "));
  if (rest.length >= 2) for (const e of index.exact.get(rest) ?? []) if (e.key === rest) readings.add(e.tool, 0.94, "alias");
}

/**
 * A release glued to the name, as people write it ("vue3", "node18", "angular 17", "jdk17"): the
 * name without it, where nothing else matched well. A name that ends in digits of its own
 * ("html5", "es6", "route53") is found whole first.
 */
function readWithRelease(index: Index, query: string, readings: Readings): void {
  const released = releaseAfterName(query);
  if (!released || readings.reaches(0.94)) return;
  const stem = normalize(released.name);
  // A key reached only by dropping its own "js" yields to a key that is the stem as written: "angular
  // 17" is Angular, not AngularJS too at 0.95 (a tie a caller must ask about), as "angular" is.
  const hits = stem.length >= 2 ? (index.exact.get(stem) ?? []) : [];
  const whole = hits.some((e) => e.key === stem);
  for (const e of hits) if (!whole || e.key === stem) readings.add(e.tool, 0.96 - (e.kind === "name" ? 0 : 0.01) - (e.key === stem ? 0 : 0.01), e.kind);
}

/**
 * A tool's name among other words, where nothing read the query whole ("aws s3 bucket",
 * "redis cluster", "spring boot actuator"): the tool the longest run of words names, as a name,
 * alias or slug or a vendor's product, before any fuzzy guess, which finds "bucket" in
 * Bitbucket. It stays under 0.9: the other words may make a product of its own ("azure cli").
 * Of two tools named at one score, one whose word is its own key comes before one whose word is
 * a key only with a vendor put before it: "helm charts" is Helm before Google Charts.
 * A tool named only by dropping its own "js" yields to one whose key is the run as written
 * ("graphql ci" is GraphQL, not graphql-js too), and one named only with a vendor put before its
 * word to a tool's own key ("helm charts" is Helm, not Google Charts too), unless a joining word
 * says two tools are named ("postgres on rds").
 */
function readNamedInside(index: Index, typed: string, readings: Readings): Map<string, number> {
  const vendorAdded = new Map<string, number>();
  const named = namedInside(index, typed);
  const anyWritten = [...named.values()].some((n) => n.asWritten);
  const anyOwn = [...named.values()].some((n) => !n.vendorAdded);
  const twoNamed = typed.split(/\s+/).some((w) => JOINING_WORDS.has(w.toLowerCase()));
  const kept = [...named].filter(([, n]) => !(anyWritten && !n.asWritten) && !(anyOwn && n.vendorAdded && !twoNamed));
  for (const [tool, { asWritten, vendorAdded: byVendor }] of kept) {
    let score = asWritten ? 0.88 : 0.87;
    // Of two tools named so, one 100 or more times as popular is the likelier meaning, as for two
    // close spellings (fuzzy.ts): "jquery stack" is jQuery, with Stack (Haskell's) 0.15 under.
    if (!twoNamed && tool.popularity !== undefined) {
      for (const [other, n] of kept) {
        if (other !== tool && other.popularity !== undefined && other.popularity >= FAR_MORE_POPULAR * tool.popularity) score = Math.min(score, (n.asWritten ? 0.88 : 0.87) - GUESS_LEAD);
      }
    }
    readings.add(tool, score, "alias");
    if (byVendor) vendorAdded.set(tool.id, score);
  }
  return vendorAdded;
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
      // A foundation's word ("apache") is the maker of the words around it, not its own alias's tool.
      if (key.length < 2 || (n === 1 && (JOINING_WORDS.has(key) || GENERIC_WORDS.has(key) || FOUNDATION_WORDS.has(key)))) continue;
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

/** The tools whose names a query's words typed apart open in order (readWithOtherWords's rule); two words at least. */
function namesOpened(index: Index, typed: string): CatalogTool[] {
  const words = nameWords(typed);
  if (words.length < 2) return [];
  const opened = (word: string, typedWord: string): boolean => word === typedWord || (typedWord.length >= 3 && word.startsWith(typedWord));
  return (index.openings.get(words[0]!) ?? [])
    .filter((name) => name.words.length >= words.length && words.every((w, i) => i === 0 || opened(name.words[i]!, w)))
    .map((name) => name.tool);
}
