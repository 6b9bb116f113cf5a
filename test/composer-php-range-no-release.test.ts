import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

describe("composer.json's require.php", () => {
  // Modelled on a Symfony 5.3 skeleton: `"php": ">=7.2.5"` is the range the project supports. The site
  // versions PHP from none (corpus goodwork `^7.1.3` and koel `>=7.1.3`, held-out symfony-rest-sample
  // `>=8.2` and fetch-sym `>=7.2.5`: 3 owners).
  const composer = JSON.stringify({
    type: "project",
    require: { php: ">=7.2.5", "ext-ctype": "*", "symfony/framework-bundle": "5.3.*", "symfony/console": "5.3.*" },
  }, null, 4);

  it("names PHP without a release", async () => {
    const { document } = await scan(new MemorySource({ "composer.json": composer, "src/Kernel.php": "<?php\n" }), { git: false });
    expect(tool(document.tools, "PHP")).toBeDefined();
    expect(tool(document.tools, "PHP")?.version).toBeUndefined();
    expect(tool(document.tools, "Symfony")).toBeDefined();
  });

  it("still takes config.platform.php, the release Composer resolves for", async () => {
    const pinned = JSON.stringify({ require: { php: ">=8.1", "laravel/framework": "^10.10" }, config: { platform: { php: "8.2.12" } } });
    const { document } = await scan(new MemorySource({ "composer.json": pinned, "app/User.php": "<?php\n" }), { git: false });
    expect(tool(document.tools, "PHP")?.version).toBe("8.2.12");
  });
});
