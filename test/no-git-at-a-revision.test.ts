import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { detectCommand } from "../src/cli/commands/detect.js";
import { call, historyRepo, loggedGit, writeFile } from "./helpers.js";

// --no-git asks git nothing about the repository (remote, branch, history, the checkout's own Git);
// a revision is still read with git, its files and configuration alone, so --rev X --no-git names
// what --no-git names in a checkout of X. A .gitignore in the tree names Git either way.

/** The tools' names and each one's source, and the header, of a --no-git scan. */
async function scanned(args: string[]) {
  const outcome = await call(detectCommand, [...args, "--no-git", "--format", "json", "--timestamp", "2024-01-01T00:00:00Z"]);
  expect(outcome.code, outcome.stderr).toBe(0);
  const document = JSON.parse(outcome.stdout) as { provider: string; branch: string; tools: { name: string; detection_source: string }[] };
  return { header: [document.provider, document.branch], tools: document.tools.map((t) => `${t.name} ${t.detection_source}`) };
}

describe("--no-git with --rev", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("names what the checkout names without git, and runs git only to read the revision", async () => {
    const { dir, git, commit } = historyRepo();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    writeFile(dir, "package.json", '{"name":"shop","dependencies":{"react":"18.0.0"}}');
    writeFile(dir, ".gitignore", "node_modules\n");
    commit("Ada", 2, "start");
    const log = loggedGit();
    const atHead = await scanned([dir, "--rev", "HEAD"]);
    const runs = readFileSync(log, "utf8").trim().split("\n");
    expect(runs.map((run) => run.replace(/^.* -C \S+ /, "").split(" ").slice(0, 2).join(" ")).sort()).toEqual(["cat-file --batch", "cat-file blob", "ls-tree -l", "ls-tree -r"]);
    expect(atHead).toEqual(await scanned([dir]));
    // The tree's .gitignore names Git, as in a copy without .git; no remote is read.
    expect(atHead.tools).toContain("Git Repo Metadata");
    expect(atHead.header).toEqual(["local", "main"]);
  });

  it("a revision without git's files in its tree names no Git, where git's facts would", async () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "package.json", '{"name":"shop","dependencies":{"react":"18.0.0"}}');
    commit("Ada", 2, "start");
    expect((await scanned([dir, "--rev", "HEAD"])).tools.map((t) => t.split(" ")[0])).not.toContain("Git");
    const withGit = await call(detectCommand, [dir, "--rev", "HEAD", "--format", "json"]);
    expect((JSON.parse(withGit.stdout) as { tools: { name: string }[] }).tools.map((t) => t.name)).toContain("Git");
  });
});
