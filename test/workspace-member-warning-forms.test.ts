import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { workspaceMemberWarning } from "../src/cli/workspace-member.js";
import { tempDir, writeFile } from "./helpers.js";

// More of the member warning (test/workspace-member-warning has each kind of workspace): the root
// named as the user would type it from where they stand, and roots above that declare nothing.

function tree(files: Record<string, string>): string {
  const dir = tempDir("techstack-member-forms-");
  for (const [path, text] of Object.entries(files)) writeFile(dir, path, text);
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe("the workspace-member warning, other shapes", () => {
  const npmRoot = () => tree({ "package.json": '{ "private": true, "workspaces": ["services/*"] }', "services/billing/package.json": '{ "name": "billing" }' });

  it("names the root from the working folder: '.' standing in it, a relative path from above it", async () => {
    const root = npmRoot();
    vi.spyOn(process, "cwd").mockReturnValue(root);
    expect(await workspaceMemberWarning(join(root, "services/billing"))).toMatch(/the monorepo at \., .*: scan \. with --workspace services\/billing$/);
    vi.spyOn(process, "cwd").mockReturnValue(join(root, ".."));
    const name = root.split("/").at(-1)!;
    expect(await workspaceMemberWarning(join(root, "services/billing"))).toMatch(new RegExp(`the monorepo at ${name}, .*: scan ${name} with --workspace services/billing$`));
    // Standing in the member or the folder above it, the root is named whole, not as `../..` or `..`.
    vi.spyOn(process, "cwd").mockReturnValue(join(root, "services/billing"));
    const whole = new RegExp(`: a package of the monorepo at ${root.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, `);
    expect(await workspaceMemberWarning(".")).toMatch(whole);
    vi.spyOn(process, "cwd").mockReturnValue(join(root, "services"));
    expect(await workspaceMemberWarning("billing")).toMatch(whole);
  });

  it("a Cargo.toml above that cannot be read, or a pyproject.toml without a uv workspace, declares no member", async () => {
    const broken = tree({ "Cargo.toml": '[workspace]\nmembers = ["crates/*"\n', "crates/server/Cargo.toml": '[package]\nname = "server"\n' });
    expect(await workspaceMemberWarning(join(broken, "crates/server"))).toBeUndefined();
    const poetry = tree({ "pyproject.toml": '[tool.poetry]\nname = "root"\n[tool.uv]\ndev-dependencies = []\n', "packages/api/pyproject.toml": '[project]\nname = "api"\n' });
    expect(await workspaceMemberWarning(join(poetry, "packages/api"))).toBeUndefined();
  });

  it("a uv workspace's exclude takes a folder its members glob holds", async () => {
    const uv = tree({ "pyproject.toml": '[tool.uv.workspace]\nmembers = ["packages/*"]\nexclude = ["packages/seeds"]\n', "packages/api/pyproject.toml": "", "packages/seeds/pyproject.toml": "" });
    expect(await workspaceMemberWarning(join(uv, "packages/api"))).toMatch(/a member of the uv workspace at /);
    expect(await workspaceMemberWarning(join(uv, "packages/seeds"))).toBeUndefined();
  });
});
