import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { foundNothing, scanOptions } from "../src/cli/scan-flags.js";
import { workspacePackages } from "../src/cli/workspace.js";
import { REPO_METADATA } from "../src/constants.js";
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
  it("an --include of blanks alone (`--include \"$GLOB \"` with the variable unset) is an empty value", () => {
    const dir = tree({});
    expect(() => scanOptions(dir, { include: ["src/**", "  "] })).toThrow("--include takes a glob, not an empty value");
  });

  it("`..` alone, or the scanned folder's parent written absolute, is outside it", () => {
    const dir = tree({});
    expect(() => scanOptions(dir, { include: [".."] })).toThrow(`--include '..' is outside the scanned folder ${dir}`);
    expect(() => scanOptions(dir, { exclude: [dirname(dir)] })).toThrow(`--exclude '${dirname(dir)}' is outside the scanned folder ${dir}`);
    // the folder itself, written absolute, is every path in it
    expect(scanOptions(dir, { include: [dir] }).include).toEqual(["**"]);
  });

  it("no flag and no configuration: no option at all (no empty exclude list); --branch names the branch", () => {
    const dir = tree({});
    expect(scanOptions(dir, {})).toEqual({});
    expect(scanOptions(dir, { branch: "release/2.x" })).toEqual({ repo: { branch: "release/2.x" } });
  });

  it("a bare repository, which has no working tree, is scanned at HEAD", () => {
    const source = committed({ "package.json": JSON.stringify({ name: "api", version: "1.0.0" }) });
    const bare = join(tempDir("techstack-flags-"), "api.git");
    execFileSync("git", ["clone", "-q", "--bare", source, bare], { stdio: "ignore" });
    expect(scanOptions(bare, {}).rev).toBe("HEAD");
    expect(scanOptions(source, {}).rev).toBeUndefined();
  });

  it("found nothing: no tool, or only the Git a checkout's metadata shows; any other tool, from the metadata too, is something", () => {
    const doc = (tools: Array<{ name: string; detection_source: string }>) => ({ tools }) as unknown as StackDocument;
    expect(foundNothing(doc([]))).toBe(true);
    expect(foundNothing(doc([{ name: "Git", detection_source: REPO_METADATA }]))).toBe(true);
    expect(foundNothing(doc([{ name: "Git", detection_source: REPO_METADATA }, { name: "Shell", detection_source: REPO_METADATA }]))).toBe(false);
    expect(foundNothing(doc([{ name: "Git", detection_source: ".gitmodules" }]))).toBe(false);
  });
});

describe("workspaces at a revision, more shapes", () => {
  it("a `**` pattern takes no package in node_modules or a hidden folder at a revision either (a JavaScript action under .github/actions)", () => {
    const pkg = (name: string) => JSON.stringify({ name, version: "1.0.0" });
    const dir = committed({
      "package.json": JSON.stringify({ private: true, workspaces: ["**"] }),
      "packages/api/package.json": pkg("@acme/api"),
      ".github/actions/release/package.json": pkg("release-action"),
      "node_modules/left-pad/package.json": pkg("left-pad"),
      "packages/api/node_modules/debug/package.json": pkg("debug"),
    });
    expect(workspacePackages(dir)).toEqual([{ name: "@acme/api", folder: "packages/api" }]);
    expect(workspacePackages(dir, "HEAD")).toEqual([{ name: "@acme/api", folder: "packages/api" }]);
  });

  it("--workspace . at a revision of a repository without workspaces is its top folder", () => {
    const dir = committed({ "package.json": JSON.stringify({ name: "single" }), "index.js": "" });
    expect(scanOptions(dir, { rev: "HEAD", workspace: "." }).include?.[0]).toBe(scanOptions(dir, { workspace: "." }).include?.[0]);
  });
});
