/** A typed name's keys: its normalized spelling, its vendor's other spellings, its halves joined, and the words that name no tool alone. */

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
export const MAKERS = new Set(["hashicorp", "atlassian", "jetbrains", "google", "facebook", "meta", "twitter", "elastic", "grafana", "vercel", "redhat", "apple", "mozilla", "netflix", "firebase"]);

/**
 * Makers of many projects whose word alone people use for one of them ("apache" is the web server,
 * an alias of Apache HTTP Server): before another word it is that project's maker ("apache
 * superset", "apache frobnicator") and names no tool of its own.
 */
export const FOUNDATION_WORDS = new Set(["apache"]);

/** Words that join names in a phrase and are no name themselves ("postgres on rds", "react and redux"). */
export const JOINING_WORDS = new Set(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "via", "vs", "with"]);

/**
 * The query's words (two to four) joined with the letter where one ends and the next starts written
 * once, one junction at a time: "elastic cache" gives "elasticache".
 */
export function sharedLetterJoins(query: string): string[] {
  const words = query.trim().toLowerCase().split(/[\s_-]+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return [];
  const joins: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i]!.at(-1) !== words[i + 1]![0]) continue;
    joins.push(normalize(words.slice(0, i + 1).join("") + words[i + 1]!.slice(1) + words.slice(i + 2).join("")));
  }
  return joins;
}

/** Words that say what kind of thing a tool is, typed after its name ("redis server"); not "cli", often a tool of its own (AWS CLI, Vue CLI). */
export const GENERIC_WORDS = new Set(["server", "database", "db", "engine", "sdk", "client", "cache", "framework", "library", "lib"]);

/** A vendor's two prefixes, each to the other, normalized; "ms" is Microsoft's short one ("MS Teams", "MS SQL Server"). */
export const VENDOR_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["aws", "amazon"],
  ["amazon", "aws"],
  ["gcp", "googlecloud"],
  ["cloud", "googlecloud"],
  ["ms", "microsoft"],
  // The vendors' own command-line tools are named so (`az`, Cloudflare's `cf` in its products' short names).
  ["az", "azure"],
  ["cf", "cloudflare"],
];

/** Vendors whose products the site names with the vendor first ("Amazon EC2", "Apache Tomcat"), normalized. */
export const BARE_PRODUCT_VENDORS = ["amazon", "aws", "google", "googlecloud", "azure", "microsoft", "apache"];

/**
 * A cloud vendor's spellings (normalized), one list a vendor: its products' names open with one
 * ("Amazon EKS", "AWS Step Functions"; "Azure DevOps", "Microsoft Teams"; "Google Cloud Run").
 */
const VENDOR_FAMILIES: ReadonlyArray<readonly string[]> = [
  ["aws", "amazon", "amazonwebservices"],
  ["azure", "microsoft", "microsoftazure", "ms", "az"],
  ["google", "gcp", "googlecloud", "googlecloudplatform"],
  ["cloudflare", "cf"],
];

/**
 * A query's opening words that spell a cloud vendor, with the rest (normalized): "microsoft azure
 * devops" gives ["microsoft", "azuredevops"] and ["microsoftazure", "devops"] with Microsoft's spellings.
 */
export function vendorLeads(query: string): Array<{ family: readonly string[]; rest: string }> {
  const words = query.trim().split(/[\s_-]+/).filter(Boolean);
  const out: Array<{ family: readonly string[]; rest: string }> = [];
  for (let i = 1; i < words.length && i <= 3; i++) {
    const lead = normalize(words.slice(0, i).join(" "));
    const rest = normalize(words.slice(i).join(" "));
    const family = VENDOR_FAMILIES.find((f) => f.includes(lead));
    if (family && rest) out.push({ family, rest });
  }
  return out;
}

/** The query with its cloud vendor's other prefix (normalized keys): "awscognito" -> "amazoncognito". */
export function vendorSpellings(key: string): string[] {
  const out: string[] = [];
  for (const [from, to] of VENDOR_PREFIXES) {
    if (key.length > from.length && key.startsWith(from)) out.push(to + key.slice(from.length));
  }
  return out;
}

// "database" as "db" is: "neon db" and "neon" are Neon Database, as "cosmos" is Azure Cosmos DB.
export function stripSuffix(key: string): string {
  return key.length > 4 ? key.replace(/(?<=\p{L}\p{L})database$|(js|db|lang|language|css)$/u, "") : key;
}

/** The Latin keys of the Russian (ЙЦУКЕН) and Ukrainian layouts' letters, in the QWERTY order: й is q, ф is a. */
const CYRILLIC_KEYS = new Map([..."йцукенгшщзхъфывапролджэячсмитьбюёіїє"].map((c, i) => [c, "qwertyuiop[]asdfghjkl;'zxcvbnm,.`s]'"[i]!]));

/**
 * A query of Cyrillic letters alone as the same keys spell it on a Latin layout, or undefined; a
 * lone letter is a word of its own ("к", "в") or a stray key, no slip.
 */
export function latinLayoutSlip(query: string): string | undefined {
  const lower = query.trim().toLowerCase();
  if (!/\p{Script=Cyrillic}/u.test(lower) || /[a-z]/.test(lower) || [...lower].length < 2) return undefined;
  return [...lower].map((c) => CYRILLIC_KEYS.get(c) ?? c).join("");
}

/**
 * A typed name with a release after its last letter, glued on or after a separator ("vue3",
 * "node18", "python3.12", "node-20", "jdk_17", "angular 17", "Django==4.2"): the name before it and
 * the release's numbers. Whether the release is the name's own ("html5", "es6") is for the caller
 * to decide, by what the whole and the stem resolve to.
 */
export function releaseAfterName(typed: string): { name: string; version: string } | undefined {
  const m = /^(.*?[\p{L}])(?:==|[\s@_-])*v?(\d+(?:\.\d+)*)$/u.exec(typed.trim());
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

/** A name's words, each normalized, as typed apart by spaces, `-` or `_` ("Django REST framework" is django, rest, framework). */
export function nameWords(name: string): string[] {
  return name.split(/[\s_-]+/).map(normalize).filter(Boolean);
}
