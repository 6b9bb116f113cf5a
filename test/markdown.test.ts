import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, render, toMarkdown } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { corpusDir } from "./helpers.js";

const corpus = corpusDir();

/** Section headings with counts, card names in order, and package rows: the layout without prose. */
function layout(md: string): { cards: string[]; packages: string[] } {
  const cards: string[] = [];
  const packages: string[] = [];
  for (const line of md.split("\n")) {
    const section = /^## (?:<img[^>]*> )?(.+?) \((\d+)\)/.exec(line);
    if (section) (line.includes("width='24'") || section[1]!.startsWith("Open source") ? packages : cards).push(`## ${section[1]} (${section[2]})`);
    const card = /<sub><a href="[^"]*">(.*?)<\/a><\/sub>/.exec(line);
    if (card) cards.push(card[1]!);
    const row = /^\|\[(.*?)\]\((.*?)\)\|(.*?)\|(.*?)\|(.*?)\|(.*?)\|(.*?)\|$/.exec(line);
    if (row) packages.push(row.slice(1, 7).join(" | ")); // advisories change between the site's runs
  }
  return { cards, packages };
}

describe("techstack.md", () => {
  it("renders cards eight to a row and versions under them", () => {
    const tools = Array.from({ length: 9 }, (_, i) => ({ name: `Lang${i}`, website_url: `https://l${i}.dev`, category: "Languages & Frameworks", sub_category: "Languages", version: i === 0 ? "1.2.3" : undefined }));
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 9, tools };
    const md = toMarkdown(doc);
    expect(md).toContain("|9<br/>Tools used|03/05/24 <br/>Report generated|");
    expect(md).toContain("## <img src='https://img.stackshare.io/languages.svg'/> Languages (9)");
    expect(md.match(/<\/tr>\n<tr>/g)).toHaveLength(1);
    expect(md).toContain("<sub>v1.2.3</sub>");
  });

  it("links the header to the repository's page on its forge; a local folder is named without a link", () => {
    const doc = (repo_name: string, provider: string): StackDocument => ({ repo_name, report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "", provider, branch: "main", detected_tools_count: 0, tools: [] });
    const header = (d: StackDocument) => toMarkdown(d).split("\n").find((l) => l.includes("repo.svg"))!;
    expect(header(doc("acme/app", "github"))).toContain("[acme/app](https://github.com/acme/app)");
    expect(header(doc("group/sub/app", "gitlab"))).toContain("[group/sub/app](https://gitlab.com/group/sub/app)");
    expect(header(doc("team/app", "bitbucket"))).toContain("[team/app](https://bitbucket.org/team/app)");
    expect(header(doc("infra/app", "git.example.org"))).toContain("[infra/app](https://git.example.org/infra/app)");
    expect(header(doc("my-folder", "local"))).toBe('![](https://img.stackshare.io/repo.svg "repo") my-folder![](https://img.stackshare.io/public_badge.svg "public")');
  });

  it("links a self-hosted forge's repository on its own host, which the document's links name (provider gitlab is not gitlab.com there)", () => {
    const git = (url: string) => ({ name: "Git", category: "Build, Test, Deploy", sub_category: "Version Control System", detection_source_url: url, detection_source: "Repo Metadata" });
    const doc = (repo_name: string, provider: string, tools: StackDocument["tools"]): StackDocument => ({ repo_name, report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "", provider, branch: "main", detected_tools_count: tools.length, tools });
    const header = (d: StackDocument) => toMarkdown(d).split("\n").find((l) => l.includes("repo.svg"))!;
    expect(header(doc("platform/ledger", "gitlab", [git("https://gitlab.corp.example/platform/ledger")]))).toContain("[platform/ledger](https://gitlab.corp.example/platform/ledger)");
    const docker = { name: "Docker", category: "Build, Test, Deploy", sub_category: "Virtual Machine Platforms & Containers", detection_source_url: "https://github.acme.example/acme/app/blob/main/Dockerfile", detection_source: "Dockerfile" };
    expect(header(doc("acme/app", "github", [docker]))).toContain("[acme/app](https://github.acme.example/acme/app)");
    // A tool added by hand may link anywhere: it says nothing of the repository's host.
    const manual = { name: "Sentry", detection_source_url: "https://gitlab.elsewhere.example/acme/app/issues", detection_source: "manual" };
    expect(header(doc("acme/app", "gitlab", [manual]))).toContain("[acme/app](https://gitlab.com/acme/app)");
    expect(header(doc("acme/app", "github", [git("https://github.com/acme/app")]))).toContain("[acme/app](https://github.com/acme/app)");
  });

  it("lists the main stack in the README snippets without Git or the registries, in catalogue order", () => {
    const tool = (name: string, id: number | undefined, sub_category: string, category = "Build, Test, Deploy") => ({
      name,
      website_url: `https://${name.toLowerCase()}.example`,
      category,
      sub_category,
      ...(id ? { image_url: `https://img.stackshare.io/service/${id}/logo.png` } : {}),
    });
    const tools = [
      tool("Python", 993, "Languages", "Languages & Frameworks"),
      tool("Git", 1046, "Version Control System"),
      tool("PyPI", 12572, "Hosted Package Repository"),
      tool("Travis CI", 460, "Continuous Integration"),
      tool("Nox", undefined, "Testing Frameworks"),
      { name: "requests", package_url: "https://pypi.org/project/requests", version: "2.31.0", category: "Libraries", sub_category: "PyPI Packages" },
    ];
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 6, tools };
    const md = toMarkdown(doc, builtinCatalog().registries);
    const snippet = md.slice(md.indexOf("without images Start"), md.indexOf("without images End"));
    expect(snippet.match(/^- \[[^\]]+\]/gm)).toEqual(["- [Travis CI]", "- [Python]", "- [Nox]"]);
    expect(md).toContain("- <img width='25' height='25' src='https://img.stackshare.io/no-img-open-source.png' alt='Nox'/> [Nox](https://nox.example) – Testing Frameworks");
    // Git and PyPI still have their cards; requests is a package row, not a card.
    expect(md).toContain(`<sub><a href="https://git.example">Git</a></sub>`);
    expect(md).toContain(`<sub><a href="https://pypi.example">PyPI</a></sub>`);
    expect(md).toContain("|[requests](https://pypi.org/project/requests)|v2.31.0|N/A|N/A |N/A|N/A|");
    const empty = toMarkdown({ ...doc, tools: [] });
    expect(empty).toContain("is built on the following main stack:\n\n\n\nFull tech stack [here](/techstack.md)");
  });

  it("names a tool with no page without a link, in its card and in the snippets", () => {
    const tools = [
      { name: "Acme Lang", category: "Languages & Frameworks", sub_category: "Languages", detection_source: "manual" },
      { name: "Python", website_url: "https://www.python.org", category: "Languages & Frameworks", sub_category: "Languages", image_url: "https://img.stackshare.io/service/993/logo.png" },
    ];
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 2, tools };
    const md = toMarkdown(doc, builtinCatalog().registries);
    expect(md).not.toContain('href=""');
    expect(md).toContain("  <sub>Acme Lang</sub>");
    expect(md).toContain(`<sub><a href="https://www.python.org">Python</a></sub>`);
    const snippet = md.slice(md.indexOf("without images Start"), md.indexOf("without images End"));
    expect(snippet.match(/^- .*$/gm)).toEqual(["- [Python](https://www.python.org) – Languages", "- Acme Lang – Languages"]);
    expect(md).toContain("alt='Acme Lang'/> Acme Lang – Languages");
  });

  it("links the README snippets to techstack.md where it sits in the repository", () => {
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 0, tools: [] };
    const links = (md: string) => md.match(/Full tech stack \[here\]\([^)]*\)/g);
    expect(links(render(doc, "markdown"))).toEqual(Array(2).fill("Full tech stack [here](/techstack.md)"));
    expect(links(render(doc, "markdown", { markdownPath: "docs/techstack.md" }))).toEqual(Array(2).fill("Full tech stack [here](/docs/techstack.md)"));
    // A Windows path, a leading `./` and a space are written as a link from the root.
    expect(links(toMarkdown(doc, new Map(), ".\\my docs\\techstack.md"))).toEqual(Array(2).fill("Full tech stack [here](/my%20docs/techstack.md)"));
    expect(() => render(doc, "markdown", { markdownPath: 3 as unknown as string })).toThrow(TypeError);
  });

  it("files Shell and Vue.js as the site's techstack.md does, whatever their techstack.yml entries say", () => {
    // The site's techstack.md names Shell's sub-category "Shells" and carries its card under Other
    // (corpus: 4 of 4 techstack.md listing Shell, whose techstack.yml says Languages), and names
    // Vue.js's "Javascript UI Libraries" (2 of 2; techstack.yml: Javascript MVC Frameworks).
    const entry = (name: string, id: number, sub_category: string, category: string) => ({ name, website_url: `https://${id}.example`, category, sub_category, image_url: `https://img.stackshare.io/service/${id}/x.png` });
    const tools = [entry("Shell", 4631, "Languages", "Languages & Frameworks"), entry("Python", 993, "Languages", "Languages & Frameworks"), entry("Vue.js", 3837, "Javascript MVC Frameworks", "Libraries")];
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 3, tools };
    const md = toMarkdown(doc);
    expect(md).toContain("- [Shell](https://4631.example) – Shells\n");
    expect(md).toContain("- [Vue.js](https://3837.example) – Javascript UI Libraries\n");
    expect(md).toMatch(/## <img src='https:\/\/img.stackshare.io\/languages.svg'\/> Languages \(1\)\n/);
    expect(md).toMatch(/## Other \(1\)\n<table><tr>\n  <td align='center'>\n  <img width='36' height='36' src='https:\/\/img.stackshare.io\/service\/4631\/x.png' alt='Shell'>/);
  });

  it("escapes what a name, link or advisory holds: a quote in alt='...', markup, brackets, spaces in a link", () => {
    // Let's Encrypt is a catalog tool; the others are what a hand-added entry or a repository's catalog may hold.
    const tools = [
      { name: "Let's Encrypt", category: "Application Utilities", sub_category: "Certificate Authority", website_url: "https://letsencrypt.org/", image_url: "https://img.example/le.png" },
      { name: "<b>Odd</b> [x] -->", category: "Data Stores", sub_category: "Databases", website_url: "https://odd.example/a b" },
      { name: "Mine", category: "Observability", website_url: "https://mine.example/" },
      { name: "nokogiri", package_url: "https://rubygems.org/nokogiri", version: "1.15.2", vulnerabilities: [{ cve_id: "CVE-1 [x]", cve_url: "https://advisories.example/a (b)", severity: "high" }] },
    ];
    const doc: StackDocument = { repo_name: "acme/app", report_id: "x", version: 0.1, repo_type: "Public", timestamp: "2024-03-05T10:00:00+00:00", requested_by: "acme", provider: "github", branch: "main", detected_tools_count: 4, tools };
    const md = toMarkdown(doc, builtinCatalog().registries);
    expect(md).toContain("<img width='25' height='25' src='https://img.example/le.png' alt='Let&#39;s Encrypt'/> [Let's Encrypt](https://letsencrypt.org/) – Certificate Authority\n");
    expect(md).toContain("<img width='36' height='36' src='https://img.example/le.png' alt='Let&#39;s Encrypt'>");
    expect(md).toContain("- [&lt;b&gt;Odd&lt;/b&gt; \\[x\\] --&gt;](https://odd.example/a%20b) – Databases\n");
    expect(md).toContain(`<sub><a href="https://odd.example/a b">&lt;b&gt;Odd&lt;/b&gt; [x] --&gt;</a></sub>`);
    // The README snippets are one HTML comment: nothing a name holds ends it early.
    expect(md.indexOf("-->")).toBe(md.lastIndexOf("\n-->\n") + 1);
    // A tool of the user's own category, with no sub-category of the site's, is filed by its category.
    expect(md).toContain("- [Mine](https://mine.example/) – Observability\n");
    expect(md).toContain("|[CVE-1 \\[x\\]](https://advisories.example/a%20%28b%29) (High)|");
  });

  it.runIf(corpus)("renders site files line for line apart from the date and the closing credit", () => {
    // A techstack.md and the techstack.yml beside it do not always come from the same run of the
    // site; where they do, the whole file is the same but for the report date and our own credit.
    const normal = (md: string) =>
      md
        .split("\n")
        .filter((l) => !/Report generated\||^Generated (by|via) |^<\/div>$/.test(l))
        .join("\n")
        .trimEnd();
    const same: string[] = [];
    for (const name of readdirSync(corpus!)) {
      const mdFile = join(corpus!, name, "truth.md");
      if (!existsSync(mdFile)) continue;
      const doc = JSON.parse(readFileSync(join(corpus!, name, "truth.json"), "utf8")) as StackDocument;
      if (normal(toMarkdown(doc, builtinCatalog().registries)) === normal(readFileSync(mdFile, "utf8"))) same.push(name);
    }
    expect(same.length, same.join(", ")).toBeGreaterThanOrEqual(7);
  });

  it.runIf(corpus)("matches the layout of the site's techstack.md files", () => {
    let files = 0;
    let sameCards = 0;
    let samePackages = 0;
    for (const name of readdirSync(corpus!)) {
      const mdFile = join(corpus!, name, "truth.md");
      if (!existsSync(mdFile)) continue;
      const doc = JSON.parse(readFileSync(join(corpus!, name, "truth.json"), "utf8")) as StackDocument;
      const ours = layout(toMarkdown(doc, builtinCatalog().registries));
      const site = layout(readFileSync(mdFile, "utf8"));
      // A techstack.md and its techstack.yml come from the same report only when the counts agree.
      if (ours.packages[0] === site.packages[0]) {
        expect(ours.packages, name).toEqual(site.packages);
        samePackages++;
      }
      if (JSON.stringify(ours.cards) === JSON.stringify(site.cards)) sameCards++;
      files++;
    }
    expect(files).toBeGreaterThanOrEqual(15);
    // The site files Shell under Other though its sub-category reads Languages; the document alone cannot tell.
    expect(sameCards).toBeGreaterThanOrEqual(10);
    expect(samePackages).toBeGreaterThanOrEqual(10);
  });
});
