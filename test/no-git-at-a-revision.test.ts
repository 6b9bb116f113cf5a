import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { importedRepo } from "./git-import.js";
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
    // Nor is a branch: git is not asked which one the checkout is on.
    expect(atHead.header).toEqual(["local", ""]);
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

// The branch or tag --rev names is the revision's own name, not a fact of the repository: the
// document names it, as it does with git facts, rather than none.

/** main with one commit; release/2.x one further, tagged v2.1.0; origin's develop where main is. */
function released() {
  const dir = importedRepo({ "package.json": '{"name":"shop","dependencies":{"express":"4.18.2"}}' });
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@example.com", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@example.com" } }).trim();
  const tree = git("rev-parse", "main^{tree}");
  const release = git("commit-tree", tree, "-p", "main", "-m", "2.1.0");
  git("update-ref", "refs/heads/release/2.x", release);
  git("update-ref", "refs/tags/v2.1.0", release);
  git("update-ref", "refs/remotes/origin/develop", "main");
  return { dir, release };
}

const branchAt = async (dir: string, rev: string) => (await scan(dir, { rev, git: false, timestamp: "2024-01-01T00:00:00Z" })).document.branch;

describe("the branch of a revision scanned without git facts", () => {
  // One repository for both tests (six git runs to make): they only scan it, and assert names, not git runs.
  let dir: string;
  let release: string;
  beforeAll(() => ({ dir, release } = released()));

  it("a branch or tag --rev names is the document's branch; a commit or HEAD names none", async () => {
    expect(await branchAt(dir, "release/2.x")).toBe("release/2.x");
    expect(await branchAt(dir, "origin/develop")).toBe("develop");
    expect(await branchAt(dir, "v2.1.0")).toBe("v2.1.0");
    // The commit release/2.x points to is no name of it: which branch holds it is the repository's fact.
    expect(await branchAt(dir, release)).toBe("");
    // HEAD stands for the checkout, which git is not asked of: the first test's header names no branch.
  });

  it("detect --rev --no-git writes it, and --branch still overrides it", async () => {
    const branch = async (...args: string[]) => {
      const outcome = await call(detectCommand, [dir, "--no-git", "--format", "json", ...args]);
      expect(outcome.code, outcome.stderr).toBe(0);
      return (JSON.parse(outcome.stdout) as { branch: string }).branch;
    };
    expect(await branch("--rev", "release/2.x")).toBe("release/2.x");
    expect(await branch("--rev", "release/2.x", "--branch", "trunk")).toBe("trunk");
  });
});
