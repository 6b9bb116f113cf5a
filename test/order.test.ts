import { describe, expect, it } from "vitest";
import { sortPackages, toolOrder } from "../src/document/order.js";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

// The order of the document's entries (src/document/order.ts): tools in the site's blocks, then name;
// package entries by registry.

describe("tool order", () => {
  it("lists tools in the site's blocks (languages, frameworks, data, build and run, the rest), by name inside each", () => {
    const entries: ToolEntry[] = [
      { name: "axios", category: "Libraries", sub_category: "Javascript Utilities & Libraries" },
      { name: "Heroku", category: "Application Hosting", sub_category: "Platform as a Service" },
      { name: "Zod" },
      { name: "Mixpanel", category: "Analytics", sub_category: "General Analytics" },
      { name: "NGINX", category: "Application Hosting", sub_category: "Web Servers" },
      { name: "Sentry", category: "Monitoring", sub_category: "Exception Monitoring" },
      { name: "Git", category: "Build, Test, Deploy", sub_category: "Version Control System" },
      { name: "Socket.IO", category: "Application Hosting", sub_category: "Realtime Backend / API" },
      { name: "MySQL", category: "Data Stores", sub_category: "Databases" },
      { name: "jQuery", category: "Libraries", sub_category: "Javascript UI Libraries" },
      { name: "Laravel", category: "Languages & Frameworks", sub_category: "Frameworks (Full Stack)" },
      { name: "PHP", category: "Languages & Frameworks", sub_category: "Languages" },
    ];
    expect(entries.sort(toolOrder).map((t) => t.name)).toEqual([
      "PHP", "Laravel", "jQuery", "MySQL", "Socket.IO", "Git", "NGINX", "Sentry", "Heroku", "Mixpanel", "Zod", "axios",
    ]);
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
