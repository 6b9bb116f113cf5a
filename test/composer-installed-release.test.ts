import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A Laravel app that declares Larastan and not PHPStan: the extension names PHPStan on its own
// numbering, and composer.lock's phpstan/phpstan gives the tool its release, as npm's, Python's
// and Mix's lockfiles lend theirs. No package entry is written for what the project does not declare.
const composer = {
  name: "acme/shop",
  type: "project",
  require: { php: "^8.2", "laravel/framework": "^11.9" },
  "require-dev": { "larastan/larastan": "^2.9", "phpunit/phpunit": "^11.0.1" },
  config: { "optimize-autoloader": true, "sort-packages": true },
};
const locked = (name: string, version: string, extra: Record<string, unknown> = {}) => ({
  name,
  version,
  source: { type: "git", url: `https://github.com/${name}.git`, reference: "0123456789abcdef0123456789abcdef01234567" },
  dist: { type: "zip", url: `https://api.github.com/repos/${name}/zipball/0123456789abcdef`, reference: "0123456789abcdef", shasum: "" },
  type: "library",
  license: ["MIT"],
  ...extra,
});
const lock = (phpstan: string) => ({
  _readme: ["This file locks the dependencies of your project to a known state", "This file is @generated automatically"],
  "content-hash": "5f0c7f2e8a9b1c3d4e5f60718293a4b5",
  packages: [locked("laravel/framework", "v11.9.2", { require: { php: "^8.2", "symfony/console": "^7.0" } }), locked("symfony/console", "v7.1.1")],
  "packages-dev": [
    locked("larastan/larastan", "v2.9.7", { require: { php: "^8.0.2", "phpstan/phpstan": "^1.11.2" } }),
    locked("phpstan/phpstan", phpstan, { dist: { type: "zip", url: "https://api.github.com/repos/phpstan/phpstan/zipball/90d3d25", reference: "90d3d25", shasum: "" } }),
    locked("phpunit/phpunit", "11.2.2", { license: ["BSD-3-Clause"] }),
  ],
  aliases: [],
  "minimum-stability": "stable",
  "stability-flags": [],
  "prefer-stable": true,
  "prefer-lowest": false,
  platform: { php: "^8.2" },
  "platform-dev": [],
  "plugin-api-version": "2.6.0",
});
const files = (phpstan: string) => ({ "composer.json": JSON.stringify(composer, null, 4), "composer.lock": JSON.stringify(lock(phpstan), null, 4) });

describe("composer.lock's undeclared installs", () => {
  it("give their release to the tool the project names without one, citing the lockfile", async () => {
    const { document } = await scan(new MemorySource(files("1.11.4")), { git: false });
    expect(tool(document.tools, "PHPStan")).toMatchObject({ version: "1.11.4", detection_source: "composer.json", detection_source_url: "composer.lock" });
    expect(pkg(document.tools, "phpstan/phpstan")).toBeUndefined();
    expect(pkg(document.tools, "symfony/console")).toBeUndefined();
    expect(pkg(document.tools, "larastan/larastan")?.version).toBe("2.9.7");
  });

  it("a branch install (dev-master) lends no release; without a lockfile the tool has none", async () => {
    const branch = await scan(new MemorySource(files("dev-master")), { git: false });
    expect(tool(branch.document.tools, "PHPStan")).toBeDefined();
    expect(tool(branch.document.tools, "PHPStan")?.version).toBeUndefined();
    const unlocked = await scan(new MemorySource({ "composer.json": JSON.stringify(composer) }), { git: false });
    expect(tool(unlocked.document.tools, "PHPStan")).toBeDefined();
    expect(tool(unlocked.document.tools, "PHPStan")?.version).toBeUndefined();
  });
});
