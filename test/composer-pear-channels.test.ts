import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// Composer 1's `pear` repository type installs PEAR channel packages as
// `pear-<channel alias>/<package>` or `pear-<channel host>/<package>`: CakePHP 2 apps required the
// framework from pear.cakephp.org that way, and PHPUnit 3.x came from pear.phpunit.de.
const run = async (composer: unknown) =>
  (await scan(new MemorySource({ "composer.json": JSON.stringify(composer, null, 4), "Config/core.php": "" }), { git: false })).document.tools;

describe("Composer PEAR channel packages", () => {
  it("names CakePHP from pear-cakephp/cakephp at the constraint's lower bound", async () => {
    const tools = await run({
      name: "example-app",
      repositories: [{ type: "pear", url: "http://pear.cakephp.org" }],
      require: { "pear-cakephp/cakephp": ">=2.4.0", "cakephp/debug_kit": "2.2.*" },
      config: { "vendor-dir": "Vendor/" },
    });
    expect(tool(tools, "CakePHP")).toMatchObject({ version: "2.4.0", detection_source: "composer.json" });
    // The declaration stays a Composer package entry, as every requirement does.
    expect(pkg(tools, "pear-cakephp/cakephp")?.version).toBe("2.4.0");
    expect(pkg(tools, "cakephp/debug_kit")?.version).toBe("2.2");
  });

  it("reads the channel-host spelling, in any case, and PHPUnit's channel", async () => {
    const tools = await run({
      repositories: [
        { type: "pear", url: "http://pear.cakephp.org" },
        { type: "pear", url: "http://pear.phpunit.de" },
      ],
      require: { "pear-pear.cakephp.org/CakePHP": ">=2.3.4" },
      "require-dev": { "pear-pear.phpunit.de/PHPUnit": "3.7.*" },
    });
    expect(tool(tools, "CakePHP")?.version).toBe("2.3.4");
    expect(tool(tools, "PHPUnit")?.version).toBe("3.7");
  });
});
