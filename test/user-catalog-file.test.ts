import { describe, expect, it } from "vitest";
import { catalogWith, MemorySource, parseCatalogFile, scan } from "../src/index.js";
import type { CatalogSource } from "../src/catalog/types.js";

// A repository's own techstack.catalog.yml is a file like any other in a scan (batch scans many
// repositories that nobody here wrote): a broken one is a warning naming it, never a failed scan.
const MANIFESTS = {
  "package.json": JSON.stringify({ dependencies: { express: "4.18.2", "@acme/bus-client": "1.2.0" } }),
  "Gemfile": "gem 'rails', '7.1.2'\n",
};

async function scanWith(catalogFile: string) {
  const result = await scan(new MemorySource({ ...MANIFESTS, "techstack.catalog.yml": catalogFile }), { git: false });
  const warnings = result.warnings.filter((w) => w.file === "techstack.catalog.yml").map((w) => w.message);
  return { names: result.document.tools.map((t) => t.name), warnings };
}

describe("a repository's techstack.catalog.yml", () => {
  const broken: Record<string, string> = {
    "YAML cut short": "tools: [\n",
    "tools not a list": "tools: 5\n",
    "a tool that is not a mapping": "tools:\n  - 5\n",
    "a tool without an id": "tools:\n  - name: Acme Bus\n",
    "a new tool without a name": "tools:\n  - id: acme-bus\nmatchers:\n  npm:\n    \"@acme/bus-client\": acme-bus\n",
    "matchers not a mapping": "matchers: [1]\n",
    "a matcher naming a number": "matchers:\n  npm:\n    express: 5\n",
    "a top-level key misspelt": "matcher:\n  npm:\n    \"@acme/bus-client\": redis\n",
    "a list at the top": "- id: acme-bus\n",
  };
  for (const [name, text] of Object.entries(broken)) {
    it(`${name}: a warning naming it, and the built-in catalog still names every tool`, async () => {
      const { names, warnings } = await scanWith(text);
      expect(warnings.length, name).toBe(1);
      expect(names).toEqual(expect.arrayContaining(["ExpressJS", "Rails", "Ruby"]));
    });
  }

  it("a matcher naming a tool no catalog has is a warning; the rest of the file applies", async () => {
    const { names, warnings } = await scanWith(
      "tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Message Queue\nmatchers:\n  npm:\n    \"@acme/bus-client\": acme-bus\n    express: expresss\n",
    );
    expect(names).toContain("Acme Bus");
    expect(warnings).toEqual([expect.stringMatching(/npm.*express.*'expresss'/)]);
  });

  it("an override of a built-in tool needs no name, and a versionless list (~) still reads", async () => {
    const { names, warnings } = await scanWith("tools:\n  - id: rails\n    website_url: https://rubyonrails.org/\nmatchers:\n  npm:\n    \"@acme/bus-client\": [~, redis]\n");
    expect(warnings).toEqual([]);
    expect(names).toContain("Redis");
  });

  it("a built-in moved to another category without a sub-category loses the old one; its own category keeps it", () => {
    const toolOf = (file: string) => catalogWith(parseCatalogFile(file)).tools.get("react");
    const moved = toolOf("tools:\n  - id: react\n    category: Application Utilities\n");
    expect(moved).toMatchObject({ name: "React", category: "Application Utilities" });
    expect(moved).not.toHaveProperty("sub_category");
    expect(toolOf("tools:\n  - id: react\n    category: Libraries\n")).toMatchObject({ category: "Libraries", sub_category: "Javascript UI Libraries" });
    expect(toolOf("tools:\n  - id: react\n    category: Application Utilities\n    sub_category: Background Processing\n")).toMatchObject({ sub_category: "Background Processing" });
  });

  it("a name or alias that is another tool's, case aside, is a warning naming both", async () => {
    const { warnings } = await scanWith("tools:\n  - id: Vuejs\n    name: vue.JS\n    category: Libraries\n    sub_category: Javascript UI Libraries\n  - id: postgresql\n    aliases: [react]\n  - id: acme-bus\n    name: Acme Bus\n    aliases: [abus, Express]\n");
    expect(warnings).toEqual([
      "tools[0] (Vuejs): the name 'vue.JS' is, case aside, the name of Vue.js (vue-js) too: typed, it names both tools",
      "tools[1] (postgresql): the alias 'react' is, case aside, the name of React (react) too: typed, it names both tools",
      "tools[2] (acme-bus): the alias 'Express' is, case aside, an alias of ExpressJS (expressjs) too: typed, it names both tools",
    ]);
  });

  it("two tools of one file that share a name are one collision, warned once", async () => {
    const { warnings } = await scanWith("tools:\n  - id: acme-x\n    name: Acme X\n    category: Libraries\n    sub_category: Javascript UI Libraries\n    aliases: [react]\n  - id: react\n    name: React\n    website_url: https://react.dev/\n");
    expect(warnings).toEqual(["tools[0] (acme-x): the alias 'react' is, case aside, the name of React (react) too: typed, it names both tools"]);
  });

  it("parseCatalogFile throws an Error naming the problem, as the config's catalog file reports it", () => {
    expect(() => parseCatalogFile("tools:\n  - name: X\n", "extra.yml")).toThrow(/tools\[0\].*id/);
    expect(() => parseCatalogFile("matchers:\n  npm: x\n", "extra.yml")).toThrow(/matchers\.npm/);
    expect(parseCatalogFile("", "empty.yml")).toMatchObject({ tools: [], matchers: {} });
  });
});

// The same checks hold for catalog data a caller adds (the `catalog` option, a configuration's
// `catalog:` file): each warning names the file parseCatalogFile was given.
describe("catalog data given to the scan", () => {
  const TEXT = 'tools:\n  - id: acme-x\n    name: Acme X\n    category: Librarys\n    colour: red\nmatchers:\n  npmm:\n    a: acme-x\n  npm:\n    "@acme/x": nosuch\n  docker:\n    ghcr.io/Acme/X: acme-x\n';
  const warningsOf = async (catalog: CatalogSource | CatalogSource[]) => (await scan(new MemorySource(MANIFESTS), { git: false, catalog })).warnings;

  it("read by parseCatalogFile with a name: that file's warnings, as techstack.catalog.yml's", async () => {
    const warnings = await warningsOf(parseCatalogFile(TEXT, "tools/extra.yml"));
    expect(warnings.map((w) => w.file)).toEqual(Array(5).fill("tools/extra.yml"));
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/category 'Librarys' .*did you mean Libraries/),
      expect.stringMatching(/unknown field 'colour'/),
      expect.stringMatching(/^matchers\.npmm: .*did you mean npm/),
      expect.stringMatching(/^the matcher npm '@acme\/x' names no tool 'nosuch'/),
      expect.stringMatching(/docker 'ghcr\.io\/Acme\/X' never matches/),
    ]);
  });

  it("without a name: labelled as the catalog option, by its place in a list", async () => {
    expect((await warningsOf(parseCatalogFile(TEXT))).map((w) => w.file)).toEqual(Array(5).fill("catalog option"));
    const files = (await warningsOf([{ tools: [] }, { matchers: { npm: { "@acme/x": "nosuch" } } }])).map((w) => w.file);
    expect(files).toEqual(["catalog option [1]"]);
  });
});
