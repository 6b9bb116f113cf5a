import { describe, expect, it } from "vitest";
import { MemorySource, parseCatalogFile, scan } from "../src/index.js";

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

  it("parseCatalogFile throws an Error naming the problem, as the config's catalog file reports it", () => {
    expect(() => parseCatalogFile("tools:\n  - name: X\n", "extra.yml")).toThrow(/tools\[0\].*id/);
    expect(() => parseCatalogFile("matchers:\n  npm: x\n", "extra.yml")).toThrow(/matchers\.npm/);
    expect(parseCatalogFile("", "empty.yml")).toMatchObject({ tools: [], matchers: {} });
  });
});
