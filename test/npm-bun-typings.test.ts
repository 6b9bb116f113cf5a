import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("Bun's typings and configuration", () => {
  // Modelled on an Elysia app as `bun create elysia` leaves it, its lockfile not committed.
  const manifest = (dev: Record<string, string>) => JSON.stringify({
    name: "elysia-app",
    version: "1.0.50",
    module: "src/index.js",
    scripts: { dev: "bun run --watch src/index.ts" },
    dependencies: { elysia: "latest" },
    devDependencies: dev,
  });

  it("name Bun, the runtime the code is written for, without a release", async () => {
    for (const dev of [{ "bun-types": "^1.1.38" }, { "@types/bun": "^1.1.14" }] as Array<Record<string, string>>) {
      const { document } = await scan(new MemorySource({ "package.json": manifest(dev) }), { git: false });
      expect(tool(document.tools, "Bun"), Object.keys(dev)[0]).toBeDefined();
      expect(tool(document.tools, "Bun")?.version, Object.keys(dev)[0]).toBeUndefined();
    }
  });

  it("bunfig.toml, Bun's configuration, names Bun where the lockfile is not committed", async () => {
    const bunfig = "[install]\nexact = true\n\n[test]\ncoverage = true\n";
    const { document } = await scan(new MemorySource({ "package.json": manifest({}), "bunfig.toml": bunfig }), { git: false });
    expect(tool(document.tools, "Bun")).toMatchObject({ detection_source: "bunfig.toml" });
  });
});
