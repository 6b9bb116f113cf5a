import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";

// A short name opening a query stands for its tool's name ("mongo atlas" is MongoDB Atlas), whether
// the words are typed apart with spaces, hyphens or underscores, as the generic-word reading beside it
// splits them: with hyphens they gave the short name's own tool ("mongo-atlas" MongoDB at 0.92).
describe("resolve: an opening short name before words joined by - or _", () => {
  const catalog = builtinCatalog();
  it.each([
    ["mongo atlas", "MongoDB Atlas"],
    ["mongo-atlas", "MongoDB Atlas"],
    ["mongo_atlas", "MongoDB Atlas"],
    ["gh-enterprise", "GitHub Enterprise"],
    ["gh-pages", "GitHub Pages"],
  ])("%s is %s", (query, name) => {
    const [first] = resolve(catalog, query);
    expect(first?.tool.name).toBe(name);
    expect(first?.score).toBeGreaterThanOrEqual(0.9);
  });
});
