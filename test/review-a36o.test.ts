import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { expandBraces, PatternIndex } from "../src/scan/select.js";

// Hostile shapes found by the review of stop 36's diff (a36o): each stopped or stalled a scan
// before its fix. Not speed tests: the limit only tells "finished" from "stuck".
const STUCK_MS = 4000;

describe("a repository's catalog file cannot stall the path index", () => {
  it("a glob of many brace alternatives is left to the glob engine, not expanded into millions of patterns", async () => {
    const key = "{a,b}".repeat(24) + ".txt";
    const started = performance.now();
    expect(expandBraces(key)).toEqual([key]);
    const index = new PatternIndex();
    index.add(key, 0);
    expect(index.match(`x/${"ab".repeat(12)}.txt`)).toEqual([0]);
    expect(index.match(`x/${"ab".repeat(11)}c.txt`)).toEqual([]);
    const source = new MemorySource({
      "techstack.catalog.yml": `matchers:\n  file:\n    "${key}": docker\n`,
      [`${"ba".repeat(12)}.txt`]: "",
    });
    const { document } = await scan(source, { git: false });
    expect(performance.now() - started).toBeLessThan(STUCK_MS);
    expect(document.tools.map((t) => t.name)).toContain("Docker");
    // Ordinary patterns still expand into literals.
    expect(expandBraces("{a,b}{c,d}")).toEqual(["ac", "ad", "bc", "bd"]);
  });
});
