import { describe, expect, it } from "vitest";
import { detect } from "../src/index.js";
import { call, tempDir, tool, writeFile } from "./helpers.js";
import { detectCommand } from "../src/cli/commands/detect.js";

// README ("Use it from code") and detect's TSDoc: the API extends the catalog with the scanned
// tree's techstack.catalog.yml, but the techstack.config.* file is the commands' configuration and
// is not read by detect(); its settings are passed as options.
describe("detect() and the repository's own files", () => {
  function repo(): string {
    const dir = tempDir("techstack-api-config-");
    writeFile(dir, "package.json", '{"dependencies":{"react":"18.2.0","@acme/bus-client":"1.0.0"}}\n');
    writeFile(dir, "legacy/package.json", '{"dependencies":{"vue":"2.6.0"}}\n');
    writeFile(dir, "techstack.config.json", '{"exclude":["legacy/**"]}\n');
    writeFile(dir, "techstack.catalog.yml", 'tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\n    sub_category: Message Queue\nmatchers:\n  npm:\n    "@acme/bus-client": acme-bus\n');
    return dir;
  }

  it("takes the tree's techstack.catalog.yml, leaves its techstack.config.json to the CLI, and takes the same settings as options", async () => {
    const dir = repo();
    const plain = (await detect(dir, { git: false })).tools;
    expect(tool(plain, "Acme Bus")).toBeDefined();
    expect(tool(plain, "Vue.js")).toBeDefined();
    const excluded = (await detect(dir, { git: false, exclude: ["legacy/**"] })).tools;
    expect(tool(excluded, "Acme Bus")).toBeDefined();
    expect(tool(excluded, "Vue.js")).toBeUndefined();
  });

  it("the detect command reads the configuration file", async () => {
    const out = await call(detectCommand, [repo(), "--no-git", "--format", "json"]);
    const tools = JSON.parse(out.stdout).tools;
    expect(tool(tools, "Acme Bus")).toBeDefined();
    expect(tool(tools, "Vue.js")).toBeUndefined();
  });
});
