import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";

// The layout-slip reading re-resolves a Cyrillic query as the Latin keys its letters sit on. A
// Cyrillic letter with no key in the map (Ukrainian ґ, Serbian ђ, Macedonian ѓ) stayed Cyrillic,
// so the re-resolved query was Cyrillic again and resolve called itself until the stack ran out.
describe("resolve: Cyrillic letters the layout map does not hold", () => {
  const catalog = builtinCatalog();
  it.each(["ґ", "ђђђ", "Ѓ"])("%s resolves (to nothing) without recursing forever", (q) => {
    expect(() => resolve(catalog, q)).not.toThrow();
    expect(resolve(catalog, q).every((r) => r.score < 0.9)).toBe(true);
  });
  it("a query of mapped letters still reads as its Latin keys", () => {
    expect(resolve(catalog, "куфсе")[0]?.tool.name).toBe("React");
  });
});

// One Cyrillic letter is a word of its own ("к", "в", "с" are Russian prepositions) or a stray key,
// not a name typed on the wrong layout: read as its Latin key it named R, D or C at 0.88, which a
// manual submission takes with a note. Two letters and more still read as a slip ("ЕЫ" is "ts").
describe("resolve: a lone Cyrillic letter is no layout slip", () => {
  const catalog = builtinCatalog();
  it.each(["к", "в", "с"])("%s names no tool", (q) => {
    expect(resolve(catalog, q)).toEqual([]);
    // Two letters of the same layout do.
    expect(resolve(catalog, "ЕЫ")[0]?.tool.name).toBe("TypeScript");
  });
  it("two letters still do", () => {
    expect(resolve(catalog, "ЕЫ")[0]?.tool.name).toBe("TypeScript");
  });
});
