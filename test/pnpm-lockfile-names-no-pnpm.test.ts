import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const tool = (tools: ToolEntry[], name: string) => tools.find((t) => t.name === name && !t.package_url);

// A Vue 3 app scaffolded with create-vue and installed with pnpm: the lockfile is pnpm's only sign.
const manifest = JSON.stringify({
  name: "chat",
  private: true,
  type: "module",
  scripts: { dev: "vite", build: "vue-tsc --build --force && vite build" },
  dependencies: { pinia: "^2.1.6", vue: "^3.3.4", "vue-router": "^4.2.4" },
  devDependencies: { "@vitejs/plugin-vue": "^4.3.4", typescript: "~5.2.0", vite: "^4.4.9", "vue-tsc": "^1.8.11" },
});
const lock = [
  "lockfileVersion: '6.0'",
  "",
  "settings:",
  "  autoInstallPeers: true",
  "  excludeLinksFromLockfile: false",
  "",
  "dependencies:",
  "  vue:",
  "    specifier: ^3.3.4",
  "    version: 3.3.4",
  "",
].join("\n");

describe("pnpm", () => {
  it("is not named from pnpm-lock.yaml alone", async () => {
    const { document } = await scan(new MemorySource({ "package.json": manifest, "pnpm-lock.yaml": lock }), { git: false });
    expect(tool(document.tools, "pnpm")).toBeUndefined();
    expect(tool(document.tools, "Vue.js")).toBeDefined();
    expect(tool(document.tools, "npm")).toBeDefined();
  });

  it("is named from package.json's packageManager, with its release", async () => {
    const pinned = JSON.stringify({ ...JSON.parse(manifest), packageManager: "pnpm@8.7.6" });
    const { document } = await scan(new MemorySource({ "package.json": pinned, "pnpm-lock.yaml": lock }), { git: false });
    expect(tool(document.tools, "pnpm")).toMatchObject({ version: "8.7.6", detection_source: "package.json" });
  });

  it("is named from a pnpm-workspace.yaml", async () => {
    const workspace = "packages:\n  - 'apps/*'\n  - 'packages/*'\n";
    const { document } = await scan(new MemorySource({ "package.json": manifest, "pnpm-lock.yaml": lock, "pnpm-workspace.yaml": workspace }), { git: false });
    expect(tool(document.tools, "pnpm")).toBeDefined();
  });
});
