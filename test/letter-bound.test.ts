import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { QueryLetters, tooFar } from "../src/catalog/letter-bound.js";
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
