import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { coded } from "../src/errors.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinCatalog, MemorySource, parseCatalogFile, readCatalogDir } from "../src/index.js";
import { catalogFileNotes, catalogFileProblem, unknownMatcherTargets } from "../src/catalog/check-file.js";
import { matcherTargets, namedIds } from "../src/catalog/matcher-value.js";
import { catalogForScan } from "../src/catalog/repository-file.js";
import type { FileSource } from "../src/types.js";
import { tempDir } from "./helpers.js";

// A user's catalog file (techstack.catalog.yml, a configuration's `catalog:`), checked item by
// item; the catalog source folder; and a repository's own catalog file in a scan.

const known = (id: string) => ["rails", "react", "redis"].includes(id);
const problem = (data: unknown) => catalogFileProblem(data, known);

describe("catalogFileProblem", () => {
  it("an empty file, and every section left empty, is well formed", () => {
    expect(problem(null)).toBeUndefined();
    expect(problem(undefined)).toBeUndefined();
    expect(problem({ tools: null, matchers: null, registries: null, families: null, kinds: null })).toBeUndefined();
    expect(problem({})).toBeUndefined();
    // A section that is no mapping is a problem.
    expect(problem({ tools: 5 })).toEqual(expect.any(String));
  });

  it("the top must be a mapping of the known keys", () => {
    const top = "expected a mapping with tools, matchers, registries, families or kinds";
    expect(problem("tools")).toBe(top);
    expect(problem([{ id: "x" }])).toBe(top);
    expect(problem({ tools: [], matcher: {} })).toBe("unknown key 'matcher' (known: tools, matchers, registries, families, kinds)");
  });

  it("tools: a list of mappings, each with an id, string fields and string aliases, a new one with a name", () => {
    expect(problem({ tools: { id: "acme" } })).toBe("tools must be a list");
    expect(problem({ tools: [{ id: "rails" }, "acme"] })).toBe("tools[1] must be a mapping");
    expect(problem({ tools: [{ name: "Acme" }] })).toBe("tools[0] has no id");
    expect(problem({ tools: [{ id: "" }] })).toBe("tools[0] has no id");
    expect(problem({ tools: [{ id: 7, name: "Acme" }] })).toBe("tools[0] has no id");
    for (const field of ["name", "category", "sub_category", "website_url", "license", "image_url"]) {
      expect(problem({ tools: [{ id: "rails", [field]: 1 }] }), field).toBe(`tools[0] (rails): ${field} must be a string`);
      expect(problem({ tools: [{ id: "rails", [field]: "x" }] }), field).toBeUndefined();
    }
    expect(problem({ tools: [{ id: "rails", aliases: "RoR" }] })).toBe("tools[0] (rails): aliases must be a list of strings");
    expect(problem({ tools: [{ id: "rails", aliases: ["RoR", 2] }] })).toBe("tools[0] (rails): aliases must be a list of strings");
    expect(problem({ tools: [{ id: "rails", aliases: ["RoR", "Ruby on Rails"] }] })).toBeUndefined();
    expect(problem({ tools: [{ id: "acme-bus" }] })).toBe("tools[0] (acme-bus): a new tool needs a name");
    expect(problem({ tools: [{ id: "acme-bus", name: "  " }] })).toBe("tools[0] (acme-bus): a new tool needs a name");
    expect(problem({ tools: [{ id: "acme-bus", name: "Acme Bus" }, { id: "rails" }] })).toBeUndefined();
  });

  it("tools: what the document copies from a tool has the schema's type (a wrong one would make the written techstack.yml invalid)", () => {
    expect(problem({ tools: [{ id: "rails", description: ["a", "b"] }] })).toBe("tools[0] (rails): description must be a string");
    for (const field of ["open_source", "hosted_saas"]) {
      expect(problem({ tools: [{ id: "rails", [field]: "yes" }] }), field).toBe(`tools[0] (rails): ${field} must be true or false`);
      expect(problem({ tools: [{ id: "rails", [field]: 1 }] }), field).toBe(`tools[0] (rails): ${field} must be true or false`);
      expect(problem({ tools: [{ id: "rails", [field]: false }] }), field).toBeUndefined();
    }
    expect(problem({ tools: [{ id: "rails", popularity: "lots" }] })).toBe("tools[0] (rails): popularity must be a number");
    expect(problem({ tools: [{ id: "rails", popularity: 12 }] })).toBeUndefined();
  });

  it("matchers: kinds of keys to a tool id, or a list opening with ~ if at all, with package-only once before tools", () => {
    const bad = (kind: string, key: string) => `matchers.${kind}.${key} must be a tool id or a list of them (opening with ~ if at all; package-only once, before the tools it marks)`;
    expect(problem({ matchers: ["npm"] })).toBe("matchers must be a mapping of kinds (npm, pypi, docker, ...)");
    expect(problem({ matchers: { npm: ["react"] } })).toBe("matchers.npm must be a mapping of keys to tool ids");
    expect(problem({ matchers: { npm: { react: "react", preact: null, "@acme/ui": [null, "react"], ui: ["package-only", "react"], kit: [null, "react", "package-only", "redis"] } } })).toBeUndefined();
    expect(problem({ matchers: { npm: { a: 5 } } })).toBe(bad("npm", "a"));
    expect(problem({ matchers: { pypi: { b: ["react", null] } } })).toBe(bad("pypi", "b"));
    expect(problem({ matchers: { npm: { c: ["package-only"] } } })).toBe(bad("npm", "c"));
    expect(problem({ matchers: { npm: { d: "package-only" } } })).toBe(bad("npm", "d"));
    expect(problem({ matchers: { npm: { e: ["package-only", "react", "package-only", "redis"] } } })).toBe(bad("npm", "e"));
    expect(problem({ matchers: { npm: { f: ["react", ["redis"]] } } })).toBe(bad("npm", "f"));
    // `cites` marks a file matcher's files as its tools' source; it is no tool.
    expect(problem({ matchers: { file: { ".babelrc": ["babel", "cites"] } } })).toBeUndefined();
    expect(matcherTargets(["babel", "cites"])).toEqual({ ids: ["babel"], packageOnlyIds: [], versionless: false, cites: true });
    expect(matcherTargets("babel").cites).toBeUndefined();
    // A key no name is as long as (a glob past it would stop the scan when compiled).
    expect(problem({ matchers: { file: { [`${"a".repeat(70_000)}*.txt`]: "react" } } })).toBe(`matchers.file: a key of 70005 characters (at most 1000): ${"a".repeat(40)}...`);
    expect(problem({ matchers: { file: { [`${"a".repeat(990)}*.txt`]: "react" } } })).toBeUndefined();
  });

  it("registries and families: mappings of kinds to mappings", () => {
    expect(problem({ registries: { npm: { url: "https://registry.npmjs.org" } }, families: { maven: { "org.acme": "acme" } } })).toBeUndefined();
    expect(problem({ registries: "npm" })).toBe("registries must be a mapping of kinds to mappings");
    expect(problem({ registries: { npm: "https://registry.npmjs.org" } })).toBe("registries must be a mapping of kinds to mappings");
    expect(problem({ families: [{ maven: {} }] })).toBe("families must be a mapping of kinds to mappings");
    expect(problem({ families: { maven: null } })).toBe("families must be a mapping of kinds to mappings");
    expect(problem({ registries: { npm: {}, pypi: 5 } })).toBe("registries must be a mapping of kinds to mappings");
  });

  it("kinds: a mapping whose server-release, server-release-by-name and shared-release are lists of kinds", () => {
    const message = "kinds must be a mapping (server-release, server-release-by-name, shared-release: lists of kinds)";
    expect(problem({ kinds: { "server-release": ["docker", "ci-database"], "server-release-by-name": ["conda"] } })).toBeUndefined();
    expect(problem({ kinds: { "server-release-by-name": "conda" } })).toBe(message);
    expect(problem({ kinds: { other: 1 } })).toBeUndefined();
    expect(problem({ kinds: ["docker"] })).toBe(message);
    expect(problem({ kinds: { "server-release": "docker" } })).toBe(message);
    expect(problem({ kinds: { "server-release": ["docker", 5] } })).toBe(message);
    expect(problem({ kinds: { "shared-release": ["dotnet-framework"] } })).toBeUndefined();
    expect(problem({ kinds: { "shared-release": "dotnet-framework" } })).toBe(message);
  });
});

describe("unknownMatcherTargets", () => {
  it("each tool a matcher names, package-only ones too, that the catalog lacks", () => {
    const source = { tools: [], matchers: { npm: { "@acme/ui": [null, "react", "package-only", "acme-ui"] }, pypi: { redis: "redis", kombu: "celery" } } };
    expect(unknownMatcherTargets(source, known)).toEqual([
      { message: "the matcher npm '@acme/ui' names no tool 'acme-ui'", at: ["matchers", "npm", "@acme/ui"] },
      { message: "the matcher pypi 'kombu' names no tool 'celery'", at: ["matchers", "pypi", "kombu"] },
    ]);
    expect(unknownMatcherTargets({ tools: [] }, known)).toEqual([]);
  });
});

describe("matcher values", () => {
  it("a single id, a versionless list, and a list with package-only tools", () => {
    expect(matcherTargets("react")).toEqual({ ids: ["react"], packageOnlyIds: [], versionless: false });
    expect(matcherTargets(null)).toEqual({ ids: [], packageOnlyIds: [], versionless: true });
    expect(matcherTargets([null, "spring-framework", "package-only", "spring-security"])).toEqual({ ids: ["spring-framework"], packageOnlyIds: ["spring-security"], versionless: true });
    expect(matcherTargets(["package-only", "requests"])).toEqual({ ids: [], packageOnlyIds: ["requests"], versionless: false });
  });

  it("the ids named: package-only ones only when all tools are asked for", () => {
    const targets = matcherTargets([null, "spring-framework", "package-only", "spring-security"]);
    expect(namedIds(targets, false)).toEqual(["spring-framework"]);
    expect(namedIds(targets, true)).toEqual(["spring-framework", "spring-security"]);
    const plain = matcherTargets(["react", "react-dom"]);
    expect(namedIds(plain, true)).toBe(plain.ids);
  });
});

describe("readCatalogDir", () => {
  it("reads tools and matchers in name order, page lists without comments or blanks, and skips other files", () => {
    const dir = tempDir("catalog-dir");
    for (const sub of ["tools", "matchers", "pages"]) mkdirSync(join(dir, sub));
    // Written in reverse name order: the reading order must not depend on the folder's.
    writeFileSync(join(dir, "matchers", "z.yaml"), "npm:\n  acme: acme-two\n");
    writeFileSync(join(dir, "matchers", "b.yml"), "npm:\n  acme: acme-one\n  acme-kit: acme-one\npypi:\n  acme: acme-one\n");
    writeFileSync(join(dir, "matchers", "a.yml"), "");
    writeFileSync(join(dir, "matchers", "notes.txt"), "npm:\n  acme: nothing\n");
    writeFileSync(join(dir, "tools", "c.yml"), "- id: acme-two\n  name: Acme Two\n");
    writeFileSync(join(dir, "tools", "b.yaml"), "- id: acme-one\n  name: Acme One\n");
    writeFileSync(join(dir, "tools", "a.yml"), "id: not-a-list\n");
    writeFileSync(join(dir, "tools", "README.md"), "- id: readme\n");
    writeFileSync(join(dir, "pages", "npm.txt"), "# the site's npm pages\r\nacme\r\n\r\n  acme-kit  \nacme-cli\n#acme-old\n");
    writeFileSync(join(dir, "pages", "pypi.md"), "acme\n");
    writeFileSync(join(dir, "kinds.yml"), "server-release: [docker]\n");
    const source = readCatalogDir(dir);
    expect(source.tools!.map((t) => t.id)).toEqual(["acme-one", "acme-two"]);
    expect(source.matchers).toEqual({ npm: { acme: "acme-two", "acme-kit": "acme-one" }, pypi: { acme: "acme-one" } });
    expect(source.pages).toEqual({ npm: ["acme", "acme-kit", "acme-cli"] });
    expect(source.kinds).toEqual({ "server-release": ["docker"] });
    expect(source.categories).toBeUndefined();
    expect(source.registries).toBeUndefined();
    expect(source.families).toBeUndefined();
  });

  it("a file that is not YAML is named in the error", () => {
    const dir = tempDir("catalog-bad");
    mkdirSync(join(dir, "tools"));
    writeFileSync(join(dir, "tools", "broken.yml"), "- id: [\n");
    expect(() => readCatalogDir(dir)).toThrow(/broken\.yml/);
    expect(() => parseCatalogFile("tools: [\n", "ci/extra.yml")).toThrow(/ci\/extra\.yml/);
  });

  it("a folder that is missing, or a file, is an error naming it, not an empty catalog (a mistyped path added no tool, silently)", () => {
    const dir = tempDir("catalog-where");
    writeFileSync(join(dir, "tools.yml"), "- id: acme-bus\n  name: Acme Bus\n");
    expect(() => readCatalogDir(join(dir, "catalgo"))).toThrow(coded(new Error(`readCatalogDir: no such directory: ${join(dir, "catalgo")}`), "TECHSTACK_NO_SUCH_DIRECTORY"));
    expect(() => readCatalogDir(join(dir, "tools.yml"))).toThrow(coded(new Error(`readCatalogDir: not a directory: ${join(dir, "tools.yml")}`), "TECHSTACK_NOT_A_DIRECTORY"));
    // A path through a file (ENOTDIR) is missing too.
    expect(() => readCatalogDir(join(dir, "tools.yml", "catalog"))).toThrow(coded(new Error(`readCatalogDir: no such directory: ${join(dir, "tools.yml", "catalog")}`), "TECHSTACK_NO_SUCH_DIRECTORY"));
    // A folder that exists but cannot be read says why, by the system's code: a link that points at itself.
    symlinkSync("loop", join(dir, "loop"));
    expect(() => readCatalogDir(join(dir, "loop"))).toThrow(coded(new Error(`readCatalogDir: ${join(dir, "loop")} cannot be read (ELOOP)`), "TECHSTACK_UNREADABLE_DIRECTORY"));
  });

  it("each top file read when present; a folder without sub-folders gives empty tools and matchers", () => {
    const dir = tempDir("catalog-top");
    writeFileSync(join(dir, "categories.yml"), "Languages & Frameworks: [Languages]\n");
    writeFileSync(join(dir, "registries.yml"), "npm:\n  url: https://www.npmjs.com/package/\n");
    writeFileSync(join(dir, "families.yml"), "maven:\n  org.acme: acme\n");
    const source = readCatalogDir(dir);
    expect(source).toEqual({
      tools: [],
      matchers: {},
      categories: { "Languages & Frameworks": ["Languages"] },
      registries: { npm: { url: "https://www.npmjs.com/package/" } },
      families: { maven: { "org.acme": "acme" } },
    });
  });
});

describe("parseCatalogFile", () => {
  it("gives every section, with empty tools and matchers where the file has none", () => {
    expect(parseCatalogFile("kinds:\n  server-release: [docker]\nregistries:\n  npm: {}\nfamilies:\n  maven: {}\n")).toEqual({
      tools: [],
      matchers: {},
      kinds: { "server-release": ["docker"] },
      registries: { npm: {} },
      families: { maven: {} },
    });
  });

  it("a built-in tool is overridden without a name; the error names the file given, else the function (text read from anywhere)", () => {
    expect(parseCatalogFile("tools:\n  - id: rails\n    license: MIT\n").tools).toEqual([{ id: "rails", license: "MIT" }]);
    expect(() => parseCatalogFile("tools:\n  - id: acme-nope\n")).toThrow(/^parseCatalogFile:2: tools\[0\] \(acme-nope\): a new tool needs a name$/);
    expect(() => parseCatalogFile("tools: 1\n", "ci/catalog.yml")).toThrow("ci/catalog.yml:1: tools must be a list");
  });
});

describe("a repository's catalog file in a scan", () => {
  const failing = (code: string | undefined, message = "boom"): FileSource => ({
    label: "failing",
    list: async () => [],
    read: async () => {
      throw Object.assign(new Error(message), code ? { code } : {});
    },
  });

  it("none there: the built-in catalog itself, no warning", async () => {
    for (const code of ["ENOENT", "ENOTDIR"]) {
      const { catalog, warnings } = await catalogForScan(failing(code), []);
      expect(catalog).toBe(builtinCatalog());
      expect(warnings).toEqual([]);
    }
  });

  it("unreadable or too large: a warning saying why", async () => {
    expect((await catalogForScan(failing("EACCES", "permission denied"), [])).warnings).toEqual([{ file: "techstack.catalog.yml", message: "not read: permission denied" }]);
    expect((await catalogForScan(failing(undefined, "socket closed"), [])).warnings).toEqual([{ file: "techstack.catalog.yml", message: "not read: socket closed" }]);
    const huge = "# " + "x".repeat(1 << 20) + "\n";
    expect((await catalogForScan(new MemorySource({ "techstack.catalog.yml": huge }), [])).warnings).toEqual([{ file: "techstack.catalog.yml", message: "not read: larger than 1 MiB" }]);
  });

  it("says as data which catalog files it did not read or use, and why, beside those it used", async () => {
    expect(await catalogForScan(failing("EACCES", "permission denied"), [])).toMatchObject({ used: [], unread: [{ file: "techstack.catalog.yml", message: "not read: permission denied" }] });
    const extra = parseCatalogFile("tools:\n  - id: acme-bus\n    name: Acme Bus\n", "ci/extra.yml");
    const broken = new MemorySource({ "techstack.catalog.yml": "tools:\n  - id: acme-log\n  bad: [\n" });
    const { used, unread, warnings } = await catalogForScan(broken, [extra]);
    expect(used).toEqual([{ file: "ci/extra.yml", data: extra }]);
    expect(unread).toEqual([{ file: "techstack.catalog.yml", line: expect.any(Number), message: expect.stringMatching(/^not used: /) }]);
    // Still a warning of the scan's.
    expect(warnings).toContainEqual(unread[0]);
    expect((await catalogForScan(new MemorySource({ "techstack.catalog.yml": new Uint8Array([0, 1, 2, 0]) }), [])).unread).toEqual([{ file: "techstack.catalog.yml", message: "not used: binary content" }]);
  });

  it("a file just under 1 MiB is read", async () => {
    const text = "tools:\n  - id: acme-bus\n    name: Acme Bus\n" + "#".repeat((1 << 20) - 100) + "\n";
    const { catalog, warnings } = await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), []);
    expect(warnings).toEqual([]);
    expect(catalog.tools.get("acme-bus")?.name).toBe("Acme Bus");
  });

  it("not usable: one warning line without the file's name repeated, and the built-in catalog", async () => {
    const { catalog, warnings } = await catalogForScan(new MemorySource({ "techstack.catalog.yml": "tools: [\n" }), []);
    expect(catalog).toBe(builtinCatalog());
    expect(warnings).toEqual([{ file: "techstack.catalog.yml", line: 2, message: expect.stringMatching(/^not used: unexpected end of the stream[^\n]*$/) }]);
    const typed = await catalogForScan(new MemorySource({ "techstack.catalog.yml": "tools: 5\n" }), []);
    expect(typed.warnings).toEqual([{ file: "techstack.catalog.yml", line: 1, message: "not used: tools must be a list" }]);
  });

  it("a caller's catalog data alone makes a new catalog holding it; a repository matcher naming no tool is a warning", async () => {
    const extra = { tools: [{ id: "acme-bus", name: "Acme Bus" }], matchers: { npm: { "@acme/bus": "acme-bus" } } };
    const own = await catalogForScan(failing("ENOENT"), [extra]);
    expect(own.catalog).not.toBe(builtinCatalog());
    expect(own.catalog.tools.get("acme-bus")?.name).toBe("Acme Bus");
    expect(own.warnings).toEqual([]);
    const both = await catalogForScan(new MemorySource({ "techstack.catalog.yml": "matchers:\n  npm:\n    \"@acme/bus-client\": acme-bus\n    \"@acme/queue\": acme-queue\n" }), [extra]);
    expect(both.warnings).toEqual([{ file: "techstack.catalog.yml", line: 4, message: "the matcher npm '@acme/queue' names no tool 'acme-queue'" }]);
  });

  it("well formed but not used as meant: an unknown tool field, a category the site lacks, a kind no detector reports, an image key with its host: each a warning, the rest used", async () => {
    const text = [
      "tools:",
      "  - id: acme-bus",
      "    name: Acme Bus",
      "    category: Data Storez",
      "    colour: red",
      "    websiteurl: https://bus.acme.example/",
      "  - id: acme-ui",
      "    name: Acme UI",
      "    category: Libraries",
      "matchers:",
      "  npmm:",
      "    \"@acme/bus-client\": acme-bus",
      "  npm:",
      "    \"@acme/ui\": acme-ui",
      "  docker:",
      "    ghcr.io/acme/bus: acme-bus",
      "    Acme/Bus: acme-bus",
      "    acme/bus: acme-bus",
      "",
    ].join("\n");
    const { catalog, warnings } = await catalogForScan(new MemorySource({ "techstack.catalog.yml": text }), []);
    expect(warnings.map((w) => w.file)).toEqual(Array(6).fill("techstack.catalog.yml"));
    expect(warnings.map((w) => w.message)).toEqual([
      "tools[0] (acme-bus): category 'Data Storez' is none of the site's categories (did you mean Data Stores?)",
      expect.stringMatching(/^tools\[0\] \(acme-bus\): unknown field 'colour' ignored \(known: id, name, /),
      expect.stringMatching(/^tools\[0\] \(acme-bus\): unknown field 'websiteurl' ignored \(did you mean website_url\?\) \(known: /),
      "matchers.npmm: no built-in detector reports the kind 'npmm' (did you mean npm?), so its keys match only what a custom detector reports",
      "the matcher docker 'ghcr.io/acme/bus' never matches: images are matched without their registry host, in lower case ('acme/bus')",
      "the matcher docker 'Acme/Bus' never matches: images are matched without their registry host, in lower case ('acme/bus')",
    ]);
    expect(catalog.match("npm", "@acme/ui").map((t) => t.name)).toEqual(["Acme UI"]);
    expect(catalog.match("docker", "acme/bus").map((t) => t.name)).toEqual(["Acme Bus"]);
    // The same checks, item by item.
    expect(catalogFileNotes({ tools: [{ id: "x", name: "X", category: "Monitoring" }], matchers: { pypi: { x: "x" }, hackage: { x: "x" } } }, { categories: new Map([["Monitoring", new Set<string>()]]), kinds: ["pypi", "hackage"] })).toEqual([]);
    // One id twice in one file: the entries merge (X2 keeps the first's website), which the author may not expect.
    expect(catalogFileNotes({ tools: [{ id: "x", name: "X", website_url: "https://x.example" }, { id: "y", name: "Y" }, { id: "x", name: "X2" }] }, { categories: new Map(), kinds: [] })).toEqual([
      { message: "tools[2] (x): the id is also tools[0]'s: the two entries merge, this one's fields winning", at: ["tools", 2, "id"] },
    ]);
  });
});
