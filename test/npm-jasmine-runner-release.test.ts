import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

// Modelled on an Angular 8 CLI app (kingsley-einstein/Ngrx-Recap, hantsy/angular-sandbox): its
// unit tests declare jasmine-core, and Protractor installs the `jasmine` runner at its own,
// older release. The site gives Jasmine the runner's release from the lockfile (2.8.0 beside
// jasmine-core 2.99.1, 3.4.0 and 3.6.0 in four apps of three owners) and no release where the
// lockfile holds jasmine-core alone (IHTSDO's two Angular 15+ apps, hantsy/angular2-sample, novu).
const manifest = {
  name: "angular-ngrx",
  version: "0.0.0",
  private: true,
  scripts: { test: "ng test", e2e: "ng e2e" },
  dependencies: { "@angular/core": "~8.2.5", rxjs: "~6.4.0" },
  devDependencies: { "@types/jasmine": "~3.3.8", "jasmine-core": "~3.4.0", "jasmine-spec-reporter": "~4.2.1", karma: "~4.1.0", "karma-jasmine": "~2.0.1", protractor: "~5.4.0" },
};
const lock = (installed: Record<string, string>) =>
  JSON.stringify({
    name: "angular-ngrx",
    version: "0.0.0",
    lockfileVersion: 1,
    requires: true,
    dependencies: {
      "@angular/core": { version: "8.2.6" },
      rxjs: { version: "6.4.0" },
      "@types/jasmine": { version: "3.3.16", dev: true },
      "jasmine-core": { version: "3.4.0", dev: true },
      "jasmine-spec-reporter": { version: "4.2.1", dev: true },
      karma: { version: "4.1.0", dev: true },
      "karma-jasmine": { version: "2.0.1", dev: true },
      protractor: { version: "5.4.2", dev: true },
      ...Object.fromEntries(Object.entries(installed).map(([name, version]) => [name, { version, dev: true }])),
    },
  });
const scanApp = (files: Record<string, string>) => scan(new MemorySource({ "package.json": JSON.stringify(manifest, null, 2), "src/main.ts": "export {};\n", ...files }), { git: false });

describe("Jasmine's release is its runner's, the `jasmine` package, not jasmine-core's", () => {
  it("takes the jasmine 2.8.0 Protractor installed over the declared jasmine-core 3.4", async () => {
    const { document } = await scanApp({ "package-lock.json": lock({ jasmine: "2.8.0" }) });
    expect(tool(document.tools, "Jasmine")).toMatchObject({ version: "2.8.0", detection_source: "package.json", detection_source_url: "package-lock.json" });
  });

  it("gives none where only jasmine-core is installed, and none without a lockfile", async () => {
    for (const files of [{ "package-lock.json": lock({}) }, {}] as Record<string, string>[]) {
      const { document } = await scanApp(files);
      expect(tool(document.tools, "Jasmine")).toBeDefined();
      expect(tool(document.tools, "Jasmine")?.version).toBeUndefined();
    }
  });

  it("keeps jasmine-core as a package entry at its own release", async () => {
    const { document } = await scanApp({ "package-lock.json": lock({ jasmine: "2.8.0" }) });
    expect(document.tools.find((t) => t.name === "jasmine-core")).toMatchObject({ version: "3.4.0" });
  });

  it("a declared jasmine gives its own release", async () => {
    const { document } = await scan(
      new MemorySource({ "package.json": JSON.stringify({ name: "lib", devDependencies: { jasmine: "^3.6.1", "jasmine-core": "^3.6.0" } }), "src/index.js": "module.exports = 1;\n" }),
      { git: false },
    );
    expect(tool(document.tools, "Jasmine")?.version).toBe("3.6.1");
  });
});
