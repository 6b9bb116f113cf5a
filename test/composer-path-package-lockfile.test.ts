import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { phpDetector, readPathPackages } from "../detectors/php/index.js";
import { expectFinishesWithin } from "./work-budget.js";

// A Laravel app keeps a package in packages/billing and installs it from a `path` repository: the
// app's composer.lock records it (`dist.type: path`) and resolved what it requires. The package
// has no lockfile of its own.
const app = JSON.stringify({
  name: "acme/shop",
  require: { php: "^8.1", "laravel/framework": "^10.10", "acme/billing": "*" },
  repositories: [{ type: "path", url: "packages/*" }],
});
const billing = JSON.stringify({ name: "acme/billing", require: { php: "^8.1", "guzzlehttp/guzzle": "^7.2" }, "require-dev": { "phpunit/phpunit": "^10.0" } }, null, 4);
const lock = JSON.stringify({
  "content-hash": "00",
  packages: [
    { name: "acme/billing", version: "dev-main", dist: { type: "path", url: "packages/billing", reference: "0123" }, require: { "guzzlehttp/guzzle": "^7.2" }, "transport-options": { relative: true } },
    { name: "guzzlehttp/guzzle", version: "7.8.1", license: ["MIT"] },
    { name: "laravel/framework", version: "v10.48.4", license: ["MIT"] },
  ],
  "packages-dev": [{ name: "phpunit/phpunit", version: "10.5.11", license: ["BSD-3-Clause"] }],
});
const files = { "composer.json": app, "composer.lock": lock, "packages/billing/composer.json": billing };

describe("a Composer path package without a lockfile of its own", () => {
  it("takes its `require` releases from the lockfile of the project that installs it", async () => {
    const { findings } = await detectorFindings(phpDetector, files);
    expect(compact(findings.filter((f) => f.file === "packages/billing/composer.json" && f.ref.startsWith("packagist:")))).toEqual([
      "packagist:guzzlehttp/guzzle@5 ^7.2 ->7.8.1 (composer.lock) direct",
      // its development requirements are its own, which that lockfile did not resolve
      "packagist:phpunit/phpunit@8 ^10.0 ->10.0 direct dev",
    ]);
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(document.tools.find((t) => t.name === "Guzzle")).toMatchObject({ version: "7.8.1", detection_source: "packages/billing/composer.json", detection_source_url: "composer.lock" });
  });

  it("reads the path packages' folders", () => {
    expect(readPathPackages(JSON.parse(lock))).toEqual(["packages/billing"]);
    expect(readPathPackages({ packages: [{ name: "x/y", dist: { type: "zip", url: "https://example.com/y.zip" } }] })).toEqual([]);
    expect(readPathPackages("nonsense")).toEqual([]);
  });
});

describe("a monorepo of many path packages installed by one large lockfile", () => {
  it("reads the lockfile once, not once a package (1,500 packages of a 40,000-entry lockfile)", async () => {
    const n = 1500;
    const many: Record<string, string> = {
      "composer.json": JSON.stringify({ require: { "acme/p0": "*" } }),
      "composer.lock": JSON.stringify({
        packages: [
          ...Array.from({ length: 40000 }, (_, i) => ({ name: `vendor/lib${i}`, version: `1.0.${i}` })),
          ...Array.from({ length: n }, (_, i) => ({ name: `acme/p${i}`, version: "dev-main", dist: { type: "path", url: `packages/p${i}` } })),
        ],
      }),
    };
    for (let i = 0; i < n; i++) many[`packages/p${i}/composer.json`] = JSON.stringify({ name: `acme/p${i}`, require: { "vendor/lib7": "^1.0" } });
    const { findings } = await expectFinishesWithin(() => detectorFindings(phpDetector, many), 20);
    expect(compact(findings.filter((f) => f.file === "packages/p1499/composer.json" && f.ref.startsWith("packagist:")))).toEqual(["packagist:vendor/lib7@1 ^1.0 ->1.0.7 (composer.lock) direct"]);
  });
});
