import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

describe("Packagist: Monolog", () => {
  it("monolog/monolog names Monolog, a tool the site shows without a category", async () => {
    const composer = {
      name: "acme/common",
      require: { php: ">=8.1", "monolog/monolog": "^2.0", "psr/simple-cache": "^1.0", "twig/twig": "^3.0" },
    };
    const { document } = await scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 4), "src/Logger.php": "<?php\n" }), { git: false });
    const monolog = document.tools.find((t) => t.name === "Monolog" && !t.package_url);
    expect(monolog).toMatchObject({ website_url: "https://github.com/Seldaek/monolog", detection_source: "composer.json" });
    expect(monolog?.category).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://packagist.org/monolog/monolog")).toBeDefined();
  });
});
