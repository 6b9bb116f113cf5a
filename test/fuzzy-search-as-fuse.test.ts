import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../src/index.js";
import { FUSE_OPTIONS, fuzzySearch, indexFor } from "../src/catalog/resolve-index.js";

// fuzzySearch asks Fuse only about the keys its letter bounds keep (letter-bound.ts): a bound that
// dropped a key Fuse matches would change resolve's answers. Its best 50 must be Fuse's over every key.
// Fuse over all 5,000 keys takes some 100 ms a query on a loaded machine: a dozen queries, short ones
// (many keys hold their letters) and misspellings at one to three edits (the most Fuse allows).
describe("fuzzySearch", () => {
  it("finds the 50 keys Fuse over every key finds, in its order and at its scores", () => {
    const index = indexFor(builtinCatalog());
    const all = new Fuse(index.entries, FUSE_OPTIONS);
    const queries = ["a", "go", "vue", "k8s", "reac", "postgress", "kubernets", "elastcsearch", "mongo", "sprngbot", "amazonwebservics", "dokcercompose"];
    let found = 0;
    for (const q of queries) {
      const got = fuzzySearch(index, q).map((hit) => [hit.item.key, hit.item.tool.id, hit.score]);
      expect(got, q).toEqual(all.search(q, { limit: 50 }).map((hit) => [hit.item.key, hit.item.tool.id, hit.score]));
      found += got.length;
    }
    // Fuse found keys to compare: a search that found none would pass the loop.
    expect(found).toBeGreaterThan(150);
  });
});
