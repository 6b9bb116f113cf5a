import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { declaresWorkspace } from "../src/cli/workspace.js";
import { workspaceMemberWarning } from "../src/cli/workspace-member.js";
import { scanForCli } from "../src/cli/scan-flags.js";
import { tempDir, writeFile } from "./helpers.js";

// A monorepo's package scanned by its own folder (the GitHub Action's `directory:`, a CI job per
// service) cannot see the root's lockfile: h69-r found express at its range's floor, a sibling
// workspace listed as an npm package, a stale member uv.lock read, and no word of any of it.

function tree(files: Record<string, string>): string {
  const dir = tempDir("techstack-member-");
  for (const [path, text] of Object.entries(files)) writeFile(dir, path, text);
  return dir;
}

const API = '{ "name": "@acme/api", "dependencies": { "express": "^4.18.0", "@acme/shared": "*" } }';

describe("a folder that a workspace root above it declares a member of", () => {
  it("npm's globs are read without backtracking (picomatch took 3 s for this folder, 15 s for one of 60 a's)", async () => {
    const root = tree({ "package.json": '{ "workspaces": ["packages/*a*a*a*a*a*a*a*a*b", "!packages/skip"] }' });
    const started = Date.now();
    expect(await declaresWorkspace(root, `packages/${"a".repeat(40)}`)).toBe(false);
    expect(await declaresWorkspace(root, "packages/aaaaaaaab")).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("npm workspaces: the warning names the root and the --workspace to scan it with", async () => {
    const root = tree({ "package.json": '{ "workspaces": ["packages/*"] }', "packages/api/package.json": API, "tools/x/package.json": "{}" });
    expect(await workspaceMemberWarning(join(root, "packages/api"))).toBe(
      `${join(root, "packages/api")}: a package of the monorepo at ${root}, whose lockfile and other packages a scan of this folder cannot see (releases are the ranges' lowest, a sibling is listed as a registry package): scan ${root} with --workspace packages/api`,
    );
    // A folder the workspaces leave out, and the root itself, are scanned as they are.
    expect(await workspaceMemberWarning(join(root, "tools/x"))).toBeUndefined();
    expect(await workspaceMemberWarning(root)).toBeUndefined();
  });

  it("pnpm-workspace.yaml, with a `!` glob taking a folder out; lerna.json's packages where package.json names none", async () => {
    const pnpm = tree({ "pnpm-workspace.yaml": 'packages:\n  - "apps/*"\n  - "!apps/legacy"\n', "apps/web/package.json": "{}", "apps/legacy/package.json": "{}" });
    expect(await workspaceMemberWarning(join(pnpm, "apps/web"))).toMatch(/--workspace apps\/web$/);
    expect(await workspaceMemberWarning(join(pnpm, "apps/legacy"))).toBeUndefined();
    const lerna = tree({ "package.json": '{ "private": true }', "lerna.json": '{ "packages": ["modules/*"] }', "modules/core/package.json": "{}" });
    expect(await workspaceMemberWarning(join(lerna, "modules/core"))).toMatch(/--workspace modules\/core$/);
  });

  it("Cargo and uv workspaces: members, not their exclusions", async () => {
    const cargo = tree({ "Cargo.toml": '[workspace]\nmembers = ["crates/*"]\nexclude = ["crates/old"]\n', "crates/server/Cargo.toml": "", "crates/old/Cargo.toml": "" });
    expect(await workspaceMemberWarning(join(cargo, "crates/server"))).toMatch(/a member of the Cargo workspace at .*Cargo\.lock and \[workspace\.dependencies\]/);
    expect(await workspaceMemberWarning(join(cargo, "crates/old"))).toBeUndefined();
    const uv = tree({ "pyproject.toml": '[project]\nname = "root"\n[tool.uv.workspace]\nmembers = ["packages/*"]\n', "packages/api/pyproject.toml": "", "packages/api/uv.lock": "" });
    expect(await workspaceMemberWarning(join(uv, "packages/api"))).toMatch(/a member of the uv workspace at .*uv\.lock/);
  });

  it("the walk up stops at the checkout's top, and after a few folders", async () => {
    // A checkout kept inside another project's folder is its own repository.
    const outer = tree({ "package.json": '{ "workspaces": ["**"] }', "vendor/lib/.git/HEAD": "ref: refs/heads/main\n", "vendor/lib/src/package.json": "{}" });
    expect(await workspaceMemberWarning(join(outer, "vendor/lib"))).toBeUndefined();
    expect(await workspaceMemberWarning(join(outer, "vendor/lib/src"))).toBeUndefined();
    const deep = tree({ "Cargo.toml": '[workspace]\nmembers = ["a/**"]\n', "a/b/c/d/e/Cargo.toml": "", "a/b/c/Cargo.toml": "" });
    expect(await workspaceMemberWarning(join(deep, "a/b/c"))).toBeDefined();
    expect(await workspaceMemberWarning(join(deep, "a/b/c/d/e"))).toBeUndefined();
  });

  describe("on the command line", () => {
    const lines: string[] = [];
    afterEach(() => vi.restoreAllMocks());
    const root = () => tree({ "package.json": '{ "workspaces": ["packages/*"] }', "packages/api/package.json": API, "packages/shared/package.json": '{ "name": "@acme/shared" }' });

    it("a scan of the member's folder warns; one with --workspace does not", async () => {
      lines.length = 0;
      vi.spyOn(process.stderr, "write").mockImplementation((text) => (lines.push(String(text)), true));
      const dir = root();
      await scanForCli(join(dir, "packages/api"), { "no-git": true });
      expect(lines.filter((l) => l.includes("--workspace packages/api"))).toHaveLength(1);
      lines.length = 0;
      // The member's folder itself, with --workspace: the user chose the folder's scan.
      await scanForCli(join(dir, "packages/api"), { "no-git": true, workspace: "." });
      expect(lines.filter((l) => l.includes("--workspace"))).toEqual([]);
    });
  });
});
