import { describe, expect, it } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { VERSION_RULES } from "../src/document/version-rules.js";
import type { Finding } from "../src/types.js";
import { toolFromFindings } from "./helpers.js";

// Which numbers are not a tool's own release (src/document/version-rules.ts): one case per rule,
// each giving a version that the rule must take away, so each fails if its rule is lost.
const catalog = new Catalog({
  tools: [
    { id: "nodejs", name: "Node.js" },
    { id: "stripe", name: "Stripe", open_source: false, hosted_saas: true },
    { id: "express", name: "ExpressJS", aliases: ["express"] },
    { id: "redis", name: "Redis", category: "Data Stores", sub_category: "In-Memory Databases" },
    { id: "acme-orm", name: "Acme ORM", category: "Data Stores", sub_category: "Databases" },
    { id: "acme-search", name: "Acme Search", category: "Application Utilities", sub_category: "Search Engines" },
    { id: "sentry", name: "Sentry", open_source: true, hosted_saas: true },
    { id: "flyway", name: "Flyway", category: "Data Stores", sub_category: "Database Tools" },
    { id: "liquibase", name: "Liquibase", category: "Data Stores", sub_category: "Database Tools" },
    { id: "acme", name: "Acme", category: "Build, Test, Deploy" },
    // A database server also sold hosted and closed (as CockroachDB and Couchbase are in the catalog).
    { id: "acme-cloud-db", name: "Acme Cloud DB", category: "Data Stores", sub_category: "Databases", open_source: false, hosted_saas: true },
  ],
  matchers: {
    npm: { "acme-cloud-db-client": "acme-cloud-db", liquibase: "liquibase", "@types/node": "nodejs", stripe: "stripe", express: "express", "@nestjs/platform-express": "express", "@prisma/express": "express", ioredis: "redis", "acme-search-client": "acme-search", "acme-orm": "acme-orm", "@sentry/node": "sentry", acme: "acme", "acme-loader": "acme" },
    docker: { node: "nodejs", redis: "redis", "acme/search": "acme-search", "flyway/flyway": "flyway", "acmecorp/server": "acme", "acme/cloud-db": "acme-cloud-db", "liquibase/liquibase": "liquibase", "stripe/stripe-cli": "stripe" },
    maven: { "org.flywaydb:flyway-core": "flyway" },
    runtime: { node: "nodejs" },
    "version-manager": { redis: "redis" },
    conda: { redis: "redis", "redis-py": "redis" },
  },
  registries: { npm: { category: "Libraries", sub_category: "npm Packages", typings_prefix: "@types/" } },
  // as catalog/kinds.yml declares them: an image's tag and a version manager's pin are a server's
  // release; `docker` declares an image's tag
  kinds: { "server-release": ["docker", "version-manager", "runtime"], "server-release-by-name": ["conda"], "tag-release": ["docker"] },
});

function version(name: string, ...findings: Finding[]): string {
  return toolFromFindings(catalog, name, findings)?.version ?? "none";
}

describe("numbers that are not the tool's own release", () => {
  it("lists its rules in the order they apply", () => {
    expect(VERSION_RULES.map((r) => r.name)).toEqual(["typings", "closed hosted service", "another vendor's wrapper", "a language pinned below the root", "a server's clients"]);
  });

  it("typings: @types/node 20.11 is not the Node.js in use", () => {
    expect(version("Node.js", { ref: "npm:@types/node", file: "package.json", version: "20.11.0" })).toBe("none");
    expect(version("Node.js", { ref: "npm:@types/node", file: "package.json", version: "20.11.0" }, { ref: "runtime:node", file: ".nvmrc", version: "18.19.0" })).toBe("18.19.0");
  });

  it("closed hosted service: the SDK's number is not the service's", () => {
    expect(version("Stripe", { ref: "npm:stripe", file: "package.json", version: "14.2.0" })).toBe("none");
    // An open-source service one may also host keeps its SDK's release.
    expect(version("Sentry", { ref: "npm:@sentry/node", file: "package.json", version: "7.91.0" })).toBe("7.91.0");
    // An image of the service's own tooling (Stripe's CLI, run in compose to forward webhooks) is no server: its tag is not the service's.
    expect(version("Stripe", { ref: "docker:stripe/stripe-cli", file: "docker-compose.yml", version: "1.19.4" })).toBe("none");
  });

  it("closed hosted service: a database server also sold hosted keeps its image's tag, not its client's number", () => {
    expect(version("Acme Cloud DB", { ref: "docker:acme/cloud-db", file: "docker-compose.yml", version: "23.1.11" })).toBe("23.1.11");
    expect(version("Acme Cloud DB", { ref: "npm:acme-cloud-db-client", file: "package.json", version: "2.4.0" })).toBe("none");
    expect(version("Acme Cloud DB", { ref: "npm:acme-cloud-db-client", file: "package.json", version: "2.4.0" }, { ref: "docker:acme/cloud-db", file: "ops/docker-compose.yml", version: "23.1.11" })).toBe("23.1.11");
  });

  it("another vendor's wrapper: @nestjs/platform-express is not Express's release when `express` is a package of its own", () => {
    expect(version("ExpressJS", { ref: "npm:@nestjs/platform-express", file: "package.json", version: "10.3.0" })).toBe("none");
    expect(version("ExpressJS", { ref: "npm:@nestjs/platform-express", file: "package.json", version: "10.3.0" }, { ref: "npm:express", file: "api/package.json", version: "4.18.2" })).toBe("4.18.2");
  });

  it("a server's clients: a driver's release is not the database's; an image's tag or a version manager's pin is", () => {
    expect(version("Redis", { ref: "npm:ioredis", file: "package.json", version: "5.3.2" })).toBe("none");
    expect(version("Redis", { ref: "npm:ioredis", file: "package.json", version: "5.3.2" }, { ref: "docker:redis", file: "docker-compose.yml" })).toBe("none");
    expect(version("Redis", { ref: "npm:ioredis", file: "package.json", version: "5.3.2" }, { ref: "docker:redis", file: "docker-compose.yml", version: "7.2" })).toBe("7.2");
    expect(version("Redis", { ref: "npm:ioredis", file: "package.json", version: "5.3.2" }, { ref: "version-manager:redis", file: ".tool-versions", version: "7.0.15" })).toBe("7.0.15");
    // conda ships the server under its name beside the client: `redis=7.2` is Redis 7.2, `redis-py=5.0` is not
    expect(version("Redis", { ref: "conda:redis", file: "environment.yml", version: "7.2.4" })).toBe("7.2.4");
    expect(version("Redis", { ref: "conda:redis-py", file: "environment.yml", version: "5.0.1" })).toBe("none");
    expect(version("Redis", { ref: "npm:redis", file: "package.json", version: "4.6.12" })).toBe("none");
    // A data store that is no server (a migration tool) keeps its package's release though it also runs from an image.
    expect(version("Flyway", { ref: "maven:org.flywaydb:flyway-core", file: "pom.xml", version: "9.22.3" })).toBe("9.22.3");
    // Beside an image of it, a data store's packages are only its clients, server or not, even one
    // named as the tool (Liquibase's Node wrapper, numbered on its own): the image's tag speaks for
    // it, though the package.json lies shallower.
    expect(version("Liquibase", { ref: "npm:liquibase", file: "package.json", version: "4.4.0" }, { ref: "docker:liquibase/liquibase", file: "ops/docker-compose.yml", version: "4.25.1" })).toBe("4.25.1");
    expect(version("Liquibase", { ref: "npm:liquibase", file: "package.json", version: "4.4.0" })).toBe("4.4.0");
    // A data store the catalog knows no image of is a library (an ORM, an embedded store): its package is its release.
    expect(version("Acme ORM", { ref: "npm:acme-orm", file: "package.json", version: "3.1.0" })).toBe("3.1.0");
  });

  it("an image speaks for a tool only while no versioned package is named as the tool", () => {
    const loader = { ref: "npm:acme-loader", file: "package.json", version: "9.0.0" };
    const image = { ref: "docker:acmecorp/server", file: "ops/compose.yml", version: "3.1" };
    expect(version("Acme", loader, image)).toBe("3.1");
    // A package named as the tool, but without a version, does not take the image's place.
    expect(version("Acme", { ref: "npm:acme", file: "web/package.json" }, loader, image)).toBe("3.1");
    expect(version("Acme", { ref: "npm:acme", file: "web/package.json", version: "1.4.0" }, loader, image)).toBe("1.4.0");
  });

  it("a search server's client gives way to a tagged image of it", () => {
    expect(version("Acme Search", { ref: "npm:acme-search-client", file: "package.json", version: "8.11.0" }, { ref: "docker:acme/search", file: "docker-compose.yml", version: "7.17.0" })).toBe("7.17.0");
  });
});

describe("a language pinned below the root, in the shipped catalog", () => {
  it("a subproject's pin is its own; a package that is the language is not a pin", async () => {
    const { builtinCatalog } = await import("../src/index.js");
    const shipped = builtinCatalog();
    const at = (name: string, ...found: Finding[]) => toolFromFindings(shipped, name, found)?.version ?? "none";
    expect(at("Python", { ref: "runtime:python", file: "py/.python-version", version: "3.9.16" })).toBe("none");
    expect(at("Python", { ref: "runtime:python", file: ".python-version", version: "3.12.1" })).toBe("3.12.1");
    // A root file whose name is no dot-file (Heroku's runtime.txt) is the root's too.
    expect(at("Python", { ref: "runtime:python", file: "runtime.txt", version: "3.11.4" })).toBe("3.11.4");
    expect(at("Python", { ref: "runtime:python", file: "py/.python-version", version: "3.9.16" }, { ref: "runtime:python", file: ".python-version", version: "3.12.1" })).toBe("3.12.1");
    expect(at("TypeScript", { ref: "npm:typescript", file: "web/package.json", version: "4.1.3" })).toBe("4.1.3");
    // A dot-folder holds the root's own settings.
    expect(at("Python", { ref: "runtime:python", file: ".config/.python-version", version: "3.11.4" })).toBe("3.11.4");
    // Not a language: Node.js (the site files it under Frameworks) is left to the ranks.
    expect(at("Node.js", { ref: "engine:node", file: "web/.nvmrc", version: "18.19.0" })).toBe("18.19.0");
  });
});

describe("a vendor's own scope, in the shipped catalog", () => {
  it("@fortawesome/fontawesome-free gives Font Awesome its release (Fort Awesome's scope is the tool's own)", async () => {
    const { builtinCatalog } = await import("../src/index.js");
    const shipped = builtinCatalog();
    const found: Finding[] = [{ ref: "npm:@fortawesome/fontawesome-free", file: "package.json", version: "6.4.2" }];
    expect(toolFromFindings(shipped, "Font Awesome", found)?.version).toBe("6.4.2");
  });

  it("SQLite's bindings are numbered on their own: sqlite3 5.1.6 is not SQLite 5; sqlite-jdbc ships the release it is numbered after", async () => {
    const { builtinCatalog } = await import("../src/index.js");
    const shipped = builtinCatalog();
    const sqlite = (ref: string, v: string) => toolFromFindings(shipped, "SQLite", [{ ref, file: "manifest", version: v }]);
    for (const ref of ["npm:sqlite3", "npm:better-sqlite3", "rubygems:sqlite3", "go:github.com/ncruces/go-sqlite3", "cargo:rusqlite", "pypi:aiosqlite", "nuget:System.Data.SQLite"]) {
      const entry = sqlite(ref, "5.1.6");
      expect(entry, ref).toBeDefined();
      expect(entry?.version, ref).toBeUndefined();
    }
    expect(sqlite("maven:org.xerial:sqlite-jdbc", "3.44.1.0")?.version).toBe("3.44.1");
    // `mssql` is the tool the site names MSSQL; tedious, the driver under it, has its own numbering.
    expect(toolFromFindings(shipped, "MSSQL", [{ ref: "npm:tedious", file: "package.json", version: "16.6.1" }])?.version).toBeUndefined();
    expect(toolFromFindings(shipped, "MSSQL", [{ ref: "npm:mssql", file: "package.json", version: "10.0.1" }])?.version).toBe("10.0.1");
  });
});
