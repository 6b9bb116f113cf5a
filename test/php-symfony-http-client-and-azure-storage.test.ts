import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { tool } from "./helpers.js";

const pkg = (tools: ToolEntry[], url: string) => tools.find((t) => t.package_url === url);
const scanComposer = (composer: object) => scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 2), "src/ServiceProvider.php": "<?php\n" }), { git: false });

describe("Packagist: Symfony's HTTP client component and Azure Storage's SDKs", () => {
  it("a Laravel-based service package requiring symfony/http-client names Symfony, with the component's release", async () => {
    // Modelled on a platform's e-mail service package: Guzzle, Symfony's HTTP client and mailer.
    const { document } = await scanComposer({
      name: "acme/df-email",
      require: { "acme/df-core": "~1.0", "guzzlehttp/guzzle": "^7.2", "symfony/http-client": "^6.1.7", "symfony/mailer": "^6.1.7" },
      "require-dev": { "phpunit/phpunit": "@stable" },
    });
    expect(tool(document.tools, "Symfony")).toMatchObject({ version: "6.1.7", detection_source: "composer.json" });
    expect(tool(document.tools, "Guzzle")).toBeDefined();
    expect(pkg(document.tools, "https://packagist.org/symfony/http-client")).toMatchObject({ version: "6.1.7" });
    expect(pkg(document.tools, "https://packagist.org/symfony/mailer")).toBeDefined();
  });

  it("other single components and Symfony's Composer plugin still name no Symfony", async () => {
    const { document } = await scanComposer({
      require: { "laravel/framework": "^10.0", "symfony/thanks": "^1.0" },
      "require-dev": { "symfony/css-selector": "^6.0", "symfony/dom-crawler": "^6.0" },
    });
    expect(tool(document.tools, "Laravel")).toBeDefined();
    expect(tool(document.tools, "Symfony")).toBeUndefined();
    expect(pkg(document.tools, "https://packagist.org/symfony/dom-crawler")).toBeDefined();
  });

  it("microsoft/azure-storage and its split packages name Azure Storage, not the Azure umbrella", async () => {
    const legacy = await scanComposer({ require: { "acme/df-database": "~0.9.4", "microsoft/azure-storage": "0.13.*" } });
    expect(tool(legacy.document.tools, "Azure Storage")).toMatchObject({ detection_source: "composer.json" });
    expect(tool(legacy.document.tools, "Microsoft Azure")).toBeUndefined();
    const split = await scanComposer({ require: { "microsoft/azure-storage-blob": "^1.5", "league/flysystem-azure-blob-storage": "^3.0" } });
    expect(tool(split.document.tools, "Azure Storage")).toBeDefined();
  });
});
