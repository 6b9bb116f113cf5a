import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { workspacePackages, workspaceScope } from "../src/cli/workspace.js";
import { tempDir } from "./helpers.js";

// --workspace with --rev reads the revision's tree (git ls-tree) where a scan of the working tree
// walks the folders: the same packages either way, for the layouts a monorepo commits.

const byFolder = (a: { folder: string }, b: { folder: string }) => a.folder.localeCompare(b.folder);

function commit(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = tempDir("techstack-wsrev-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "layout");
  return dir;
}

const pkg = (name: string) => JSON.stringify({ name, version: "1.0.0" }) + "\n";

// A pnpm monorepo whose packages/** pattern reaches deep folders, with a vendored node_modules copy
// committed, a hidden template folder, a package six folders down (read) and one seven down (not),
// and links: a package.json that is a link to another package's (git records the link, not the
// file), one to a package.json out of the repository, one to nothing, and a linked package folder.
let monorepo: string;
let plain: string;
beforeAll(() => {
  const outside = join(tempDir("techstack-wsrev-outside-"), "package.json");
  writeFileSync(outside, pkg("@other/outside"));
  monorepo = commit(
    {
      "package.json": JSON.stringify({ private: true }) + "\n",
      "pnpm-workspace.yaml": "packages:\n  - 'packages/**'\n  - 'apps/*'\n",
      "packages/ui/package.json": pkg("@acme/ui"),
      "packages/ui/src/index.ts": "export {};\n",
      "packages/ui/node_modules/left-pad/package.json": pkg("left-pad"),
      "packages/.template/package.json": pkg("template"),
      "packages/a/b/c/d/e/package.json": pkg("@acme/deep"),
      "packages/a/b/c/d/e/f/package.json": pkg("@acme/too-deep"),
      "apps/web/package.json": pkg("@acme/web"),
      "apps/web/README.md": "# web\n",
      "apps/legacy/README.md": "# legacy\n",
    },
    {
      "apps/legacy/package.json": "../web/package.json",
      "apps/vendored/package.json": outside,
      "apps/gone/package.json": "../removed/package.json",
      "packages/linked": "../apps/web",
    },
  );
  // No workspaces: a folder is chosen by its path.
  plain = commit({ "package.json": pkg("shop"), "services/api/main.go": "package main\n", "src/index.js": "\n" });
});

describe("the working tree and a revision of it agree on links", () => {
  // npm, pnpm and Yarn follow a linked package.json or package folder; the scan follows no link,
  // from disk or from git, so a package reached through one is no workspace package of either.
  it("the same packages, no folder whose package.json is a link (in the repository, out of it, to nothing) nor a linked folder", async () => {
    const onDisk = (await workspacePackages(monorepo)).sort(byFolder);
    expect(onDisk).toEqual((await workspacePackages(monorepo, "HEAD")).sort(byFolder));
    expect(onDisk.map((p) => p.folder)).toEqual(["apps/web", "packages/a/b/c/d/e", "packages/ui"]);
  });

  it("a folder whose package.json is a link, or a linked folder, named by path: refused from both", async () => {
    for (const folder of ["apps/legacy", "apps/vendored", "packages/linked"]) {
      const refusal = (rev?: string) => workspaceScope(monorepo, folder, rev).then(() => "chosen", (error: Error) => error.message.replace(/ in .* the workspaces are:/, " in ...; the workspaces are:"));
      expect(await refusal()).toBe(await refusal("HEAD"));
      expect(await refusal()).toMatch(/^no workspace package/);
    }
  });
});

describe("a revision's workspace packages", () => {
  it("folders six deep at most, outside node_modules and hidden folders, a linked package.json not followed", async () => {
    const packages = (await workspacePackages(monorepo, "HEAD")).sort(byFolder);
    expect(packages).toEqual([
      { name: "@acme/web", folder: "apps/web" },
      { name: "@acme/deep", folder: "packages/a/b/c/d/e" },
      { name: "@acme/ui", folder: "packages/ui" },
    ]);
  });

  it("a package chosen by name at the revision: its folder's globs and the other packages as siblings", async () => {
    const scope = await workspaceScope(monorepo, "@acme/ui", "HEAD");
    expect(scope.include[0]).toBe("packages/ui/**");
    expect(scope.siblings.npm.sort()).toEqual(["@acme/deep", "@acme/web"]);
  });

  it("without workspaces: the top folder or any folder the revision holds, a folder it lacks refused", async () => {
    expect((await workspaceScope(plain, ".", "HEAD")).include[0]).toBe("./**");
    expect((await workspaceScope(plain, "services/api", "HEAD")).include[0]).toBe("services/api/**");
    await expect(workspaceScope(plain, "services/web", "HEAD")).rejects.toThrow(`no workspace folder 'services/web' in ${plain} at revision 'HEAD', which declares no workspaces`);
  });

  it("an option given where the revision goes is refused before git runs", async () => {
    await expect(workspaceScope(plain, ".", "--no-git")).rejects.toThrow("--rev takes a revision (a branch, tag or commit), not '--no-git'");
  });
});
