import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../src/catalog/load.js";
import { categoryMismatch } from "../src/catalog/check-file.js";
import { siteCategories } from "../src/catalog/known-categories.js";

// A sub-category written under the wrong category is most often another category's own, word for
// word: the hint names that one before a near name of the written category (review rev69-k:
// Languages & Frameworks / Databases was told "Database Tools").
describe("the hint for a sub-category of another category", () => {
  const known = siteCategories(builtinCatalog());

  it("names another category's sub-category of the same name before a near name of its own category", () => {
    expect(categoryMismatch("Languages & Frameworks", "Databases", known, "the site's")).toEqual({
      field: "sub_category",
      message: "'Databases' is none of the site's sub-categories of Languages & Frameworks (did you mean Databases, of category Data Stores?)",
    });
    expect(categoryMismatch("Libraries", "continuous integration", known, "the site's")?.message).toMatch(/\(did you mean Continuous Integration, of category Build, Test, Deploy\?\)$/);
  });

  it("still gives its own category's near name for a misspelling", () => {
    expect(categoryMismatch("Data Stores", "Databses", known, "the site's")?.message).toMatch(/\(did you mean Databases\?\)$/);
    // A sub-category two categories share, written in another case under its second: its own spelling.
    expect(categoryMismatch("Languages & Frameworks", "database tools", known, "the site's")?.message).toMatch(/ of Languages & Frameworks \(did you mean Database Tools\?\)$/);
  });
});
