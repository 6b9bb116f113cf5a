import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { builtinCatalog, detect, MemorySource, schema } from "../src/index.js";
import { documentVersion } from "../src/document/written-version.js";
import { ROOT } from "./helpers.js";

describe("versions in the document", () => {
  it.each([
    ["18.2.0", "18.2.0"],
    ["v20.11.1", "20.11.1"],
    ["3.12", "3.12"],
    ["21", "21"],
    ["1.0.0-rc.12", "1.0.0"],
    ["4.0.0-alpha.6", "4.0.0"],
    ["3.7.4.3", "3.7.4"],
    ["6.4.2.Final", "6.4.2"],
    ["0.27.0.post1", "0.27.0"],
    ["1.0-SNAPSHOT", "1.0"],
    ["2.0.0+build.5", "2.0.0"],
    [" 1.21.6\n", "1.21.6"],
    ["V2.0.1", "2.0.1"],
    // An `x` inside a part is not an x-range.
    ["1.2.3-x86_64", "1.2.3"],
  ])("%s is written %s", (raw, written) => expect(documentVersion(raw)).toBe(written));

  it.each(["^18.2.0", "~> 7.1", ">=3.8", "13.x.x", "1.x", "*", "latest", "RELEASE", "1.X", "2.x-dev", "7.0.0-x", "3.*", "[1.0,2.0)", "1.2 - 2.0", "", "workspace:*"])(
    "%s is not a version",
    (raw) => {
      expect(documentVersion(raw)).toBeUndefined();
      // A release beside it is one.
      expect(documentVersion("18.2.0")).toBe("18.2.0");
    },
  );

  // A PEP 440 pre-release, its marker written onto the release: the site writes none (Black's ^21.6b0,
  // ^20.8b1 and ^19.10b0 in three pyproject.toml files of three owners), while a separated suffix is cut.
  it.each(["21.6b0", "20.8b1", "19.10b0", "1.0rc1", "2.0a3", "3.12.0rc1-slim", "0.46b0", "2.8.0rc10"])("the pre-release %s is written without a version", (raw) => {
    expect(documentVersion(raw)).toBeUndefined();
    expect(documentVersion("1.0.0-rc.12")).toBe("1.0.0");
  });
  it.each([["1.1.1w", "1.1.1"], ["2.0.0rc", "2.0.0"], ["1.0.post1", "1.0"], ["1b", "1"], ["18.3.0-canary-14898b6a9-20240318", "18.3.0"]])("%s is no PEP 440 pre-release: %s", (raw, written) =>
    expect(documentVersion(raw)).toBe(written),
  );

  it("reads a number a custom detector reported (a YAML `version: 3.1`) as the version it writes", () => {
    expect(documentVersion(3.1 as unknown as string)).toBe("3.1");
    expect(documentVersion(null as unknown as string)).toBeUndefined();
  });

  it("drops a range a detector passed as a version, and names the lockfile only with a version", async () => {
    const source = new MemorySource({
      "Chart.yaml": "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: mongodb\n    version: 13.x.x\n    repository: https://charts.bitnami.com/bitnami\n",
      "package.json": '{"dependencies":{"react":"^18.2.0","cheerio":"1.0.0-rc.12"}}',
      "package-lock.json": JSON.stringify({
        lockfileVersion: 3,
        packages: { "": { dependencies: { react: "^18.2.0" } }, "node_modules/react": { version: "18.3.1" }, "node_modules/cheerio": { version: "1.0.0-rc.12" } },
      }),
    });
    const doc = await detect(source, { git: false });
    const byName = (name: string) => doc.tools.find((t) => t.name === name);
    expect(byName("React")).toMatchObject({ version: "18.3.1", detection_source: "package.json", detection_source_url: "package-lock.json" });
    expect(byName("cheerio")).toMatchObject({ version: "1.0.0" });
    expect(byName("MongoDB")).toBeDefined();
    expect(byName("MongoDB")!.version).toBeUndefined();
    for (const t of doc.tools) if (t.version !== undefined) expect(String(t.version)).toMatch(/^\d+(\.\d+){0,2}$/);
  });

  it("a data store's clients do not give it their release when an image of it does", async () => {
    // A Django project: the psycopg2 and redis-py clients in requirements, the servers as images.
    const source = new MemorySource({
      "requirements/base.txt": "redis==4.2.2  # https://github.com/redis/redis-py\ncelery==5.2.6\ndjango==3.2.13\n",
      "requirements/local.txt": "-r base.txt\npsycopg2==2.9.3  # https://github.com/psycopg/psycopg2\n",
      "compose/local/postgres/Dockerfile": "FROM postgis/postgis:14-master\n\nCOPY ./compose/local/postgres/maintenance /usr/local/bin/maintenance\n",
      ".circleci/config.yml": "version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/python:3.11\n      - image: cimg/redis:6.2.6\n    steps:\n      - checkout\n",
    });
    const doc = await detect(source, { git: false });
    const byName = (name: string) => doc.tools.find((t) => t.name === name && !t.package_url);
    expect(byName("PostgreSQL")).toMatchObject({ version: "14.0.0", detection_source: "compose/local/postgres/Dockerfile" });
    // redis-py is named after Redis, but is its client all the same.
    expect(byName("Redis")).toMatchObject({ version: "6.2.6", detection_source: ".circleci/config.yml" });
    // The packages keep their own releases.
    expect(doc.tools.find((t) => t.package_url?.endsWith("/psycopg2"))?.version).toBe("2.9.3");
    expect(doc.tools.find((t) => t.package_url?.endsWith("/redis"))?.version).toBe("4.2.2");
    // An untagged image names no release, and the client's is not one either.
    const latest = await detect(
      new MemorySource({ Gemfile: 'source "https://rubygems.org"\n\ngem "redis", ">= 4.0.1"\n', "compose.yml": "services:\n  redis:\n    image: redis\n    ports: ['6379:6379']\n" }),
      { git: false },
    );
    expect(latest.tools.find((t) => t.name === "Redis" && !t.package_url)).toBeDefined();
    expect(latest.tools.find((t) => t.name === "Redis" && !t.package_url)?.version).toBeUndefined();
    expect(latest.tools.find((t) => t.package_url?.endsWith("/redis"))?.version).toBe("4.0.1");
    // Without an image, a client's release is still not the server's (the site writes none for pg either).
    // (asyncpg: psycopg2 itself is a package entry only, see python.test.ts)
    const clientOnly = await detect(new MemorySource({ "requirements.txt": "asyncpg==0.29.0\n" }), { git: false });
    expect(clientOnly.tools.find((t) => t.name === "PostgreSQL")).toBeDefined();
    expect(clientOnly.tools.find((t) => t.name === "PostgreSQL")?.version).toBeUndefined();
    // Outside data stores, a package that is the tool itself still beats an image of it.
    const own = await detect(
      new MemorySource({ "package.json": '{"devDependencies":{"@playwright/test":"1.39.0","playwright":"1.39.0"}}', "e2e/Dockerfile": "FROM mcr.microsoft.com/playwright:v1.40.0-jammy\n" }),
      { git: false },
    );
    expect(own.tools.find((t) => t.name === "Playwright")).toMatchObject({ version: "1.39.0", detection_source: "package.json" });
  });
});

/** The properties of an interface in src/types.ts: name -> { optional, type text }. */
function interfaceProps(name: string): Map<string, { optional: boolean; type: string }> {
  const file = join(ROOT, "src/types.ts");
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, { optional: boolean; type: string }>();
  sf.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) {
      for (const m of node.members) {
        if (ts.isPropertySignature(m) && m.type) out.set(m.name.getText(sf), { optional: Boolean(m.questionToken), type: m.type.getText(sf) });
      }
    }
  });
  if (out.size === 0) throw new Error(`no interface ${name}`);
  return out;
}

type JsonSchema = { type?: string | string[]; required?: string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string };

/** Whether a TypeScript type text and a schema node name the same JSON types (null aside). */
function sameTypes(tsType: string, node: JsonSchema): boolean {
  const jsonTypes = new Set([node.type ?? []].flat().filter((t) => t !== "null").map((t) => (t === "integer" ? "number" : t)));
  if (tsType.endsWith("[]")) return jsonTypes.size === 1 && jsonTypes.has("array");
  const tsTypes = new Set(tsType.split("|").map((t) => t.trim()).filter((t) => t !== "null"));
  return tsTypes.size === jsonTypes.size && [...tsTypes].every((t) => jsonTypes.has(t));
}

describe("the TypeScript types and the JSON Schema agree", () => {
  const root = schema as unknown as JsonSchema & { definitions: Record<string, JsonSchema> };
  const tool = root.definitions.tool!;
  const vulnerability = tool.properties!.vulnerabilities!.items!;
  it.each([
    ["StackDocument", root],
    ["ToolEntry", tool],
    ["Vulnerability", vulnerability],
  ] as const)("%s", (name, node) => {
    const props = interfaceProps(name);
    expect([...props.keys()].sort()).toEqual(Object.keys(node.properties!).sort());
    for (const [key, prop] of props) {
      const target = node.properties![key]!;
      if (target.$ref || target.items?.$ref) expect(prop.type, key).toMatch(/\[\]$/);
      else expect(sameTypes(prop.type, target), `${name}.${key}: ${prop.type} vs ${JSON.stringify(target.type)}`).toBe(true);
      // A key the schema requires is never optional in the type.
      if (node.required?.includes(key)) expect(prop.optional, `${name}.${key}`).toBe(false);
    }
  });

  it("ToolEntry keys are in the site's order", () => {
    expect([...interfaceProps("ToolEntry").keys()]).toEqual(Object.keys(tool.properties!));
  });

  it("the registries the renderer needs are in the catalog", () => {
    expect([...builtinCatalog().registries.values()].map((r) => r.title)).toEqual(expect.arrayContaining(["npm", "PyPI", "NuGet", "RubyGems"]));
  });
});
