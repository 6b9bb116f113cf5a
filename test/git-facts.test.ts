import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { isBareRepo, isGitRepo } from "../src/git/repository-kind.js";
import { lastChanges } from "../src/git/last-changes.js";
import { parseRemote } from "../src/git/remote-url.js";
import { remoteNamed, repoFacts } from "../src/git/facts.js";
import { siteDate, siteTimestamp } from "../src/git/site-dates.js";
import { detect, scan } from "../src/index.js";
import { addRemote, historyRepo as repo, newRepository, tempDir, writeFile as write } from "./helpers.js";
import { importedHistory } from "./git-import.js";

/** A repository on branch `develop` with two commits by Ada, React 18.2.0 then 18.3.1. */
function developWithTwoCommits() {
  const dir = importedHistory(
    [
      { by: "Ada", day: 5, branch: "develop", message: "start", files: { "package.json": '{"dependencies":{"react":"18.2.0"}}' } },
      { by: "Ada", day: 6, branch: "develop", message: "bump", files: { "package.json": '{"dependencies":{"react":"18.3.1"}}' } },
    ],
    { head: "develop" },
  );
  return { dir, git: (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" }) };
}

/** An empty repository at `dir` (as `git init` makes one, without the process), with `remotes` added in that order. */
function initWithRemotes(dir: string, remotes: Record<string, string>): void {
  newRepository(dir);
  for (const [name, url] of Object.entries(remotes)) addRemote(dir, name, url);
}

describe("git facts", () => {
  // The repository the CI tests fetch from, which none of them changes: made once.
  let upstream: string;
  beforeAll(() => {
    upstream = developWithTwoCommits().dir;
  });

  it("credits each file's last change: renames, clean and resolved merges, odd names, one walk", async () => {
    const draft = "docs site/pâquerette [draft]/package.json";
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "start", files: { "package.json": '{"name":"a"}', [draft]: "{}", "old/Gemfile": "source 'https://rubygems.org'\n", "requirements*.txt": "django\n", "shared.txt": "base\n" } },
      { by: "Bea", day: 3, message: "feature work", branch: "feature", from: 1, files: { [draft]: '{"dependencies":{}}' } },
      { by: "Cal", day: 4, message: "main work", files: { "unrelated.txt": "x" } },
      // A clean merge, as `git merge feature` made it.
      { by: "Cal", day: 4, message: "Merge branch 'feature'", merge: "feature", files: { [draft]: '{"dependencies":{}}' } },
      { by: "Dee", day: 6, message: "move the Gemfile", moved: { "old/Gemfile": "Gemfile" } },
      { by: "Eve", day: 7, message: "theirs", branch: "other", from: 4, files: { "shared.txt": "theirs\n" } },
      { by: "Fay", day: 8, message: "ours", files: { "shared.txt": "ours\n" } },
      // The conflict on shared.txt, resolved by hand.
      { by: "Gus", day: 9, message: "merge other, resolved by hand", merge: "other", files: { "shared.txt": "both\n" } },
    ]);

    const files = ["package.json", "docs site/pâquerette [draft]/package.json", "Gemfile", "requirements*.txt", "shared.txt", "never-committed.json"];
    const found = await lastChanges(dir, files);
    const by = Object.fromEntries([...found].map(([file, change]) => [file, `${change.by} ${change.on}`]));
    expect(by).toEqual({
      "package.json": "Ada 2021-01-01 10:00:00.000000000 Z",
      "docs site/pâquerette [draft]/package.json": "Bea 2021-01-03 10:00:00.000000000 Z",
      Gemfile: "Dee 2021-01-06 10:00:00.000000000 Z",
      "requirements*.txt": "Ada 2021-01-01 10:00:00.000000000 Z",
      "shared.txt": "Gus 2021-01-09 10:00:00.000000000 Z",
    });

    // A revision scan reads the history as of that revision.
    const before = await lastChanges(dir, ["Gemfile", "old/Gemfile"], "HEAD~3");
    expect([...before.keys()]).toEqual(["old/Gemfile"]);
  });

  it("a history git cannot walk (a lost object) is a warning in git's words, the rest of the scan kept; a branch with no commit yet is none", async () => {
    const { dir, git, commit } = repo();
    write(dir, "package.json", '{"dependencies":{"react":"18.2.0"}}');
    commit("Ada", 1, "start");
    write(dir, "README.md", "x\n");
    commit("Bea", 2, "docs");
    // The first commit's object is lost: the walk from HEAD stops at it, before package.json's change.
    const first = git("rev-parse", "HEAD~1").trim();
    rmSync(join(dir, ".git", "objects", first.slice(0, 2), first.slice(2)));
    const failures: string[] = [];
    const found = await lastChanges(dir, ["package.json"], "HEAD", (message) => failures.push(message));
    expect(found.size).toBe(0);
    expect(failures).toEqual([`git log failed (error: Could not read ${first}): last_updated_* of the files it had not reached are left out`]);
    const { document, warnings } = await scan(dir);
    expect(document.tools.map((t) => t.name)).toContain("React");
    expect(warnings).toContainEqual({ file: ".git", message: failures[0] });

    const empty = tempDir("techstack-unborn-");
    newRepository(empty);
    writeFileSync(join(empty, "package.json"), "{}");
    const none: string[] = [];
    expect((await lastChanges(empty, ["package.json"], "HEAD", (message) => none.push(message))).size).toBe(0);
    expect(none).toEqual([]);
  });

  it("names the author as the repository's .mailmap does (one person under two spellings is one name)", async () => {
    const dir = importedHistory([
      { by: "ada-l", day: 2, message: "start", files: { ".mailmap": "Ada Lovelace <dev@example.com> ada-l <dev@example.com>\n", "package.json": "{}" } },
      { by: "Bea", day: 3, message: "go", files: { "go.mod": "module example.com/a\n" } },
    ]);
    const found = await lastChanges(dir, ["package.json", "go.mod"]);
    expect(found.get("package.json")?.by).toBe("Ada Lovelace");
    expect(found.get("go.mod")?.by).toBe("Bea");
  });

  it("takes any number of paths in one process (no argument-length limit)", async () => {
    const { dir, commit } = repo();
    // 700 paths of 3.5 kB: 2.4 MB of pathspecs, more than a command line may hold (ARG_MAX 2 MiB).
    const deep = Array.from({ length: 14 }, (_, i) => `${i}${"n".repeat(240)}`).join("/");
    const paths = Array.from({ length: 700 }, (_, i) => `${deep}/pkg-${i}.json`);
    for (const p of paths) write(dir, p, "{}");
    commit("Ada", 2, "many packages");
    const found = await lastChanges(dir, paths);
    expect(found.size).toBe(700);
  });

  it("credits the oldest commit present in a shallow clone", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 1, message: "one", files: { "go.mod": "module example.com/a\n" } },
      { by: "Bea", day: 2, message: "two", files: { "README.md": "x" } },
    ]);
    const shallow = join(tempDir("techstack-shallow-"), "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
    const found = await lastChanges(shallow, ["go.mod"]);
    expect(found.get("go.mod")?.by).toBe("Bea");
  });

  it("names the repository from its remote, the branch from HEAD or the revision", async () => {
    const { dir, git, commit } = repo();
    write(dir, "package.json", '{"dependencies":{"react":"18.2.0"}}');
    commit("Ada", 5, "start");
    git("remote", "add", "origin", "git@github.com:acme/shop.git");
    expect(await repoFacts(dir)).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main", requested_by: "acme" });
    git("tag", "v1.0.0");
    expect((await repoFacts(dir, "v1.0.0")).branch).toBe("v1.0.0");

    const document = await detect(dir, { timestamp: new Date("2024-02-29T19:20:29Z") });
    const again = await detect(dir, { timestamp: "2025-01-01T00:00:00+00:00" });
    expect(document.timestamp).toBe("2024-02-29T19:20:29+00:00");
    expect(again.report_id).toBe(document.report_id);
    const react = document.tools.find((t) => t.name === "React")!;
    expect(react).toMatchObject({
      detection_source: "package.json",
      detection_source_url: "https://github.com/acme/shop/blob/main/package.json",
      last_updated_by: "Ada",
      last_updated_on: "2021-01-05 10:00:00.000000000 Z",
    });

    write(dir, "package.json", '{"dependencies":{"react":"18.3.1"}}');
    commit("Bea", 6, "bump");
    expect((await detect(dir, { timestamp: "2025-01-01T00:00:00+00:00" })).report_id).not.toBe(document.report_id);
  });

  it("gives no last change to a file deleted in the history and made again without a commit, not the deletion's", async () => {
    const { dir, git, commit } = repo();
    write(dir, "requirements.txt", "flask==3.0.0\n");
    write(dir, "package.json", '{"dependencies":{"react":"18.2.0"}}');
    commit("Ada", 2, "start");
    git("rm", "-q", "requirements.txt");
    commit("Bea", 3, "drop python");
    write(dir, "requirements.txt", "flask==3.0.0\n");
    const found = await lastChanges(dir, ["requirements.txt", "package.json"]);
    expect(found.get("requirements.txt")).toBeUndefined();
    expect(found.get("package.json")?.by).toBe("Ada");
    const flask = (await detect(dir, { timestamp: "2025-01-01T00:00:00+00:00" })).tools.find((t) => t.name === "flask");
    expect(flask).toBeDefined();
    expect(flask).not.toHaveProperty("last_updated_by");
    // Committed again, it is dated by that commit.
    commit("Cal", 4, "python again");
    expect((await lastChanges(dir, ["requirements.txt"])).get("requirements.txt")).toMatchObject({ by: "Cal", on: "2021-01-04 10:00:00.000000000 Z" });
  });

  it("reads an author name holding the walk's own separators (\\x1e, \\x1f) whole", async () => {
    const dir = importedHistory([
      { by: "Ev\x1fil\x1eName", day: 7, message: "start", files: { "go.mod": "module x\n" } },
    ]);
    expect((await lastChanges(dir, ["go.mod"])).get("go.mod")).toEqual({ by: "Ev\x1fil\x1eName", on: "2021-01-07 10:00:00.000000000 Z" });
  });

  it("without an origin remote, names the repository from its only remote; of several others, from none", async () => {
    const { dir, git, commit } = repo();
    write(dir, "go.mod", "module x\n");
    commit("Ada", 2, "start");
    git("remote", "add", "gitlab", "git@gitlab.com:platform/ledger.git");
    expect(await repoFacts(dir)).toMatchObject({ repo_name: "platform/ledger", provider: "gitlab", requested_by: "platform" });
    git("remote", "add", "mirror", "git@github.com:someone/fork.git");
    expect(await repoFacts(dir)).toMatchObject({ provider: "local" });
    git("remote", "add", "origin", "git@github.com:acme/ledger.git");
    expect(await repoFacts(dir)).toMatchObject({ repo_name: "acme/ledger", provider: "github" });
  });

  it("reads the folder scanned, not the repository a git hook's GIT_DIR or GIT_INDEX_FILE names", async () => {
    const other = repo();
    write(other.dir, "go.mod", "module x\n");
    other.commit("Other", 2, "other");
    other.git("remote", "add", "origin", "git@github.com:elsewhere/other.git");
    const { dir, git, commit } = repo();
    write(dir, "package.json", '{"dependencies":{"react":"18.2.0"}}');
    commit("Ada", 5, "start");
    git("remote", "add", "origin", "git@github.com:acme/shop.git");
    const saved = { ...process.env };
    // As a pre-commit hook of the other repository exports them, or a script that set GIT_DIR.
    Object.assign(process.env, { GIT_DIR: join(other.dir, ".git"), GIT_WORK_TREE: other.dir, GIT_INDEX_FILE: join(other.dir, ".git", "index") });
    try {
      expect(await repoFacts(dir)).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main" });
      const document = await detect(dir, { timestamp: "2025-01-01T00:00:00+00:00" });
      expect(document.tools.find((t) => t.name === "React")).toMatchObject({ last_updated_by: "Ada" });
      expect((await detect(dir, { rev: "HEAD", timestamp: "2025-01-01T00:00:00+00:00" })).tools.map((t) => t.name)).toContain("React");
    } finally {
      for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    }
  });

  it("a --rev names its branch by the ref it is (origin/main is main); an expression (HEAD~1, main^) names the checkout's", async () => {
    const { dir, git } = developWithTwoCommits();
    git("remote", "add", "origin", "git@github.com:acme/shop.git");
    git("update-ref", "refs/remotes/origin/release", "HEAD~1");
    git("tag", "v1.0.0", "HEAD~1");
    expect((await repoFacts(dir, "origin/release")).branch).toBe("release");
    expect((await repoFacts(dir, "refs/remotes/origin/release")).branch).toBe("release");
    expect((await repoFacts(dir, "v1.0.0")).branch).toBe("v1.0.0");
    expect((await repoFacts(dir, "develop")).branch).toBe("develop");
    for (const rev of ["HEAD~1", "develop^", "HEAD"]) expect((await repoFacts(dir, rev)).branch, rev).toBe("develop");
    const doc = await detect(dir, { rev: "origin/release", timestamp: "2024-01-01T00:00:00+00:00" });
    expect(doc.branch).toBe("release");
    expect(doc.tools.find((t) => t.name === "React")?.detection_source_url).toBe("https://github.com/acme/shop/blob/release/package.json");
  });

  it("a repository without a commit yet names the branch HEAD will make", async () => {
    const dir = tempDir();
    newRepository(dir, { branch: "develop" });
    write(dir, "package.json", '{"dependencies":{"react":"18.2.0"}}');
    expect((await repoFacts(dir)).branch).toBe("develop");
  });

  it("a detached HEAD names the branch whose tip it is, else the remote's default branch", async () => {
    const { dir, git } = developWithTwoCommits();
    git("checkout", "-q", "--detach", "HEAD");
    expect((await repoFacts(dir)).branch).toBe("develop");
    // A clone checked out at an older commit: no branch has it as its tip, origin/HEAD names develop.
    const clone = join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", dir, clone]);
    execFileSync("git", ["-C", clone, "checkout", "-q", "--detach", "HEAD~1"]);
    expect((await repoFacts(clone)).branch).toBe("develop");
    const doc = await detect(clone, { timestamp: "2024-01-01T00:00:00+00:00" });
    expect(doc.branch).toBe("develop");
  });

  it("a CI checkout (GitLab's runner, Jenkins: the branch fetched as a remote-tracking ref, HEAD detached at its tip, no local branch, no origin/HEAD) names that branch", async () => {
    const ci = join(tempDir(), "ci");
    const git = (...args: string[]) => execFileSync("git", ["-C", ci, ...args], { stdio: "pipe" }).toString();
    initWithRemotes(ci, { origin: upstream });
    git("fetch", "-q", "origin", "+refs/heads/develop:refs/remotes/origin/develop");
    git("checkout", "-q", "-f", git("rev-parse", "origin/develop").trim());
    // It was "main", a branch the repository does not have, in every link.
    expect((await repoFacts(ci)).branch).toBe("develop");
    // A merge request's or pull request's ref is no branch; another remote's branch counts after origin's.
    git("update-ref", "refs/remotes/origin/merge-requests/7/head", "HEAD");
    git("remote", "add", "fork", "https://example.com/fork.git");
    git("update-ref", "refs/remotes/fork/feature", "HEAD");
    expect((await repoFacts(ci)).branch).toBe("develop");
    git("update-ref", "-d", "refs/remotes/origin/develop");
    expect((await repoFacts(ci)).branch).toBe("feature");
    // Where origin/HEAD names the default branch and it is among the tips, it is the one.
    git("update-ref", "refs/remotes/origin/develop", "HEAD");
    git("update-ref", "refs/remotes/origin/alpha", "HEAD");
    git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/develop");
    expect((await repoFacts(ci)).branch).toBe("develop");
  });

  it("without origin's, the remotes' branches at HEAD are taken by remote name, as git remote lists them (not as the configuration holds them)", async () => {
    const ci = join(tempDir(), "ci");
    const git = (...args: string[]) => execFileSync("git", ["-C", ci, ...args], { stdio: "pipe" }).toString();
    // Added zeta first: the configuration holds them so.
    initWithRemotes(ci, { zeta: upstream, alpha: "https://example.com/alpha.git" });
    git("fetch", "-q", "zeta", "+refs/heads/develop:refs/remotes/zeta/develop");
    git("checkout", "-q", "-f", git("rev-parse", "zeta/develop").trim());
    git("update-ref", "refs/remotes/alpha/release", "HEAD");
    expect(git("remote").split("\n").filter(Boolean)).toEqual(["alpha", "zeta"]);
    expect((await repoFacts(ci)).branch).toBe("release");
  });

  it("a pull request's merge checkout on GitHub Actions or GitLab names the request's source branch, for the job's own workspace only", async () => {
    const ci = join(tempDir(), "ci");
    const git = (...args: string[]) => execFileSync("git", ["-C", ci, ...args], { stdio: "pipe" }).toString();
    initWithRemotes(ci, { origin: upstream });
    // As actions/checkout does for a pull request: the merge ref fetched beside the branches, HEAD detached at it.
    git("fetch", "-q", "origin", "+refs/heads/develop:refs/remotes/pull/7/merge");
    git("checkout", "-q", "-f", "refs/remotes/pull/7/merge");
    git("update-ref", "-d", "refs/remotes/origin/develop"); // fetched by the way; actions/checkout fetches the merge commit by its hash
    const facts = async (env: Record<string, string>) => {
      const keys = ["GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_HEAD_REF", "GITHUB_REF_NAME", "GITHUB_REF_TYPE", "GITLAB_CI", "CI_PROJECT_DIR", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_BRANCH"];
      for (const key of keys) vi.stubEnv(key, env[key] ?? "");
      try {
        return (await repoFacts(ci)).branch;
      } finally {
        vi.unstubAllEnvs();
      }
    };
    // It was "main" whatever the repository's branches.
    expect(await facts({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: ci, GITHUB_HEAD_REF: "feature/login", GITHUB_REF_NAME: "7/merge", GITHUB_REF_TYPE: "branch" })).toBe("feature/login");
    expect(await facts({ GITLAB_CI: "true", CI_PROJECT_DIR: ci, CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: "fix/cart" })).toBe("fix/cart");
    // A push build detached at a commit no ref points at: the pushed branch, not a tag.
    expect(await facts({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: ci, GITHUB_REF_NAME: "release", GITHUB_REF_TYPE: "branch" })).toBe("release");
    // Nothing names the merge commit's branch otherwise: none is written (it was "main", a guess).
    expect(await facts({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: ci, GITHUB_REF_NAME: "v1.0.0", GITHUB_REF_TYPE: "tag" })).toBe("");
    // Another folder than the job's workspace (a repository the job cloned to scan) keeps its own facts.
    expect(await facts({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: upstream, GITHUB_HEAD_REF: "feature/login" })).toBe("");
    expect(await facts({})).toBe("");
  });

  it("a folder below the top of a checkout (a monorepo's service) keeps the repository's facts, history and links", async () => {
    const { dir, git, commit } = repo();
    git("remote", "add", "origin", "git@github.com:acme/mono.git");
    write(dir, "package.json", '{"name":"root","devDependencies":{"prettier":"3.0.0"}}');
    write(dir, "services/web/package.json", '{"name":"web","dependencies":{"react":"18.2.0"}}');
    commit("Grace", 3, "web");
    const web = join(dir, "services/web");
    const doc = await detect(web, { timestamp: "2024-01-01T00:00:00+00:00" });
    expect(doc).toMatchObject({ repo_name: "acme/mono", provider: "github", branch: "main" });
    const react = doc.tools.find((t) => t.name === "React")!;
    expect(react).toMatchObject({
      detection_source: "package.json",
      detection_source_url: "https://github.com/acme/mono/blob/main/services/web/package.json",
      last_updated_by: "Grace",
      last_updated_on: "2021-01-03 10:00:00.000000000 Z",
    });
    expect(doc.tools.map((t) => t.name)).toContain("Git");
    // A revision of the folder is the folder alone, as its working tree is.
    const atHead = await detect(web, { rev: "HEAD", timestamp: "2024-01-01T00:00:00+00:00" });
    expect(atHead.tools.map((t) => t.name)).toEqual(doc.tools.map((t) => t.name));
    expect(atHead.tools.map((t) => t.name)).not.toContain("Prettier");
  });

  it("reads remotes of the common forges", () => {
    expect(parseRemote("https://github.com/acme/shop.git")).toMatchObject({ repo_name: "acme/shop", provider: "github", web_url: "https://github.com/acme/shop" });
    expect(parseRemote("ssh://git@gitlab.com:2222/group/sub/app.git")).toMatchObject({ repo_name: "group/sub/app", provider: "gitlab" });
    expect(parseRemote("git@bitbucket.org:team/app")).toMatchObject({ repo_name: "team/app", provider: "bitbucket" });
    expect(parseRemote("/srv/git/app.git")).toBeUndefined();
    expect(parseRemote("file:///srv/git/app.git")).toBeUndefined();
    expect(siteDate(1606059551)).toBe("2020-11-22 15:39:11.000000000 Z");
    expect(siteTimestamp(new Date("2024-02-29T19:20:29.123Z"))).toBe("2024-02-29T19:20:29+00:00");
  });

  it("tells a checkout, a folder inside one and a bare repository from a plain folder", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "api", files: { "services/api/go.mod": "module example.com/api\n" } },
    ]);
    expect(isGitRepo(dir)).toBe(true);
    expect(isGitRepo(join(dir, "services/api"))).toBe(true);
    const bare = join(tempDir("techstack-bare-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    expect(isGitRepo(bare)).toBe(true);
    expect(await isBareRepo(bare)).toBe(true);
    // A checkout's own .git folder has HEAD, objects and refs, but git says it is not bare.
    expect(await isBareRepo(join(dir, ".git"))).toBe(false);
    expect(await isBareRepo(dir)).toBe(false);
    // A plain folder holding a file named HEAD (notes, not a ref) is no repository, even with
    // folders named objects and refs beside it: git itself says so.
    const plain = tempDir("techstack-plain-");
    write(plain, "HEAD", "release notes for the head office\n");
    expect(isGitRepo(plain)).toBe(false);
    write(plain, "objects/README", "x");
    write(plain, "refs/README", "x");
    expect(await isBareRepo(plain)).toBe(false);
  });

  it("a folder outside git gets the plain facts: its own name, provider local, no branch", async () => {
    const plain = join(tempDir("techstack-plain-"), "my-service");
    mkdirSync(plain);
    expect(await repoFacts(plain)).toEqual({ repo_name: "my-service", provider: "local", branch: "", requested_by: "", repo_type: "Public" });
  });

  it("a checkout without a remote keeps its folder name and its branch; no folder at the top", async () => {
    const { dir, git, commit } = repo();
    git("checkout", "-q", "-b", "trunk");
    write(dir, "go.mod", "module example.com/a\n");
    commit("Ada", 2, "start");
    const facts = await repoFacts(dir);
    expect(facts).toEqual({ repo_name: dir.split("/").pop(), provider: "local", branch: "trunk", requested_by: "", repo_type: "Public" });
  });

  it("a revision given by ref name names the branch or tag; a commit hash or HEAD names the checked-out branch", async () => {
    const { dir, git, commit } = repo();
    git("remote", "add", "origin", "https://gitlab.com/platform/payments/ledger.git");
    write(dir, "go.mod", "module example.com/a\n");
    commit("Ada", 2, "start");
    const sha = git("rev-parse", "HEAD").trim();
    const branch = async (rev?: string) => (await repoFacts(dir, rev)).branch;
    expect(await branch("refs/heads/release/2.x")).toBe("release/2.x");
    expect(await branch("refs/remotes/origin/hotfix")).toBe("hotfix");
    expect(await branch("refs/tags/v2.1.0")).toBe("v2.1.0");
    expect(await branch("release/2.x")).toBe("release/2.x");
    expect(await branch(sha)).toBe("main");
    expect(await branch(sha.slice(0, 7).toUpperCase())).toBe("main");
    expect(await branch("HEAD")).toBe("main");
    // Six hex digits are too few for a hash: a branch may be named so.
    expect(await branch("cafe12")).toBe("cafe12");
    expect(await repoFacts(dir)).toMatchObject({ repo_name: "platform/payments/ledger", provider: "gitlab", requested_by: "platform" });
  });

  it("a detached HEAD that no branch points at and no origin/HEAD names names no branch (main was a guess)", async () => {
    const { dir, git, commit } = repo();
    git("checkout", "-q", "-b", "trunk");
    write(dir, "go.mod", "module example.com/a\n");
    commit("Ada", 2, "one");
    write(dir, "go.mod", "module example.com/a\n\ngo 1.22\n");
    commit("Ada", 3, "two");
    git("checkout", "-q", "--detach", "HEAD~1");
    expect((await repoFacts(dir)).branch).toBe("");
    // Two branches at the detached commit: the first by name.
    git("branch", "zeta");
    git("branch", "alpha");
    expect((await repoFacts(dir)).branch).toBe("alpha");
  });

  it("asks git about no empty path and no path with a line break (one line is one pathspec)", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { "package.json": "{}" } },
    ]);
    expect((await lastChanges(dir, ["", "package.json\nREADME.md"])).size).toBe(0);
    const found = await lastChanges(dir, ["", "package.json"]);
    expect([...found.keys()]).toEqual(["package.json"]);
    expect(siteDate(Number.NaN)).toBe("");
    expect(siteDate(0)).toBe("1970-01-01 00:00:00.000000000 Z");
  });
});

// Written against stop 49's mutation survivors (facts.ts's remoteNamed, which a rewrite of a committed techstack.yml asks).
describe("remoteNamed: the remote that is the repository a committed file names", () => {
  it("origin first where two remotes are it (a repository mirrored on two forges), case and spaces aside; none where no remote is it", async () => {
    const dir = tempDir("techstack-remotes-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "pipe" });
    // The mirror's remote added before origin: git lists remotes as its config file holds them.
    initWithRemotes(dir, { mirror: "https://gitlab.com/acme/shop.git", origin: "git@github.com:acme/shop.git", contrib: "https://github.com/contrib/shop.git" });
    expect(await remoteNamed(dir, "acme/shop")).toMatchObject({ repo_name: "acme/shop", provider: "github" });
    expect(await remoteNamed(dir, " Acme/Shop ")).toMatchObject({ repo_name: "acme/shop", provider: "github" });
    expect(await remoteNamed(dir, "contrib/shop")).toMatchObject({ repo_name: "contrib/shop", provider: "github" });
    expect(await remoteNamed(dir, "acme/old-shop")).toBeUndefined();
    expect(await remoteNamed(dir, "  ")).toBeUndefined();
    // Without origin, the first listed that is it.
    git("remote", "remove", "origin");
    git("remote", "add", "github", "https://github.com/acme/shop.git");
    expect(await remoteNamed(dir, "acme/shop")).toMatchObject({ provider: "gitlab" });
  });

  it("reads each remote's URL as git remote get-url gives it, the longest insteadOf prefix rewritten", async () => {
    const dir = tempDir("techstack-remotes-");
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", stdio: "pipe" });
    newRepository(dir);
    git("config", "url.https://gitlab.com/.insteadOf", "gh");
    git("config", "url.git@github.com:.insteadOf", "gh:");
    git("remote", "add", "origin", "gh:ada/shop.git");
    git("remote", "add", "upstream", "gh:acme/shop.git");
    expect(git("remote", "get-url", "upstream").trim()).toBe("git@github.com:acme/shop.git");
    expect(await remoteNamed(dir, "acme/shop")).toEqual({ repo_name: "acme/shop", provider: "github", requested_by: "acme", web_url: "https://github.com/acme/shop" });
    expect(await remoteNamed(dir, "ada/shop")).toMatchObject({ provider: "github" });
  });
});
