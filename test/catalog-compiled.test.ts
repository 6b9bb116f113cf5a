import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { compiledSource, type CompiledSource } from "../src/catalog/compiled.js";
import { readCatalogDir, readCompiledCatalog } from "../src/catalog/load.js";
import type { CatalogSource } from "../src/catalog/types.js";

const ROOT = join(__dirname, "..");

/** Compiled data as scripts/build-catalog.mjs writes it: tables and tools as JSON text, page lists one slug a line. */
function compiled(): CompiledSource {
  const tools = [
    { id: "react", name: "React", aliases: ["reactjs"] },
    { id: "spring-boot", name: "Spring Boot" },
    { id: "django", name: "Django" },
  ];
  return {
    tools: tools.map((t) => JSON.stringify(t)),
    tool_ids: tools.map((t) => t.id),
    registries: { maven: { category: "Libraries", sub_category: "Java Packages", pages: true }, pypi: { category: "Libraries", sub_category: "Python Packages", normalize: "pep503" } },
    matchers: {
      npm: JSON.stringify({ react: "react", "@react-native/*": ["react"] }),
      maven: JSON.stringify({ "org.springframework.boot:spring-boot*": "spring-boot" }),
      pypi: JSON.stringify({ Django: "django" }),
    },
    pages: { maven: "org-springframework-boot-spring-boot-starter-web\norg-projectlombok-lombok", go: "" },
  };
}

/** Whether a compiled table or page list is still text (its property not read). */
function unread(table: object | undefined, key: string): boolean {
  return Object.getOwnPropertyDescriptor(table ?? {}, key)?.get !== undefined;
}

describe("the compiled catalog's tables and page lists, parsed when first read", () => {
  it("a catalog built on it answers as on the parsed data, reading only the kinds asked about", () => {
    const source = compiledSource(compiled());
    const catalog = new Catalog(source);
    expect(unread(source.matchers, "npm") && unread(source.matchers, "maven") && unread(source.pages, "maven")).toBe(true);
    expect(catalog.ids("npm", "@react-native/metro-config")).toEqual(["react"]);
    expect(catalog.ids("pypi", "django")).toEqual(["django"]);
    expect(catalog.hasPage("maven", "org.projectlombok:lombok")).toBe(true);
    expect(catalog.hasPage("maven", "org.acme:acme")).toBe(false);
    expect(catalog.kindNames()).toEqual(["npm", "maven", "pypi"]);
    // The data itself is untouched: its properties still parse when read, to the tables as written.
    expect(unread(source.matchers, "npm")).toBe(true);
    expect(source.matchers!.maven).toEqual({ "org.springframework.boot:spring-boot*": "spring-boot" });
    expect(source.pages!.maven).toEqual(["org-springframework-boot-spring-boot-starter-web", "org-projectlombok-lombok"]);
    expect(source.pages!.go).toEqual([]);
    expect(unread(source.matchers, "maven")).toBe(false);
  });

  it("its tools are parsed when a catalog first hands one out, shared by every catalog built on the data", () => {
    const read: string[] = [];
    const source = compiledSource(compiled(), (tool) => read.push(tool.id));
    const one = new Catalog(source);
    const two = new Catalog(source, { tools: [{ id: "django", name: "Django", aliases: ["django-framework"] }] });
    expect(one.tools.size).toBe(3);
    expect([...one.tools.keys()]).toEqual(["react", "spring-boot", "django"]);
    expect(read).toEqual(["django"]); // merged with the later source's entry
    expect(one.match("npm", "react")[0]).toMatchObject({ name: "React", aliases: ["reactjs"] });
    expect(read).toEqual(["django", "react"]);
    expect(two.tools.get("react")).toBe(one.tools.get("react"));
    expect(two.tools.get("django")).toEqual({ id: "django", name: "Django", aliases: ["django-framework"] });
    expect(one.tools.get("django")).toEqual({ id: "django", name: "Django" });
    expect(unread(source, "tools")).toBe(true);
    // Read whole, the data's list holds the same objects, in order.
    expect(source.tools!.map((t) => t.id)).toEqual(["react", "spring-boot", "django"]);
    expect(source.tools![0]).toBe(one.tools.get("react"));
    expect(read).toEqual(["django", "react", "spring-boot"]);
    expect([...one.tools.values()].map((t) => t.name)).toEqual(["React", "Spring Boot", "Django"]);
  });

  it("a later source overrides its keys and adds to its page lists, whether its tables were read or not", () => {
    const source = compiledSource(compiled());
    void source.matchers!.pypi; // read once: a catalog takes the parsed table
    const user: CatalogSource = { tools: [{ id: "preact", name: "Preact" }], matchers: { npm: { react: "preact" }, pypi: { django: [] } }, pages: { maven: ["org-acme-acme"] } };
    const catalog = new Catalog(source, user);
    expect(catalog.ids("npm", "react")).toEqual(["preact"]);
    expect(catalog.ids("npm", "@react-native/x")).toEqual(["react"]);
    expect(catalog.ids("pypi", "Django")).toEqual([]);
    expect(catalog.knows("pypi", "Django")).toBe(true);
    expect(catalog.hasPage("maven", "org.acme:acme") && catalog.hasPage("maven", "org.projectlombok:lombok")).toBe(true);
  });

  it("a user's table or page list given as a string is read as before, not as compiled text", () => {
    const catalog = new Catalog({ tools: [{ id: "abc", name: "Abc" }], matchers: { npm: "abc" as never }, pages: { go: "ab" as never } });
    // A string's entries are its characters: the key "0" names the tool "a".
    expect(catalog.entries("npm").get("0")).toEqual(["a"]);
    expect(catalog.knows("npm", "abc")).toBe(false);
  });

  it("dist/catalog.json with dist/catalog.txt, where built, holds the catalog sources' every key and page", { timeout: 60_000 }, () => {
    const built = join(ROOT, "dist", "catalog.json");
    if (!existsSync(built)) return;
    const fromDist = new Catalog(readCompiledCatalog(join(ROOT, "dist")));
    const sources = readCatalogDir(join(ROOT, "catalog"));
    const fromYaml = new Catalog(sources);
    expect([...fromDist.tools.entries()]).toEqual([...fromYaml.tools.entries()]);
    expect(fromDist.kindNames()).toEqual(fromYaml.kindNames());
    for (const kind of fromYaml.kindNames()) expect([...fromDist.entries(kind)], kind).toEqual([...fromYaml.entries(kind)]);
    for (const [kind, slugs] of Object.entries(sources.pages ?? {})) for (const slug of slugs) expect(fromDist.hasPage(kind, slug), `${kind} ${slug}`).toBe(fromYaml.hasPage(kind, slug));
  });
});
