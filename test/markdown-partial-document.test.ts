import { describe, expect, it } from "vitest";
import { parse, render } from "../src/index.js";

// render(parse(text), "markdown") of a hand-written techstack.yml that gives only its tools wrote
// the word "undefined" where the header's facts go: "undefined is built on the following main
// stack:", the repository's name, the tool count and the date.
describe("techstack.md of a document that leaves header facts out", () => {
  const tools = "tools:\n  - name: React\n    category: Languages & Frameworks\n    sub_category: Javascript UI Libraries\n    website_url: https://react.dev\n  - name: Vite\n";

  it("writes no 'undefined': the tools listed are counted, and a missing name or date is left blank", () => {
    const markdown = render(parse(tools), "markdown");
    expect(markdown).not.toContain("undefined");
    expect(markdown).toContain("This repository is built on the following main stack:");
    expect(markdown).toContain('![](https://img.stackshare.io/repo.svg "repo") ![](https://img.stackshare.io/public_badge.svg "public")');
    expect(markdown).toContain("|2<br/>Tools used| <br/>Report generated|");
  });

  it("a document's own facts are written as before", () => {
    const markdown = render(parse(`repo_name: acme/shop\ntimestamp: '2024-05-01T12:00:00+00:00'\ndetected_tools_count: 2\n${tools}`), "markdown");
    expect(markdown).toContain("acme/shop is built on the following main stack:");
    expect(markdown).toContain("|2<br/>Tools used|05/01/24 <br/>Report generated|");
  });
});
