import { describe, expect, it } from "vitest";
import { prismaDetector, readDatasources } from "../detectors/npm/prisma.js";
import { lockedManifest } from "../detectors/npm/locked-manifest.js";
import type { DetectContext } from "../src/types.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Two small readers of the npm detector: a Prisma schema's datasource providers
// (detectors/npm/prisma.ts) and what npm's lockfile keeps of a package.json that does not parse
// (detectors/npm/locked-manifest.ts).

describe("Prisma datasources", () => {
  it("the literal provider of each datasource block, lower-cased, with its line; generators and models are not datasources", () => {
    const schema = [
      "generator client {",
      '  provider = "prisma-client-js"',
      "}",
      "",
      "datasource db {",
      '  provider = "PostgreSQL" // the main database',
      '  url      = env("DATABASE_URL")',
      "}",
      "",
      "model Post {",
      '  provider String @default("mysql")',
      "}",
      "",
      "datasource  analytics{",
      '  url = env("ANALYTICS_URL")',
      '  provider="cockroachdb"',
      "}",
    ].join("\n");
    expect(readDatasources(schema)).toEqual([
      { provider: "postgresql", line: 6 },
      { provider: "cockroachdb", line: 16 },
    ]);
  });

  it("a commented-out provider, an env() provider and one after the block closed name nothing", () => {
    expect(readDatasources('datasource db {\n  // provider = "sqlite"\n  provider = env("DB")\n}\nprovider = "mysql"\n')).toEqual([]);
    expect(readDatasources('// datasource db {\nprovider = "mysql"\n')).toEqual([]);
    // A block closed on its own first line holds no provider lines after it.
    expect(readDatasources('datasource db { }\nprovider = "mysql"\n')).toEqual([]);
    // `}` closing the block with more text after it still closes it.
    expect(readDatasources('datasource db {\n  provider = "sqlserver"\n} // end\nprovider = "mysql"\n')).toEqual([{ provider: "sqlserver", line: 2 }]);
  });

  it("a brace in a comment neither opens nor closes a block", () => {
    expect(readDatasources('datasource db { // the url comes from .env {see README}\n  provider = "postgresql"\n}\n')).toEqual([{ provider: "postgresql", line: 2 }]);
  });

  it("a schema that does not read is the scan's warning only", async () => {
    const { findings, warnings } = await detectorFindings(prismaDetector, { "prisma/schema.prisma": 'datasource db {\n  provider = "mysql"\n}\n\u0000\u0001' });
    expect([findings, warnings]).toEqual([[], ["prisma/schema.prisma: skipped: binary content"]]);
  });

  it("the detector reports each schema file's providers as prisma-provider findings", async () => {
    const { findings } = await detectorFindings(prismaDetector, {
      "prisma/schema.prisma": 'datasource db {\n  provider = "mysql"\n}\n',
      "prisma/schema/base.prisma": 'datasource db {\n  provider = "mongodb"\n}\n',
    });
    expect(compact(findings)).toEqual(["prisma-provider:mysql@2", "prisma-provider:mongodb@2"]);
    expect(findings.map((f) => f.file)).toEqual(["prisma/schema.prisma", "prisma/schema/base.prisma"]);
  });
});

describe("the manifest npm's lockfile keeps", () => {
  /** A context holding `files` (path to parsed JSON) for exists and json. */
  const ctxOf = (files: Record<string, unknown>): DetectContext =>
    ({ exists: (path: string) => path in files, json: async (path: string) => files[path] }) as unknown as DetectContext;
  const root = { name: "server", dependencies: { express: "^4.18.2" } };

  it("npm-shrinkwrap.json's root entry first, else package-lock.json's, beside the manifest", async () => {
    const shrink = { name: "server", dependencies: { koa: "^2.0.0" } };
    expect(
      await lockedManifest(ctxOf({ "server/npm-shrinkwrap.json": { packages: { "": shrink } }, "server/package-lock.json": { packages: { "": root } } }), "server/package.json"),
    ).toBe(shrink);
    expect(await lockedManifest(ctxOf({ "server/package-lock.json": { packages: { "": root } } }), "server/package.json")).toBe(root);
    // Not one in another folder.
    expect(await lockedManifest(ctxOf({ "package-lock.json": { packages: { "": root } } }), "server/package.json")).toBeUndefined();
  });

  it("a shrinkwrap without a root entry (version 1, or unreadable) gives way to package-lock.json", async () => {
    expect(await lockedManifest(ctxOf({ "npm-shrinkwrap.json": { lockfileVersion: 1, dependencies: {} }, "package-lock.json": { packages: { "": root } } }), "package.json")).toBe(root);
    expect(await lockedManifest(ctxOf({ "npm-shrinkwrap.json": undefined, "package-lock.json": { packages: { "": root } } }), "package.json")).toBe(root);
  });

  it("nothing from a lockfile whose packages or root entry is no mapping", async () => {
    for (const lock of [{ packages: [root] }, { packages: { "": "server" } }, { packages: { "": null } }, [{ packages: { "": root } }], "text"]) {
      expect(await lockedManifest(ctxOf({ "package-lock.json": lock }), "package.json"), JSON.stringify(lock)).toBeUndefined();
    }
    // A mapping there is the manifest.
    expect(await lockedManifest(ctxOf({ "package-lock.json": { packages: { "": root } } }), "package.json")).toBe(root);
  });
});
