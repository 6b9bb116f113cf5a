import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { scan } from "../src/index.js";
import { call, historyRepo, historyRepoCopy, loggedGit, writeFile } from "./helpers.js";

// write, check and submit read the committed techstack.yml's branch (documentBranch, with the file's
// branch) before they scan: the scan, told that branch, asks git for it no second time.

/**
 * How many of the logged git runs worked out the checkout's branch: `symbolic-ref ... HEAD`, or the
 * rev-parse that says where HEAD's file is (documentBranch reads the file; the command asks that
 * rev-parse once, and the scan, given its answer, asks it no second time).
 */
function branchAsks(log: string): number {
  return readFileSync(log, "utf8").split("\n").filter((c) => / symbolic-ref --quiet --short HEAD$| rev-parse --git-common-dir /.test(c)).length;
}

/**
 * How many of the logged git runs read the remotes' URLs: a configuration listing that holds them
 * (remote.*.url among its keys: the command's, which committedFacts and the scan share), `remote
 * get-url` and `remote`.
 */
function remoteReads(log: string): number {
  return readFileSync(log, "utf8").split("\n").filter((c) => / remote get-url | remote$|config --get-regexp \^remote|remote\\\.\.\*\\\.\[\^\.\]\*/.test(c)).length;
}

/**
 * A shop with origin at acme/shop whose techstack.yml, written by write, is committed (Ada's commits
 * of days 2 and 3). Built once: a test takes a copy (copied files, no git process, no scan) and
 * changes its branch or remotes there.
 */
let committedStack: string;
beforeAll(async () => {
  const { dir, git, commit } = historyRepo();
  git("remote", "add", "origin", "https://github.com/acme/shop.git");
  writeFile(dir, "package.json", '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
  commit("Ada", 2, "start");
  for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
  try {
    expect((await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"])).code).toBe(0);
  } finally {
    vi.unstubAllEnvs();
  }
  commit("Ada", 3, "stack file");
  committedStack = dir;
});

const copyOfCommittedStack = () => historyRepoCopy(committedStack);

describe("a committed techstack.yml's branch is asked of git once a command", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("by write, check and submit on a feature branch, which keep the file's branch", async () => {
    const { dir, git } = copyOfCommittedStack();
    git("checkout", "-q", "-b", "feature");
    const log = loggedGit();
    for (const [command, args] of [
      [writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"]],
      [checkCommand, [dir]],
      [submitCommand, [dir, "--auto", "--dry-run"]],
    ] as const) {
      const before = branchAsks(log);
      const outcome = await call(command, [...args]);
      expect(outcome.code, outcome.stderr).toBe(0);
      // One rev-parse (HEAD then read from its file), for documentBranch and the scan both.
      expect(branchAsks(log) - before).toBe(1);
    }
    // Still the file's branch, not the feature branch the checkout is on.
    expect(readFileSync(`${dir}/techstack.yml`, "utf8")).toMatch(/^branch: main$/m);
  });

  it("by no scan told the branch (options.repo, as --branch gives it)", async () => {
    const { dir } = copyOfCommittedStack();
    const log = loggedGit();
    const { document } = await scan(dir, { history: false, repo: { branch: "release" } });
    expect(document.branch).toBe("release");
    // The layout's rev-parse alone.
    expect(branchAsks(log)).toBe(1);
    // The rest of the header is still git's.
    expect(document.repo_name).toBe("acme/shop");
  });
});

// The committed file's repository, read from the listing of the remotes (remoteNamed: origin, or an
// upstream a fork's clone has), gives the header every fact a remote gives (repo_name, provider,
// requested_by, web_url): the scan, told them, reads the remotes no second time.
describe("the remotes are read of git once a command", () => {
  afterEach(() => vi.unstubAllEnvs());

  const commands = (dir: string) =>
    [
      [writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"]],
      [checkCommand, [dir]],
      [submitCommand, [dir, "--auto", "--dry-run"]],
    ] as const;

  it("by write, check and submit where origin is the file's repository", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir } = copyOfCommittedStack();
    const log = loggedGit();
    for (const [command, args] of commands(dir)) {
      const before = remoteReads(log);
      const outcome = await call(command, [...args]);
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(remoteReads(log) - before).toBe(1);
    }
    expect(readFileSync(`${dir}/techstack.yml`, "utf8")).toMatch(/^repo_name: acme\/shop$/m);
  });

  it("a fork's clone whose remotes are written through an insteadOf prefix keeps the upstream repository, as git remote get-url names it", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir, git } = copyOfCommittedStack();
    git("config", "url.git@github.com:.insteadOf", "gh:");
    git("remote", "set-url", "origin", "gh:acme/shop.git");
    // Written through the prefix, the file is the one committed (github's acme/shop).
    expect((await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"])).code).toBe(0);
    expect(readFileSync(`${dir}/techstack.yml`, "utf8")).toMatch(/^provider: github$/m);
    expect(git("status", "--porcelain")).toBe("");
    // The contributor's clone: the fork is origin, the repository the file names is upstream.
    git("remote", "rename", "origin", "upstream");
    git("remote", "add", "origin", "gh:ada/shop.git");
    expect(git("remote", "get-url", "upstream").trim()).toBe("git@github.com:acme/shop.git");
    const log = loggedGit();
    const written = await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(written.code, written.stderr).toBe(0);
    const file = readFileSync(`${dir}/techstack.yml`, "utf8");
    expect(file).toMatch(/^repo_name: acme\/shop$/m);
    // Not the unrewritten `gh:acme/shop`'s host "gh": github, and its links on github.com.
    expect(file).toMatch(/^provider: github$/m);
    expect(file).toContain("https://github.com/acme/shop/blob/main/package.json");
    expect(file).not.toContain("github.com/ada/");
    expect(remoteReads(log)).toBe(1);
    for (const [command, args] of commands(dir).slice(1)) {
      const before = remoteReads(log);
      const outcome = await call(command, [...args]);
      expect(outcome.code, outcome.stderr).toBe(0);
      expect(remoteReads(log) - before).toBe(1);
    }
  });

  it("and a fork's clone keeps the upstream repository the file names, its links too", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir, git } = copyOfCommittedStack();
    git("remote", "rename", "origin", "upstream");
    git("remote", "add", "origin", "git@github.com:ada/shop.git");
    const log = loggedGit();
    const outcome = await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(remoteReads(log)).toBe(1);
    const file = readFileSync(`${dir}/techstack.yml`, "utf8");
    expect(file).toMatch(/^repo_name: acme\/shop$/m);
    expect(file).not.toContain("github.com/ada/");
  });

  it("once too where no remote is the file's repository (renamed since): the scan reads origin's from the same listing", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir, git } = copyOfCommittedStack();
    git("remote", "set-url", "origin", "https://github.com/acme/storefront.git");
    const log = loggedGit();
    expect((await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"])).code).toBe(0);
    expect(remoteReads(log)).toBe(1);
    expect(readFileSync(`${dir}/techstack.yml`, "utf8")).toMatch(/^repo_name: acme\/storefront$/m);
  });
});
