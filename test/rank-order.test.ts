import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { REPO_METADATA } from "../src/constants.js";
import { rankTraits } from "../src/catalog/rank-traits.js";
import { pickBest, rankOrder, type PackageOf, type SpeaksFor } from "../src/document/rank.js";
import type { AttributedFinding } from "../src/scan/run.js";

// The ranks of src/document/rank.ts as one order: total (transitive, whatever order the findings
// come in), so the best finding does not hang on which one the list begins with.

/** A triple that breaks transitivity of `compare` over 0..n-1, or undefined. */
function intransitive(n: number, compare: (i: number, j: number) => number): [number, number, number] | undefined {
  const sign = (i: number, j: number) => Math.sign(compare(i, j));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (sign(i, j) !== -sign(j, i)) return [i, j, j];
      for (let k = 0; k < n; k++) if (sign(i, j) <= 0 && sign(j, k) <= 0 && sign(i, k) > 0) return [i, j, k];
    }
  return undefined;
}

const finding = fc.record(
  {
    ref: fc.constantFrom("npm:acme", "npm:Acme", "npm:acme-loader", "docker:acme", "go:example.com/acme", "go:example.com/acme/v2", "runtime:acme", "pypi:acme"),
    file: fc.constantFrom("package.json", "a/package.json", "b/package.json", "a/x/package.json", "c/package.json", "go.mod", "sub/go.mod", "Dockerfile", "docker-compose.yml", "docker-compose.dev.yml", "requirements.txt", REPO_METADATA),
    version: fc.constantFrom("1.0.0", "2.0.0", "2.1", "10.0.0"),
    declared: fc.constantFrom("1.0.0", "^1.0.0", "==2.0.0", "2.1", "10", ">=1"),
    versionFile: fc.constantFrom("package-lock.json", "go.sum"),
  },
  { requiredKeys: ["ref", "file"] },
).map((f): AttributedFinding => ({ ...f, detector: "test" }));

// A package by its lower-cased name (as PEP 503 or a registry's own rule would), and a tool speaking
// for itself through its whole name.
const same: PackageOf = (f) => f.ref.toLowerCase();
const speaksFor: SpeaksFor = (f) => (f.ref.toLowerCase().endsWith(":acme") ? 0 : 1);
// npm's package.json as peer manifests (ranks 3b and 7), image tags (3b), runtime pins (4), Go's major paths (5), Compose's variants (7b), as the built-in catalog has them.
const traits = rankTraits({ peer: new Map([["npm", ["package.json"]]]), cited: new Map(), variants: ["{docker-compose,compose}?*.{yml,yaml}"], tagged: new Set(["docker"]), pinning: new Set(["runtime", "engine", "version-manager"]), majorSuffixes: new Map([["go", "/v{n}"]]) });

describe("rankOrder", () => {
  it("the check finds a cycle where there is one", () => {
    const cycle = [[0, -1, 1], [1, 0, -1], [-1, 1, 0]];
    expect(intransitive(3, (i, j) => cycle[i]![j]!)).toBeDefined();
  });

  it("is a total order of any findings", () => {
    // Runs where the order told two findings apart: a constant order (all ties) is total too.
    let decided = 0;
    fc.assert(
      fc.property(fc.array(finding, { minLength: 2, maxLength: 7 }), (found) => {
        const compare = rankOrder(found, { speaksFor, packageOf: same, traits });
        expect(intransitive(found.length, compare)).toBeUndefined();
        if (found.some((_, i) => compare(0, i) !== 0)) decided++;
      }),
      { numRuns: 500, seed: 45 },
    );
    expect(decided).toBeGreaterThan(250);
  });

  it("picks a best that no other finding beats, whichever order they come in", () => {
    fc.assert(
      fc.property(fc.array(finding, { minLength: 2, maxLength: 7 }).chain((found) => fc.tuple(fc.constant(found), fc.shuffledSubarray(found, { minLength: found.length, maxLength: found.length }))), ([found, shuffled]) => {
        const a = pickBest(found, { speaksFor, packageOf: same, traits })!;
        const b = pickBest(shuffled, { speaksFor, packageOf: same, traits })!;
        // The same finding, or two that no rank tells apart (then the list's first wins).
        const order = rankOrder(found, { speaksFor, packageOf: same, traits });
        const i = found.indexOf(a);
        const j = found.indexOf(b);
        expect(Math.sign(order(i, j))).toBe(Math.sign(i - j));
      }),
      { numRuns: 500, seed: 45 },
    );
  });

  it("picks the first of the whole order (pickBest narrows rank by rank instead of ordering all)", () => {
    fc.assert(
      fc.property(fc.array(finding, { minLength: 1, maxLength: 9 }), (found) => {
        const order = rankOrder(found, { speaksFor, packageOf: same, traits });
        const first = found.reduce((best, _, i) => (order(i, best) < 0 ? i : best), 0);
        expect(pickBest(found, { speaksFor, packageOf: same, traits })).toBe(found[first]);
      }),
      { numRuns: 1000, seed: 45 },
    );
  });

  it("a package two package.json files declare and another of the tool between them: the first by path, in any order", () => {
    const p1 = { ref: "npm:acme", file: "b/package.json", detector: "npm" };
    const p2 = { ref: "npm:acme", file: "a/x/package.json", detector: "npm" };
    const q = { ref: "npm:acme-loader", file: "c/package.json", detector: "npm" };
    for (const found of [[p1, p2, q], [q, p1, p2], [p2, q, p1]]) expect(pickBest(found, { traits })?.file).toBe("a/x/package.json");
  });
});
