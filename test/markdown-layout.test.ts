import { describe, expect, it } from "vitest";
import type { Registry } from "../src/catalog/types.js";
import { builtinCatalog } from "../src/catalog/load.js";
import { REPO_METADATA } from "../src/constants.js";
import { sectionOf, toMarkdown } from "../src/document/markdown.js";
import type { StackDocument, ToolEntry } from "../src/types.js";

// techstack.md's sections, cards, snippet and package tables (src/document/markdown.ts), on the
// entries a Django and React monorepo gives.
const doc = (tools: ToolEntry[], timestamp = "2024-03-05 10:00:00.000000000 Z"): StackDocument => ({
  repo_name: "acme/shop",
  report_id: "x",
  version: 0.1,
  repo_type: "Public",
  timestamp,
  requested_by: "ada",
  provider: "github",
  branch: "main",
  detected_tools_count: tools.length,
  tools,
});

describe("the section of a tool's card", () => {
  it.each<[string, string | undefined, string]>([
    ["Languages & Frameworks", "Languages", "Languages"],
    ["Languages & Frameworks", "Templating Languages & Extensions", "Languages"],
    ["Languages & Frameworks", "Languages Templating", "Frameworks"],
    ["Languages & Frameworks", "Query Languages", "Data"],
    ["Languages & Frameworks", "Frameworks (Full Stack)", "Frameworks"],
    ["Languages & Frameworks", undefined, "Frameworks"],
    ["Libraries", "Javascript UI Libraries", "Frameworks"],
    ["Libraries", "Javascript MVC Frameworks", "Frameworks"],
    ["Libraries", "Charting Libraries", "Frameworks"],
    ["Libraries", "Front-End Frameworks Framework Components", "Frameworks"],
    ["Libraries", "Image Processing and Management", "Other"],
    ["Data Stores", "Databases", "Data"],
    ["Build, Test, Deploy", "Continuous Integration", "DevOps"],
    ["Monitoring", "Exception Monitoring", "DevOps"],
    ["Application Hosting", "Web Servers", "DevOps"],
    // The site's techstack.md files (docs/site-differences.md, stop 69): a hosted platform or
    // serverless runtime is under Hosting, a realtime backend (Firebase, Socket.IO, ws) under Data.
    ["Application Hosting", "Platform as a Service", "Hosting"],
    ["Application Hosting", "Serverless / Task Processing", "Hosting"],
    ["Application Hosting", "Realtime Backend / API", "Data"],
    ["Languages & Frameworks", "GraphQL Tools", "Data"],
    ["Languages & Frameworks", "Operating Systems", "Other"],
    ["Application Utilities", "Static Web Hosting", "Software as a Service (SaaS)"],
    ["Application Utilities", "Search as a Service", "Other"],
    ["Application Utilities", "User Management and Authentication", "Other"],
    ["Assets and Media", "Image Hosting", "Software as a Service (SaaS)"],
    ["Payments", "Payment Services", "Software as a Service (SaaS)"],
    ["Analytics", "General Analytics", "Software as a Service (SaaS)"],
    ["Collaboration", "Group Chat & Notifications", "Software as a Service (SaaS)"],
    ["Support, Sales, and Marketing", "Customer Support", "Other"],
    ["Back Office", "Accounting", "Other"],
    ["Communications", "Transactional Email", "Other"],
    // A charting sub-category files a card with the frameworks only under Libraries.
    ["Analytics", "Charting Libraries", "Software as a Service (SaaS)"],
    ["Mobile", "Cross-Platform Mobile Development", "Other"],
  ])("%s / %s: %s", (category, sub_category, section) => expect(sectionOf({ name: "Tool", category, ...(sub_category ? { sub_category } : {}) })).toBe(section));

  it("Shell goes under Other, Vue.js stays with the frameworks, and a tool named like an Object property is filed by its category", () => {
    expect(sectionOf({ name: "Shell", category: "Languages & Frameworks", sub_category: "Languages" })).toBe("Other");
    expect(sectionOf({ name: "PowerShell", category: "Languages & Frameworks", sub_category: "Languages" })).toBe("Other");
    expect(sectionOf({ name: "Vue.js", category: "Libraries", sub_category: "Javascript MVC Frameworks" })).toBe("Frameworks");
    expect(sectionOf({ name: "constructor", category: "Data Stores" })).toBe("Data");
  });
});

describe("cards", () => {
  const card = (name: string, category: string, sub_category: string, version?: string): ToolEntry => ({ name, website_url: `https://${name.toLowerCase()}.example`, category, sub_category, ...(version ? { version } : {}) });

  it("every section in order with its icon, cards by name, eight to a row", () => {
    const tools = [
      card("Stripe", "Payments", "Payment Services"),
      card("Docker", "Build, Test, Deploy", "Virtual Machine Platforms & Containers"),
      card("Heroku", "Application Hosting", "Platform as a Service"),
      card("PostgreSQL", "Data Stores", "Databases", "16.1.0"),
      card("Django", "Languages & Frameworks", "Frameworks (Full Stack)"),
      card("Python", "Languages & Frameworks", "Languages", "3.12.1"),
      // One sub-category, two sections: the site files SendGrid, a hosted service, under SaaS; Nodemailer under Other.
      card("Twilio SendGrid", "Communications", "Transactional Email"),
      card("Nodemailer", "Communications", "Transactional Email"),
      ...["Ruff", "Black", "Isort", "Mypy", "Pytest", "Tox", "Nox", "Flake8", "Bandit"].map((n) => card(n, "Build, Test, Deploy", "Python Build Tools")),
    ];
    const md = toMarkdown(doc(tools));
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual([
      "## Tech Stack",
      "## Tech Stack",
      "## <img src='https://img.stackshare.io/languages.svg'/> Languages (1)",
      "## <img src='https://img.stackshare.io/frameworks.svg'/> Frameworks (1)",
      "## <img src='https://img.stackshare.io/databases.svg'/> Data (1)",
      "## <img src='https://img.stackshare.io/devops.svg'/> DevOps (10)",
      "## <img src='https://img.stackshare.io/hosting.svg'/> Hosting (1)",
      "## <img src='https://img.stackshare.io/saas.svg'/> Software as a Service (SaaS) (2)",
      "## Other (1)",
    ]);
    const devops = md.slice(md.indexOf("DevOps (10)"), md.indexOf("Hosting (1)"));
    expect([...devops.matchAll(/alt='([^']+)'/g)].map((m) => m[1])).toEqual(["Bandit", "Black", "Docker", "Flake8", "Isort", "Mypy", "Nox", "Pytest", "Ruff", "Tox"]);
    // The ninth card opens a row of its own, indented as the first.
    expect(devops).toContain("</td>\n\n</tr>\n<tr>\n  <td align='center'>\n  <img width='36' height='36' src='https://img.stackshare.io/no-img-open-source.png' alt='Ruff'>");
    expect(devops.match(/\n<td align='center'>/g)).toHaveLength(8);
    expect(md).toContain("<sub>v16.1.0</sub>");
    expect(md).toContain("alt='Stripe'>\n  <br>\n  <sub><a href=\"https://stripe.example\">Stripe</a></sub>\n  <br>\n  <sub></sub>\n</td>");
    expect(md).toContain("|17<br/>Tools used|03/05/24 <br/>Report generated|");
    expect(md.slice(md.indexOf("(SaaS) (2)"))).toMatch(/alt='Stripe'>[^]*alt='Twilio SendGrid'>[^]*## Other \(1\)[^]*alt='Nodemailer'>/);
  });

  it("two cards of one name keep the document's order", () => {
    const md = toMarkdown(doc([card("Babel", "Build, Test, Deploy", "JavaScript Compilers", "7.23.0"), card("Ant", "Build, Test, Deploy", "Java Build Tools"), card("Babel", "Build, Test, Deploy", "JavaScript Compilers", "6.26.0")]));
    expect([...md.matchAll(/<sub>v([^<]+)<\/sub>/g)].map((m) => m[1])).toEqual(["7.23.0", "6.26.0"]);
  });

  it("a card without a page is its name, with no link (neither to 'undefined' nor empty)", () => {
    const md = toMarkdown(doc([{ name: "Makefile", category: "Build, Test, Deploy", sub_category: "Build Tools" }]));
    expect(md).toContain("  <sub>Makefile</sub>");
    expect(md).not.toContain("<a href");
  });

  it("a date the header cannot read is written as it stands", () => {
    expect(toMarkdown(doc([], "yesterday"))).toContain("|0<br/>Tools used|yesterday <br/>Report generated|");
  });

  it("a named Maven package is a row of the registry's table, linked where the registry says; one the repository's metadata shows is a card", () => {
    const slf4j = { name: "org.slf4j:slf4j-api", version: "2.0.9", category: "Libraries", sub_category: "Maven Packages", detection_source: "pom.xml" };
    const maven = new Map<string, Registry>([["maven", { category: "Libraries", sub_category: "Maven Packages", title: "Apache Maven", icon: "https://img.example/maven.png", markdown_url: "https://central.example/artifact/{name}" }]]);
    const md = toMarkdown(doc([slf4j]), maven);
    expect(md).not.toContain("alt='org.slf4j:slf4j-api'");
    expect(md).toContain("## <img src='https://img.stackshare.io/group.svg' /> Open source packages (1)</h2>\n\n## <img width='24' height='24' src='https://img.example/maven.png'/> Apache Maven (1)\n");
    expect(md).toContain("|[org.slf4j:slf4j-api](https://central.example/artifact/org.slf4j/slf4j-api)|v2.0.9|N/A|N/A |N/A|N/A|");
    // Without a page of the registry's, the name alone; without a registry, a table titled by the sub-category.
    expect(toMarkdown(doc([slf4j]), new Map([["maven", { category: "Libraries", sub_category: "Maven Packages", title: "Apache Maven" }]]))).toContain("\n## Apache Maven (1)\n");
    expect(toMarkdown(doc([slf4j]), new Map())).toContain("|org.slf4j:slf4j-api|v2.0.9|N/A|N/A |N/A|N/A|");
    expect(toMarkdown(doc([slf4j]), new Map())).toContain("\n## Maven Packages (1)\n");
    // A registry without a title (a repository catalog's own): the table takes the sub-category, the rows the registry's links.
    const untitled = new Map<string, Registry>([["maven", { category: "Libraries", sub_category: "Maven Packages", markdown_url: "https://central.example/{name}" }]]);
    expect(toMarkdown(doc([slf4j]), untitled)).toContain("\n## Maven Packages (1)\n\n|NAME|VERSION|LAST UPDATED|LAST UPDATED BY|LICENSE|VULNERABILITIES|\n|:------|:------|:------|:------|:------|:------|\n|[org.slf4j:slf4j-api](https://central.example/org.slf4j/slf4j-api)|v2.0.9|");
    for (const other of [{ ...slf4j, detection_source: REPO_METADATA }, { ...slf4j, category: "Languages & Frameworks" }, { ...slf4j, sub_category: "Packages of Maven" }, { ...slf4j, name: "slf4j-api" }]) {
      expect(toMarkdown(doc([other])), JSON.stringify(other)).toContain(`alt='${other.name}'`);
    }
  });
});

describe("the README snippet", () => {
  const tool = (name: string, id: number | undefined, extra: Partial<ToolEntry> = {}): ToolEntry => ({
    name,
    website_url: `https://${name.toLowerCase()}.example`,
    category: "Build, Test, Deploy",
    sub_category: "Build Tools",
    ...(id ? { image_url: `https://img.stackshare.io/service/${id}/logo.png` } : {}),
    ...extra,
  });
  const snippet = (tools: ToolEntry[], registries: ReadonlyMap<string, Registry> = new Map()) => {
    const md = toMarkdown(doc(tools), registries);
    return [...md.slice(0, md.indexOf("without images End")).matchAll(/^- \[([^\]]+)\]/gm)].map((m) => m[1]);
  };

  it("in the order the site catalogued the tools, then the rest by name, then as found", () => {
    expect(snippet([tool("Yarn", undefined), tool("webpack", 9999), tool("Babel", undefined), tool("npm", 1120), tool("Ant", undefined), tool("Vite", 20000), tool("Babel", undefined, { website_url: "https://babel.other" })])).toEqual([
      "npm",
      "webpack",
      "Vite",
      "Ant",
      "Babel",
      "Babel",
      "Yarn",
    ]);
    const md = toMarkdown(doc([tool("Babel", undefined), tool("Babel", undefined, { website_url: "https://babel.other" })]));
    expect(md.indexOf("(https://babel.example)")).toBeLessThan(md.indexOf("(https://babel.other)"));
    // Two tools of one image keep the document's order, whatever their names.
    expect(snippet([tool("Zeta", 993), tool("Alpha", 993)])).toEqual(["Zeta", "Alpha"]);
  });

  it("without tools that have no page or no category, nor a registry by its title", () => {
    const registries = new Map<string, Registry>([
      ["npm", { category: "Libraries", sub_category: "npm Packages", title: "npm" }],
      ["maven", { category: "Libraries", sub_category: "Maven Packages" }],
    ]);
    expect(snippet([tool("NPM", 1120), tool("Vite", 20000), tool("Gulp", 1, { website_url: undefined }), tool("Grunt", 2, { category: undefined })], registries)).toEqual(["Vite"]);
    // Apache Maven is the built-in Maven table's title: its card stays, its snippet line goes (held-out imvignesh003/Java).
    expect(snippet([tool("Apache Maven", 977), tool("Gradle", 975)], builtinCatalog().registries)).toEqual(["Gradle"]);
  });
});

describe("package tables", () => {
  const npm = (name: string, extra: Partial<ToolEntry> = {}): ToolEntry => ({ name, package_url: `https://www.npmjs.com/${name}`, category: "Libraries", sub_category: "npm Packages", ...extra });
  const pypi = (name: string, extra: Partial<ToolEntry> = {}): ToolEntry => ({ name, package_url: `https://pypi.org/project/${name}`, category: "Libraries", sub_category: "PyPI Packages", ...extra });
  const registries = new Map<string, Registry>([
    ["npm", { package_url: "https://www.npmjs.com/{name}", category: "Libraries", sub_category: "npm Packages", title: "npm", icon: "https://img.example/npm.png" }],
    ["pypi", { package_url: "https://pypi.org/project/{name}", category: "Libraries", sub_category: "PyPI Packages", title: "PyPI" }],
    ["maven", { category: "Libraries", sub_category: "Maven Packages", title: "Maven" }],
  ]);

  it("the largest registry first, then by title; rows by name; two empty lines between tables", () => {
    const md = toMarkdown(doc([pypi("requests"), npm("react"), pypi("Django"), npm("axios"), npm("zod"), { name: "left-pad", package_url: "https://registry.example.org/left-pad" }]), registries);
    const tables = md.slice(md.indexOf("## <img src='https://img.stackshare.io/group.svg' />"));
    expect(tables.split("\n").filter((l) => l.startsWith("## ") || l.startsWith("|["))).toEqual([
      "## <img src='https://img.stackshare.io/group.svg' /> Open source packages (6)</h2>",
      "## <img width='24' height='24' src='https://img.example/npm.png'/> npm (3)",
      "|[axios](https://www.npmjs.com/axios)|N/A|N/A|N/A |N/A|N/A|",
      "|[react](https://www.npmjs.com/react)|N/A|N/A|N/A |N/A|N/A|",
      "|[zod](https://www.npmjs.com/zod)|N/A|N/A|N/A |N/A|N/A|",
      "## PyPI (2)",
      "|[Django](https://pypi.org/project/Django)|N/A|N/A|N/A |N/A|N/A|",
      "|[requests](https://pypi.org/project/requests)|N/A|N/A|N/A |N/A|N/A|",
      "## registry.example.org (1)",
      "|[left-pad](https://registry.example.org/left-pad)|N/A|N/A|N/A |N/A|N/A|",
    ]);
    expect(tables).toContain("|[zod](https://www.npmjs.com/zod)|N/A|N/A|N/A |N/A|N/A|\n\n\n## PyPI (2)\n\n|NAME|");
    expect(md.endsWith("\n<br/>\n<div align='center'>\n\nGenerated by [techstack](https://www.npmjs.com/package/techstack)\n</div>\n")).toBe(true);
    // Registries of one size go by title, as the code points order it (capitals first).
    for (const even of [toMarkdown(doc([npm("react"), pypi("requests")]), registries), toMarkdown(doc([pypi("requests"), npm("react")]), registries)]) {
      expect(even.indexOf("## PyPI (1)")).toBeLessThan(even.indexOf("## <img width='24' height='24' src='https://img.example/npm.png'/> npm (1)"));
      expect(even.indexOf("## PyPI (1)")).toBeGreaterThan(0);
    }
  });

  // Before, a package_url that is no URL (a package added by hand, `package_url: pkg/zed`) threw "Invalid URL" out of write and render.
  it("a package whose page is no URL has a table under its page as written", () => {
    const md = toMarkdown(doc([npm("react"), { name: "zed", package_url: "pkg/zed", detection_source: "manual" }]), registries);
    expect(md).toContain("## pkg/zed (1)\n");
    expect(md).toContain("|[zed](pkg/zed)|");
  });

  it("two Go modules of one short name keep the document's order", () => {
    const go = (path: string, version: string): ToolEntry => ({ name: "log", package_url: `https://pkg.go.dev/${path}`, version, category: "Libraries", sub_category: "Go Modules Packages" });
    const md = toMarkdown(doc([go("github.com/b/log", "2.0.0"), go("github.com/a/log", "1.0.0"), go("github.com/c/log", "3.0.0")]));
    expect([...md.matchAll(/^\|\[log\]\(https:\/\/pkg\.go\.dev\/github\.com\/(\w)\/log\)/gm)].map((m) => m[1])).toEqual(["b", "a", "c"]);
  });

  it("a row: version, last change, author, licence and each advisory", () => {
    const row = toMarkdown(
      doc([
        npm("lodash", {
          version: "4.17.20",
          last_updated_on: "2021-02-20 08:15:00.000000000 Z",
          last_updated_by: "Grace Hopper",
          license: "MIT",
          vulnerabilities: [
            { name: "Prototype Pollution", cve_id: "CVE-2021-23337", cve_url: "https://nvd.example/CVE-2021-23337", severity: "high" },
            { name: "ReDoS", severity: null },
          ],
        }),
      ]),
      registries,
    )
      .split("\n")
      .find((l) => l.startsWith("|[lodash]"));
    expect(row).toBe("|[lodash](https://www.npmjs.com/lodash)|v4.17.20|02/20/21|Grace Hopper |MIT|[CVE-2021-23337](https://nvd.example/CVE-2021-23337) (High)<br/>[]() ()|");
  });

  it("a name, author or licence from a manifest stays in its cell, and a link target stays a link", () => {
    const md = toMarkdown(doc([npm("a|b", { package_url: "https://www.npmjs.com/a b(c)<d>|[e]\"f'g`\th", version: "1|2", last_updated_by: "Eve <eve@example.com>\r\n[x]", license: "MIT | GPL" })]), registries);
    expect(md).toContain(
      "|[a\\|b](https://www.npmjs.com/a%20b%28c%29%3Cd%3E%7C%5Be%5D%22f%27g%60%09h)|v1\\|2|N/A|Eve &lt;eve@example.com&gt; \\[x\\] |MIT \\| GPL|N/A|",
    );
  });
});
