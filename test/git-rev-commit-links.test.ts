import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeCommand } from "../src/cli/commands/write.js";
import { detect } from "../src/index.js";
import { call, historyRepo as repo, writeFile as write } from "./helpers.js";

/** A repository on GitHub whose first commit (tagged v1.0.0) pins redis 5.0.1, and its second 5.0.3. */
function twoReleases() {
  const { dir, git, commit } = repo();
  git("remote", "add", "origin", "git@github.com:acme/shop.git");
  write(dir, "requirements.txt", "redis==5.0.1\n");
  commit("Ada", 2, "one");
  git("tag", "v1.0.0");
  const first = git("rev-parse", "HEAD").trim();
  write(dir, "requirements.txt", "redis==5.0.3\n");
  commit("Bea", 3, "two");
  return { dir, git, commit, first };
}

// `detect --rev HEAD~1` named React at the revision's 18.2.0 but linked main's package.json, which
// says 18.3.1 (h69-r): the links of a commit's scan open that commit's files; the branch stays.
describe("links of a scan of a commit", () => {
  it("open the commit's files, by its hash; a branch or tag revision's stay at its name", async () => {
    const { dir, git, first } = twoReleases();
    const branch = git("symbolic-ref", "--short", "HEAD").trim();
    const redis = async (rev: string) => {
      const doc = await detect(dir, { rev, timestamp: "2024-01-01T00:00:00Z" });
      const tool = doc.tools.find((t) => t.name === "redis")!;
      return [doc.branch, tool.version, tool.detection_source_url];
    };
    expect(await redis("HEAD~1")).toEqual([branch, "5.0.1", `https://github.com/acme/shop/blob/${first}/requirements.txt`]);
    expect(await redis(first.slice(0, 10))).toEqual([branch, "5.0.1", `https://github.com/acme/shop/blob/${first}/requirements.txt`]);
    expect(await redis("v1.0.0")).toEqual(["v1.0.0", "5.0.1", "https://github.com/acme/shop/blob/v1.0.0/requirements.txt"]);
    // A branch's (and HEAD's) links at the branch: test/git-facts.test.ts and the scans of the checkout.
  });
});

// Once the repository had a techstack.yml, `write --rev HEAD~1` linked main again (rev69-m): the
// branch the committed file keeps names the document's branch, as the user's --branch does, but
// only --branch names the branch to link.
describe("write of a commit over a committed techstack.yml", () => {
  it("links the commit's files; --branch's links stay at the branch", async () => {
    const { dir, commit, first } = twoReleases();
    expect((await call(writeCommand, [dir, "--no-packages"])).code).toBe(0);
    commit("Bea", 4, "stack");
    const link = async (...flags: string[]) => {
      expect((await call(writeCommand, [dir, "--rev", "HEAD~2", "--no-packages", ...flags])).code).toBe(0);
      return readFileSync(join(dir, "techstack.yml"), "utf8").match(/detection_source_url: (\S+requirements\.txt)/)?.[1];
    };
    expect(await link()).toBe(`https://github.com/acme/shop/blob/${first}/requirements.txt`);
    expect(await link("--branch", "release")).toBe("https://github.com/acme/shop/blob/release/requirements.txt");
  });
});
