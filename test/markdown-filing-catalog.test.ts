import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, catalogWith, parseCatalogFile, parse, render, sectionOf, toMarkdown } from "../src/index.js";
import { catalogDataProblem } from "../src/catalog/load.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { call, tempDir, toolsOf } from "./helpers.js";

// Which techstack.md section a tool's card goes in, and the sub-category its README snippet line
// names, where the site files it otherwise than its category says, is catalog data (a tool's
// markdown_section and markdown_sub_category; catalog/overrides.yml), so a repository's
// techstack.catalog.yml can change it.

/** A stack document as a scan of a small mailer app writes it: Shell from its deploy script. */
const DOCUMENT = parse(`repo_name: acme/mailer
report_id: 0c7e1b4a
version: 0.1
repo_type: Public
timestamp: '2026-03-02T09:15:00+00:00'
requested_by: acme
provider: GitHub
branch: main
detected_tools_count: 3
tools:
- name: Shell
  description: A shell is a text-based terminal, used for manipulating programs and files
  website_url: https://en.wikipedia.org/wiki/Shell_script
  open_source: false
  hosted_saas: false
  category: Languages & Frameworks
  sub_category: Languages
  image_url: https://img.stackshare.io/service/4631/default_c2062d40130562bdc836c13dbca02d318205a962.png
  detection_source: scripts/deploy.sh
  last_updated_by: Ana Ruiz
  last_updated_on: 2026-02-11 10:02:41.000000000 Z
- name: Nodemailer
  description: Send e-mails with Node.JS
  website_url: http://www.nodemailer.com/
  open_source: true
  hosted_saas: false
  category: Communications
  sub_category: Transactional Email
  image_url: https://img.stackshare.io/service/2862/qr2-jCLr.jpg
  detection_source: package.json
  last_updated_by: Ana Ruiz
  last_updated_on: 2026-02-11 10:02:41.000000000 Z
- name: Vue.js
  description: A progressive framework for building user interfaces
  website_url: http://vuejs.org/
  version: 3.4.21
  open_source: true
  hosted_saas: false
  category: Libraries
  sub_category: Javascript MVC Frameworks
  image_url: https://img.stackshare.io/service/3837/paeckCWC.jpg
  detection_source: package.json
  last_updated_by: Ana Ruiz
  last_updated_on: 2026-02-11 10:02:41.000000000 Z
`);

/** The section headings of techstack.md's cards with the tools' alt texts under each, and the snippet's lines. */
function layout(markdown: string): { sections: Record<string, string[]>; snippet: string[] } {
  const sections: Record<string, string[]> = {};
  let current = "";
  for (const line of markdown.split("\n")) {
    const heading = /^## (?:<img src='[^']+'\/> )?(.+) \(\d+\)$/.exec(line);
    if (heading) current = heading[1]!;
    const card = /^ {2}<img width='36' height='36' src='[^']+' alt='([^']+)'>$/.exec(line);
    if (card) (sections[current] ??= []).push(card[1]!);
  }
  const start = markdown.indexOf("Snippet without images Start");
  const snippet = markdown.slice(start, markdown.indexOf("Full tech stack", start)).split("\n").filter((l) => l.startsWith("- "));
  return { sections, snippet };
}

const USER_CATALOG = `tools:
  - id: shell
    markdown_section: Languages
    markdown_sub_category: Languages
  - id: nodemailer
    markdown_section: Software as a Service (SaaS)
`;

describe("techstack.md filing from the catalog", () => {
  it("the built-in catalog files Shell under Other as Shells and names Vue.js a UI library, from the document alone", () => {
    expect(builtinCatalog().markdownFiled("Shell")).toMatchObject({ id: "shell", markdown_section: "Other", markdown_sub_category: "Shells" });
    expect(builtinCatalog().markdownFiled("Nodemailer")).toBeUndefined();
    const { sections, snippet } = layout(render(DOCUMENT, "markdown"));
    expect(sections).toEqual({ Frameworks: ["Vue.js"], Other: ["Nodemailer", "Shell"] });
    // In the order the site catalogued them (their logos' ids).
    expect(snippet).toEqual([
      "- [Nodemailer](http://www.nodemailer.com/) – Transactional Email",
      "- [Vue.js](http://vuejs.org/) – Javascript UI Libraries",
      "- [Shell](https://en.wikipedia.org/wiki/Shell_script) – Shells",
    ]);
  });

  it("a user catalog's markdown_section and markdown_sub_category change the cards and the snippet", () => {
    const catalog = catalogWith(parseCatalogFile(USER_CATALOG, "techstack.catalog.yml"));
    const { sections, snippet } = layout(render(DOCUMENT, "markdown", { catalog }));
    expect(sections).toEqual({ Languages: ["Shell"], Frameworks: ["Vue.js"], "Software as a Service (SaaS)": ["Nodemailer"] });
    expect(snippet[2]).toBe("- [Shell](https://en.wikipedia.org/wiki/Shell_script) – Languages");
    expect(toMarkdown(DOCUMENT, catalog.registries, "techstack.md", catalog)).toBe(render(DOCUMENT, "markdown", { catalog }));
    expect(sectionOf(toolsOf(DOCUMENT)[1]!, catalog)).toBe("Software as a Service (SaaS)");
    expect(sectionOf(toolsOf(DOCUMENT)[1]!)).toBe("Other");
  });

  it("a catalog file's markdown_section must be a section techstack.md has, and both fields strings", () => {
    expect(catalogDataProblem({ tools: [{ id: "shell", markdown_section: "Other", markdown_sub_category: "Shells" }] })).toBeUndefined();
    expect(catalogDataProblem({ tools: [{ id: "shell", markdown_section: "Tools" }] })).toBe(
      "tools[0] (shell): markdown_section must be one of Languages, Frameworks, Data, DevOps, Hosting, Software as a Service (SaaS), Other",
    );
    expect(catalogDataProblem({ tools: [{ id: "vue-js", markdown_sub_category: 5 }] })).toBe("tools[0] (vue-js): markdown_sub_category must be a string");
  });
});

describe("the CLI files techstack.md as the repository's techstack.catalog.yml says", () => {
  /** A mailer app: Express and Nodemailer in package.json, a deploy script, and the catalog file given. */
  function mailerApp(catalogFile?: string): string {
    const dir = tempDir("techstack-filing-");
    mkdirSync(join(dir, "scripts"));
    writeFileSync(join(dir, "scripts/deploy.sh"), "#!/bin/sh\nset -e\nnpm ci --omit=dev\nnode server.js\n");
    writeFileSync(join(dir, "server.js"), 'const express = require("express");\nconst nodemailer = require("nodemailer");\n');
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "mailer", private: true, dependencies: { express: "^4.19.2", nodemailer: "^6.9.13" } }, null, 2));
    if (catalogFile !== undefined) writeFileSync(join(dir, "techstack.catalog.yml"), catalogFile);
    return dir;
  }

  it("detect --format markdown", async () => {
    const builtin = await call(detectCommand, [mailerApp(), "--no-git", "--format", "markdown"]);
    expect(layout(builtin.stdout).sections.Other).toEqual(["Nodemailer", "Shell"]);
    const own = await call(detectCommand, [mailerApp(USER_CATALOG), "--no-git", "--format", "markdown"]);
    expect(own.code).toBe(0);
    expect(own.stderr).not.toContain("techstack.catalog.yml");
    const { sections } = layout(own.stdout);
    expect(sections.Languages).toEqual(["JavaScript", "Shell"]);
    expect(sections["Software as a Service (SaaS)"]).toEqual(["Nodemailer"]);
    expect(sections.Other).toBeUndefined();
  });

  it("write files it so, and check finds the pair fresh", async () => {
    const dir = mailerApp(USER_CATALOG);
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    expect(layout(readFileSync(join(dir, "techstack.md"), "utf8")).sections.Languages).toEqual(["JavaScript", "Shell"]);
    const checked = await call(checkCommand, [dir, "--no-git"]);
    expect(checked.stdout).toContain("fresh");
    expect(checked.code).toBe(0);
  });
});
