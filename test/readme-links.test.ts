import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { localLinks, ROOT } from "./helpers.js";

// README.md keeps the current facts and links to docs/ for the history it once held (stop 49); a
// link whose file was renamed or never written would leave a reader at a dead end.
const DOCS = join(ROOT, "docs");
const pages = [join(ROOT, "README.md"), ...readdirSync(DOCS).filter((f) => f.endsWith(".md")).map((f) => join(DOCS, f))];

/** A heading's id as GitHub writes it: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
export function headingId(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/ /g, "-");
}

describe("README.md and docs/ links", () => {
  it("reads a page's local links, not URLs, anchors or code", () => {
    expect(headingId("GitLab CI and pre-commit")).toBe("gitlab-ci-and-pre-commit");
    expect(headingId("Held out: the site's stack files")).toBe("held-out-the-sites-stack-files");
    expect(localLinks("[a](docs/x.md) [b](https://e.invalid/y.md) [c](#top) `[d](no.md)` [e](docs/y.md#part)\n```md\n[f](z.md)\n```\n")).toEqual(["docs/x.md", "docs/y.md"]);
  });

  it("README.md links to docs/ and every docs/ page is linked from it", () => {
    const linked = new Set(localLinks(readFileSync(pages[0]!, "utf8")).map((t) => join(ROOT, t)));
    expect(pages.slice(1).length).toBeGreaterThan(0);
    expect(pages.slice(1).filter((p) => !linked.has(p)).map((p) => relative(ROOT, p))).toEqual([]);
  });

  it("every #anchor of README.md names one of its headings, as GitHub makes their ids", () => {
    const readme = readFileSync(pages[0]!, "utf8");
    const ids = new Set([...readme.replace(/^```[\s\S]*?^```/gm, "").matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingId(m[1]!)));
    const anchors = [...readme.matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(5);
    expect(anchors.filter((a) => !ids.has(a))).toEqual([]);
  });

  // A page moved out of README.md opens by saying what it holds and where in the README it came
  // from; that mention is a link, so a reader who lands on the page can go back.
  it("a docs/ page whose opening paragraph names README.md links to it there", () => {
    expect(openingParagraph("# T\n\nFrom README.md's \"Speed\",\nmoved.\n\nMore README.md.\n")).toBe("From README.md's \"Speed\",\nmoved.");
    const unlinked = pages.slice(1).filter((page) => {
      const opening = openingParagraph(readFileSync(page, "utf8"));
      return /README/.test(opening) && !opening.includes("](../README.md");
    });
    expect(unlinked.map((p) => relative(ROOT, p))).toEqual([]);
  });

  for (const page of pages) {
    it(`every local link of ${relative(ROOT, page)} names a file that exists`, () => {
      const dead = localLinks(readFileSync(page, "utf8")).filter((t) => !existsSync(join(dirname(page), t)));
      expect(dead).toEqual([]);
    });
  }
});

/** A page's first paragraph after its title. */
function openingParagraph(markdown: string): string {
  return markdown.replace(/^# .*\n+/, "").split(/\n\s*\n/)[0]!.trim();
}
