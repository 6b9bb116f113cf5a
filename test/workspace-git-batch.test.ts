import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { scanOptions } from "../src/cli/scan-flags.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { diffCommand } from "../src/cli/commands/diff.js";
import { workspacePackages } from "../src/cli/workspace.js";
import { call, loggedGit, tempDir } from "./helpers.js";

// --workspace with --rev reads every workspace package's package.json at the revision: one git
// process for all of them, not one each (a monorepo of 1,000 packages spawned 1,000 gits).

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A committed monorepo of `count` packages under packages/, with a few odd package.json files. */
function monorepo(count: number): string {
  const dir = tempDir("techstack-wsbatch-");
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write("package.json", JSON.stringify({ private: true, workspaces: ["packages/*", "tools/*"] }));
  for (let i = 0; i < count; i++) write(`packages/p${i}/package.json`, JSON.stringify({ name: `@acme/p${i}`, version: "1.0.0" }, null, 2) + "\n");
  // Two folders with the same bytes (one object id), one broken, one with a byte order mark, one `null`.
  write("tools/a/package.json", '{ "private": true }\n');
  write("tools/b/package.json", '{ "private": true }\n');
  write("tools/broken/package.json", "{ not json\n");
  write("tools/bom/package.json", '\uFEFF{ "name": "bom" }\n');
  write("tools/null/package.json", "null\n");
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "packages");
  return dir;
}


const byFolder = (a: { folder: string }, b: { folder: string }) => a.folder.localeCompare(b.folder);

describe("workspace packages at a revision", () => {
  it("are named as in the working tree, their package.json files read by one git process", async () => {
    const repo = monorepo(60);
    const onDisk = (await workspacePackages(repo)).sort(byFolder);
    expect(onDisk).toHaveLength(65);
    expect(onDisk.filter((p) => p.folder.startsWith("tools/"))).toEqual([
      { name: undefined, folder: "tools/a" },
      { name: undefined, folder: "tools/b" },
      { name: "bom", folder: "tools/bom" },
      { name: undefined, folder: "tools/broken" },
      { name: undefined, folder: "tools/null" },
    ]);
    const log = loggedGit();
    expect((await workspacePackages(repo, "HEAD")).sort(byFolder)).toEqual(onDisk);
    const runs = readFileSync(log, "utf8").trim().split("\n");
    // ls-tree, the root's package.json, then every package's at once (was one `cat-file blob` each: 67 runs).
    expect(runs).toHaveLength(3);
    expect(runs.filter((run) => run.includes("cat-file --batch"))).toHaveLength(2);
  });

  it("--workspace --rev lists and reads the revision once for both the package's folder and its siblings", async () => {
    const repo = monorepo(3);
    const log = loggedGit();
    const options = await scanOptions(repo, { workspace: "@acme/p1", rev: "HEAD" });
    expect(options.include?.[0]).toBe("packages/p1/**");
    const unlisted = [options.catalog].flat().flatMap((c) => c?.registries?.npm?.unlisted ?? []);
    expect(unlisted).toEqual(expect.arrayContaining(["@acme/p0", "@acme/p2", "bom"]));
    expect(unlisted).not.toContain("@acme/p1");
    // Was twice: once for the include, once for the siblings. (The revision's configuration is
    // looked up apart: one ls-tree of the files it may be in, then the one found read.)
    const runs = readFileSync(log, "utf8").trim().split("\n");
    expect(runs.filter((run) => run.includes("ls-tree -r"))).toHaveLength(1);
    expect(runs.filter((run) => run.includes("cat-file --batch"))).toHaveLength(2);
  });
});

describe("--workspace of a revision scanned", () => {
  const treeListings = (log: string) => readFileSync(log, "utf8").split("\n").filter((run) => / ls-tree -r -l -z /.test(run)).map((run) => run.split(" ls-tree -r -l -z ")[1]);

  it("lists the revision's tree once, for the workspace's lookup and the scan (was twice)", async () => {
    const repo = monorepo(3);
    const log = loggedGit();
    const outcome = await call(detectCommand, [repo, "--workspace", "@acme/p1", "--rev", "HEAD", "--no-git", "--format", "json"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    // The package's own folder is scanned, not its siblings' nor the root package.json.
    const document = JSON.parse(outcome.stdout) as { tools: Array<{ detection_source: string }> };
    expect(new Set(document.tools.map((t) => t.detection_source.split("/").slice(0, 2).join("/")))).toEqual(new Set(["packages/p1"]));
    expect(treeListings(log)).toEqual(["HEAD"]);
  });

  it("diff of two revisions: each revision's tree listed once", async () => {
    const repo = monorepo(3);
    const log = loggedGit();
    const outcome = await call(diffCommand, ["--rev-a", "HEAD", "--rev-b", "HEAD~0", repo, "--workspace", "packages/p2"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(treeListings(log).sort()).toEqual(["HEAD", "HEAD~0"]);
  });
});
