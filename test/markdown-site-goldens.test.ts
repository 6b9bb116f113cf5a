import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, parse, toMarkdown } from "../src/index.js";

// techstack.md against files modelled on the site's own (test/markdown-goldens/<case>): each case's
// techstack.yml holds the entries a site stack file lists, techstack.md the site's techstack.md for
// them with our own wording in its few places (the credit line; a Maven row's link, the site's being
// the project page a pom names, which a scan does not fetch; the snippet's order by logo id).
const GOLDENS = join(import.meta.dirname, "markdown-goldens");

describe("techstack.md as the site writes it", () => {
  it.each(readdirSync(GOLDENS))("%s", (name) => {
    const doc = parse(readFileSync(join(GOLDENS, name, "techstack.yml"), "utf8"));
    expect(toMarkdown(doc, builtinCatalog().registries)).toBe(readFileSync(join(GOLDENS, name, "techstack.md"), "utf8"));
  });
});
