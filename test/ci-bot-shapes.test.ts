import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { parseComparable } from "../src/document/parse.js";
import { call, newRepository, remoteByConfig, tempDir } from "./helpers.js";

// The bot in CI, end to end: a forge's repository (a bare one, its URL then set to the forge's), the
// checkout each CI system makes of a push or of a pull (merge) request, `write` and `check` run in
// it, then the refresh on the default branch after the merge.

const URL = "https://github.com/acme/shop.git";

/** Every CI variable these tests set, cleared for each: the runner of the tests may itself be a CI job. */
const CI_VARIABLES = [
  "GITHUB_ACTIONS", "GITHUB_WORKSPACE", "GITHUB_REPOSITORY", "GITHUB_HEAD_REF", "GITHUB_BASE_REF", "GITHUB_REF", "GITHUB_REF_NAME", "GITHUB_REF_TYPE", "GITHUB_EVENT_PATH",
  "GITLAB_CI", "CI_PROJECT_DIR", "CI_PROJECT_PATH", "CI_COMMIT_REF_NAME", "CI_COMMIT_BRANCH", "CI_DEFAULT_BRANCH", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME",
  "BITBUCKET_BUILD_NUMBER", "BITBUCKET_CLONE_DIR", "BITBUCKET_REPO_FULL_NAME", "BITBUCKET_BRANCH", "BITBUCKET_PR_DESTINATION_BRANCH",
];

function ciEnv(env: Record<string, string>): void {
  for (const key of CI_VARIABLES) vi.stubEnv(key, env[key] ?? "");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

let clock = 0;
/**
 * git in `dir` as `author`, each commit a day after the last (fixed dates: the run is reproducible).
 * `init DIR`, `remote add` and `remote set-url` of a plain URL are written into the repository's files
 * without a process, as git writes them: some 80 of the file's git runs, each a fork of the test's
 * worker (about 25 ms of CPU in the suite's), where making the checkout is not what a test is about.
 */
function git(dir: string, ...args: string[]): string {
  clock++;
  if (args[0] === "init" && args.length === 3 && args[1] === "-q") {
    newRepository(args[2]!);
    return "";
  }
  if (remoteByConfig(dir, args)) return "";
  const date = new Date(Date.UTC(2024, 0, 1) + clock * 3_600_000).toISOString();
  return execFileSync("git", ["-C", dir, "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "advice.detachedHead=false", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GIT_AUTHOR_NAME: "Ada", GIT_AUTHOR_EMAIL: "ada@example.com", GIT_COMMITTER_NAME: "Ada", GIT_COMMITTER_EMAIL: "ada@example.com", GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  }).trim();
}

function put(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const yml = (dir: string): string => readFileSync(join(dir, "techstack.yml"), "utf8");
const header = (dir: string) => {
  const doc = parseComparable(yml(dir));
  return { repo_name: doc.repo_name, provider: doc.provider, branch: doc.branch, report_id: doc.report_id };
};

/**
 * The forge: a bare repository whose main holds an Express app and the techstack.yml the bot wrote
 * there (unless `withStackFile` is false), and a branch feat/login adding Zod; refs/pull/7/merge is
 * the merge GitHub makes of it. `work` is the maintainer's clone.
 */
async function makeForge(withStackFile: boolean): Promise<{ bare: string; work: string; merge: string }> {
  const root = tempDir("techstack-forge-");
  const bare = join(root, "shop.git");
  const work = join(root, "work");
  git(root, "init", "-q", "--bare", bare);
  git(root, "clone", "-q", bare, work);
  put(work, "package.json", JSON.stringify({ name: "shop", dependencies: { express: "4.18.2" } }, null, 2));
  put(work, ".github/workflows/ci.yml", "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n");
  git(work, "add", "-A");
  git(work, "commit", "-q", "-m", "start");
  if (withStackFile) {
    git(work, "remote", "set-url", "origin", URL);
    expect((await call(writeCommand, [work])).code).toBe(0);
    git(work, "remote", "set-url", "origin", bare);
    git(work, "add", "-A");
    git(work, "commit", "-q", "-m", "techstack");
  }
  git(work, "push", "-q", "origin", "main");
  git(work, "checkout", "-q", "-b", "feat/login");
  put(work, "package.json", JSON.stringify({ name: "shop", dependencies: { express: "4.18.2", zod: "3.22.4" } }, null, 2));
  git(work, "commit", "-q", "-am", "login");
  git(work, "push", "-q", "origin", "feat/login");
  git(work, "checkout", "-q", "main");
  git(work, "merge", "-q", "--no-ff", "--no-edit", "feat/login");
  const merge = git(work, "rev-parse", "HEAD");
  git(work, "push", "-q", "origin", "HEAD:refs/pull/7/merge");
  git(work, "reset", "-q", "--hard", "HEAD~1");
  return { bare, work, merge };
}

// Both forges are made once for the file (before any test stubs a CI variable) and each test takes a
// copy of one: making one is some twenty git processes and a write, copying it a few milliseconds
//.
const forges = new Map<boolean, { bare: string; work: string; merge: string }>();
beforeAll(async () => {
  for (const withStackFile of [true, false]) forges.set(withStackFile, await makeForge(withStackFile));
}, 120_000);

/** A copy of the forge of makeForge(withStackFile), its clone's origin the copy's bare repository. */
function forge(withStackFile = true): { bare: string; work: string; merge: string } {
  const made = forges.get(withStackFile)!;
  const root = tempDir("techstack-forge-");
  const bare = join(root, "shop.git");
  const work = join(root, "work");
  cpSync(made.bare, bare, { recursive: true });
  cpSync(made.work, work, { recursive: true });
  git(work, "remote", "set-url", "origin", bare);
  return { bare, work, merge: made.merge };
}

/** A GitHub Actions event payload naming the repository's default branch. */
function event(defaultBranch = "main"): string {
  const file = join(tempDir("techstack-event-"), "event.json");
  writeFileSync(file, JSON.stringify({ number: 7, repository: { full_name: "acme/shop", default_branch: defaultBranch } }));
  return file;
}

/** actions/checkout of a pull_request event: init, origin, the merge commit fetched (depth 1, or the whole history), HEAD detached at it. */
function githubPullCheckout(bare: string, merge: string, depth: 1 | 0): string {
  const ws = join(tempDir("techstack-gh-"), "shop");
  git(tempDir(), "init", "-q", ws);
  git(ws, "remote", "add", "origin", `file://${bare}`);
  if (depth === 0) git(ws, "fetch", "-q", "--prune", "--no-recurse-submodules", "origin", "+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*");
  git(ws, "fetch", "-q", "--no-tags", "--prune", "--no-recurse-submodules", ...(depth === 1 ? ["--depth=1"] : []), "origin", `+${merge}:refs/remotes/pull/7/merge`);
  git(ws, "checkout", "-q", "--progress", "--force", "refs/remotes/pull/7/merge");
  git(ws, "remote", "set-url", "origin", URL);
  return ws;
}

function githubPullEnv(ws: string, eventPath?: string): void {
  ciEnv({
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: ws,
    GITHUB_HEAD_REF: "feat/login",
    GITHUB_BASE_REF: "main",
    GITHUB_REF: "refs/pull/7/merge",
    GITHUB_REF_NAME: "7/merge",
    GITHUB_REF_TYPE: "branch",
    ...(eventPath ? { GITHUB_EVENT_PATH: eventPath } : {}),
  });
}

describe("the bot on a pull request, GitHub Actions", () => {
  for (const depth of [1, 0] as const) {
    it(`fetch-depth ${depth}: the merge checkout keeps the committed file's repository and branch; write then check is stable`, async () => {
      const { bare, merge } = forge();
      const ws = githubPullCheckout(bare, merge, depth);
      githubPullEnv(ws, event());
      const before = header(ws);
      expect(before).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main" });
      // check: Zod is new, so stale; write adds it and leaves the branch main (it said feat/login, every link on the pull request's branch).
      expect((await call(checkCommand, [ws])).code).toBe(1);
      expect((await call(writeCommand, [ws])).code).toBe(0);
      const after = header(ws);
      expect(after).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main" });
      expect(after.report_id).not.toBe(before.report_id); // a tool more
      expect(yml(ws)).toContain("https://github.com/acme/shop/blob/main/package.json");
      expect(yml(ws)).not.toContain("feat/login");
      expect(await call(checkCommand, [ws])).toMatchObject({ code: 0 });
      const again = await call(writeCommand, [ws]);
      expect(again.stderr).toContain("up to date");
    });
  }

  it("a first write on a pull request (no techstack.yml yet) names the default branch the event gives, else the request's branch", async () => {
    const { bare, merge } = forge(false);
    const ws = githubPullCheckout(bare, merge, 1);
    githubPullEnv(ws, event("main"));
    expect((await call(writeCommand, [ws])).code).toBe(0);
    expect(header(ws)).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main" });
    // A repository whose default branch is another: that one.
    const other = githubPullCheckout(bare, merge, 1);
    githubPullEnv(other, event("trunk"));
    expect((await call(writeCommand, [other])).code).toBe(0);
    expect(header(other).branch).toBe("trunk");
    // No event payload (a job that ran in a container without it): the request's source branch, as before.
    const bareJob = githubPullCheckout(bare, merge, 1);
    githubPullEnv(bareJob);
    expect((await call(writeCommand, [bareJob])).code).toBe(0);
    expect(header(bareJob).branch).toBe("feat/login");
  });

  it("a checkout into a folder of the workspace (actions/checkout `path:`) of the event's repository still reads its default branch; another repository's does not", async () => {
    const { bare, merge } = forge(false);
    const ws = githubPullCheckout(bare, merge, 1);
    const workspace = join(ws, "..");
    ciEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: "acme/shop", GITHUB_HEAD_REF: "feat/login", GITHUB_BASE_REF: "trunk", GITHUB_REF_NAME: "7/merge", GITHUB_REF_TYPE: "branch", GITHUB_EVENT_PATH: event("trunk") });
    expect((await call(writeCommand, [ws])).code).toBe(0);
    // It was "main", the fallback: neither the event's default branch nor the request's was read for a folder below the workspace.
    expect(header(ws).branch).toBe("trunk");
    // Another repository the job cloned (its origin another): the job's facts are not its.
    git(ws, "remote", "set-url", "origin", "https://github.com/other/tool.git");
    git(ws, "rm", "-q", "--cached", "--ignore-unmatch", "techstack.yml");
    // Nothing else names its detached merge commit's branch: none is written, and the links open the commit.
    const other = JSON.parse((await call(detectCommand, [ws, "--format", "json"])).stdout) as { branch: string; tools: { detection_source_url?: string }[] };
    expect(other.branch).toBe("");
    expect(other.tools.map((t) => t.detection_source_url)).toContain(`https://github.com/other/tool/blob/${git(ws, "rev-parse", "HEAD").trim()}/package.json`);
  });

  it("--branch names the branch whatever the checkout", async () => {
    const { bare, merge } = forge();
    const ws = githubPullCheckout(bare, merge, 1);
    githubPullEnv(ws, event());
    expect((await call(writeCommand, [ws, "--branch", "release/2.x"])).code).toBe(0);
    expect(header(ws).branch).toBe("release/2.x");
    expect(yml(ws)).toContain("https://github.com/acme/shop/blob/release/2.x/package.json");
    // check compares no branch: a file written for another branch is fresh where its tools are.
    expect((await call(checkCommand, [ws])).code).toBe(0);
    expect((await call(writeCommand, [ws, "--branch", ""])).stderr).toContain("--branch takes a branch name, not an empty value");
  });
});

describe("the bot on a merge request, GitLab", () => {
  /** The runner's checkout of a merge request pipeline: the request's head fetched as a remote-tracking ref, HEAD detached at it. */
  function gitlabCheckout(bare: string, depth?: number): string {
    const ws = join(tempDir("techstack-gl-"), "shop");
    git(tempDir(), "init", "-q", ws);
    git(ws, "remote", "add", "origin", `file://${bare}`);
    git(ws, "fetch", "-q", ...(depth ? [`--depth=${depth}`] : []), "origin", "+refs/heads/feat/login:refs/remotes/origin/merge-requests/7/head");
    git(ws, "checkout", "-q", "-f", git(ws, "rev-parse", "refs/remotes/origin/merge-requests/7/head"));
    git(ws, "remote", "set-url", "origin", "https://gitlab.com/acme/shop.git");
    ciEnv({ GITLAB_CI: "true", CI_PROJECT_DIR: ws, CI_COMMIT_REF_NAME: "feat/login", CI_DEFAULT_BRANCH: "main", CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: "feat/login", CI_MERGE_REQUEST_TARGET_BRANCH_NAME: "main" });
    return ws;
  }

  it("a merge request pipeline, detached, names CI_DEFAULT_BRANCH on a first write and keeps the file's after; write then check is stable", async () => {
    const { bare } = forge(false);
    const ws = gitlabCheckout(bare, 20);
    expect((await call(writeCommand, [ws])).code).toBe(0);
    expect(header(ws)).toMatchObject({ repo_name: "acme/shop", provider: "gitlab", branch: "main" });
    expect(yml(ws)).toContain("https://gitlab.com/acme/shop/-/blob/main/package.json");
    expect((await call(checkCommand, [ws])).code).toBe(0);
    expect((await call(writeCommand, [ws])).stderr).toContain("up to date");
    // The repository's file already names a long-lived branch (written with --branch): kept.
    const { bare: other } = forge(true);
    const kept = gitlabCheckout(other);
    put(kept, "techstack.yml", yml(kept).replace("branch: main", "branch: release/2.x"));
    expect((await call(writeCommand, [kept])).code).toBe(0);
    expect(header(kept).branch).toBe("release/2.x");
  });
});

describe("the bot on Bitbucket Pipelines", () => {
  it("the clone of the pushed branch (--branch, --depth 50) keeps the file's branch: Bitbucket names no default branch", async () => {
    const { bare } = forge();
    const ws = join(tempDir("techstack-bb-"), "build");
    git(tempDir(), "clone", "-q", "--branch=feat/login", "--depth", "50", `file://${bare}`, ws);
    git(ws, "remote", "set-url", "origin", "git@bitbucket.org:acme/shop.git");
    ciEnv({ BITBUCKET_BUILD_NUMBER: "12", BITBUCKET_CLONE_DIR: ws, BITBUCKET_BRANCH: "feat/login", BITBUCKET_PR_DESTINATION_BRANCH: "main" });
    expect((await call(writeCommand, [ws])).code).toBe(0);
    expect(header(ws)).toMatchObject({ repo_name: "acme/shop", provider: "bitbucket", branch: "main" });
    expect(yml(ws)).toContain("https://bitbucket.org/acme/shop/src/main/package.json");
    expect((await call(checkCommand, [ws])).code).toBe(0);
    // Detached at the commit (a pipeline's `git reset` to BITBUCKET_COMMIT elsewhere), with no file yet: the branch Bitbucket builds.
    git(ws, "checkout", "-q", "--detach", "HEAD");
    git(ws, "branch", "-q", "-D", "feat/login");
    git(ws, "update-ref", "-d", "refs/remotes/origin/feat/login");
    const fresh = await call(detectCommand, [ws, "--format", "json"]);
    expect(JSON.parse(fresh.stdout).branch).toBe("feat/login");
  });
});

describe("a contributor's clone of a fork, and a repository with no remote", () => {
  it("a fork's clone (origin the fork, upstream the repository) keeps the file's repository and branch; a fork's own file keeps the fork", async () => {
    const { work } = forge();
    git(work, "checkout", "-q", "feat/login");
    git(work, "remote", "set-url", "origin", "git@github.com:contrib/shop.git");
    git(work, "remote", "add", "upstream", URL);
    git(work, "update-ref", "refs/remotes/origin/main", "main");
    git(work, "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
    const before = header(work);
    expect((await call(writeCommand, [work])).code).toBe(0);
    const after = header(work);
    // It was contrib/shop: a new report_id, and every link into the fork.
    expect(after).toMatchObject({ repo_name: "acme/shop", provider: "github", branch: "main" });
    expect(after.report_id).not.toBe(before.report_id); // Zod added
    expect(yml(work)).not.toContain("contrib");
    expect(yml(work)).toContain("https://github.com/acme/shop/blob/main/package.json");
    expect((await call(checkCommand, [work])).code).toBe(0);
    expect((await call(writeCommand, [work])).stderr).toContain("up to date");
    // The fork's own file (a fork that keeps its stack): origin is it.
    put(work, "techstack.yml", yml(work).replaceAll("acme/shop", "contrib/shop").replace("requested_by: acme", "requested_by: contrib"));
    expect((await call(writeCommand, [work])).code).toBe(0);
    expect(header(work)).toMatchObject({ repo_name: "contrib/shop", branch: "main" });
    // A repository renamed or moved (no remote is the file's): origin decides.
    git(work, "remote", "remove", "upstream");
    put(work, "techstack.yml", yml(work).replaceAll("contrib/shop", "acme/old-shop"));
    expect((await call(writeCommand, [work])).code).toBe(0);
    expect(header(work).repo_name).toBe("contrib/shop");
  });

  it("no remote: named after the folder, provider local; a feature branch keeps the file's branch, the branch itself on a first write", async () => {
    const { work } = forge();
    git(work, "remote", "remove", "origin");
    git(work, "checkout", "-q", "feat/login");
    // The file says acme/shop (no remote is it now: the folder names the repository) and main (kept: no default branch is known).
    expect((await call(writeCommand, [work])).code).toBe(0);
    expect(header(work)).toMatchObject({ repo_name: "work", provider: "local", branch: "main" });
    expect(yml(work)).not.toContain("feat/login");
    expect((await call(checkCommand, [work])).code).toBe(0);
    expect((await call(writeCommand, [work])).stderr).toContain("up to date");
    // Back on main, as on any branch: main.
    git(work, "add", "-A");
    git(work, "commit", "-q", "-m", "techstack on the branch");
    git(work, "checkout", "-q", "main");
    git(work, "merge", "-q", "--no-ff", "--no-edit", "feat/login");
    expect((await call(writeCommand, [work])).stderr).toContain("up to date");
    // A first write on a branch (no file): the branch itself, nothing naming another.
    git(work, "checkout", "-q", "-b", "spike");
    git(work, "rm", "-q", "techstack.yml", "techstack.md");
    expect((await call(writeCommand, [work])).code).toBe(0);
    expect(header(work)).toMatchObject({ repo_name: "work", provider: "local", branch: "spike" });
  });
});

describe("after the merge, the refresh on main", () => {
  it("the pull request's bot committed the file on its branch; main's push job (depth 1, then the whole history) rewrites nothing", async () => {
    const { bare } = forge();
    // The pull request's job, checked out on its head branch (actions/checkout `ref: github.head_ref`) to commit there.
    const pr = join(tempDir("techstack-gh-"), "shop");
    // The whole history, as write's shallow-clone warning asks: at depth 1 the cut commit is the
    // pull request's, and a line it changed (Express's, given a comma) keeps the older date the
    // file gives, which main's full history then corrects.
    git(tempDir(), "clone", "-q", "--branch=feat/login", `file://${bare}`, pr);
    git(pr, "remote", "set-url", "origin", URL);
    githubPullEnv(pr, event());
    expect((await call(writeCommand, [pr])).code).toBe(0);
    expect(header(pr).branch).toBe("main");
    git(pr, "add", "-A");
    git(pr, "commit", "-q", "-m", "techstack: refresh");
    git(pr, "remote", "set-url", "origin", `file://${bare}`);
    git(pr, "push", "-q", "origin", "feat/login");
    const written = yml(pr);
    // Merged with a merge commit.
    const merger = join(tempDir("techstack-merge-"), "shop");
    git(tempDir(), "clone", "-q", `file://${bare}`, merger);
    git(merger, "merge", "-q", "--no-ff", "--no-edit", "origin/feat/login");
    git(merger, "push", "-q", "origin", "main");
    for (const depth of ["1", undefined]) {
      const main = join(tempDir("techstack-gh-"), "shop");
      git(tempDir(), "clone", "-q", "--branch=main", ...(depth ? ["--depth", depth] : []), `file://${bare}`, main);
      git(main, "remote", "set-url", "origin", URL);
      ciEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: main, GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main", GITHUB_REF_TYPE: "branch", GITHUB_EVENT_PATH: event() });
      const refresh = await call(writeCommand, [main]);
      expect(yml(main)).toBe(written);
      expect(refresh.stderr, `depth ${depth ?? "all"}`).toContain("up to date");
      expect((await call(checkCommand, [main])).code).toBe(0);
    }
  });

  it("a change on main after the merge changes its tool alone: the header but report_id and timestamp stays", async () => {
    const { work } = forge();
    git(work, "remote", "set-url", "origin", URL);
    const before = yml(work);
    put(work, "package.json", JSON.stringify({ name: "shop", dependencies: { express: "4.19.2" } }, null, 2));
    git(work, "commit", "-q", "-am", "express 4.19.2");
    expect((await call(writeCommand, [work])).code).toBe(0);
    const removed = before.split("\n").filter((line) => !yml(work).split("\n").includes(line));
    for (const line of removed) expect(line).toMatch(/^(report_id|timestamp):|version: 4\.18\.2|last_updated_(by|on):/);
    // Express's release moved (a file left as it was removed no line, and the loop above checked none).
    expect(removed).toContainEqual(expect.stringMatching(/version: 4\.18\.2$/));
    expect(yml(work)).toMatch(/version: 4\.19\.2$/m);
    expect(header(work)).toMatchObject({ repo_name: "acme/shop", branch: "main" });
  });
});

describe("a developer's clone", () => {
  it("a first write on a feature branch names origin's default branch; a tag checked out names the tag; --rev names its ref", async () => {
    const { bare } = forge(false);
    const clone = join(tempDir("techstack-dev-"), "shop");
    git(tempDir(), "clone", "-q", `file://${bare}`, clone);
    git(clone, "remote", "set-url", "origin", URL);
    git(clone, "checkout", "-q", "feat/login");
    ciEnv({});
    expect((await call(writeCommand, [clone])).code).toBe(0);
    // It was feat/login: every link into a branch deleted after the merge.
    expect(header(clone).branch).toBe("main");
    git(clone, "checkout", "-q", "--detach");
    git(clone, "commit", "-q", "--allow-empty", "-m", "release 1.0.0");
    git(clone, "tag", "v1.0.0");
    expect(JSON.parse((await call(detectCommand, [clone, "--format", "json"])).stdout).branch).toBe("v1.0.0");
    git(clone, "checkout", "-q", "main");
    expect(JSON.parse((await call(detectCommand, [clone, "--format", "json", "--rev", "origin/feat/login"])).stdout).branch).toBe("feat/login");
  });
});

// Written against stop 49's mutation survivors (branch.ts's ciJob and documentBranch).
describe("CI jobs the shapes above leave out", () => {
  it("GitHub Actions, a release workflow on a pushed tag: actions/checkout detaches at the tag, which names the branch", async () => {
    const { bare, work } = forge();
    git(work, "tag", "v1.0.0");
    git(work, "push", "-q", "origin", "v1.0.0");
    const ws = join(tempDir("techstack-gh-"), "shop");
    git(tempDir(), "init", "-q", ws);
    git(ws, "remote", "add", "origin", `file://${bare}`);
    git(ws, "fetch", "-q", "--no-tags", "--prune", "--no-recurse-submodules", "--depth=1", "origin", "+refs/tags/v1.0.0:refs/tags/v1.0.0");
    git(ws, "checkout", "-q", "--progress", "--force", "refs/tags/v1.0.0");
    git(ws, "remote", "set-url", "origin", URL);
    ciEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: "acme/shop", GITHUB_REF: "refs/tags/v1.0.0", GITHUB_REF_NAME: "v1.0.0", GITHUB_REF_TYPE: "tag", GITHUB_EVENT_PATH: event("main") });
    // The tag, as `--rev v1.0.0` names it; the ref's name is no branch of the job's.
    expect(JSON.parse((await call(detectCommand, [ws, "--format", "json"])).stdout).branch).toBe("v1.0.0");
  });

  it("a checkout below the workspace whose origin spells the repository in other case than GITHUB_REPOSITORY still reads the event's default branch", async () => {
    const { bare, merge } = forge(false);
    const ws = githubPullCheckout(bare, merge, 1);
    // actions/checkout `repository: acme/shop` typed in lower case; GitHub names the job's repository as it is spelt, Acme/Shop.
    ciEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: join(ws, ".."), GITHUB_REPOSITORY: "Acme/Shop", GITHUB_HEAD_REF: "feat/login", GITHUB_REF_NAME: "7/merge", GITHUB_REF_TYPE: "branch", GITHUB_EVENT_PATH: event("trunk") });
    expect(JSON.parse((await call(detectCommand, [ws, "--format", "json"])).stdout).branch).toBe("trunk");
    git(ws, "remote", "set-url", "origin", "https://github.com/Acme/Shop.git");
    ciEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: join(ws, ".."), GITHUB_REPOSITORY: "acme/shop", GITHUB_HEAD_REF: "feat/login", GITHUB_REF_NAME: "7/merge", GITHUB_REF_TYPE: "branch", GITHUB_EVENT_PATH: event("trunk") });
    expect(JSON.parse((await call(detectCommand, [ws, "--format", "json"])).stdout).branch).toBe("trunk");
  });

  it("Bitbucket Pipelines, a second clone of the job's repository below the clone folder: its own branch (Bitbucket names no default branch)", async () => {
    const { bare } = forge();
    const ws = join(tempDir("techstack-bb-"), "build");
    git(tempDir(), "clone", "-q", "--branch=feat/login", "--depth", "50", `file://${bare}`, ws);
    git(ws, "remote", "set-url", "origin", "git@bitbucket.org:acme/shop.git");
    const main = join(ws, "main-checkout");
    git(tempDir(), "clone", "-q", "--branch=main", `file://${bare}`, main);
    git(main, "remote", "set-url", "origin", "git@bitbucket.org:acme/shop.git");
    ciEnv({ BITBUCKET_BUILD_NUMBER: "12", BITBUCKET_CLONE_DIR: ws, BITBUCKET_REPO_FULL_NAME: "acme/shop", BITBUCKET_BRANCH: "feat/login" });
    const out = await call(detectCommand, [main, "--format", "json"]);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).branch).toBe("main");
  });
});

describe("a rewrite on the default branch, and one without git", () => {
  it("main's push job rewrites a file that names another branch (written with --branch) to main; --no-git reads no remote or branch", async () => {
    const { bare } = forge();
    const main = join(tempDir("techstack-gh-"), "shop");
    git(tempDir(), "clone", "-q", "--branch=main", `file://${bare}`, main);
    git(main, "remote", "set-url", "origin", URL);
    put(main, "techstack.yml", yml(main).replace("branch: main", "branch: release/2.x"));
    ciEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: main, GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main", GITHUB_REF_TYPE: "branch", GITHUB_EVENT_PATH: event() });
    expect((await call(writeCommand, [main])).code).toBe(0);
    expect(header(main).branch).toBe("main");
    // --no-git: the folder names the repository, whatever remote the checkout has and the file names.
    ciEnv({});
    expect((await call(writeCommand, [main, "--no-git"])).code).toBe(0);
    expect(header(main)).toMatchObject({ repo_name: "shop", provider: "local" });
  });
});

describe("write --rev", () => {
  it("names the branch the revision names, over the committed file's", async () => {
    const { bare } = forge();
    const clone = join(tempDir("techstack-dev-"), "shop");
    git(tempDir(), "clone", "-q", `file://${bare}`, clone);
    git(clone, "remote", "set-url", "origin", URL);
    ciEnv({});
    expect((await call(writeCommand, [clone, "--rev", "origin/feat/login"])).code).toBe(0);
    expect(header(clone).branch).toBe("feat/login");
  });
});
