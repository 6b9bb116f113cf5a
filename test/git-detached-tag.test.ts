import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoFacts } from "../src/git/facts.js";
import { detect } from "../src/index.js";
import { historyRepo as repo, tempDir, writeFile as write } from "./helpers.js";

describe("a detached HEAD at a tag", () => {
  it("names the tag (as --rev TAG does), so links show the files scanned; a branch at HEAD still comes first", async () => {
    const { dir, git, commit } = repo();
    git("remote", "add", "origin", "git@github.com:acme/shop.git");
    write(dir, "requirements.txt", "redis==5.0.1\n");
    commit("Ada", 2, "one");
    git("tag", "v1.0.0");
    git("tag", "-a", "v1.0.1", "-m", "annotated, same commit");
    write(dir, "requirements.txt", "redis==5.0.3\n");
    commit("Bea", 3, "two");
    // A release checked out, as `git checkout v1.0.1` or a tag's CI job leaves it: no branch is at HEAD.
    git("checkout", "-q", "v1.0.1");
    expect((await repoFacts(dir)).branch).toBe("v1.0.1");
    const doc = await detect(dir, { timestamp: "2024-01-01T00:00:00Z" });
    const redis = doc.tools.find((t) => t.name === "Redis")!;
    expect(redis).toMatchObject({ detection_source_url: "https://github.com/acme/shop/blob/v1.0.1/requirements.txt" });
    expect(doc.branch).toBe((await detect(dir, { rev: "v1.0.1", timestamp: "2024-01-01T00:00:00Z" })).branch);
    // A clone at the tag: origin/HEAD names main, whose file is not the one scanned; the tag is.
    const clone = join(tempDir(), "clone");
    // The source's HEAD is detached, so the clone's is: git clone gives its detached-HEAD advice even with -q.
    execFileSync("git", ["-c", "advice.detachedHead=false", "clone", "-q", dir, clone]);
    execFileSync("git", ["-C", clone, "checkout", "-q", "v1.0.0"]);
    expect((await repoFacts(clone)).branch).toBe("v1.0.1");
    // A local branch whose tip HEAD is stays first.
    git("branch", "hotfix");
    expect((await repoFacts(dir)).branch).toBe("hotfix");
  });
});

describe("a repository without a remote", () => {
  it("a bare one is named as git clone names it, without its folder's .git", async () => {
    const { dir, commit } = repo();
    write(dir, "requirements.txt", "redis==5.0.1\n");
    commit("Ada", 2, "one");
    const bare = join(tempDir(), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    execFileSync("git", ["-C", bare, "remote", "remove", "origin"]);
    const doc = await detect(bare, { timestamp: "2024-01-01T00:00:00Z" });
    expect(doc).toMatchObject({ repo_name: "shop", provider: "local" });
    expect(doc.tools.find((t) => t.name === "Redis")?.last_updated_by).toBe("Ada");
  });
});
