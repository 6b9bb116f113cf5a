import Fuse, { type FuseResult } from "fuse.js";
import { storedTools, type Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import { QueryLetters, letterMask } from "./letter-bound.js";
import { nameWords, normalize, stripSuffix } from "./name-keys.js";

export interface Entry {
  key: string;
  tool: CatalogTool;
  kind: "name" | "alias" | "slug";
}

export interface Index {
  entries: Entry[];
  exact: Map<string, Entry[]>;
  /** Fuse over every entry, made when first asked: only a query longer than Fuse's 32-letter pattern is searched so. */
  fuseAll?: Fuse<Entry>;
  /** Each entry's key as Fuse reads it, lower-cased (normalized keys are already). */
  fuseTexts: string[];
  /** Each entry's letterMask(), of its key and of its Fuse text: the first bound a query's letters are held to. */
  keyMasks: Int32Array;
  textMasks: Int32Array;
  /** How many tools' names end in each word (normalized): "storage" ends Google Cloud Storage's and Azure Storage's. */
  lastWords: Map<string, number>;
  /**
   * The words of the site's category and sub-category names (normalized) that are no tool's key:
   * "test", "build", "devops", "project" say what kind of tool is meant ("Kafka" of "Kafka Tools" is a key).
   */
  kindWords: Set<string>;
  /** The longest key (normalized): a query much longer than it is close to no key. */
  longestKey: number;
  /** The tools whose names are two or more words, by their first word (normalized), with every word (normalized): "django" holds Django REST framework's. */
  openings: Map<string, Array<{ tool: CatalogTool; words: string[] }>>;
  /** A Maven artifact id of exactly one key's (`org.hibernate:hibernate-core`), lower-cased, to the key: people type the artifact alone. */
  artifacts: Map<string, string>;
}

const indexes = new WeakMap<Catalog, Index>();

export const FUSE_OPTIONS = { keys: ["key"], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 };

/** Fuse's longest pattern searched whole; a longer one it splits in pieces, any of which may match. */
const FUSE_PATTERN_LETTERS = 32;

/**
 * Fuse's best 50 keys for a query, as Fuse over every entry finds them, but searching only the keys
 * that hold enough of the query's letters: a match Fuse accepts is at most 0.4 of the pattern's
 * letters in edits (its threshold) from a part of the key, so it pairs the rest with equal
 * letters, and a run of the key is that few edits away (letter-bound.ts: the cheapest bound first,
 * the exact count of edits last). The keys kept are in the entries' order, so Fuse breaks ties
 * between equal scores as over them all.
 */
export function fuzzySearch(index: Index, q: string): Array<FuseResult<Entry>> {
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
  const { entries, fuseTexts, textMasks } = index;
  for (let i = 0; i < entries.length; i++) {
    const text = fuseTexts[i]!;
    if (text.length < least || letters.lettersHeld(textMasks[i]!) < least) continue;
    if (letters.commonSubsequence(text) >= least && letters.editsToRun(text) <= edits && letters.sharedInWindow(text, pattern.length + edits) >= least) kept.push(entries[i]!);
  }
  return new Fuse(kept, FUSE_OPTIONS).search(q, { limit: 50 });
}

export function indexFor(catalog: Catalog): Index {
  let index = indexes.get(catalog);
  if (index) return index;
  const entries = catalogEntries(catalog);
  const exact = exactKeys(entries);
  const lastWords = lastWordCounts(catalog);
  const openings = nameOpenings(catalog);
  const kindWords = categoryKindWords(catalog, exact);
  const artifacts = soleArtifacts(catalog);
  // A loop, not Math.max(...lengths): a catalog of 200,000 aliases is more arguments than a call takes.
  let longestKey = 0;
  for (const e of entries) longestKey = Math.max(longestKey, e.key.length);
  const fuseTexts = entries.map((e) => e.key.toLowerCase());
  const keyMasks = Int32Array.from(entries, (e) => letterMask(e.key));
  const textMasks = Int32Array.from(fuseTexts, letterMask);
  index = { entries, exact, fuseTexts, keyMasks, textMasks, lastWords, kindWords, openings, longestKey, artifacts };
  indexes.set(catalog, index);
  return index;
}

/** Each tool's name, slug and aliases, normalized, in the catalog's order. */
function catalogEntries(catalog: Catalog): Entry[] {
  const entries: Entry[] = [];
  for (const tool of storedTools(catalog)) {
    entries.push({ key: normalize(tool.name), tool, kind: "name" });
    entries.push({ key: normalize(tool.id), tool, kind: "slug" });
    for (const alias of tool.aliases ?? []) entries.push({ key: normalize(alias), tool, kind: "alias" });
  }
  return entries;
}

/** The entries by each key they are typed as: the key, the key without its suffix, a UI library's name without "UI". */
function exactKeys(entries: readonly Entry[]): Map<string, Entry[]> {
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
  return exact;
}

/** How many tools' names end in each word (Index.lastWords). */
function lastWordCounts(catalog: Catalog): Map<string, number> {
  const lastWords = new Map<string, number>();
  for (const tool of storedTools(catalog)) {
    const last = normalize(tool.name.trim().split(/\s+/).pop() ?? "");
    if (last) lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  }
  return lastWords;
}

/** The tools of two or more words by their first word (Index.openings). */
function nameOpenings(catalog: Catalog): Index["openings"] {
  const openings: Index["openings"] = new Map();
  for (const tool of storedTools(catalog)) {
    const words = nameWords(tool.name);
    if (words.length < 2) continue;
    const list = openings.get(words[0]!) ?? [];
    list.push({ tool, words });
    openings.set(words[0]!, list);
  }
  return openings;
}

/** The category and sub-category names' words that are no tool's key (Index.kindWords). */
function categoryKindWords(catalog: Catalog, exact: ReadonlyMap<string, Entry[]>): Set<string> {
  const kindWords = new Set<string>();
  // A catalog given as data alone may hold no categories.
  for (const category of Object.values(catalog.categories ?? {})) {
    for (const name of [category.name, ...Object.values(category.sub_categories ?? {})]) {
      for (const word of name.split(/[\s/&,()-]+/)) {
        const key = normalize(word);
        if (key.length >= 2 && !(exact.get(key) ?? []).some((e) => e.key === key)) kindWords.add(key);
      }
    }
  }
  return kindWords;
}

/** The Maven artifact ids that exactly one key names, to that key (Index.artifacts). */
function soleArtifacts(catalog: Catalog): Map<string, string> {
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
  return artifacts;
}
