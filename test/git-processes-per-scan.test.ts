import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { detectCommand } from "../src/cli/commands/detect.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { submitCommand } from "../src/cli/commands/submit.js";
import { call, historyRepo, historyRepoCopy, loggedGit, tempDir, writeFile } from "./helpers.js";
import { importedHistory, importedRepo } from "./git-import.js";

// Each git process a scan starts is a fork and an exec (a few ms on a quiet machine, far more under
// load): a plain scan's processes are counted and named here, so that a change cannot add one
// silently. This file runs in a module graph of its own (vitest.config.ts's isolated list), as a
// CLI command does: whether git runs at all is not known yet when its first scan starts.

afterEach(() => vi.unstubAllEnvs());

/** The git commands (less the settings every run gets: `-c ...`, `-C DIR`) the log holds from line `from` on, sorted: the scan runs some at once. */
function commands(log: string, from = 0): string[] {
  const runs = readFileSync(log, "utf8").split("\n").filter(Boolean).slice(from);
  return runs.map((run) => run.replace(/^(?:-c \S+ )*-C \S+ (?:-c \S+ )*/, "").split(" ").slice(0, 2).join(" ")).sort();
}

const lines = (log: string) => readFileSync(log, "utf8").split("\n").filter(Boolean).length;

/**
 * A checkout with a remote, its default branch known (origin/HEAD, as a clone has), and one commit:
 * nothing to blame. Made once (four git processes); each test changes a copy of it.
 */
let made: string;
beforeAll(() => {
  const { dir, git, commit } = historyRepo();
  git("remote", "add", "origin", "https://github.com/acme/shop.git");
  writeFile(dir, "package.json", '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
  writeFile(dir, "api/requirements.txt", "redis==5.0.1\n");
  commit("Ada", 2, "start");
  git("update-ref", "refs/remotes/origin/main", "HEAD");
  git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
  made = dir;
});

const checkout = () => historyRepoCopy(made);

/**
 * A working tree's scan: its layout, whether git reads it and whether HEAD has a parent (one
 * rev-parse), the tracked files, the configuration (excludes file, partial clone, the remotes' URLs:
 * one listing) and the history walk. The checkout's branch and the default one are read from HEAD's
 * and origin's HEAD's files; a history of one commit has nothing to blame, so its commits are not
 * counted (with a parent, they are: "a history of two commits" below).
 */
const WORKING_TREE = ["config -z", "log --root", "ls-files -z", "rev-parse --git-common-dir"];

describe("the git processes of one scan", () => {
  it("a checkout's: four, none of them only to learn whether git runs (the first one says so)", async () => {
    const { dir } = checkout();
    const log = loggedGit();
    const { document } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    expect(document).toMatchObject({ repo_name: "acme/shop", branch: "main" });
    expect(document.tools.find((t) => t.name === "Redis")).toMatchObject({ last_updated_by: "Ada" });
    expect(commands(log)).toEqual(WORKING_TREE);
  });

  it("a folder below the top's: the same four, its place in the checkout from the same rev-parse", async () => {
    const { dir } = checkout();
    const log = loggedGit();
    const { document } = await scan(join(dir, "api"), { timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.find((t) => t.name === "Redis")?.detection_source_url).toBe("https://github.com/acme/shop/blob/main/api/requirements.txt");
    expect(commands(log)).toEqual(WORKING_TREE);
  });

  it("a revision's: the tree and blob readers in place of the walk's two, and where the revision's name points", async () => {
    const { dir, commit } = checkout();
    writeFile(dir, "Gemfile", 'gem "rails"\n');
    commit("Ada", 3, "rails");
    const log = loggedGit();
    const { document } = await scan(dir, { rev: "HEAD~1", timestamp: "2024-01-01T00:00:00Z" });
    expect(document.tools.map((t) => t.name)).not.toContain("Rails");
    // One rev-parse for the ref the revision names and the commit it is (whose hash the links take).
    expect(commands(log)).toEqual(["cat-file --batch", "config -z", "log --root", "ls-tree -r", "rev-list --count", "rev-parse --git-common-dir", "rev-parse HEAD~1^{commit}"]);
  });

  it("a bare repository's: the revision's, the layout's rev-parse saying it is bare", async () => {
    const { dir } = checkout();
    const bare = join(tempDir("techstack-bare-count-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const log = loggedGit();
    const { document } = await scan(bare, { timestamp: "2024-01-01T00:00:00Z" });
    expect(document.repo_name).toBe("shop");
    expect(commands(log)).toEqual(["cat-file --batch", "config -z", "log --root", "ls-tree -r", "rev-parse --git-common-dir"]);
  });

  it("a history of two commits: the count that decides whether to blame, and the blame; a clone of depth 1 of it has one commit, so neither", async () => {
    const { dir, commit } = checkout();
    writeFile(dir, "api/requirements.txt", "redis==5.0.1\ncelery==5.3.0\n");
    commit("Bo", 3, "celery");
    const log = loggedGit();
    const { document } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    // Redis's line is Ada's, though Bo changed the file last: blamed.
    expect(document.tools.find((t) => t.name === "Redis")).toMatchObject({ last_updated_by: "Ada" });
    expect(commands(log)).toEqual(["blame --porcelain", "blame --porcelain", "config -z", "log --root", "ls-files -z", "rev-list --count", "rev-parse --git-common-dir"]);
    const shallow = join(tempDir("techstack-shallow-count-"), "shop");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
    const before = lines(log);
    const cut = await scan(shallow, { timestamp: "2024-01-01T00:00:00Z" });
    // The one commit present stands in for the history: Bo's, the file's last change.
    expect(cut.document.tools.find((t) => t.name === "Redis")).toMatchObject({ last_updated_by: "Bo" });
    expect(commands(log, before)).toEqual(WORKING_TREE);
  });

  it("a checkout git will not read (another user's): the one rev-parse says why, and the header is not asked; trusted, the same four", async () => {
    const { dir } = checkout();
    const log = loggedGit();
    vi.stubEnv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "1");
    const { warnings } = await scan(join(dir, "api"), { timestamp: "2024-01-01T00:00:00Z" });
    expect(warnings.filter((w) => w.file === ".git").map((w) => w.message)).toEqual([expect.stringContaining("detected dubious ownership")]);
    // The walk's listings are asked beside it (each refused too); the header's and the history's not at all.
    expect(commands(log)).toEqual(["config -z", "ls-files -z", "ls-files -z", "rev-parse --git-common-dir"]);
    const before = lines(log);
    vi.stubEnv("GIT_TEST_ASSUME_DIFFERENT_OWNER", "0");
    const { document } = await scan(join(dir, "api"), { timestamp: "2024-01-01T00:00:00Z" });
    expect(document.repo_name).toBe("acme/shop");
    expect(commands(log, before)).toEqual(WORKING_TREE);
  });

  it("the detect command's in a bare repository: the committed configuration's files looked up by one ls-tree, the one found read", async () => {
    const { dir, commit } = checkout();
    writeFile(dir, "techstack.config.json", JSON.stringify({ exclude: ["api/**"] }));
    commit("Ada", 3, "configuration");
    const bare = join(tempDir("techstack-bare-config-count-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const log = loggedGit();
    const outcome = await call(detectCommand, [bare, "--format", "json", "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    // The committed exclude applies: the requirements file below api/ is not scanned.
    expect((JSON.parse(outcome.stdout) as { tools: Array<{ name: string }> }).tools.map((t) => t.name)).not.toContain("Redis");
    const looked = readFileSync(log, "utf8").split("\n").filter((run) => / ls-tree -l -z HEAD -- /.test(run));
    expect(looked.map((run) => run.split(" -- ")[1])).toEqual(["techstack.config.json techstack.config.yml techstack.config.yaml package.json"]);
    // Whether it is bare is the layout's answer (was a rev-parse of its own, and an ls-tree a file):
    // the scan is told to read HEAD.
    // Two blobs: the configuration file, and package.json for a techstack key beside it (two configurations are an error).
    expect(commands(log)).toEqual(["blame --porcelain", "cat-file --batch", "cat-file blob", "cat-file blob", "config -z", "log --root", "ls-tree -l", "ls-tree -r", "rev-list --count", "rev-parse --git-common-dir"]);
  });

  it("a pull request's CI job, its checkout elsewhere than the workspace: the job's checkout is asked once, and origin's URL once for the header and the job", async () => {
    const { dir, git, commit } = checkout();
    // Detached at a commit no branch points to, as actions/checkout leaves a pull request's merge.
    writeFile(dir, "Gemfile", 'gem "rails"\n');
    commit("Ada", 3, "merge");
    git("checkout", "-q", "--detach", "HEAD");
    git("branch", "-q", "-f", "main", "HEAD~1");
    const event = join(tempDir("techstack-ci-event-"), "event.json");
    writeFileSync(event, JSON.stringify({ repository: { default_branch: "trunk" } }));
    vi.stubEnv("GITLAB_CI", "");
    vi.stubEnv("GITHUB_ACTIONS", "true");
    vi.stubEnv("GITHUB_WORKSPACE", tempDir("techstack-ci-workspace-"));
    vi.stubEnv("GITHUB_REPOSITORY", "acme/shop");
    vi.stubEnv("GITHUB_EVENT_PATH", event);
    vi.stubEnv("GITHUB_HEAD_REF", "feature");
    const log = loggedGit();
    const { document } = await scan(dir, { timestamp: "2024-01-01T00:00:00Z", history: false });
    // The job's repository's default branch, from its event: the checkout is the job's repository's.
    expect(document).toMatchObject({ repo_name: "acme/shop", branch: "trunk" });
    // The detached checkout's branch: a local branch, a remote-tracking one, a tag at HEAD (none); the
    // job's repository: its checkout's top (from the layout's rev-parse) and origin, and the remotes'
    // names, from the configuration listing.
    expect(commands(log)).toEqual(["config -z", "for-each-ref --points-at", "for-each-ref --points-at", "for-each-ref --points-at", "ls-files -z", "rev-parse --git-common-dir"]);
  });
});

describe("the git processes of write and check", () => {
  it("write's are its scan's: whether the clone is shallow and where the checkout's top is come from the same rev-parse", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir } = checkout();
    const log = loggedGit();
    const outcome = await call(writeCommand, [join(dir, "api"), "--out", join(dir, "docs"), "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).not.toContain("shallow");
    // The README snippets' link is from the checkout's top, which git's rev-parse placed.
    expect(readFileSync(join(dir, "docs", "techstack.md"), "utf8")).toContain("/docs/techstack.md");
    expect(commands(log)).toEqual(WORKING_TREE);
  });

  it("write's in a bare repository, with --out: no top asked, the layout says it is bare and has none", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir } = checkout();
    const bare = join(tempDir("techstack-bare-write-count-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const out = tempDir("techstack-bare-write-out-");
    const log = loggedGit();
    const outcome = await call(writeCommand, [bare, "--out", out, "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(readFileSync(join(out, "techstack.yml"), "utf8")).toMatch(/^repo_name: shop$/m);
    // The layout's one rev-parse says it is bare (no question of its own) and has no top.
    expect(commands(log).filter((command) => command.startsWith("rev-parse"))).toEqual(["rev-parse --git-common-dir"]);
  });

  it("write's and check's with a committed file: the file's branch and repository, the scan and the top from one rev-parse and one listing", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir, git, commit } = checkout();
    expect((await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"])).code).toBe(0);
    commit("Ada", 3, "stack file");
    git("checkout", "-q", "-b", "feature");
    const log = loggedGit();
    const written = await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toMatch(/^branch: main$/m);
    // Two commits: counted, and the lines Ada's first commit declared are blamed.
    expect(commands(log)).toEqual(["blame --porcelain", "blame --porcelain", "config -z", "log --root", "ls-files -z", "rev-list --count", "rev-parse --git-common-dir"]);
    const before = lines(log);
    const checked = await call(checkCommand, [dir]);
    expect(checked.code, checked.stdout).toBe(0);
    // check reads no history.
    expect(commands(log, before)).toEqual(["config -z", "ls-files -z", "rev-parse --git-common-dir"]);
  });
});

describe("the git processes of write --rev over a committed file", () => {
  it("the revision's commit and ref name from one rev-parse, which the committed file's branch and the scan's links share", async () => {
    for (const name of ["GITHUB_ACTIONS", "GITLAB_CI", "BITBUCKET_CLONE_DIR"]) vi.stubEnv(name, "");
    const { dir, git, commit } = checkout();
    expect((await call(writeCommand, [dir, "--timestamp", "2024-01-01T00:00:00Z"])).code).toBe(0);
    commit("Ada", 3, "stack file");
    const rev = git("rev-parse", "HEAD").trim();
    git("checkout", "-q", "-b", "feature");
    const log = loggedGit();
    const written = await call(writeCommand, [dir, "--rev", rev, "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(written.code, written.stderr).toBe(0);
    // The file's branch kept; the links open the commit scanned.
    const text = readFileSync(join(dir, "techstack.yml"), "utf8");
    expect(text).toMatch(/^branch: main$/m);
    expect(text).toContain(`/blob/${rev}/`);
    expect(commands(log).filter((command) => command === `rev-parse ${rev}^{commit}`)).toHaveLength(1);
  });
});

describe("the git processes of submit", () => {
  it("--auto's in a bare repository: the layout's one rev-parse says it is bare, and HEAD's configuration (the endpoint and the scan's settings) is looked up and read once", async () => {
    const bare = importedRepo(
      {
        "package.json": '{"name":"shop","dependencies":{"express":"^4.18.2"}}\n',
        "api/requirements.txt": "redis==5.0.1\n",
        "techstack.config.json": JSON.stringify({ endpoint: "https://stacks.example.com/api/stacks", exclude: ["api/**"] }),
      },
      { bare: true },
    );
    const log = loggedGit();
    const outcome = await call(submitCommand, ["--auto", bare, "--dry-run", "--timestamp", "2024-01-01T00:00:00Z"]);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toContain("would POST to https://stacks.example.com/api/stacks");
    // The committed exclude applies to the scan: the requirements file below api/ is not read.
    const tools = (JSON.parse(outcome.stdout) as { document: { tools: Array<{ name: string }> } }).document.tools.map((t) => t.name);
    expect(tools).toContain("ExpressJS");
    expect(tools).not.toContain("Redis");
    // The committed techstack.yml (none) by the blob reader; one history commit, so no blame; the
    // configuration's blob, and package.json's for a techstack key beside it.
    expect(commands(log)).toEqual(["cat-file --batch", "cat-file --batch", "cat-file blob", "cat-file blob", "config -z", "log --root", "ls-tree -l", "ls-tree -r", "rev-parse --git-common-dir"]);
  });
});

describe("a revision's configuration files", () => {
  // Moved from test/config-revision-files (h58-c): it resets the module registry, which a file sharing
  // its worker's modules must not do.
  it("tell a fresh program that git runs: hasGit asks no `git --version` after revisionFiles' listing", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "configured", files: { "package.json": '{"name":"shop","private":true}\n', "techstack.config.yml": "exclude:\n  - legacy/**\n" } },
    ]);
    vi.resetModules();
    const config = await import("../src/cli/config.js");
    const run = await import("../src/git/run.js");
    const log = loggedGit();
    expect(config.revisionFiles(dir, "HEAD").has("package.json")).toBe(true);
    expect(await run.hasGit()).toBe(true);
    expect(commands(log).map((c) => c.split(" ")[0])).toEqual(["ls-tree"]);
  });
});
