import { describe, expect, it } from "vitest";
import { builtinCatalog, resolve } from "../src/index.js";
import { namedToolVersions } from "./helpers.js";

// Biome is Rome continued under a new name (Rome's core team forked it in 2023; `biome migrate`
// reads rome.json). The site lists Rome and no Biome, so Biome's package and configuration name Rome,
// and a user typing "biome" gets Rome first rather than a fuzzy 0.52.
describe("Biome names Rome", () => {
  it("from @biomejs/biome, at the lockfile's release", async () => {
    const packageJson = JSON.stringify({ name: "web", devDependencies: { "@biomejs/biome": "^1.9.0" } });
    const lock = JSON.stringify({
      name: "web",
      lockfileVersion: 3,
      packages: {
        "": { name: "web", devDependencies: { "@biomejs/biome": "^1.9.0" } },
        "node_modules/@biomejs/biome": { version: "1.9.4", dev: true, license: "MIT OR Apache-2.0" },
      },
    });
    expect(await namedToolVersions({ "package.json": packageJson, "package-lock.json": lock }, ["Rome"])).toEqual({ Rome: "1.9.4" });
  });

  it("from biome.json or biome.jsonc alone, as from rome.json", async () => {
    const config = '{ "$schema": "https://biomejs.dev/schemas/1.9.4/schema.json", "linter": { "enabled": true } }';
    for (const file of ["biome.json", "biome.jsonc", "rome.json", "apps/web/biome.json"]) {
      expect(await namedToolVersions({ [file]: config }, ["Rome"]), file).toEqual({ Rome: "-" });
    }
  });

  it("from the biomejs/setup-biome step of a workflow, at the release its version input installs", async () => {
    const workflow = [
      "name: Code quality",
      "on: [push, pull_request]",
      "jobs:",
      "  quality:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: biomejs/setup-biome@v2",
      "        with:",
      "          version: 1.9.4",
      "      - run: biome ci .",
      "",
    ].join("\n");
    expect(await namedToolVersions({ ".github/workflows/quality.yml": workflow }, ["Rome"])).toEqual({ Rome: "1.9.4" });
  });

  it("resolves biome and expo go to the tools meant", () => {
    const catalog = builtinCatalog();
    expect(resolve(catalog, "biome", 1).map((r) => [r.tool.name, r.matchedBy])).toEqual([["Rome", "alias"]]);
    // Expo Go is Expo's client app; "go" alone is Golang's alias, which tied it with Expo at 0.88.
    expect(resolve(catalog, "expo go", 1).map((r) => [r.tool.name, r.matchedBy])).toEqual([["Expo", "alias"]]);
  });
});
