import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

const lock = (version: string) =>
  JSON.stringify({
    name: "cli",
    version: "1.0.0",
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name: "cli", dependencies: { chalk: "^5.0.0" } }, "node_modules/chalk": { version, license: "MIT" } },
  });

describe("npm-shrinkwrap.json", () => {
  it("is read like package-lock.json, and wins over one beside it, as npm ignores that one", async () => {
    const manifest = JSON.stringify({ name: "cli", version: "1.0.0", dependencies: { chalk: "^5.0.0" } });
    const alone = await scan(new MemorySource({ "package.json": manifest, "npm-shrinkwrap.json": lock("5.2.0") }), { git: false });
    expect(alone.document.tools.find((t) => t.name === "chalk")).toMatchObject({ version: "5.2.0", detection_source_url: "npm-shrinkwrap.json" });
    const both = await scan(new MemorySource({ "package.json": manifest, "package-lock.json": lock("5.3.0"), "npm-shrinkwrap.json": lock("5.2.0") }), { git: false });
    expect(both.document.tools.find((t) => t.name === "chalk")).toMatchObject({ version: "5.2.0", detection_source_url: "npm-shrinkwrap.json" });
  });
});
