import { describe, expect, it } from "vitest";
import { sortPackages, toolOrder } from "../src/document/order.js";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// The order of the document's tool entries (src/document/order.ts): by the site's categories, then name.
const CATEGORIES = [
  "Languages & Frameworks",
  "Libraries",
  "Data Stores",
  "Build, Test, Deploy",
  "Monitoring",
  "Application Hosting",
  "Application Utilities",
  "Assets and Media",
  "Analytics",
  "Communications",
  "Collaboration",
  "Payments",
  "Support, Sales, and Marketing",
  "Back Office",
  "Mobile",
  "Design",
];

describe("tool order", () => {
  it("puts every category in the site's order, and one it does not know after them all", () => {
    const entries: ToolEntry[] = [{ name: "A tool without a category" }, { name: "Zapier", category: "Automation" }];
    for (const [i, category] of [...CATEGORIES].reverse().entries()) entries.push({ name: `Tool ${i}`, category });
    const sorted = [...entries].sort(toolOrder).map((t) => t.category ?? "(none)");
    expect(sorted).toEqual([...CATEGORIES, "(none)", "Automation"]);
  });

  it("orders one category by name in code units, upper case first, as the site's files do (Yarn before npm, ESLint before Esbuild)", () => {
    const entries: ToolEntry[] = ["webpack", "Vite", "ESLint", "esbuild", "Babel", "npm", "Yarn"].map((name) => ({ name, category: "Build, Test, Deploy" }));
    expect(entries.sort(toolOrder).map((t) => t.name)).toEqual(["Babel", "ESLint", "Vite", "Yarn", "esbuild", "npm", "webpack"]);
  });

  it("puts a category's languages first, as the site's files do (C# before .NET, TypeScript before Angular)", () => {
    const entries: ToolEntry[] = [
      { name: ".NET", category: "Languages & Frameworks", sub_category: "Frameworks (Full Stack)" },
      { name: "Angular", category: "Languages & Frameworks", sub_category: "Javascript MVC Frameworks" },
      { name: "TypeScript", category: "Languages & Frameworks", sub_category: "Languages" },
      { name: "C#", category: "Languages & Frameworks", sub_category: "Languages" },
      { name: "Axios", category: "Libraries" },
    ];
    expect(entries.sort(toolOrder).map((t) => t.name)).toEqual(["C#", "TypeScript", ".NET", "Angular", "Axios"]);
  });

  it("groups package entries by registry, the one with the most entries first, by name inside each", () => {
    const pkg = (name: string, url: string): ToolEntry => ({ name, package_url: `${url}/${name}` });
    const entries = [
      pkg("zod", "https://www.npmjs.com/package"),
      pkg("laravel/framework", "https://packagist.org/packages"),
      pkg("boto3", "https://pypi.org/project"),
      pkg("axios", "https://www.npmjs.com/package"),
      pkg("doctrine/dbal", "https://packagist.org/packages"),
      pkg("Vue", "https://www.npmjs.com/package"),
      pkg("autoprefixer-rails", "https://rubygems.org/gems"),
    ];
    expect(sortPackages(entries).map((t) => t.name)).toEqual([
      "Vue", "axios", "zod", "doctrine/dbal", "laravel/framework", "boto3", "autoprefixer-rails",
    ]);
  });

  it("lists package entries by name in code units, as the site's files do (APScheduler before aiofiles, JSONStream before acorn)", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "aiofiles==23.2.1\nAPScheduler==3.10.4\nbs4==0.0.2\n" }), { git: false });
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(["APScheduler", "aiofiles", "bs4"]);
  });
});
