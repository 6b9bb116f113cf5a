import { describe, expect, it } from "vitest";
import { detect, diff, formatDiff, MemorySource, render } from "../src/index.js";

// A repository's package.json is anyone's text: a dependency key is not always a package name.
describe("techstack.md with names that are markdown or HTML", () => {
  it("a package row stays one row of six cells, with no raw HTML and no link of the name's making", async () => {
    const doc = await detect(
      new MemorySource({
        "package.json": JSON.stringify({
          dependencies: { "a|b<img src=x onerror=alert(1)>": "1.0.0", "[click](https://evil.example)": "2.0.0", react: "18.2.0" },
        }),
      }),
      { git: false, timestamp: "2024-01-01T00:00:00Z" },
    );
    const md = render(doc, "markdown");
    const rows = md.split("\n").filter((l) => l.startsWith("|[") && l.endsWith("|"));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).toBe(8); // six cells between seven bars
    expect(md).not.toMatch(/<img src=x/);
    expect(md).not.toMatch(/(?<!\\)\]\(https:\/\/evil\.example\)/); // an escaped bracket makes no link
    // An ordinary name is written as before.
    expect(md).toContain("|[react](https://www.npmjs.com/react)|v18.2.0|");
  });

  it("the pull-request comment's package table makes no link of a name's making either", async () => {
    const scanOf = (deps: Record<string, string>) => detect(new MemorySource({ "package.json": JSON.stringify({ dependencies: deps }) }), { git: false, timestamp: "2024-01-01T00:00:00Z" });
    const before = await scanOf({ react: "18.2.0" });
    const after = await scanOf({ react: "18.2.0", "[click](https://evil.example)": "2.0.0" });
    const comment = formatDiff(diff(before, after), "markdown");
    expect(comment).toContain("click");
    expect(comment).not.toMatch(/(?<!\\)\]\(https:\/\/evil\.example\)/);
  });
});
