import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { Catalog } from "../src/catalog/catalog.js";
import { builtinCatalog, catalogWith, parseCatalogFile } from "../src/catalog/load.js";
import { foundNothing, scanForCli, scanOptions } from "../src/cli/scan-flags.js";
import { workspacePackages } from "../src/cli/workspace.js";
import { REPO_METADATA } from "../src/constants.js";
import { scan } from "../src/index.js";
import type { StackDocument } from "../src/types.js";
import { tempDir, writeFile } from "./helpers.js";

// Scan flags and workspaces, the shapes test/cli-glue leaves out, written against stop 56's
// mutation survivors.

function tree(files: Record<string, string>): string {
  const dir = tempDir("techstack-flags-");
  for (const [path, text] of Object.entries(files)) writeFile(dir, path, text);
  return dir;
}

function committed(files: Record<string, string>): string {
  const dir = tree(files);
  for (const args of [["init", "-q"], ["add", "-A", "-f"], ["-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", "commit", "-qm", "x"]]) execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  return dir;
}

describe("scan flags, more shapes", () => {
  it("an --include of blanks alone (`--include \"$GLOB \"` with the variable unset) is an empty value", async () => {
    const dir = tree({});
    await expect(scanOptions(dir, { include: ["src/**", "  "] })).rejects.toThrow("--include takes a glob, not an empty value");
  });

  it("`..` alone, or the scanned folder's parent written absolute, is outside it", async () => {
    const dir = tree({});
    await expect(scanOptions(dir, { include: [".."] })).rejects.toThrow(`--include '..' is outside the scanned folder ${dir}`);
    await expect(scanOptions(dir, { exclude: [dirname(dir)] })).rejects.toThrow(`--exclude '${dirname(dir)}' is outside the scanned folder ${dir}`);
    // the folder itself, written absolute, is every path in it
    expect((await scanOptions(dir, { include: [dir] })).include).toEqual(["**"]);
  });

  it("no flag and no configuration: no option at all (no empty exclude list); --branch names the branch", async () => {
    const dir = tree({});
    expect(await scanOptions(dir, {})).toEqual({});
    expect(await scanOptions(dir, { branch: "release/2.x" })).toEqual({ repo: { branch: "release/2.x" } });
  });

  it("a bare repository, which has no working tree, is scanned at HEAD", async () => {
    const source = committed({ "package.json": JSON.stringify({ name: "api", version: "1.0.0" }) });
    const bare = join(tempDir("techstack-flags-"), "api.git");
    execFileSync("git", ["clone", "-q", "--bare", source, bare], { stdio: "ignore" });
    expect((await scanOptions(bare, {})).rev).toBe("HEAD");
    expect((await scanOptions(source, {})).rev).toBeUndefined();
  });

  it("found nothing: no tool, or only the Git a checkout's metadata shows; any other tool, from the metadata too, is something", () => {
    const doc = (tools: Array<{ name: string; detection_source: string }>) => ({ tools }) as unknown as StackDocument;
    const catalog = builtinCatalog();
    expect(foundNothing(doc([]), catalog)).toBe(true);
    expect(foundNothing(doc([{ name: "Git", detection_source: REPO_METADATA }]), catalog)).toBe(true);
    expect(foundNothing(doc([{ name: "Git", detection_source: REPO_METADATA }, { name: "Shell", detection_source: REPO_METADATA }]), catalog)).toBe(false);
    expect(foundNothing(doc([{ name: "Git", detection_source: ".gitmodules" }]), catalog)).toBe(false);
  });

  it("found nothing knows the checkout's Git by its id: a catalog that renames Git still finds nothing, and a tool named Git of another id is something", () => {
    const doc = (tools: Array<{ name: string; detection_source: string }>) => ({ tools }) as unknown as StackDocument;
    const renamed = catalogWith(parseCatalogFile("tools:\n  - id: git\n    name: Git SCM\n"));
    expect(foundNothing(doc([{ name: "Git SCM", detection_source: REPO_METADATA }]), renamed)).toBe(true);
    expect(foundNothing(doc([{ name: "Git", detection_source: REPO_METADATA }]), renamed)).toBe(false);
    // A catalog without Git has no finding of the checkout's: any tool is something.
    const without = new Catalog({ tools: [{ id: "shell", name: "Shell" }] });
    expect(foundNothing(doc([]), without)).toBe(true);
    expect(foundNothing(doc([{ name: "Git", detection_source: REPO_METADATA }]), without)).toBe(false);
  });

  it("a checkout's folder with nothing to read is said to be so under a catalog file that renames Git", async () => {
    const dir = committed({ "package.json": JSON.stringify({ name: "api", version: "1.0.0" }), "docs/techstack.catalog.yml": "tools:\n  - id: git\n    name: Git SCM\n" });
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    try {
      const result = await scanForCli(join(dir, "docs"), {});
      expect(result.document.tools.map((t) => t.name)).toEqual(["Git SCM"]);
    } finally {
      spy.mockRestore();
    }
    // The warning names Git as the catalog does.
    expect(lines).toEqual([`warning: ${join(dir, "docs")}: no tool found but Git SCM, from the checkout (1 file listed, none that techstack reads): is it the repository's folder?\n`]);
  });
});

describe("workspaces at a revision, more shapes", () => {
  it("a `**` pattern takes no package in node_modules or a hidden folder at a revision either (a JavaScript action under .github/actions)", async () => {
    const pkg = (name: string) => JSON.stringify({ name, version: "1.0.0" });
    const dir = committed({
      "package.json": JSON.stringify({ private: true, workspaces: ["**"] }),
      "packages/api/package.json": pkg("@acme/api"),
      ".github/actions/release/package.json": pkg("release-action"),
      "node_modules/left-pad/package.json": pkg("left-pad"),
      "packages/api/node_modules/debug/package.json": pkg("debug"),
    });
    expect(await workspacePackages(dir)).toEqual([{ name: "@acme/api", folder: "packages/api" }]);
    expect(await workspacePackages(dir, "HEAD")).toEqual([{ name: "@acme/api", folder: "packages/api" }]);
  });

  it("--workspace . at a revision of a repository without workspaces is its top folder", async () => {
    const dir = committed({ "package.json": JSON.stringify({ name: "single" }), "index.js": "" });
    expect((await scanOptions(dir, { rev: "HEAD", workspace: "." })).include?.[0]).toBe((await scanOptions(dir, { workspace: "." })).include?.[0]);
  });
});

// --workspace's globs came after the user's --include ones, and a later glob wins: the package's
// `packages/api/**` took back `!packages/api/test/**` (rev69-m).
describe("--workspace with a user's `!` include", () => {
  it("keeps the user's glob's say over the package's folder", async () => {
    const dir = tree({
      "package.json": JSON.stringify({ private: true, workspaces: ["packages/*"] }),
      "packages/api/package.json": JSON.stringify({ name: "@acme/api", dependencies: { express: "^4.18.2" } }),
      "packages/api/test/package.json": JSON.stringify({ name: "api-fixture", private: true, dependencies: { vue: "^3.4.0" } }),
    });
    const names = async (include: string[]) => (await scan(dir, { ...(await scanOptions(dir, { workspace: "@acme/api", include })), git: false, packages: false })).document.tools.map((t) => t.name);
    expect(await names([])).toContain("Vue.js");
    const taken = await names(["!packages/api/test/**"]);
    expect(taken).toContain("ExpressJS");
    expect(taken).not.toContain("Vue.js");
  });
});
