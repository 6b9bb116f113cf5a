import { describe, expect, it } from "vitest";
import { builtinCatalog, catalogWith, parseCatalogFile, resolve } from "../src/index.js";
import { isClear } from "../src/catalog/clear-match.js";

const tool = (id: string, name: string, popularity?: number) =>
  `  - id: ${id}\n    name: ${name}\n    category: Data Stores\n    sub_category: Databases\n${popularity === undefined ? "" : `    popularity: ${popularity}\n`}`;
const catalogOf = (...tools: string[]) => catalogWith(parseCatalogFile(`tools:\n${tools.join("")}`));
const ranked = (catalog: ReturnType<typeof builtinCatalog>, q: string) => resolve(catalog, q, 10).map((r) => [r.tool.name, Number(r.score.toFixed(2))]);

// Of two tools a misspelling is about as close to, one far more popular is the likelier meaning,
// and a clear guess. Before, popularity's log weighed 1,000 times as popular at 0.1 of score,
// under the lead of 0.15 a guess is taken at: "postgress" was ambiguous once PostgREST was listed.
describe("resolve: a near tie of spelling goes to a far more popular tool", () => {
  it("postgress is PostgreSQL, a clear guess beside PostgREST, one letter off each", () => {
    const matches = resolve(builtinCatalog(), "postgress", 10);
    expect(matches.slice(0, 2).map((r) => r.tool.name)).toEqual(["PostgreSQL", "PostgREST"]);
    expect(isClear(matches)).toBe(true);
  });

  it("a closer spelling still wins over popularity: postgrst is PostgREST, and postgrest its name", () => {
    expect(resolve(builtinCatalog(), "postgrst", 1)[0]?.tool.name).toBe("PostgREST");
    expect(resolve(builtinCatalog(), "postgrest", 1)[0]).toMatchObject({ tool: { name: "PostgREST" }, score: 1, matchedBy: "name" });
  });

  it("100 times as popular makes the guess clear; 10 times leaves it for the caller to ask", () => {
    const far = catalogOf(tool("zorblat", "Zorblat", 20_000), tool("zorblax", "Zorblax", 150));
    expect(ranked(far, "zorbla").slice(0, 2)).toEqual([["Zorblat", 0.79], ["Zorblax", 0.64]]);
    expect(isClear(resolve(far, "zorbla", 10))).toBe(true);
    const near = catalogOf(tool("zorblat", "Zorblat", 20_000), tool("zorblax", "Zorblax", 2_000));
    expect(isClear(resolve(near, "zorbla", 10))).toBe(false);
  });

  it("a tool without a popularity figure (a repository's own) is set under no other", () => {
    const own = catalogOf(tool("zorblat", "Zorblat", 20_000), tool("zorblax", "Zorblax"));
    expect(isClear(resolve(own, "zorbla", 10))).toBe(false);
  });
});

// Written against stop 49's mutation survivors (resolve.ts's rule for two tools a phrase's words name).
describe("resolve: two tools named by a phrase's words, by their popularity", () => {
  const frame = (id: string, name: string, popularity?: number) =>
    `  - id: ${id}\n    name: ${name}\n    category: Languages & Frameworks\n    sub_category: Frameworks (Full Stack)\n${popularity === undefined ? "" : `    popularity: ${popularity}\n`}`;

  it("one exactly 100 times as popular is the likelier meaning; 99 times leaves a tie", () => {
    const hundred = catalogOf(frame("zorblat", "Zorblat", 15_000), frame("quuxel", "Quuxel", 150));
    expect(ranked(hundred, "zorblat quuxel")).toEqual([["Zorblat", 0.88], ["Quuxel", 0.73]]);
    expect(resolve(hundred, "zorblat quuxel", 1)[0]).toMatchObject({ tool: { name: "Zorblat" }, matchedBy: "alias" });
    const ninetyNine = catalogOf(frame("zorblat", "Zorblat", 14_850), frame("quuxel", "Quuxel", 150));
    expect(ranked(ninetyNine, "zorblat quuxel")).toEqual([["Zorblat", 0.88], ["Quuxel", 0.88]]);
  });

  it("a joining word keeps both at one score however far apart their popularity ('zorblat with quuxel' names two)", () => {
    const far = catalogOf(frame("zorblat", "Zorblat", 20_000), frame("quuxel", "Quuxel", 150));
    expect(ranked(far, "zorblat with quuxel")).toEqual([["Zorblat", 0.88], ["Quuxel", 0.88]]);
    expect(ranked(far, "quuxel on zorblat").map(([, score]) => score)).toEqual([0.88, 0.88]);
  });
});
