import { execFileSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { detect } from "../src/index.js";
import { hasExcludeRules } from "../src/git/exclude-rules.js";
import { loggedGit, tempDir, writeFile } from "./helpers.js";
import { importedHistory } from "./git-import.js";

// A checkout's untracked files that git ignores by rules outside its .gitignore files are left out
// of a scan (test/git-info-exclude.test.ts); git lists them by walking the whole working tree, so
// that listing is asked for only where such a rule exists: none in info/exclude (git writes only
// comments there) nor in the user's excludes file.

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A user's config folder of its own (no excludes file), so the machine's own settings do not count. */
function ownConfigHome(): string {
  const home = tempDir("techstack-xdg-");
  vi.stubEnv("XDG_CONFIG_HOME", home);
  vi.stubEnv("HOME", home);
  return home;
}

/** A checkout of one commit, made once (two git runs) in the describe's beforeAll; each test scans a copy of it. */
let made: string | undefined;

/** A fresh checkout: a copy of the one made, which git reads as it read that one (its index is refreshed where stale). */
function checkout(): string {
  if (!made) throw new Error("checkout() before the describe's beforeAll");
  const dir = tempDir("techstack-checkout-");
  cpSync(made, dir, { recursive: true });
  writeFile(dir, ".git/info/exclude", "# git ls-files --others --exclude-from=.git/info/exclude\n# Lines that start with '#' are comments.\n\n");
  return dir;
}

const listsIgnored = (log: string) => readFileSync(log, "utf8").split("\n").some((run) => run.includes("--others"));

describe("where git ignores files by rules outside the tree", () => {
  beforeAll(() => {
    made = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n' } },
    ]);
  });

  it("says none for info/exclude's comments alone and no user excludes file", async () => {
    ownConfigHome();
    expect(await hasExcludeRules(checkout())).toBe(false);
  });

  it("says so for a rule in info/exclude, in core.excludesFile, or in the user's default git/ignore", async () => {
    const home = ownConfigHome();
    const a = checkout();
    writeFile(a, ".git/info/exclude", "# local\nscratch/\n");
    expect(await hasExcludeRules(a)).toBe(true);

    const b = checkout();
    writeFile(home, "my-ignores", "# mine\n*.local\n");
    execFileSync("git", ["-C", b, "config", "core.excludesFile", join(home, "my-ignores")]);
    expect(await hasExcludeRules(b)).toBe(true);

    const c = checkout();
    expect(await hasExcludeRules(c)).toBe(false);
    writeFile(home, "git/ignore", ".DS_Store\n");
    expect(await hasExcludeRules(c)).toBe(true);
  });

  it("a scan lists git's ignored files only where such a rule exists, and leaves them out there", async () => {
    ownConfigHome();
    const dir = checkout();
    writeFile(dir, "scratch/Gemfile", 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\n');
    const log = loggedGit();
    const before = await detect(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(listsIgnored(log)).toBe(false);
    expect(before.tools.map((t) => t.name)).toContain("Rails");

    writeFile(dir, ".git/info/exclude", "scratch/\n");
    const after = await detect(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(listsIgnored(log)).toBe(true);
    expect(after.tools.map((t) => t.name)).not.toContain("Rails");
  });

  it("takes a line of spaces for a blank one, as git does (a file named by spaces is then listed untracked, not ignored)", async () => {
    ownConfigHome();
    const dir = checkout();
    writeFile(dir, ".git/info/exclude", "# git ls-files --others --exclude-from=.git/info/exclude\r\n   \r\n  \r\n");
    writeFile(dir, "   ", "");
    expect(execFileSync("git", ["-C", dir, "ls-files", "--others", "--ignored", "--exclude-standard"], { encoding: "utf8" })).toBe("");
    expect(await hasExcludeRules(dir)).toBe(false);
  });

  it("reads the user's default excludes file under $HOME/.config where XDG_CONFIG_HOME is not set (empty counts as unset, as git reads it)", async () => {
    const home = ownConfigHome();
    vi.stubEnv("XDG_CONFIG_HOME", "");
    const dir = checkout();
    expect(await hasExcludeRules(dir)).toBe(false);
    writeFile(home, ".config/git/ignore", "# macOS\n.DS_Store\n");
    writeFile(dir, ".DS_Store", "");
    expect(execFileSync("git", ["-C", dir, "ls-files", "--others", "--ignored", "--exclude-standard"], { encoding: "utf8" })).toBe(".DS_Store\n");
    expect(await hasExcludeRules(dir)).toBe(true);
  });

  it("reads core.excludesFile written from the home folder (`~/...`), as git expands it, and one written as a plain path as written", async () => {
    const home = ownConfigHome();
    const dir = checkout();
    writeFile(home, "my-ignores", "*.local\n");
    writeFile(dir, "Gemfile.local", 'gem "rails"\n');
    execFileSync("git", ["-C", dir, "config", "core.excludesFile", "~/my-ignores"]);
    expect(await hasExcludeRules(dir)).toBe(true);
    expect((await detect(dir, { timestamp: "2024-01-01T00:00:00Z" })).tools.map((t) => t.name)).not.toContain("Rails");
    // The last value set is the one git applies.
    execFileSync("git", ["-C", dir, "config", "--add", "core.excludesFile", join(home, "none-here")]);
    expect(await hasExcludeRules(dir)).toBe(false);
  });

  it("reads info/exclude of the repository a worktree belongs to, from the worktree and from a folder below its top", async () => {
    ownConfigHome();
    const main = checkout();
    const tree = join(tempDir("techstack-worktree-"), "feature");
    execFileSync("git", ["-C", main, "worktree", "add", "-q", "-b", "feature", tree]);
    writeFile(tree, "scratch/Gemfile", 'gem "rails"\n');
    expect(await hasExcludeRules(tree)).toBe(false);
    expect((await detect(join(tree, "scratch"), { timestamp: "2024-01-01T00:00:00Z" })).tools.map((t) => t.name)).toContain("Rails");
    writeFile(main, ".git/info/exclude", "scratch/\n");
    expect(await hasExcludeRules(join(tree, "scratch"))).toBe(true);
    expect((await detect(tree, { timestamp: "2024-01-01T00:00:00Z" })).tools.map((t) => t.name)).not.toContain("Rails");
  });

  it("says there may be rules where git cannot read the repository (a .git file pointing at a worktree since removed), and a scan of that folder still reads its files", async () => {
    ownConfigHome();
    const dir = tempDir("techstack-stale-worktree-");
    writeFile(dir, ".git", "gitdir: /nonexistent/project/.git/worktrees/feature\n");
    writeFile(dir, "package.json", '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n');
    expect(await hasExcludeRules(dir)).toBe(true);
    const document = await detect(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.map((t) => t.name)).toContain("ExpressJS");
  });
});
