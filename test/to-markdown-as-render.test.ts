import { describe, expect, it } from "vitest";
import { detect, MemorySource, render, toMarkdown } from "../src/index.js";

// README's export table: `toMarkdown(doc)` is techstack.md "as `render(doc, "markdown")` writes it".
// Called with the document alone it used no registries, so npm (the registry of the package entries)
// was listed among the tools and its package table was titled "www.npmjs.com", not "npm".
describe("toMarkdown(doc) with the document alone", () => {
  it("writes what render(doc, \"markdown\") writes", async () => {
    const doc = await detect(
      new MemorySource({
        "package.json": JSON.stringify({ name: "shop", dependencies: { next: "^14.1.0", react: "^18.2.0" }, devDependencies: { typescript: "^5.3.3" } }, null, 2),
      }),
      { git: false, timestamp: "2026-12-07T19:00:00Z" },
    );
    const markdown = toMarkdown(doc);
    expect(markdown).toBe(render(doc, "markdown"));
    expect(markdown).toMatch(/\n## <img [^\n]*\/> npm \(3\)\n/);
  });
});
