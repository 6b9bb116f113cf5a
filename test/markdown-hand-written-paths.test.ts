import { describe, expect, it } from "vitest";
import { render, type StackDocument } from "../src/index.js";

// What stop 69's mutation round of the techstack.md writers (markdown-snippet.ts, markdown-packages.ts)
// found untested: a path to techstack.md given from the repository's root, and a hand-added
// package whose page is words over more than one line.
const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 0, tools: [] };

describe("techstack.md of hand-given paths and pages", () => {
  it("links the README snippets to a path given from the root once, not as a protocol-relative URL", () => {
    const links = render(doc, "markdown", { markdownPath: "/docs/techstack.md" }).match(/Full tech stack \[here\]\([^)]*\)/g);
    expect(links).toEqual(Array(2).fill("Full tech stack [here](/docs/techstack.md)"));
  });

  it("heads a package whose page is no URL by its words on one line, each run of blanks one space", () => {
    const tool = { name: "billing-client", package_url: "Artifactory  feed\n  (internal)", version: "2.1.0", detection_source: "manual" };
    const markdown = render({ ...doc, detected_tools_count: 1, tools: [tool] } as StackDocument, "markdown");
    expect(markdown).toContain("## Artifactory feed (internal) (1)\n");
  });
});
