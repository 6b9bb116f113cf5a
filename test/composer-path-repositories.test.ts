import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Composer `path` repository installs a package from a folder of the repository (a monorepo's
// own module): composer.lock records it with a `path` dist, and it is not a Packagist package.
const composerJson = JSON.stringify({
  name: "acme/app",
  repositories: [{ type: "path", url: "packages/*" }],
  require: { php: "^8.2", "acme/billing": "*@dev", "laravel/framework": "^11.0" },
});
const composerLock = JSON.stringify({
  packages: [
    { name: "acme/billing", version: "dev-main", dist: { type: "path", url: "packages/billing", reference: "abc" }, license: ["proprietary"] },
    { name: "laravel/framework", version: "v11.9.2", dist: { type: "zip", url: "https://api.github.com/repos/laravel/framework/zipball/abc" }, license: ["MIT"] },
  ],
  "packages-dev": [],
});

describe("Composer path repositories", () => {
  it("a package the lock installs from a path is no Packagist entry; the others stay", async () => {
    const { document } = await scan(new MemorySource({ "composer.json": composerJson, "composer.lock": composerLock }), { git: false });
    const pkg = (name: string) => document.tools.find((t) => t.package_url && t.name === name);
    expect(pkg("acme/billing")).toBeUndefined();
    expect(pkg("laravel/framework")).toMatchObject({ version: "11.9.2", detection_source_url: "composer.lock" });
  });
});
