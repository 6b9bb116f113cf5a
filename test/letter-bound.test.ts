import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { QueryLetters, letterMask, tooFar } from "../src/catalog/letter-bound.js";
import { editDistance } from "../src/edit-distance.js";

// The bounds rule keys out of resolve's fuzzy matching unread: one too low would drop a key Fuse or
// the edit distance would have kept, and change a result. Each is checked against its plain
// definition, and against both comparisons, on strings of a few letters (so near matches are common).

let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const word = (letters: string, most: number): string => Array.from({ length: 1 + Math.floor(random() * most) }, () => letters[Math.floor(random() * letters.length)]).join("");
const LETTERS = "abcdeé日1";

function longestCommonSubsequence(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++) next.push(x === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!));
    row = next;
  }
  return row[b.length]!;
}

/** The fewest edits (no swaps) from a query to any run of a key's letters: the edit distance's table, its first row all 0. */
function fewestEditsToRun(query: string, key: string): number {
  let row = Array.from({ length: query.length + 1 }, (_, i) => i);
  let fewest = row[query.length]!;
  for (const c of key) {
    const next = [0];
    for (let i = 1; i <= query.length; i++) next.push(Math.min(row[i]! + 1, next[i - 1]! + 1, row[i - 1]! + (query[i - 1] === c ? 0 : 1)));
    row = next;
    fewest = Math.min(fewest, row[query.length]!);
  }
  return fewest;
}

function bestWindowShare(query: string, key: string, width: number): number {
  let best = 0;
  for (let start = 0; start < Math.max(1, key.length - width + 1); start++) {
    const left = [...query];
    let shared = 0;
    for (const c of key.slice(start, start + width)) {
      const at = left.indexOf(c);
      if (at >= 0) {
        left.splice(at, 1);
        shared++;
      }
    }
    best = Math.max(best, shared);
  }
  return best;
}

describe("QueryLetters", () => {
  it("counts the longest common subsequence and the best window's shared letters as their definitions do", () => {
    for (let n = 0; n < 3000; n++) {
      const query = word(LETTERS, 12);
      const key = word(LETTERS, 16);
      const width = 1 + Math.floor(random() * 16);
      const letters = new QueryLetters(query);
      expect(letters.commonSubsequence(key), `${query} in ${key}`).toBe(longestCommonSubsequence(query, key));
      expect(letters.sharedInWindow(key, width), `${query} in ${key}, ${width} wide`).toBe(bestWindowShare(query, key, width));
    }
  });

  it("counts the fewest edits to a run of the key as the edit distance's table does, up to 30 letters (0 past them)", () => {
    for (let n = 0; n < 3000; n++) {
      const query = word(LETTERS, 30);
      const key = word(LETTERS, 36);
      expect(new QueryLetters(query).editsToRun(key), `${query} in ${key}`).toBe(fewestEditsToRun(query, key));
    }
    // Over the bits' letters: no bound, so no key is ruled out.
    expect(new QueryLetters("a".repeat(31)).editsToRun("b")).toBe(0);
    expect(new QueryLetters("a".repeat(30)).editsToRun("b")).toBe(30);
  });

  it("bounds the letters held from the key's mask at or over both counts of paired letters", () => {
    // Letters past a to z share six bits: "é" and "日" may stand for each other, never under.
    for (let n = 0; n < 3000; n++) {
      const query = word(LETTERS + "xyzé0", 14);
      const key = word(LETTERS + "xyzé9", 16);
      const letters = new QueryLetters(query);
      const held = letters.lettersHeld(letterMask(key));
      expect(held, `${query} in ${key}`).toBeGreaterThanOrEqual(letters.commonSubsequence(key));
      expect(held, `${query} in ${key}`).toBeGreaterThanOrEqual(letters.sharedInWindow(key, key.length));
      expect(held).toBeLessThanOrEqual(query.length);
    }
    // Each of the query's letters counts as often as the query holds it, where the key holds it once.
    expect(new QueryLetters("eeb").lettersHeld(letterMask("be"))).toBe(3);
    expect(new QueryLetters("eeb").lettersHeld(letterMask("xyz"))).toBe(0);
  });

  it("never bounds a key under what the edit distance pairs (adjacent swaps included)", () => {
    for (let n = 0; n < 3000; n++) {
      const query = word("abcd", 9);
      const key = word("abcd", 9);
      const letters = new QueryLetters(query);
      const longer = Math.max(query.length, key.length);
      const bound = Math.min(letters.commonSubsequence(key), letters.sharedInWindow(key, key.length));
      expect(longer - bound, `${query} / ${key}`).toBeLessThanOrEqual(editDistance(query, key));
    }
  });

  it("keeps every key Fuse matches, at the edits its threshold allows", () => {
    const keys = Array.from({ length: 400 }, () => ({ key: word("abcde", 14) }));
    const fuse = new Fuse(keys, { keys: ["key"], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
    let hits = 0;
    for (let n = 0; n < 300; n++) {
      const query = word("abcde", 10);
      let edits = 0;
      while (edits + 1 < query.length && (edits + 1) / query.length <= 0.4) edits++;
      const letters = new QueryLetters(query);
      for (const hit of fuse.search(query)) {
        hits++;
        expect(letters.commonSubsequence(hit.item.key), `${query} in ${hit.item.key}`).toBeGreaterThanOrEqual(query.length - edits);
        expect(letters.sharedInWindow(hit.item.key, query.length + edits), `${query} in ${hit.item.key}`).toBeGreaterThanOrEqual(query.length - edits);
        expect(letters.editsToRun(hit.item.key), `${query} in ${hit.item.key}`).toBeLessThanOrEqual(edits);
        expect(letters.lettersHeld(letterMask(hit.item.key)), `${query} in ${hit.item.key}`).toBeGreaterThanOrEqual(query.length - edits);
      }
    }
    // Fuse matched keys to check: a search that found none would pass the loop.
    expect(hits).toBeGreaterThan(300);
  });
});

describe("tooFar", () => {
  it("is true where a bound of `common` paired letters leaves a key under 0.6 similar and more than one letter off", () => {
    // "raect" against "react": all five letters paired at best, not far.
    expect(tooFar(5, 5, 5)).toBe(false);
    // Three of five paired is 0.6 similar at best: not far; two of five is.
    expect(tooFar(5, 5, 3)).toBe(false);
    expect(tooFar(5, 5, 2)).toBe(true);
    // One letter off a short query can be far ("a" against "ab"); off a query of five or more, never.
    expect(tooFar(1, 2, 1)).toBe(true);
    expect(tooFar(5, 6, 5)).toBe(false);
    // As resolve first wrote it: under 0.6 similar, unless one letter off a query of five or more
    // (which a key under 0.6 similar never is: the clause decides nothing, and is gone).
    for (let q = 1; q <= 12; q++) {
      for (let k = 1; k <= 12; k++) {
        const longer = Math.max(q, k);
        for (let common = 0; common <= Math.min(q, k); common++) {
          const underSimilar = common / longer < 0.6;
          const oneOff = longer - common <= 1 && q >= 5;
          expect(tooFar(q, k, common), `${q} ${k} ${common}`).toBe(underSimilar && !oneOff);
        }
      }
    }
  });
});
