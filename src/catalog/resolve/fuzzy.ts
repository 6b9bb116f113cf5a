import type { CatalogTool } from "../types.js";
import { editDistance } from "../../edit-distance.js";
import { QueryLetters, tooFar } from "../letter-bound.js";
import { fuzzySearch, type Entry, type Index } from "../resolve-index.js";
import { FAR_MORE_POPULAR, GUESS_LEAD, type Readings } from "./readings.js";

/** How close a query comes to the catalog's keys. */
export interface Closeness {
  /** Each key near the query, 0 to 1. */
  byEntry: Map<Entry, number>;
  /** The keys the query misspells whole (not found inside). */
  wholeKey: Set<Entry>;
  /** Whether the query misspells a whole key: no package or maker reading then takes it for a shorter name. */
  misspelt: boolean;
}

/**
 * Fuse finds keys that contain something like the query; a whole-key edit distance
 * (transpositions count once) finds misspellings of the whole name ("raect", "kubernets").
 * A key is as close as the better of the two, Fuse's a little discounted: a short query inside
 * a long name ("postgres" in "Amazon RDS for PostgreSQL") is a weaker hint than a typo of a name.
 * `q` is the query normalized.
 */
export function closenessTo(index: Index, q: string): Closeness {
  const byEntry = new Map<Entry, number>();
  // A query longer than every key is like none of them, and Fuse's work grows with its length (a
  // pasted 10,000-character text took 12 s): it is not asked.
  if (q.length <= index.longestKey) for (const hit of fuzzySearch(index, q)) byEntry.set(hit.item, (1 - (hit.score ?? 1)) * 0.75);
  // A query within 0.85 of a whole key, or one letter off a longer one, is a misspelling of that
  // name ("redux-thun", "php-fp", "vercel postgre"), which no package or maker reading takes
  // for a shorter name. A key too few of whose letters the query holds is neither (letter-bound.ts):
  // it is not measured.
  let misspelt = false;
  const wholeKey = new Set<Entry>();
  const letters = new QueryLetters(q);
  for (const at of keysNearLength(index, q.length)) {
    const e = index.entries[at]!;
    if (tooFar(q.length, e.key.length, letters.lettersHeld(index.keyMasks[at]!))) continue;
    if (tooFar(q.length, e.key.length, letters.commonSubsequence(e.key)) || tooFar(q.length, e.key.length, letters.sharedInWindow(e.key, e.key.length))) continue;
    const distance = editDistance(q, e.key);
    const similarity = 1 - distance / Math.max(q.length, e.key.length);
    if (similarity >= 0.85 || (distance === 1 && q.length >= 5)) misspelt = true;
    if (similarity >= 0.6 && similarity > (byEntry.get(e) ?? 0)) {
      byEntry.set(e, similarity);
      wholeKey.add(e);
    }
  }
  return { byEntry, wholeKey, misspelt };
}

/** The most letters a misspelling's length is off a whole key's: more is no misspelling of it. */
const LENGTH_SLACK = 3;

/** By index, where the keys within LENGTH_SLACK letters of each query length asked are among its entries. */
const nearLengths = new WeakMap<Index, Map<number, number[]>>();

/**
 * Where the entries whose key is within LENGTH_SLACK letters of a length are, in the entries' order
 * (the order byEntry is filled in, which ties keep): kept per length, as queries repeat lengths.
 */
function keysNearLength(index: Index, length: number): number[] {
  if (length > index.longestKey + LENGTH_SLACK) return [];
  let byLength = nearLengths.get(index);
  if (!byLength) nearLengths.set(index, (byLength = new Map()));
  let near = byLength.get(length);
  if (!near) {
    near = [];
    for (let at = 0; at < index.entries.length; at++) if (Math.abs(index.entries[at]!.key.length - length) <= LENGTH_SLACK) near.push(at);
    byLength.set(length, near);
  }
  return near;
}

/** Closeness apart that is a tie of spelling. */
const SPELLING_TIE = 0.03;

/** Reads the query as each tool a key of it comes close to, at its fuzzy score, at most `cap`. */
export function readFuzzy(closeness: Closeness, cap: number, readings: Readings): void {
  for (const [tool, score] of fuzzyScores(closeness)) readings.add(tool, Math.min(score, cap), "fuzzy");
}

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
function fuzzyScores({ byEntry, wholeKey }: Closeness): Map<CatalogTool, number> {
  const best = new Map<CatalogTool, { close: number; whole: boolean }>();
  for (const [e, close] of byEntry) if (close > (best.get(e.tool)?.close ?? -1)) best.set(e.tool, { close, whole: wholeKey.has(e) });
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
