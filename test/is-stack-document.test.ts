import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isStackDocument, parse, validate } from "../src/index.js";
import { corpusDir } from "./helpers.js";

// isStackDocument narrows a parsed file to StackDocument where validate finds nothing, and asks no
// more than the schema does: a file the site wrote is one, though the site leaves a header field out.
const corpus = corpusDir();

const TOOL = { name: "React", category: "Languages & Frameworks", sub_category: "Javascript UI Libraries" };

describe("isStackDocument", () => {
  it.runIf(corpus)("holds for every corpus truth.yml that validate passes, the one without a version among them", () => {
    let files = 0;
    let withoutVersion = 0;
    for (const name of readdirSync(corpus!)) {
      const doc = parse(readFileSync(join(corpus!, name, "truth.yml"), "utf8"));
      expect({ name, guard: isStackDocument(doc) }).toEqual({ name, guard: validate(doc).length === 0 });
      expect({ name, guard: isStackDocument(doc) }).toEqual({ name, guard: true });
      if (!("version" in doc)) withoutVersion++;
      files++;
    }
    expect(files).toBeGreaterThan(50);
    expect(withoutVersion).toBeGreaterThan(0);
  });

  it.each([
    ["the two fields the schema requires", { repo_name: "acme/shop", tools: [TOOL] }, true],
    ["a site header without version", { repo_name: "acme/shop", report_id: "abc", repo_type: "Public", provider: "github", branch: "main", detected_tools_count: 1, tools: [TOOL] }, true],
    ["no tools", { repo_name: "acme/shop" }, false],
    ["tools no list", { repo_name: "acme/shop", tools: 5 }, false],
    ["an entry without a name", { repo_name: "acme/shop", tools: [{ category: "Languages & Frameworks" }] }, false],
    ["a count that is not the entries'", { repo_name: "acme/shop", detected_tools_count: 2, tools: [TOOL] }, false],
    ["a version of the wrong kind", { repo_name: "acme/shop", version: "0.1", tools: [] }, false],
    ["null", null, false],
    ["a number", 5, false],
    ["a list", [TOOL], false],
  ])("%s: %s", (_name, value, expected) => {
    expect(isStackDocument(value)).toBe(expected);
    expect(isStackDocument(value)).toBe(validate(value).length === 0);
  });
});
