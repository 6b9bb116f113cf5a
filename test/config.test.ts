import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { loadConfig, optionsFromConfig } from "../src/cli/config.js";
import { scanOptions } from "../src/cli/scan-flags.js";
import { MemorySource, scan } from "../src/index.js";
import { fixture, ROOT, tempDir } from "./helpers.js";

describe("configuration", () => {
  it("techstack.config.yml, else package.json's techstack key; flags over both", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ techstack: { exclude: ["legacy/**"], endpoint: "https://example.test/a" } }));
    expect(loadConfig(dir)).toEqual({ exclude: ["legacy/**"], endpoint: "https://example.test/a" });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "app" }));
    writeFileSync(join(dir, "techstack.config.yml"), "exclude: [vendor-js/**]\ndisable: [docker]\n");
    expect(loadConfig(dir)).toEqual({ exclude: ["vendor-js/**"], disable: ["docker"] });
    const options = await scanOptions(dir, { exclude: ["tmp/**"], "no-git": true });
    expect(options).toMatchObject({ exclude: ["vendor-js/**", "tmp/**"], disable: ["docker"], git: false });
  });

  it("two configuration files in one folder are an error naming both, not one silently read", () => {
    // techstack.config.json was read and an edited techstack.config.yml beside it ignored.
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ exclude: ["a/**"] }));
    writeFileSync(join(dir, "techstack.config.yml"), "exclude: [b/**]\n");
    // Message and exit code in one check: the code was checked in a catch, which a call that threw nothing skipped.
    expect(() => loadConfig(dir)).toThrow(expect.objectContaining({ message: `${join(dir, "techstack.config.json")} and ${join(dir, "techstack.config.yml")}: two configuration files; keep one`, exitCode: 1 }));
  });

  it("package.json's techstack key beside a configuration file is the same error", () => {
    // h69-r: the key's exclude was ignored beside a techstack.config.yml holding only endpoint.
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { react: "18.2.0" }, techstack: { exclude: ["x/**"] } }));
    writeFileSync(join(dir, "techstack.config.yml"), "endpoint: https://example.test/a\n");
    expect(() => loadConfig(dir)).toThrow(expect.objectContaining({ message: `${join(dir, "techstack.config.yml")} and ${join(dir, "package.json")} (techstack key): two configuration files; keep one`, exitCode: 1 }));
    // A package.json that does not parse holds no key: the configuration file is read.
    writeFileSync(join(dir, "package.json"), "{ broken");
    expect(loadConfig(dir)).toEqual({ endpoint: "https://example.test/a" });
  });

  it("packages: false leaves out package entries for every command that scans, as --no-packages does; a wrong type is an error naming the file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2", "left-pad": "1.3.0" } }));
    const entries = async () => (await scan(dir, await scanOptions(dir, { "no-git": true }))).document.tools;
    expect((await entries()).some((t) => t.package_url)).toBe(true);
    writeFileSync(join(dir, "techstack.config.yml"), "packages: false\n");
    const tools = await entries();
    expect(tools.map((t) => t.name)).toContain("ExpressJS");
    expect(tools.filter((t) => t.package_url)).toEqual([]);
    writeFileSync(join(dir, "techstack.config.yml"), "packages: no thanks\n");
    expect(() => loadConfig(dir)).toThrow(/techstack\.config\.yml: 'packages' must be true or false/);
  });

  it("this repository's own config keeps its test repositories out of its stack", async () => {
    const { document } = await scan(ROOT, { ...(await scanOptions(ROOT, { "no-git": true })) });
    const names = document.tools.map((t) => t.name);
    expect(names).toContain("TypeScript");
    expect(names).not.toContain("Laravel"); // fixtures/laravel-app
    expect(names).not.toContain("Rails");
  });

  it("an extra catalog file from the config, and a techstack.catalog.yml in the repository, add tools", async () => {
    const dir = tempDir();
    cpSync(fixture("npm-v1-app"), dir, { recursive: true });
    writeFileSync(join(dir, "techstack.catalog.yml"), yaml.dump({ tools: [{ id: "acme-bus", name: "Acme Bus", category: "Data Stores", sub_category: "Message Queue" }], matchers: { npm: { "body-parser": "acme-bus" } } }));
    const { document } = await scan(dir, { git: false });
    expect(document.tools.find((t) => t.name === "Acme Bus")?.version).toBe("1.18.3");
    writeFileSync(join(dir, "extra.yml"), yaml.dump({ tools: [{ id: "nodemon", name: "Nodemon (renamed)" }] }));
    const options = optionsFromConfig(dir, { catalog: "extra.yml" });
    const renamed = await scan(dir, { ...options, git: false });
    expect(renamed.document.tools.some((t) => t.name === "Nodemon (renamed)")).toBe(true);
  });

  it("a repository's catalog keeps the built-in catalog as it is: a key whose version is none of its tools' stays so", async () => {
    const files = {
      "main.tf": 'terraform {\n  required_providers {\n    random = {\n      source = "hashicorp/random"\n    }\n  }\n}\n',
      ".terraform.lock.hcl": 'provider "registry.terraform.io/hashicorp/random" {\n  version = "3.4.3"\n}\n',
    };
    const terraform = async (more: Record<string, string>) => (await scan(new MemorySource({ ...files, ...more }), { git: false })).document.tools.find((t) => t.name === "Terraform");
    expect(await terraform({})).toBeDefined();
    expect((await terraform({}))?.version).toBeUndefined();
    const withCatalog = await terraform({ "techstack.catalog.yml": "matchers:\n  npm:\n    acme-bus-client: redis\n" });
    expect(withCatalog).toBeDefined();
    expect(withCatalog?.version).toBeUndefined();
  });

  it("a repository's catalog re-points what a detector read: a format, an image variant", async () => {
    const files = {
      "stack.yml": "services:\n  cache:\n    image: redis:7-alpine\n",
      "client/.travis.yml": "language: node_js\nnode_js:\n  - 18\n",
    };
    const names = async (extra: Record<string, string>) =>
      (await scan(new MemorySource({ ...files, ...extra }), { git: false })).document.tools.filter((t) => !t.package_url).map((t) => t.name);
    const before = await names({});
    expect(before).toEqual(expect.arrayContaining(["Docker Compose", "Redis", "Alpine Linux", "Travis CI"]));
    expect(before).not.toContain("Docker");
    const after = await names({ "techstack.catalog.yml": "matchers:\n  format:\n    compose-file: docker\n    travis-config: circleci\n  image-variant:\n    alpine: []\n" });
    expect(after).toEqual(expect.arrayContaining(["Docker", "Redis", "CircleCI"]));
    expect(after).not.toContain("Docker Compose");
    expect(after).not.toContain("Alpine Linux");
    expect(after).not.toContain("Travis CI");
  });

  it("action.yml runs check or write and comments the diff once per pull request", () => {
    const action = yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Array<{ run?: string }> } };
    const script = action.runs.steps.map((s) => s.run ?? "").join("\n");
    expect(script).toContain(`dist/cli.js" "$MODE" "$DIRECTORY"`);
    expect(script).toContain("--format markdown");
    expect(script).toContain("PATCH");
  });
});
