import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { remoteUrlsFromConfig } from "../src/git/origin-from-config.js";
import { headsOnDisk } from "../src/git/symbolic-ref-file.js";
import { historyRepo, historyRepoCopy, tempDir, writeFile } from "./helpers.js";

// A scan reads HEAD, origin's HEAD and the remotes' URLs from the repository's files and its one
// configuration listing, not from a git process each (git-processes-per-scan counts them). Each
// answer here is checked against git's own where git gives one.

afterEach(() => vi.unstubAllEnvs());

const options = { timestamp: "2024-01-01T00:00:00Z", history: false } as const;

/** A checkout of one commit, made once in the describe's beforeAll (two git runs), and `started` to give each test a copy of it. */
function startedOnce(): () => ReturnType<typeof historyRepoCopy> {
  let made: string | undefined;
  beforeAll(() => {
    const first = historyRepo();
    writeFile(first.dir, "package.json", '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
    first.commit("Ada", 2, "start");
    made = first.dir;
  });
  return () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    return historyRepoCopy(made!);
  };
}

describe("the header's remote, from the configuration listing", () => {
  const started = startedOnce();

  it("applies the longest insteadOf prefix, as git remote get-url does", async () => {
    const { dir, git } = started();
    git("config", "url.https://gitlab.com/.insteadOf", "g");
    git("config", "url.https://github.com/.insteadOf", "gh:");
    git("config", "url.https://bitbucket.org/.insteadOf", "gh");
    git("remote", "add", "origin", "gh:acme/shop.git");
    expect(git("remote", "get-url", "origin").trim()).toBe("https://github.com/acme/shop.git");
    const { document } = await scan(dir, options);
    expect(document).toMatchObject({ repo_name: "acme/shop", provider: "github" });
  });

  it("takes origin's first url where it has two, and the only remote's where there is no origin", async () => {
    const { dir, git } = started();
    git("remote", "add", "upstream", "https://gitlab.com/acme/shop.git");
    expect((await scan(dir, options)).document).toMatchObject({ repo_name: "acme/shop", provider: "gitlab" });
    git("remote", "add", "origin", "https://github.com/ada/shop.git");
    git("config", "--add", "remote.origin.url", "https://bitbucket.org/ada/shop.git");
    expect(git("remote", "get-url", "origin").trim()).toBe("https://github.com/ada/shop.git");
    expect((await scan(dir, options)).document).toMatchObject({ repo_name: "ada/shop", provider: "github" });
  });

  it("two remotes and no origin name none: the folder names the repository", async () => {
    const { dir, git } = started();
    git("remote", "add", "upstream", "https://gitlab.com/acme/shop.git");
    git("remote", "add", "fork", "https://github.com/ada/shop.git");
    expect((await scan(dir, options)).document.provider).toBe("local");
  });

  it("a remote kept in the git folder's remotes/ file, as git before 1.5 wrote it, is asked of git", async () => {
    const { dir, git } = started();
    mkdirSync(join(dir, ".git/remotes"), { recursive: true });
    writeFileSync(join(dir, ".git/remotes/origin"), "URL: https://github.com/acme/legacy.git\nPull: refs/heads/main:refs/remotes/origin/main\n");
    const said = git("remote", "get-url", "origin").trim();
    expect(said).toBe("https://github.com/acme/legacy.git");
    expect(remoteUrlsFromConfig([], dir, ".git")).toBeUndefined();
    expect((await scan(dir, options)).document).toMatchObject({ repo_name: "acme/legacy", provider: "github" });
  });
});

describe("HEAD and origin's HEAD, from their files", () => {
  const started = startedOnce();

  it("a linked worktree's branch is its own HEAD's, not the main checkout's", async () => {
    const { dir, git } = started();
    const linked = join(tempDir("techstack-worktree-"), "feature");
    git("worktree", "add", "-q", "-b", "feature", linked);
    expect((await scan(linked, options)).document.branch).toBe("feature");
    expect((await scan(dir, options)).document.branch).toBe("main");
  });

  it("a branch named as a tag is named as written, where git's short form would say heads/v1", async () => {
    const { dir, git } = started();
    git("tag", "v1");
    git("checkout", "-q", "-b", "v1");
    expect(git("symbolic-ref", "--short", "HEAD").trim()).toBe("heads/v1");
    expect((await scan(dir, options)).document.branch).toBe("v1");
  });

  it("origin's HEAD names the default branch: a feature branch's scan is named after it", async () => {
    const { dir, git } = started();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    git("update-ref", "refs/remotes/origin/trunk", "HEAD");
    git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk");
    git("checkout", "-q", "-b", "feature");
    expect((await scan(dir, options)).document.branch).toBe("trunk");
  });

  it("the files cannot say for the reftable backend's HEAD, a linked HEAD or an odd one: git is asked", () => {
    const dir = tempDir("techstack-heads-");
    mkdirSync(join(dir, "g/refs/remotes/origin"), { recursive: true });
    const layout = { commonDir: "g", gitDir: "g", prefix: "" };
    writeFileSync(join(dir, "g/HEAD"), "ref: refs/heads/main\n");
    expect(headsOnDisk(dir, layout)).toEqual({ head: "refs/heads/main", originHead: "" });
    writeFileSync(join(dir, "g/refs/remotes/origin/HEAD"), "ref: refs/remotes/origin/trunk\n");
    expect(headsOnDisk(dir, layout)).toEqual({ head: "refs/heads/main", originHead: "refs/remotes/origin/trunk" });
    writeFileSync(join(dir, "g/HEAD"), `${"ab".repeat(20)}\n`);
    expect(headsOnDisk(dir, layout)).toEqual({ head: "", originHead: "refs/remotes/origin/trunk" });
    writeFileSync(join(dir, "g/HEAD"), "ref: refs/heads/.invalid\n");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    writeFileSync(join(dir, "g/HEAD"), "garbage\n");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    writeFileSync(join(dir, "target"), "ref: refs/heads/main\n");
    const linked = { ...layout, gitDir: "h" };
    mkdirSync(join(dir, "h"));
    symlinkSync(join(dir, "target"), join(dir, "h/HEAD"));
    expect(headsOnDisk(dir, linked)).toBeUndefined();
  });
});
