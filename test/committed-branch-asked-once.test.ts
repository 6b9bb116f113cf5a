import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { scan } from "../src/index.js";
import { call, historyRepo, loggedGit, writeFile } from "./helpers.js";

// write, check and submit read the committed techstack.yml's branch (documentBranch, with the file's
// branch) before they scan: the scan, told that branch, asks git for it no second time.

/** How many of the logged git runs asked for the checkout's branch (`symbolic-ref ... HEAD`). */
function branchAsks(log: string): number {
  return readFileSync(log, "utf8").split("\n").filter((c) => / symbolic-ref --quiet --short HEAD$/.test(c)).length;
}

describe("a committed techstack.yml's branch is asked of git once a command", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("by write, check and submit on a feature branch, which keep the file's branch", async () => {
    const { dir, git, commit } = historyRepo();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    writeFile(dir, "package.json", '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
    commit("Ada", 2, "start");
    expect((await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"])).code).toBe(0);
    commit("Ada", 3, "stack file");
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
      expect(branchAsks(log) - before).toBe(1);
    }
    // Still the file's branch, not the feature branch the checkout is on.
    expect(readFileSync(`${dir}/techstack.yml`, "utf8")).toMatch(/^branch: main$/m);
  });

  it("by no scan told the branch (options.repo, as --branch gives it)", async () => {
    const { dir, git, commit } = historyRepo();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    writeFile(dir, "package.json", '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
    commit("Ada", 2, "start");
    const log = loggedGit();
    const { document } = await scan(dir, { history: false, repo: { branch: "release" } });
    expect(document.branch).toBe("release");
    expect(branchAsks(log)).toBe(0);
    // The rest of the header is still git's.
    expect(document.repo_name).toBe("acme/shop");
  });
});
