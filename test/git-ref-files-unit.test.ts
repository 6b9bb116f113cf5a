import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { REMOTE_URL_KEYS, remoteUrlsFromConfig } from "../src/git/origin-from-config.js";
import { headsOnDisk, shortRef } from "../src/git/symbolic-ref-file.js";
import { historyRepo, historyRepoCopy, tempDir, writeFile } from "./helpers.js";

// symbolic-ref-file.ts and origin-from-config.ts called alone, written against stop 55's mutation
// survivors (a55c): each file's answer is checked against git's own where git reads the same file.

const layout = { gitDir: ".git", commonDir: ".git", prefix: "" } as const;

/** A one-commit repository, made once (two git processes); each test changes a copy of it. */
let template: string;
beforeAll(() => {
  const made = historyRepo();
  writeFile(made.dir, "package.json", '{"name":"shop"}');
  made.commit("Ada", 2, "start");
  template = made.dir;
});

const committed = () => historyRepoCopy(template);

describe("headsOnDisk, on the files git wrote", () => {
  it("a HEAD saved with CRLF names its branch, as git, which trims the line, reads it", () => {
    const { dir, git } = committed();
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/main\r\n");
    expect(git("symbolic-ref", "HEAD").trim()).toBe("refs/heads/main");
    expect(headsOnDisk(dir, layout)).toEqual({ head: "refs/heads/main", originHead: "" });
  });

  it("a detached HEAD of a SHA-256 repository is detached, not an odd file", () => {
    const dir = tempDir("techstack-sha256-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=Ada", "-c", "user.email=ada@example.com", ...args], { encoding: "utf8" });
    git("init", "-q", "--object-format=sha256");
    writeFile(dir, "go.mod", "module example.com/shop\n\ngo 1.22\n");
    git("add", "-A");
    git("commit", "-q", "-m", "start");
    git("checkout", "-q", "--detach");
    expect(git("rev-parse", "HEAD").trim()).toHaveLength(64);
    expect(headsOnDisk(dir, layout)).toEqual({ head: "", originHead: "" });
  });

  it("an object name of another length is no detached HEAD git wrote: git is asked", () => {
    const { dir } = committed();
    writeFileSync(join(dir, ".git/HEAD"), `${"ab".repeat(25)}\n`);
    expect(headsOnDisk(dir, layout)).toBeUndefined();
  });

  it("a HEAD that is no file, or is missing, leaves the answer to git; a missing origin HEAD is none", () => {
    const { dir, git } = committed();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    expect(headsOnDisk(dir, layout)).toEqual({ head: "refs/heads/main", originHead: "" });
    const bare = tempDir("techstack-no-head-");
    mkdirSync(join(bare, ".git/HEAD"), { recursive: true });
    expect(headsOnDisk(bare, layout)).toBeUndefined();
    mkdirSync(join(bare, "empty/.git"), { recursive: true });
    expect(headsOnDisk(join(bare, "empty"), layout)).toBeUndefined();
  });

  it("origin's HEAD under a folder of refs (a ref named origin/HEAD/next) is asked of git", () => {
    const { dir, git } = committed();
    git("update-ref", "refs/remotes/origin/HEAD/next", "HEAD");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
  });

  it("a HEAD past a ref file's size, or naming its ref without `ref: `, is asked of git", () => {
    const { dir } = committed();
    writeFileSync(join(dir, ".git/HEAD"), `ref: refs/heads/${"b".repeat(5000)}\n`);
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    writeFileSync(join(dir, ".git/HEAD"), "xref: refs/heads/main\n");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/main\nref: refs/heads/other\n");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    // git trims the blank and reads main; the files backend never writes one, so git is asked.
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/main \n");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
  });

  it("a branch named like an object name (40 hex digits) is a branch, not a detached HEAD", () => {
    const { dir, git } = committed();
    const name = "ab".repeat(20);
    git("checkout", "-q", "-b", name);
    expect(git("symbolic-ref", "--short", "HEAD").trim()).toBe(name);
    expect(headsOnDisk(dir, layout)).toEqual({ head: `refs/heads/${name}`, originHead: "" });
  });
});

describe("branch.ts's symbolicRefs: where the files cannot say, git is asked", () => {
  afterEach(() => vi.unstubAllEnvs());
  const options = { timestamp: "2024-01-01T00:00:00Z", history: false } as const;
  const outsideCi = () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
  };

  it("a HEAD written with a trailing blank names its branch through git, not another branch at its commit", async () => {
    outsideCi();
    const { dir, git } = committed();
    // A branch just made: main points at the same commit, and sorts first among its tips.
    git("checkout", "-q", "-b", "work");
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/work \n");
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    expect((await scan(dir, options)).document.branch).toBe("work");
  });

  it("origin's HEAD is asked of git too, and names the default branch", async () => {
    outsideCi();
    const { dir, git } = committed();
    git("remote", "add", "origin", "https://github.com/acme/shop.git");
    git("update-ref", "refs/remotes/origin/trunk", "HEAD");
    git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/trunk");
    git("checkout", "-q", "-b", "feature");
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/feature \n");
    expect((await scan(dir, options)).document.branch).toBe("trunk");
  });

  it("a detached HEAD git must read (a trailing blank) gives the branch the files give a clean one", async () => {
    outsideCi();
    const { dir, git } = committed();
    git("tag", "v1.2.0");
    const commit = git("rev-parse", "HEAD").trim();
    writeFileSync(join(dir, ".git/HEAD"), `${commit}\n`);
    const clean = (await scan(dir, options)).document.branch;
    writeFileSync(join(dir, ".git/HEAD"), `${commit} \n`);
    expect(headsOnDisk(dir, layout)).toBeUndefined();
    expect((await scan(dir, options)).document.branch).toBe(clean);
  });
});

describe("shortRef", () => {
  it("takes off heads/, tags/ and remotes/ after refs/, and refs/ alone from other refs", () => {
    expect(shortRef("refs/heads/feature/login")).toBe("feature/login");
    expect(shortRef("refs/remotes/origin/main")).toBe("origin/main");
    expect(shortRef("refs/tags/v1.0.0")).toBe("v1.0.0");
    expect(shortRef("refs/notes/commits")).toBe("notes/commits");
    expect(shortRef("refs/heads/refs/heads/x")).toBe("refs/heads/x");
  });
});

describe("remoteUrlsFromConfig, on entries as git config -z --get-regexp lists them", () => {
  const none = tempDir("techstack-config-");

  it("a remote with only a fetch line is a remote: with it and one other, no remote names the header", () => {
    const entries: [string, string | undefined][] = [
      ["remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*"],
      ["remote.upstream.url", "https://gitlab.com/acme/shop.git"],
    ];
    expect(remoteUrlsFromConfig(entries, none, ".git")).toEqual({ origin: "", header: "", remotes: new Map([["origin", ""], ["upstream", "https://gitlab.com/acme/shop.git"]]) });
    expect(remoteUrlsFromConfig(entries.slice(1), none, ".git")).toEqual({ origin: "", header: "https://gitlab.com/acme/shop.git", remotes: new Map([["upstream", "https://gitlab.com/acme/shop.git"]]) });
  });

  it("a url key without a value is skipped; pushurl is no url", () => {
    const entries: [string, string | undefined][] = [
      ["remote.origin.url", undefined],
      ["remote.origin.pushurl", "git@github.com:acme/push.git"],
      ["remote.origin.url", "https://github.com/acme/shop.git"],
    ];
    expect(remoteUrlsFromConfig(entries, none, ".git")).toEqual({ origin: "https://github.com/acme/shop.git", header: "https://github.com/acme/shop.git", remotes: new Map([["origin", "https://github.com/acme/shop.git"]]) });
  });

  it("of two insteadOf prefixes of one length, the first listed applies, and one without a value none", () => {
    const entries: [string, string | undefined][] = [
      ["url.https://github.com/.insteadof", undefined],
      ["url.https://github.com/.insteadof", "gh:"],
      ["url.https://gitlab.com/.insteadof", "gh:"],
      ["remote.origin.url", "gh:acme/shop.git"],
    ];
    expect(remoteUrlsFromConfig(entries, none, ".git")?.origin).toBe("https://github.com/acme/shop.git");
  });

  it("the rewrite is checked against git remote get-url on a real repository", () => {
    const { dir, git } = committed();
    git("config", "url.https://github.com/.insteadOf", "gh:");
    git("config", "--add", "url.https://gitlab.com/.insteadOf", "gh:");
    git("remote", "add", "origin", "gh:acme/shop.git");
    const listed = git("config", "-z", "--get-regexp", REMOTE_URL_KEYS)
      .split("\0")
      .filter(Boolean)
      .map((record): [string, string] => [record.slice(0, record.indexOf("\n")), record.slice(record.indexOf("\n") + 1)]);
    expect(remoteUrlsFromConfig(listed, dir, ".git")?.origin).toBe(git("remote", "get-url", "origin").trim());
  });

  it("a remote with no url (a `remote.x.prune` alone) is one, as git remote lists it: two remotes name no header", () => {
    const { dir, git } = committed();
    git("remote", "add", "upstream", "https://github.com/acme/shop.git");
    git("config", "remote.x.prune", "true");
    git("config", "remote.pushDefault", "upstream");
    const listed = git("config", "-z", "--get-regexp", `^(${REMOTE_URL_KEYS})$`)
      .split("\0")
      .filter(Boolean)
      .map((record): [string, string] => [record.slice(0, record.indexOf("\n")), record.slice(record.indexOf("\n") + 1)]);
    const urls = remoteUrlsFromConfig(listed, dir, ".git");
    expect([...urls!.remotes.keys()]).toEqual(git("remote").trim().split("\n"));
    expect(urls).toEqual({ origin: "", header: "", remotes: new Map([["upstream", "https://github.com/acme/shop.git"], ["x", ""]]) });
  });

  it("an empty remotes/ folder keeps no remote; a file in branches/ does, so git is asked", () => {
    const dir = tempDir("techstack-legacy-");
    mkdirSync(join(dir, ".git/remotes"), { recursive: true });
    mkdirSync(join(dir, ".git/branches"), { recursive: true });
    expect(remoteUrlsFromConfig([], dir, ".git")).toEqual({ origin: "", header: "", remotes: new Map() });
    writeFileSync(join(dir, ".git/branches/origin"), "https://github.com/acme/legacy.git#main\n");
    expect(remoteUrlsFromConfig([], dir, ".git")).toBeUndefined();
    expect(remoteUrlsFromConfig([["remote.origin.url", "https://github.com/acme/shop.git"]], dir, ".git")?.origin).toBe("https://github.com/acme/shop.git");
  });
});
