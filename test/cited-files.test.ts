import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { catalogFileNotes, catalogFileProblem } from "../src/catalog/check-file.js";

// A tool's `cited_files` (catalog data, not engine code): of the tool's findings, the first by path
// whose file a glob matches is its detection_source; the release and its URL stay where they were.
// Gradle's built-in list is held by gradle-named-source.test.ts; here a repository's catalog gives
// Jest one, so the engine is seen to know globs, not Gradle.

const packageJson = JSON.stringify({ devDependencies: { jest: "29.7.0" } });

async function jest(files: Record<string, string>, citedFiles?: string[]) {
  const catalog: Record<string, string> = citedFiles ? { "techstack.catalog.yml": `tools:\n  - id: jest\n    cited_files: ${JSON.stringify(citedFiles)}\n` } : {};
  const { document, warnings } = await scan(new MemorySource({ "package.json": packageJson, ...files, ...catalog }), { git: false });
  expect(warnings.filter((w) => w.file === "techstack.catalog.yml")).toEqual([]);
  const entry = document.tools.find((t) => t.name === "Jest")!;
  return { source: entry.detection_source, url: entry.detection_source_url, version: entry.version };
}

describe("a tool's cited_files", () => {
  it("names the matching file as the source; package.json still gives the release and the URL", async () => {
    expect(await jest({ "jest.config.js": "" })).toEqual({ source: "package.json", url: "package.json", version: "29.7.0" });
    expect(await jest({ "jest.config.js": "" }, ["jest.config.*"])).toEqual({ source: "jest.config.js", url: "package.json", version: "29.7.0" });
  });

  it("of several, the first by path as bytes (capitals first), at any depth", async () => {
    const files = { "packages/a/jest.config.js": "", "packages/B/jest.config.js": "" };
    expect((await jest(files, ["jest.config.js"])).source).toBe("packages/B/jest.config.js");
  });

  it("a glob no finding's file matches, or an empty list, leaves the source alone", async () => {
    expect((await jest({ "jest.config.js": "" }, ["jest.setup.js"])).source).toBe("package.json");
    expect((await jest({ "jest.config.js": "" }, [])).source).toBe("package.json");
  });

  it("a catalog file's cited_files must be a list of globs the engine can match quickly", () => {
    const known = () => true;
    expect(catalogFileProblem({ tools: [{ id: "jest", cited_files: ["jest.config.*", "/gradlew"] }] }, known)).toBeUndefined();
    expect(catalogFileProblem({ tools: [{ id: "jest", cited_files: "jest.config.js" }] }, known)).toBe("tools[0] (jest): cited_files must be a list of file globs");
    expect(catalogFileProblem({ tools: [{ id: "jest", cited_files: [""] }] }, known)).toBe("tools[0] (jest): cited_files must be a list of file globs");
    expect(catalogFileProblem({ tools: [{ id: "jest", cited_files: ["*a*a*c"] }] }, known)).toMatch(/^tools\[0\] \(jest\): cited_files: a glob .* of more than 2 \* or !\( in one name: \*a\*a\*c$/);
    expect(catalogFileNotes({ tools: [{ id: "jest", name: "Jest", cited_files: ["jest.config.js"] }] }, { categories: new Map(), kinds: [] })).toEqual([]);
  });
});
