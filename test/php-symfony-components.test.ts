import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { tool } from "./helpers.js";

const pkg = (tools: ToolEntry[], url: string) => tools.find((t) => t.package_url === url);
const scanComposer = (composer: object, allTools = false) =>
  scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 2), "src/Tools/StringTool.php": "<?php\n" }), { git: false, allTools });

describe("Packagist: Symfony's components and bundles", () => {
  it("a library built on Symfony's components, without the framework bundle, names Symfony without a release", async () => {
    // Modelled on a common-objects library: console, cache, YAML and friends, Doctrine, Monolog, Twig.
    const { document } = await scanComposer({
      name: "acme/common",
      license: "MIT",
      require: {
        php: ">=8.1",
        "symfony/console": "^6.4",
        "symfony/var-dumper": "^6.4",
        "symfony/lock": "^6.4",
        "symfony/dotenv": "^6.4",
        "symfony/yaml": "^6.4",
        "symfony/finder": "^6.4",
        "symfony/filesystem": "^6.4",
        "symfony/cache": "^6.4",
        "monolog/monolog": "^2.0",
        "twig/twig": "^2.10|^3.0",
        "psr/simple-cache": "^1.0",
      },
      "require-dev": { "phpunit/phpunit": "^8.5" },
    });
    const symfony = tool(document.tools, "Symfony");
    expect(symfony).toMatchObject({ detection_source: "composer.json" });
    expect(symfony?.version).toBeUndefined();
    expect(pkg(document.tools, "https://packagist.org/symfony/console")).toMatchObject({ version: "6.4" });
    expect(tool(document.tools, "Twig")).toBeDefined();
  });

  it("a bundle beside the framework bundle leaves the framework's release alone", async () => {
    const { document } = await scanComposer({
      require: { "symfony/framework-bundle": "5.3.*", "symfony/webpack-encore-bundle": "^1.12", "symfony/twig-bundle": "5.3.*" },
    });
    expect(tool(document.tools, "Symfony")).toMatchObject({ version: "5.3" });
  });

  it("polyfills, contracts and Composer plugins name no Symfony; browser-testing helpers only when every tool is asked for", async () => {
    const plain = await scanComposer({
      require: { "guzzlehttp/guzzle": "^7.2", "symfony/polyfill-mbstring": "^1.27", "symfony/deprecation-contracts": "^3.0", "symfony/flex": "^2" },
      "require-dev": { "symfony/css-selector": "^6.0", "symfony/dom-crawler": "^6.0" },
    });
    expect(tool(plain.document.tools, "Symfony")).toBeUndefined();
    expect(pkg(plain.document.tools, "https://packagist.org/symfony/polyfill-mbstring")).toBeDefined();
    const asked = await scanComposer({ "require-dev": { "symfony/dom-crawler": "^6.0" } }, true);
    expect(tool(asked.document.tools, "Symfony")).toBeDefined();
  });
});

describe("Packagist: libraries built for a framework (audit a37g)", () => {
  it("a library whose only Symfony package is var-dumper in require-dev names no Symfony", async () => {
    const { document } = await scanComposer({
      name: "acme/money-format",
      type: "library",
      require: { php: "^8.1", "moneyphp/money": "^4.2" },
      "require-dev": { "phpunit/phpunit": "^10.5", "symfony/var-dumper": "^6.4 || ^7.0" },
    });
    expect(tool(document.tools, "Symfony")).toBeUndefined();
    expect(pkg(document.tools, "https://packagist.org/symfony/var-dumper")).toMatchObject({ version: "6.4" });
    expect(tool(document.tools, "PHPUnit")).toBeDefined();
  });

  it("a Laravel package requiring Laravel's components (illuminate/*) names Laravel at their release", async () => {
    const { document } = await scanComposer({
      name: "acme/laravel-activity-feed",
      type: "library",
      require: { php: "^8.2", "illuminate/contracts": "^10.0|^11.0", "illuminate/support": "^10.0|^11.0", "spatie/laravel-package-tools": "^1.16" },
      "require-dev": { "orchestra/testbench": "^8.22|^9.0", "pestphp/pest": "^2.34" },
      extra: { laravel: { providers: ["Acme\\ActivityFeed\\ActivityFeedServiceProvider"] } },
    });
    expect(tool(document.tools, "Laravel")).toMatchObject({ version: "10.0", detection_source: "composer.json" });
    expect(pkg(document.tools, "https://packagist.org/illuminate/support")).toMatchObject({ version: "10.0" });
  });
});
