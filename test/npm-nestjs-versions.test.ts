import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

describe("NestJS's release", () => {
  const tools = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

  it("is the framework's, never the CLI's own numbering", async () => {
    // A Nest library package: the framework's packages it builds on, the CLI to build it.
    const manifest = { name: "@acme/nest-audit", peerDependencies: {}, dependencies: { "@nestjs/common": "^10.4.15" }, devDependencies: { "@nestjs/cli": "^10.4.9" } };
    const lock = {
      name: "@acme/nest-audit",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "@acme/nest-audit", dependencies: manifest.dependencies, devDependencies: manifest.devDependencies },
        "node_modules/@nestjs/cli": { version: "10.4.9", dev: true },
        "node_modules/@nestjs/common": { version: "10.4.15" },
      },
    };
    const found = await tools({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) });
    expect(tool(found, "NestJS")?.version).toBe("10.4.15");
    expect(pkg(found, "@nestjs/cli")?.version).toBe("10.4.9");
  });

  it("takes @nestjs/core's where the app declares it", async () => {
    const manifest = { name: "api", dependencies: { "@nestjs/core": "^10.4.15", "@nestjs/common": "^10.4.15" }, devDependencies: { "@nestjs/cli": "^10.4.9" } };
    expect(tool(await tools({ "package.json": JSON.stringify(manifest) }), "NestJS")?.version).toBe("10.4.15");
  });

  it("names NestJS from the CLI alone, without its release", async () => {
    const manifest = { name: "root", private: true, devDependencies: { "@nestjs/cli": "^10.4.9" } };
    const found = await tools({ "package.json": JSON.stringify(manifest) });
    expect(tool(found, "NestJS")).toBeDefined();
    expect(tool(found, "NestJS")?.version).toBeUndefined();
  });

  it("Nest's ws adapter names ws at the release the lockfile installed, not its own", async () => {
    const manifest = { name: "gateway", dependencies: { "@nestjs/core": "^10.4.15", "@nestjs/websockets": "^10.4.15", "@nestjs/platform-ws": "^10.4.15" } };
    const lock = {
      name: "gateway",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "gateway", dependencies: manifest.dependencies },
        "node_modules/@nestjs/core": { version: "10.4.15" },
        "node_modules/@nestjs/websockets": { version: "10.4.15" },
        "node_modules/@nestjs/platform-ws": { version: "10.4.15" },
        "node_modules/ws": { version: "8.18.0" },
      },
    };
    const found = await tools({ "package.json": JSON.stringify(manifest), "package-lock.json": JSON.stringify(lock) });
    expect(tool(found, "ws")?.version).toBe("8.18.0");
    expect(tool(found, "NestJS")?.version).toBe("10.4.15");
  });
});
