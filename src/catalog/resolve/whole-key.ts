import type { CatalogTool } from "../types.js";
import type { Index } from "../resolve-index.js";
import { BARE_PRODUCT_VENDORS, GENERIC_WORDS, normalize, sharedLetterJoins, stripSuffix, vendorLeads, vendorSpellings } from "../name-keys.js";
import type { Readings } from "./readings.js";

/**
 * Reads a query as one whole key of a tool, however it is spelled: as typed or without its own
 * "js" or "db", joined at a shared letter, with a generic word after it, with a vendor's other
 * prefix, after its vendor, opening with an alias, or a vendor's product without its vendor.
 * `q` is the query normalized.
 */
export function readWholeKeys(index: Index, query: string, q: string, readings: Readings): void {
  readExact(index, q, readings);
  const joinNamed = readJoined(index, query, readings);
  if (!joinNamed) readGenericWordAfter(index, query, readings);
  readVendorSpelled(index, query, q, readings);
}

/**
 * An alias or slug scores a little under a name, and a key reached only by dropping its own
 * "js" or "db" a little under a key that is the query as written: "angular" is Angular before
 * AngularJS, though "angularjs" without its "js" is "angular" too.
 * A name reached only by leaving out its separate "UI" ("chakra" for Chakra UI) scores a little
 * under one more, and clearly under (0.9, no sure pick) where another tool's key is the query or
 * its stem: "kafka" is Kafka's name, "tailwind" Tailwind CSS's alias, and only Kafka UI's and
 * Tailwind UI's names without "UI".
 * A query reached only by dropping its "db" meets a key reached only by dropping its own "js" or
 * "UI" only where no key is that stem as written: "kafka db" is Kafka, not Kafka UI too ("angular
 * 17" yields so in the release reading).
 */
function readExact(index: Index, q: string, readings: Readings): void {
  for (const [key, exactScore] of [[q, 1], [stripSuffix(q), 0.97]] as const) {
    const hits = index.exact.get(key) ?? [];
    const whole = exactScore < 1 && hits.some((e) => e.key === key);
    const uiStemOnly = (e: (typeof hits)[number]): boolean => e.key !== key && stripSuffix(e.key) !== key;
    const heldElsewhere = hits.some((e) => !uiStemOnly(e));
    for (const e of hits) {
      if (whole && e.key !== key) continue;
      const score = exactScore - (e.kind === "name" ? 0 : 0.01) - (e.key === key ? 0 : 0.01) - (uiStemOnly(e) ? 0.01 : 0);
      readings.add(e.tool, uiStemOnly(e) && heldElsewhere ? Math.min(score, UI_STEM_UNDER_ANOTHER) : score, e.kind);
    }
  }
}

/** A name reached only without its "UI" where another tool's key is the query: the most of a fuzzy match. */
const UI_STEM_UNDER_ANOTHER = 0.9;

/**
 * A compound name typed apart at the letter its halves share is that name, as an alias is, or
 * as its vendor's product is typed without the vendor (below): "elastic cache" is ElastiCache,
 * where the generic word "cache" would make it Elastic's search engine.
 * A join that is another key of a tool the query names already ("windows server", whose slug is
 * window-server) names nothing new. Says whether a join named a tool.
 */
function readJoined(index: Index, query: string, readings: Readings): boolean {
  let joinNamed = false;
  const addJoined = (tool: CatalogTool, score: number): void => {
    if (readings.has(tool)) return;
    joinNamed = true;
    readings.add(tool, score, "alias");
  };
  for (const key of sharedLetterJoins(query)) {
    for (const spelling of [key, ...vendorSpellings(key)]) {
      for (const e of index.exact.get(spelling) ?? []) if (e.key === spelling) addJoined(e.tool, 0.99);
    }
    for (const prefix of BARE_PRODUCT_VENDORS) {
      for (const e of index.exact.get(prefix + key) ?? []) if (e.key === prefix + key) addJoined(e.tool, 0.94);
    }
  }
  return joinNamed;
}

/**
 * A name with a generic word after it, as people say them: "mysql server", "redis-server",
 * "firebase sdk" are MySQL, Redis and Firebase (a little under any exact key, above every fuzzy
 * match, so "mysql server" is no longer Microsoft SQL Server's near-spelling; "sql server", an
 * alias of its own, stays Microsoft SQL Server). Only a separate last word counts.
 */
function readGenericWordAfter(index: Index, query: string, readings: Readings): void {
  const words = query.trim().split(/[\s_-]+/);
  if (words.length < 2 || !GENERIC_WORDS.has(words[words.length - 1]!.toLowerCase())) return;
  const stem = normalize(words.slice(0, -1).join(" "));
  for (const e of index.exact.get(stem) ?? []) if (e.key === stem) readings.add(e.tool, 0.95, e.kind);
}

/** A vendor's product spelled with, after or without its vendor, or opening with an alias. */
function readVendorSpelled(index: Index, query: string, q: string, readings: Readings): void {
  const addWhole = (key: string, score: number): void => {
    for (const e of index.exact.get(key) ?? []) if (e.key === key) readings.add(e.tool, score, "alias");
  };
  // A vendor's product is typed with either of its prefixes: "AWS Cognito" is Amazon
  // Cognito and "Amazon Lambda" AWS Lambda; "Cloud Spanner" and "GCP Spanner" are Google Cloud
  // Spanner, "MS Teams" Microsoft Teams. Such a spelling is as good as an alias.
  // A key that is the query as typed ("aws ecs", an alias of Amazon EC2 Container Service) is
  // not respelled into another tool's name (Amazon ECS).
  const typedWhole = (index.exact.get(q) ?? []).some((e) => e.key === q);
  for (const key of typedWhole ? [] : vendorSpellings(q)) addWhole(key, 0.99);
  // A cloud vendor typed before a name or short form of a product whose name carries that vendor:
  // "azure aks" is Azure Kubernetes Service, "gcp gke" Google Kubernetes Engine, "amazon sfn" AWS Step
  // Functions, "microsoft azure devops" Azure DevOps, as good as an alias. A product of another maker
  // ("aws kafka") is none: its name opens with no spelling of the vendor.
  for (const { family, rest } of vendorLeads(query)) {
    for (const e of index.exact.get(rest) ?? []) {
      const name = normalize(e.tool.name);
      if (e.key === rest && family.some((spelling) => name.length > spelling.length && name.startsWith(spelling))) readings.add(e.tool, 0.99, "alias");
    }
  }
  // A short name opening words typed apart stands for its tool's name: "mongo atlas" is MongoDB
  // Atlas, "gh enterprise" GitHub Enterprise, "tf cloud" Terraform Cloud, as good as an alias.
  for (const key of openingAliasSpelled(index, query)) addWhole(key, 0.99);
  // A vendor's product typed without its vendor, as people name them: "ec2", "sqs", "spanner",
  // "tomcat" are Amazon EC2, Amazon SQS, Google Cloud Spanner and Apache Tomcat. Under any exact key
  // and a generic-word spelling, above every fuzzy match; where two vendors have a product of that
  // name, both score so and the more popular comes first. A word that ends the names of two or
  // more tools is a kind of product, not one ("functions", "storage", "analytics", "cloud"), as is
  // a word of the site's kinds of tools ("test", "build", "devops", "project").
  if (q.length >= 2 && isProductWord(index, q)) {
    for (const prefix of BARE_PRODUCT_VENDORS) addWhole(prefix + q, 0.94);
  }
}

/** Whether a word may name a vendor's product typed without its vendor: it ends fewer than two tools' names and names no kind of tool. */
export function isProductWord(index: Index, key: string): boolean {
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
