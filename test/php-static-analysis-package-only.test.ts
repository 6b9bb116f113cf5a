import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site lists vimeo/psalm and squizlabs/php_codesniffer and names neither tool (5 repositories of
// 3 owners each); their own configuration files are written for them and still name them.
describe("Packagist: Psalm and PHP CodeSniffer", () => {
  // Modelled on a small DTO library: PHPUnit, Psalm, PHP_CodeSniffer and Rector as dev requirements.
  const composer = JSON.stringify(
    {
      name: "acme/dto",
      require: { php: "^8.2" },
      "require-dev": { "phpunit/phpunit": "^10.4", "vimeo/psalm": "^5.15", "squizlabs/php_codesniffer": "^3.7", "rector/rector": "^0.18" },
    },
    null,
    4,
  );

  it("are package entries from composer.json, naming no tool", async () => {
    const { document } = await scan(new MemorySource({ "composer.json": composer }), { git: false });
    expect(tool(document.tools, "Psalm")).toBeUndefined();
    expect(tool(document.tools, "PHP CodeSniffer")).toBeUndefined();
    expect(pkg(document.tools, "vimeo/psalm")).toBeDefined();
    expect(pkg(document.tools, "squizlabs/php_codesniffer")).toBeDefined();
    expect(tool(document.tools, "PHPUnit")).toBeDefined();
  });

  it("a Psalm plugin is a package entry too, naming no Psalm (held-out ds-collection requires psalm/plugin-phpunit)", async () => {
    const withPlugin = JSON.stringify({ name: "acme/collection", "require-dev": { "vimeo/psalm": "^4.1", "psalm/plugin-phpunit": "^0.13.0" } });
    const { document } = await scan(new MemorySource({ "composer.json": withPlugin }), { git: false });
    expect(tool(document.tools, "Psalm")).toBeUndefined();
    expect(pkg(document.tools, "psalm/plugin-phpunit")).toBeDefined();
    const all = await scan(new MemorySource({ "composer.json": withPlugin }), { git: false, allTools: true });
    expect(tool(all.document.tools, "Psalm")).toBeDefined();
  });

  it("are named from psalm.xml and phpcs.xml.dist, and with --all-tools", async () => {
    const files = {
      "composer.json": composer,
      "psalm.xml": '<?xml version="1.0"?>\n<psalm errorLevel="1"><projectFiles><directory name="src"/></projectFiles></psalm>\n',
      "phpcs.xml.dist": '<?xml version="1.0"?>\n<ruleset name="acme"><rule ref="PSR12"/></ruleset>\n',
    };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Psalm")?.detection_source).toBe("psalm.xml");
    expect(tool(document.tools, "PHP CodeSniffer")?.detection_source).toBe("phpcs.xml.dist");
    const all = await scan(new MemorySource({ "composer.json": composer }), { git: false, allTools: true });
    expect(tool(all.document.tools, "Psalm")).toBeDefined();
    expect(tool(all.document.tools, "PHP CodeSniffer")).toBeDefined();
  });

  it("take the release composer.lock installed of their package, keeping their own file as the source", async () => {
    const lock = JSON.stringify({
      "content-hash": "3f1c",
      packages: [],
      "packages-dev": [
        { name: "vimeo/psalm", version: "5.22.2", license: ["MIT"] },
        { name: "squizlabs/php_codesniffer", version: "3.9.0", license: ["BSD-3-Clause"] },
        { name: "phpunit/phpunit", version: "10.5.11", license: ["BSD-3-Clause"] },
      ],
    });
    const files = { "composer.json": composer, "composer.lock": lock, "psalm.xml": "<psalm/>\n", "phpcs.xml.dist": "<ruleset/>\n" };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "Psalm")).toMatchObject({ version: "5.22.2", detection_source: "psalm.xml", detection_source_url: "composer.lock" });
    expect(tool(document.tools, "PHP CodeSniffer")).toMatchObject({ version: "3.9.0", license: "BSD-3-Clause", detection_source: "phpcs.xml.dist" });
    // A project without the package: its file names the tool, without a release.
    const bare = await scan(new MemorySource({ "psalm.xml": "<psalm/>\n" }), { git: false });
    expect(tool(bare.document.tools, "Psalm")?.version).toBeUndefined();
  });
});
