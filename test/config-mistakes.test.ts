import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, optionsFromConfig } from "../src/cli/config.js";
import { tempDir } from "./helpers.js";
import { catalogOrigin } from "../src/catalog/file-origin.js";
import type { CatalogSource } from "../src/catalog/types.js";

describe("mistakes in techstack.config.yml", () => {
  it("a misspelt detector under disable is an error naming it, not a detector silently left on", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.config.yml"), "disable: [dockr]\n");
    expect(() => loadConfig(dir)).toThrow(/techstack\.config\.yml: 'disable' names no built-in detector 'dockr'.*docker/);
    writeFileSync(join(dir, "techstack.config.yml"), "disable: [docker, languages]\n");
    expect(loadConfig(dir)).toEqual({ disable: ["docker", "languages"] });
  });

  it("a catalog file the catalog cannot use is named once, with the problem, for the scan to warn of", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "extra.yml"), "tools: 5\n");
    const { catalog } = optionsFromConfig(dir, { catalog: "extra.yml" });
    expect(catalogOrigin(catalog as CatalogSource)).toEqual({ file: "extra.yml", unusable: "tools must be a list", line: 1 });
  });
});
