import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectCommand } from "../src/cli/commands/detect.js";
import { call, fixture, tempDir } from "./helpers.js";

// A --workspace scan reads the root package.json for what the package takes from it (its package
// manager and runtime pins). Malformed, that file costs the package its pnpm release, so the warning
// stays, though the user named another package: it says the file is the workspace root's and what
// is lost, where "package.json: malformed JSON" alone read as the package's own manifest.

describe("a malformed root package.json in a --workspace scan", () => {
  it("is warned of as the root's, read for the pins the package takes from it; the package's own tools stand", async () => {
    const root = join(tempDir("techstack-ws-root-"), "mono");
    cpSync(fixture("pnpm-monorepo"), root, { recursive: true });
    const manifest = join(root, "package.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(/\}\s*$/, ",,}\n"));
    const outcome = await call(detectCommand, [root, "--workspace", "site", "--no-git", "--format", "json", "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(outcome.code).toBe(0);
    const lines = outcome.stderr.split("\n").filter((line) => line.includes("package.json"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: package\.json: malformed JSON: .*; the workspace root's manifest, read for what the package scanned takes from it \(its package manager and runtime pins\), which is left out$/);
    const tools = (JSON.parse(outcome.stdout) as { tools: { name: string; version?: string }[] }).tools;
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["Svelte", "SvelteKit", "pnpm"]));
    expect(tools.find((t) => t.name === "pnpm")?.version).toBeUndefined();
  });
});
