import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, realpathSync, renameSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkoutTop, checkoutTopOf, repositoryLayout, type RepositoryLayout } from "../src/git/layout.js";
import { historyRepo, loggedGit, tempDir, writeFile } from "./helpers.js";
import { importedHistory } from "./git-import.js";

// The layout's one rev-parse answers what write, check and the scan asked a process each before
// (`--is-shallow-repository`, `--is-bare-repository`, `--show-toplevel`, `rev-list --count` of a one-commit history): each
// answer is checked here against git's own, asked alone.

/** Git's answer to one question alone, "" where it fails. */
function gitSays(dir: string, ...args: string[]): string {
  try {
    return execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

async function layoutOf(dir: string): Promise<RepositoryLayout> {
  const answer = await repositoryLayout(dir);
  if (!("layout" in answer)) throw new Error(answer.refused);
  return answer.layout;
}

/** Each answer the layout gives, beside git's own, and the layout (for checkoutTop, which needs no process of its own). */
async function compared(dir: string) {
  const layout = await layoutOf(dir);
  const count = gitSays(dir, "rev-list", "--count", "HEAD");
  return {
    layout,
    ours: { top: await checkoutTopOf(dir, repositoryLayout(dir)), shallow: layout.shallow, bare: layout.bare, oneCommit: layout.headIsRoot },
    git: { top: gitSays(dir, "rev-parse", "--show-toplevel"), shallow: gitSays(dir, "rev-parse", "--is-shallow-repository") === "true", bare: gitSays(dir, "rev-parse", "--is-bare-repository") === "true", oneCommit: count === "1" },
  };
}

describe("the layout's answers are git's own", () => {
  it("at a checkout's top, below it, through a link to a folder in it, and in a linked worktree", async () => {
    const { dir, git, commit } = historyRepo();
    writeFile(dir, "api/src/app.py", "print(1)\n");
    commit("Ada", 2, "start");
    const link = join(tempDir("techstack-layout-link-"), "api-link");
    symlinkSync(join(dir, "api"), link);
    const linked = join(tempDir("techstack-layout-worktree-"), "feature");
    git("worktree", "add", "-q", "-b", "feature", linked);
    mkdirSync(join(linked, "api", "deep"), { recursive: true });
    for (const folder of [dir, join(dir, "api"), join(dir, "api", "src"), link, linked, join(linked, "api", "deep")]) {
      const { layout, ours, git: said } = await compared(folder);
      expect(ours, folder).toEqual(said);
      // From the layout alone, no process of its own.
      expect(checkoutTop(folder, layout)).toBe(said.top);
    }
    expect(checkoutTop(link, await layoutOf(link))).toBe(realpathSync(dir));
  });

  it("outside a working tree: no top in a bare repository (which the layout says it is) or a git folder, the configured one where core.worktree names one elsewhere", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { "a.txt": "a\n" } },
    ]);
    const bare = join(tempDir("techstack-layout-bare-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    for (const folder of [bare, join(dir, ".git"), join(dir, ".git", "refs")]) {
      const { layout, ours, git: said } = await compared(folder);
      expect(ours, folder).toEqual(said);
      expect(ours.top).toBe("");
      expect(ours.bare, folder).toBe(folder === bare);
      expect(checkoutTop(folder, layout)).toBeUndefined();
    }
    // A repository whose working tree is elsewhere: asked from the folder that holds its .git.
    const elsewhere = tempDir("techstack-layout-worktree-elsewhere-");
    execFileSync("git", ["-C", dir, "config", "core.worktree", elsewhere]);
    const { ours, git: said } = await compared(dir);
    expect(ours).toEqual(said);
    expect(ours.top).toBe(realpathSync(elsewhere));
  });

  it("one commit: a first commit, or a clone of depth 1; not two commits, a merge, or none yet", async () => {
    const { dir, git, commit } = historyRepo();
    expect((await layoutOf(dir)).headIsRoot).toBe(false); // no commit yet
    writeFile(dir, "a.txt", "a\n");
    commit("Ada", 2, "start");
    expect((await compared(dir)).ours).toMatchObject({ oneCommit: true, shallow: false });
    writeFile(dir, "a.txt", "b\n");
    commit("Ada", 3, "second");
    expect((await compared(dir)).ours.oneCommit).toBe(false);
    git("checkout", "-q", "-b", "side", "HEAD~1");
    writeFile(dir, "b.txt", "b\n");
    commit("Bo", 4, "side");
    git("checkout", "-q", "main");
    git("merge", "-q", "--no-edit", "side");
    const merged = await compared(dir);
    expect(merged.ours).toEqual(merged.git);
    const shallow = join(tempDir("techstack-layout-shallow-"), "shop");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
    const cut = await compared(shallow);
    expect(cut.ours).toEqual(cut.git);
    expect(cut.ours).toMatchObject({ oneCommit: true, shallow: true });
  });

  it("a line break in a path (the checkout's folder, a folder below its top): the answers asked one by one, as git gives each", async () => {
    const { dir: made, commit } = historyRepo();
    writeFile(made, "we\nird/app.py", "print(1)\n");
    writeFile(made, "api/app.py", "print(2)\n");
    commit("Ada", 2, "start");
    // Moved after the commit: the repository's own folder then holds a line break too.
    const dir = join(tempDir("techstack-layout-newline-"), "shop\nweb");
    renameSync(made, dir);
    const gitIn = (cwd: string, ...args: string[]) => execFileSync("git", ["-C", cwd, "-c", "user.name=Bo", "-c", "user.email=bo@example.com", "-c", "commit.gpgsign=false", ...args], { encoding: "utf8" });
    const expected = (folder: string, headIsRoot: boolean): RepositoryLayout => {
      const [commonDir, prefix, gitDir] = ["--git-common-dir", "--show-prefix", "--git-dir"].map((option) => gitIn(folder, "rev-parse", option).replace(/\n$/, ""));
      return { commonDir: commonDir!, prefix: prefix!, gitDir: gitDir!, shallow: false, workTree: true, bare: false, headIsRoot };
    };
    for (const folder of [join(dir, "api"), join(dir, "we\nird")]) {
      const layout = await layoutOf(folder);
      expect(layout, folder).toEqual(expected(folder, true));
      expect(checkoutTop(folder, layout)).toBe(realpathSync(dir));
    }
    expect((await layoutOf(join(dir, "we\nird"))).prefix).toBe("we\nird/");
    gitIn(dir, "commit", "-q", "--allow-empty", "-m", "second");
    expect(await layoutOf(join(dir, "api"))).toEqual(expected(join(dir, "api"), false));
    // A shallow clone, a bare one (asked from its refs folder: no working tree) and one with no commit yet, each in such a folder.
    const shallow = join(tempDir("techstack-layout-newline-"), "cut\nshop");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
    expect(await layoutOf(join(shallow, "api"))).toEqual({ ...expected(join(shallow, "api"), true), shallow: true });
    const bare = join(tempDir("techstack-layout-newline-"), "bare\nshop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    expect(await layoutOf(join(bare, "refs"))).toEqual({ ...expected(join(bare, "refs"), false), workTree: false, bare: true });
    const empty = join(tempDir("techstack-layout-newline-"), "new\nshop");
    execFileSync("git", ["init", "-q", empty]);
    mkdirSync(join(empty, "api"));
    expect(await layoutOf(join(empty, "api"))).toEqual(expected(join(empty, "api"), false));
  });

  describe("one process", () => {
    afterEach(() => vi.unstubAllEnvs());

    it("answers them all: with commits, with none yet, in a SHA-256 repository, in a bare one", async () => {
      const { dir, commit } = historyRepo();
      const empty = tempDir("techstack-layout-empty-");
      execFileSync("git", ["init", "-q", empty]);
      const sha256 = tempDir("techstack-layout-sha256-");
      execFileSync("git", ["init", "-q", "--object-format=sha256", sha256]);
      writeFile(sha256, "a.txt", "a\n");
      execFileSync("git", ["-C", sha256, "add", "-A"]);
      execFileSync("git", ["-C", sha256, "-c", "user.name=Bo", "-c", "user.email=bo@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "start"]);
      writeFile(dir, "a.txt", "a\n");
      commit("Ada", 2, "start");
      const bare = join(tempDir("techstack-layout-bare-"), "shop.git");
      execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
      for (const [folder, headIsRoot] of [[dir, true], [empty, false], [sha256, true], [bare, true]] as const) {
        const log = loggedGit();
        expect((await layoutOf(folder)).headIsRoot, folder).toBe(headIsRoot);
        expect(readFileSync(log, "utf8").split("\n").filter(Boolean), folder).toHaveLength(1);
      }
    });

    it("and a repository git will not read is its refusal, with no top", async () => {
      const dir = importedHistory([
        { by: "Ada", day: 2, message: "start", files: { "a.txt": "a\n" } },
      ]);
      vi.stubEnv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1");
      const answer = await repositoryLayout(dir);
      expect(answer).toEqual({ refused: expect.stringContaining("detected dubious ownership") });
      expect(await checkoutTopOf(dir, Promise.resolve(answer))).toBe("");
    });
  });
});
