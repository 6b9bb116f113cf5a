import { execFile, execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { fixture, gitCopy, type Outcome, ROOT, runCommand, runMainHere, tempDir } from "./helpers.js";
import { hasPty, onTerminal } from "./pty.js";

const CLI = join(ROOT, "dist/cli.js");

function run(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: "1", TECHSTACK_TOKEN: "", TECHSTACK_ENDPOINT: "", ...options.env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" }).trim();
}

/** A git repository holding a Next.js app, whose second commit adds zod. */
function repoWithTwoCommits(): { dir: string; base: string } {
  const dir = tempDir("techstack-revs-");
  cpSync(fixture("nextjs-app"), dir, { recursive: true });
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "first");
  const base = git(dir, "rev-parse", "HEAD");
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  pkg.dependencies.zod = "^3.22.4";
  writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  git(dir, "commit", "-qam", "add zod");
  return { dir, base };
}

/**
 * A git repository holding a Next.js app whose Dockerfile serves the build with NGINX, with the
 * techstack.yml write made committed; the second commit moves package.json (and its lockfile) into
 * web/ and renames the Dockerfile: the same tools at the same versions, each shown by another file.
 */
async function repoWithMovedFiles(): Promise<{ dir: string; base: string }> {
  const dir = tempDir("techstack-moved-");
  cpSync(fixture("nextjs-app"), dir, { recursive: true });
  writeFileSync(join(dir, "Dockerfile"), "FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM nginx:1.25.3-alpine\nCOPY --from=build /app/out /usr/share/nginx/html\n");
  git(dir, "init", "-q");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "first");
  expect((await runHere(["write", dir])).code).toBe(0);
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "techstack");
  const base = git(dir, "rev-parse", "HEAD");
  mkdirSync(join(dir, "web"));
  git(dir, "mv", "package.json", "package-lock.json", "web/");
  git(dir, "mv", "Dockerfile", "Dockerfile.web");
  git(dir, "commit", "-qm", "move the app into web/");
  return { dir, base };
}

/**
 * The command called in-process, its output caught: for the cases where a process of its own (its exit
 * code set by the bin, standard streams, batch's workers, which load the built module) is not what is
 * tested. Those few still spawn dist/cli.js. `runAt` runs it from a folder and with variables set, as
 * `run` does with no token or endpoint from the environment.
 */
const runHere = (args: string[]): Promise<Outcome> => runCommand(args);
const runAt = (args: string[], options: { env?: Record<string, string>; cwd?: string }): Promise<Outcome> =>
  runCommand(args, { cwd: options.cwd, env: { NO_COLOR: "1", TECHSTACK_TOKEN: "", TECHSTACK_ENDPOINT: "", ...options.env } });
/** main.ts's routing and words in-process, with `run`'s variables. */
const runMainAt = (args: string[]): Promise<Outcome> => runMainHere(args, { env: { NO_COLOR: "1", TECHSTACK_TOKEN: "", TECHSTACK_ENDPOINT: "" } });

const names = (json: string): string[] => (JSON.parse(json) as { tools: Array<{ name: string }> }).tools.map((t) => t.name);

describe("detect --workspace", () => {
  it("scans one pnpm workspace package by its name or folder, with the root lockfile", async () => {
    const site = await runHere(["detect", fixture("pnpm-monorepo"), "--workspace", "site", "--no-git", "--format", "json"]);
    expect(site.code).toBe(0);
    expect(names(site.stdout)).toEqual(expect.arrayContaining(["Svelte", "SvelteKit", "pnpm"]));
    // turbo is the root package.json's, not the package's
    expect(names(site.stdout).map((n) => n.toLowerCase())).not.toContain("turbo");
    const byFolder = await runHere(["detect", fixture("pnpm-monorepo"), "--workspace", "apps/site/", "--no-git", "--format", "json"]);
    expect(names(byFolder.stdout).sort()).toEqual(names(site.stdout).sort());
    const ui = await runHere(["detect", fixture("pnpm-monorepo"), "--workspace", "@lumen/ui", "--no-git", "--format", "json"]);
    expect(names(ui.stdout)).not.toContain("SvelteKit");
  });

  it("reads npm/yarn workspaces from package.json and names the packages when one is unknown", async () => {
    const root = JSON.parse(readFileSync(fixture("yarn-berry-monorepo") + "/package.json", "utf8")) as { workspaces: unknown };
    expect(root.workspaces).toBeTruthy();
    const unknown = await runHere(["detect", fixture("yarn-berry-monorepo"), "--workspace", "nope", "--no-git"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no workspace package 'nope'.*\(packages\/api\).*\(packages\/web\)|no workspace package 'nope'.*\(packages\/web\).*\(packages\/api\)/);
    const api = await runHere(["detect", fixture("yarn-berry-monorepo"), "--workspace", "api", "--no-git", "--format", "json"]);
    expect(api.code).toBe(0);
    const tools = JSON.parse(api.stdout).tools as Array<{ name: string; detection_source: string }>;
    // The api package's own tools (an empty list passed the loop below), each from its files.
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["Fastify", "PostgreSQL"]));
    for (const tool of tools) {
      expect(tool.detection_source).toMatch(/^(packages\/api\/|yarn\.lock|\.yarnrc\.yml|package-lock\.json)/);
    }
  });
});

describe("detect --workspace, a yarn 1 monorepo", () => {
  // Yarn 1's lockfile records no workspace package (a lerna + yarn workspaces layout): the other
  // packages of the monorepo are known only from their package.json files, which --workspace leaves
  // out of the scan. @acme/ui was listed as a registry package of @acme/api.
  const monorepo = (): string => {
    const dir = tempDir("techstack-yarn1-monorepo-");
    const write = (path: string, text: string): void => {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write("package.json", JSON.stringify({ name: "acme", private: true, workspaces: ["packages/*"], devDependencies: { lerna: "^8.1.2" } }, null, 2));
    write("lerna.json", JSON.stringify({ version: "independent", npmClient: "yarn", useWorkspaces: true }));
    write("packages/ui/package.json", JSON.stringify({ name: "@acme/ui", version: "1.4.0", dependencies: { react: "^18.2.0" } }, null, 2));
    write("packages/api/package.json", JSON.stringify({ name: "@acme/api", version: "2.0.1", dependencies: { "@acme/ui": "^1.4.0", express: "^4.18.2" } }, null, 2));
    write(
      "yarn.lock",
      [
        "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.",
        "# yarn lockfile v1",
        "",
        "",
        'express@^4.18.2:',
        '  version "4.18.2"',
        '  resolved "https://registry.yarnpkg.com/express/-/express-4.18.2.tgz#3fabe08296e930c796c19e3c516979386ba3b59"',
        "",
        'react@^18.2.0:',
        '  version "18.2.0"',
        '  resolved "https://registry.yarnpkg.com/react/-/react-18.2.0.tgz#555bd98592883255fa00de14f1151a917b5d77d5"',
        "",
      ].join("\n"),
    );
    return dir;
  };
  const entries = (json: string): string[] => (JSON.parse(json) as { tools: Array<{ name: string; package_url?: string; version?: string }> }).tools.filter((t) => t.package_url).map((t) => `${t.name} ${t.version ?? ""}`.trim());

  it("leaves the other workspace packages out of the package entries, as a scan of the whole monorepo does", async () => {
    const dir = monorepo();
    const whole = entries((await runHere(["detect", dir, "--no-git", "--format", "json"])).stdout);
    expect(whole).toEqual(expect.arrayContaining(["express 4.18.2", "react 18.2.0"]));
    expect(whole.join()).not.toContain("@acme/");
    const api = await runHere(["detect", dir, "--workspace", "@acme/api", "--no-git", "--format", "json"]);
    expect(api.code).toBe(0);
    expect(entries(api.stdout)).toEqual(["express 4.18.2"]);
    expect(names(api.stdout)).toContain("ExpressJS");
    // The same through write (and so check) and diff, which share the scan's options.
    await runHere(["write", dir, "--workspace", "api", "--no-git", "--out", join(dir, "out")]);
    expect(readFileSync(join(dir, "out", "techstack.yml"), "utf8")).not.toContain("@acme/ui");
    expect((await runHere(["check", dir, "--workspace", "api", "--no-git", "--out", join(dir, "out")])).code).toBe(0);
    const diffed = await runHere(["diff", join(dir, "out", "techstack.yml"), dir, "--workspace", "api", "--no-git", "--format", "json"]);
    expect(JSON.parse(diffed.stdout)).toEqual({ added: [], removed: [], changed: [] });
  });

  it("through the API, include is only a filter: the CLI's answer takes the root lockfile and the siblings' names as unlisted npm packages", async () => {
    // The API has no workspace option (the README says why): what --workspace does is given as options.
    const dir = monorepo();
    const { detect } = await import("../src/index.js");
    const entriesOf = (doc: { tools: Array<{ name: string; package_url?: string; version?: string }> }) => entries(JSON.stringify(doc));
    // The folder alone: no lockfile (express at its range's floor), and @acme/ui taken for a registry package.
    expect(entriesOf(await detect(dir, { git: false, include: ["packages/api/**"] }))).toEqual(["@acme/ui 1.4.0", "express 4.18.2"]);
    const cli = entries((await runHere(["detect", dir, "--workspace", "api", "--no-git", "--format", "json"])).stdout);
    const api = entriesOf(await detect(dir, { git: false, include: ["packages/api/**", "yarn.lock"], catalog: { registries: { npm: { unlisted: ["@acme/ui"] } as never } } }));
    expect(api).toEqual(cli);
  });
});

describe("diff between revisions", () => {
  it("--rev-a/--rev-b, revisions as A and B, and --exit-code", async () => {
    const { dir, base } = repoWithTwoCommits();
    const text = await runHere(["diff", "--rev-a", base, "--rev-b", "HEAD", dir]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("+ Zod 3.22.4");
    const json = await runAt(["diff", "HEAD~1", "HEAD", "--format", "json", "--exit-code"], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).added.map((t: { name: string }) => t.name)).toContain("Zod");
    const same = await runAt(["diff", "HEAD", "HEAD", "--exit-code"], { cwd: dir });
    expect(same).toMatchObject({ code: 0, stdout: "no changes\n" });
    const md = await runHere(["diff", "--repo", dir, base, "HEAD", "--format", "markdown"]);
    expect(md.stdout).toContain("| ➕ added | Zod | 3.22.4 |");
    const bad = await runHere(["diff", "--rev-a", "no-such-rev", "--rev-b", "HEAD", dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("not a revision");
    expect((await runAt(["diff", "--rev-a", "HEAD"], { cwd: dir })).code).toBe(2);
  });

  it("in a shallow clone a missing revision says how to fetch it; outside git, says so", async () => {
    const { dir } = repoWithTwoCommits();
    const shallow = join(tempDir(), "shallow");
    git(dir, "clone", "-q", "--depth", "1", `file://${dir}`, shallow);
    const missing = await runHere(["diff", "--rev-a", "HEAD~1", "--rev-b", "HEAD", shallow]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("not a revision of");
    expect(missing.stderr).toContain("shallow clone");
    expect(missing.stderr).toMatch(/fetch-depth: 0|GIT_DEPTH: 0/);
    // A full clone with a mistyped revision gets no such hint.
    expect((await runHere(["diff", "--rev-a", "HEAD~5", "--rev-b", "HEAD", dir])).stderr).not.toContain("shallow");
    // What the CI bot runs there works: write (warning that the history is cut), then check is fresh.
    const written = await runHere(["write", shallow]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain("warning: a shallow clone");
    expect((await runHere(["write", dir])).stderr).not.toContain("shallow");
    expect((await runHere(["check", shallow])).code).toBe(0);
    const plain = tempDir();
    cpSync(join(dir, "package.json"), join(plain, "package.json"));
    const outside = await runHere(["diff", "--rev-a", "HEAD~1", "--rev-b", "HEAD", plain]);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(`not a git repository: ${plain}`);
  });

  it("scans each side as write does: the repository's configuration and the scan flags apply", async () => {
    const { dir } = repoWithTwoCommits();
    // A vendored demo the repository's configuration keeps out of its stack.
    mkdirSync(join(dir, "demo"));
    writeFileSync(join(dir, "demo/package.json"), JSON.stringify({ dependencies: { express: "^4.19.2" } }));
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ exclude: ["demo/**"] }));
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "vendor a demo");
    expect((await runHere(["write", dir, "--no-git"])).code).toBe(0);
    const fresh = await runHere(["diff", join(dir, "techstack.yml"), dir, "--exit-code", "--no-git"]);
    expect(fresh.stdout + fresh.stderr).not.toContain("ExpressJS");
    expect(fresh.code).toBe(0);
    const revs = await runHere(["diff", "--rev-a", "HEAD~1", "--rev-b", "HEAD", dir, "--exit-code"]);
    expect(revs.code).toBe(0);
    // A flag narrows both sides: zod's tool leaves the scanned side, so the committed file differs.
    const narrowed = await runHere(["diff", join(dir, "techstack.yml"), dir, "--no-packages", "--format", "json"]);
    expect(narrowed.code).toBe(0);
    const changes = JSON.parse(narrowed.stdout) as { removed: Array<{ name: string; package_url?: string }> };
    expect(changes.removed.length).toBeGreaterThan(0);
    expect(changes.removed.every((t) => t.package_url)).toBe(true);
    expect((await runAt(["diff", "a", "b", "--rev", "HEAD"], { cwd: dir })).code).toBe(2);
  });
});

describe("check and write", () => {
  it("techstack.md must be the rendering of the committed techstack.yml", async () => {
    const dir = tempDir();
    cpSync(fixture("rails-app"), dir, { recursive: true });
    expect((await runHere(["write", dir, "--no-git"])).code).toBe(0);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
    const md = join(dir, "techstack.md");
    writeFileSync(md, readFileSync(md, "utf8").replace("Tech Stack File", "Old Stack File"));
    const stale = await runHere(["check", dir, "--no-git"]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("techstack.md does not match");
    await runHere(["write", dir, "--no-git"]);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
  });

  it("timestamps and report ids do not make a file stale; a removed dependency does", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), dir, { recursive: true });
    await runHere(["write", dir, "--no-git", "--timestamp", "2020-01-01T00:00:00+00:00"]);
    expect((await runHere(["check", dir, "--no-git"])).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const removed = Object.keys(pkg.dependencies)[0]!;
    delete pkg.dependencies[removed];
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg));
    const stale = await runHere(["check", dir, "--no-git"]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(new RegExp(`^- ${removed.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`, "m"));
  });

  it("a manifest moved and a Dockerfile renamed: check fails naming each move, and diff (the pull-request comment) lists the same moves, never 'No change'", async () => {
    const { dir, base } = await repoWithMovedFiles();
    const check = await runHere(["check", dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`stale: ${join(dir, "techstack.yml")} differs from the repository:\n`);
    expect(check.stdout).toContain("> NGINX moved from Dockerfile to Dockerfile.web\n");
    // The manifest moved with all it lists: one group, its names beneath.
    expect(check.stdout).toMatch(/^> \d+ tools and \d+ packages moved from package\.json to web\/package\.json\n {4}(.*, )?Next\.js, .*; packages: (.*, )?next(, .*)?\n/m);
    const md = await runHere(["diff", "--rev-a", base, "--rev-b", "HEAD", dir, "--format", "markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).not.toContain("No change");
    expect(md.stdout).toContain("\nNGINX moved from `Dockerfile` to `Dockerfile.web`\n");
    expect(md.stdout).toMatch(/<details><summary>\d+ tools and \d+ packages moved from <code>package\.json<\/code> to <code>web\/package\.json<\/code><\/summary>/);
    // The comment and check's message name the same moves, in the same groups and order.
    const groupsOf = (text: string) => text.split("\n").filter((l) => l.startsWith("> ")).map((l) => l.replace(/^> /, "").replace(/ \(package\)/, ""));
    const fromComment = md.stdout.split("\n").filter((l) => / moved from /.test(l)).map((l) => l.replace(/<\/?(details|summary|code)>|`/g, ""));
    expect(groupsOf(check.stdout).length).toBeGreaterThan(1);
    expect(fromComment).toEqual(groupsOf(check.stdout));
    const text = await runHere(["diff", "--rev-a", base, "--rev-b", "HEAD", dir]);
    const movesOf = (out: string) => out.split("\n").filter((l) => /^(> | {4})/.test(l));
    expect(movesOf(text.stdout)).toEqual(movesOf(check.stdout));
    // --exit-code counts a move as a difference, as check does: the committed file would change.
    expect((await runHere(["diff", "--rev-a", base, "--rev-b", "HEAD", dir, "--exit-code"])).code).toBe(1);
    expect((await runHere(["diff", "--rev-a", "HEAD", "--rev-b", "HEAD", dir, "--exit-code"])).code).toBe(0);
  });

  it("a stale check names the write command with the same folder and flags; a missing folder is an error", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), join(dir, "my app"), { recursive: true });
    const stale = await runHere(["check", join(dir, "my app"), "--no-git", "--exclude", "docs/**"]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`To refresh them, run: techstack write '${join(dir, "my app")}' --no-git --exclude 'docs/**'\n`);
    const missing = await runHere(["check", join(dir, "nowhere")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`no such directory: ${join(dir, "nowhere")}`);
  });

  it("write makes a missing --out folder and refuses a second folder; diff and --rev outside git fail with exit 1", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), join(dir, "app"), { recursive: true });
    const out = join(dir, "artifacts/stack");
    expect((await runHere(["write", join(dir, "app"), "--no-git", "--out", out])).code).toBe(0);
    expect(existsSync(join(out, "techstack.yml")) && existsSync(join(out, "techstack.md"))).toBe(true);
    expect((await runHere(["write", join(dir, "app"), join(dir, "other")])).code).toBe(2);
    const missing = await runAt(["diff", "nope-a", "nope-b"], { cwd: dir });
    expect(missing.code).toBe(1);
    // Outside git, the message says why the name was not read as a revision either.
    expect(missing.stderr).toContain("nope-a is neither a file, a directory nor a revision: the current folder is no git repository (--repo DIR names one)");
    const rev = await runHere(["detect", join(dir, "app"), "--rev", "HEAD"]);
    expect(rev.code).toBe(1);
    expect(rev.stderr).toContain("not a git repository, so it has no revision HEAD");
  });

  it("write and check link techstack.md's README snippets to where it is written in the repository", async () => {
    const dir = gitCopy("nextjs-app");
    const links = (file: string) => readFileSync(file, "utf8").match(/Full tech stack \[here\]\([^)]*\)/g);
    expect((await runHere(["write", dir, "--out", join(dir, ".github/stack")])).code).toBe(0);
    expect(links(join(dir, ".github/stack/techstack.md"))).toEqual(Array(2).fill("Full tech stack [here](/.github/stack/techstack.md)"));
    expect(await runHere(["check", dir, "--out", join(dir, ".github/stack")])).toMatchObject({ code: 0 });
    // A subfolder scanned on its own: the link is from the checkout's top, not the subfolder.
    expect((await runHere(["write", join(dir, "app")])).code).toBe(0);
    expect(links(join(dir, "app/techstack.md"))).toEqual(Array(2).fill("Full tech stack [here](/app/techstack.md)"));
    // Without git the scanned folder is the root; a file written outside it keeps the plain link.
    const elsewhere = tempDir();
    expect((await runHere(["write", join(dir, "app"), "--no-git", "--out", elsewhere])).code).toBe(0);
    expect(links(join(elsewhere, "techstack.md"))).toEqual(Array(2).fill("Full tech stack [here](/techstack.md)"));
  });

  it("a rerun of write on an unchanged repository changes no byte, not even the timestamp", async () => {
    const dir = gitCopy("nextjs-app");
    const yml = join(dir, "techstack.yml");
    const md = join(dir, "techstack.md");
    expect((await runHere(["write", dir, "--timestamp", "2020-01-01T00:00:00+00:00"])).code).toBe(0);
    const first = { yml: readFileSync(yml, "utf8"), md: readFileSync(md, "utf8"), mtime: statSync(yml).mtimeMs };
    expect(first.yml).toContain("timestamp: '2020-01-01T00:00:00+00:00'");
    const again = await runHere(["write", dir]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("up to date");
    expect(readFileSync(yml, "utf8")).toBe(first.yml);
    expect(readFileSync(md, "utf8")).toBe(first.md);
    expect(statSync(yml).mtimeMs).toBe(first.mtime);
    // A real change takes the scan time.
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.dependencies.zod = "^3.22.4";
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
    const changed = await runHere(["write", dir]);
    expect(changed.stderr).toContain("wrote");
    expect(readFileSync(yml, "utf8")).not.toContain("2020-01-01");
    expect(readFileSync(yml, "utf8")).toContain("name: Zod");
  });

  it("write stops rather than lose manual entries of an unreadable techstack.yml", async () => {
    const dir = tempDir();
    cpSync(fixture("laravel-app"), dir, { recursive: true });
    writeFileSync(join(dir, "techstack.yml"), "tools: [\n");
    const result = await runHere(["write", dir, "--no-git"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("not a readable stack document");
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toBe("tools: [\n");
  });

  it("check on an unreadable techstack.yml (merge conflict markers) says to fix or delete it first, since write refuses it", async () => {
    const dir = tempDir();
    cpSync(fixture("laravel-app"), dir, { recursive: true });
    writeFileSync(join(dir, "techstack.yml"), "<<<<<<< HEAD\nrepo_name: a\n=======\nrepo_name: b\n>>>>>>> main\n");
    const result = await runHere(["check", dir, "--no-git"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("is not a readable stack document");
    expect(result.stdout).toContain("To refresh them, fix or delete it (keeping any detection_source: manual entries), then run: techstack write");
  });
});

describe("configuration from the command line", () => {
  it("endpoint precedence: flag, then TECHSTACK_ENDPOINT, then the file", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), dir, { recursive: true });
    writeFileSync(join(dir, "techstack.config.yml"), "endpoint: https://from-config.invalid/\n");
    const where = async (args: string[], env: Record<string, string> = {}) =>
      /would POST to (\S+)/.exec((await runAt(["submit", dir, "--auto", "--dry-run", ...args], { env })).stderr)?.[1];
    expect(await where([])).toBe("https://from-config.invalid/");
    expect(await where([], { TECHSTACK_ENDPOINT: "https://from-env.invalid/" })).toBe("https://from-env.invalid/");
    expect(await where(["--endpoint", "https://from-flag.invalid/"], { TECHSTACK_ENDPOINT: "https://from-env.invalid/" })).toBe("https://from-flag.invalid/");
  });

  it("config excludes apply to detect, and a bad config names its file", async () => {
    const dir = tempDir();
    cpSync(fixture("pnpm-monorepo"), dir, { recursive: true });
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ exclude: ["apps/**"] }));
    const excluded = await runHere(["detect", dir, "--no-git", "--format", "json"]);
    expect(names(excluded.stdout)).not.toContain("SvelteKit");
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ excludes: ["apps/**"] }));
    const bad = await runHere(["detect", dir, "--no-git"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("techstack.config.json: unknown key 'excludes'");
    writeFileSync(join(dir, "techstack.config.json"), JSON.stringify({ disable: "docker" }));
    expect((await runHere(["detect", dir, "--no-git"])).stderr).toContain("'disable' must be a list of strings");
  });
});

describe("batch over bare clones", () => {
  // One batch run scans both tests' bare clones (a run starts the built CLI and a worker a clone, each
  // loading the engine). `shop` is a bare clone of the Next.js app that gained Zod; `excluding`, one
  // whose last commit's configuration leaves the root manifest out. Each is listed at HEAD (--rev) and
  // at the first commit (after a tab).
  type Line = { entry: string; ok: boolean; document: { tools: Array<{ name: string }> } };
  let result: { code: number; stdout: string; stderr: string };
  const bares = { shop: "", excluding: "" };
  const linesOf = (bare: string): Line[] => result.stdout.trim().split("\n").map((l) => JSON.parse(l) as Line).filter((l) => l.entry.split("\t")[0] === bare);
  beforeAll(async () => {
    const made = repoWithTwoCommits();
    bares.shop = join(tempDir(), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", made.dir, bares.shop]);
    const other = repoWithTwoCommits();
    writeFileSync(join(other.dir, "techstack.config.json"), JSON.stringify({ exclude: ["package.json"] }));
    git(other.dir, "add", ".");
    git(other.dir, "commit", "-qm", "leave the root manifest out");
    bares.excluding = join(tempDir(), "excluding.git");
    execFileSync("git", ["clone", "-q", "--bare", other.dir, bares.excluding]);
    const list = join(tempDir(), "list.txt");
    writeFileSync(list, `# bare clones\n${bares.shop}\n${bares.shop}\t${made.base}\n${bares.excluding}\n${bares.excluding}\t${other.base}\n`);
    result = await run(["batch", list, "--rev", "HEAD", "--no-git", "--workers", "2"]);
  });

  it("scans a bare clone at --rev, and at a revision given after a tab", () => {
    expect(result.code).toBe(0);
    const lines = linesOf(bares.shop);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.ok)).toBe(true);
    const head = lines.find((l) => !l.entry.includes("\t"))!;
    const old = lines.find((l) => l.entry.includes("\t"))!;
    expect(head.document.tools.map((t) => t.name)).toContain("Zod");
    expect(old.document.tools.map((t) => t.name)).not.toContain("Zod");
    expect(old.document.tools.map((t) => t.name)).toContain("Next.js");
  });

  it("each bare clone's configuration is the one committed at the revision it scans", () => {
    const lines = linesOf(bares.excluding);
    expect(lines.map((l) => l.ok)).toEqual([true, true]);
    expect(lines.find((l) => !l.entry.includes("\t"))!.document.tools.map((t) => t.name)).not.toContain("Next.js");
    expect(lines.find((l) => l.entry.includes("\t"))!.document.tools.map((t) => t.name)).toContain("Next.js");
  });
});

describe("the interactive picker", () => {
  it.skipIf(!hasPty)("on a terminal, an ambiguous name opens a multi-select: space, arrow down, space, enter", () => {
    const args = [process.execPath, CLI, "submit", "--manual", "amazon", "--dry-run"];
    const out = onTerminal(args, [" ", "\u001b[B", " ", "\r"], { waitFor: "could mean", pause: 0.4, env: { ...process.env, NO_COLOR: "1", TECHSTACK_TOKEN: "" } });
    const json = out.slice(out.indexOf("{\r\n") >= 0 ? out.indexOf("{\r\n") : out.indexOf("{\n"));
    const doc = JSON.parse(json.replace(/\r\n/g, "\n")) as { document: { tools: Array<{ name: string; detection_source: string }> } };
    expect(doc.document.tools).toHaveLength(2);
    expect(doc.document.tools.every((t) => t.name.startsWith("Amazon") && t.detection_source === "manual")).toBe(true);
  });
});

describe("every command's --help", () => {
  it("answers with usage and examples, exit 0", async () => {
    for (const command of ["detect", "write", "check", "diff", "resolve", "validate", "submit", "batch"]) {
      const help = await runHere([command, "--help"]);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: techstack ${command}`));
      expect(help.stdout, command).toMatch(/Examples?:\n {2}(?:[A-Z_]+=\S+ )?techstack /);
    }
    // Through main.ts's routing, `<command> --help` and `help <command>` print the same.
    for (const command of ["write", "diff"]) {
      const help = await runMainAt([command, "--help"]);
      expect(help, command).toMatchObject({ code: 0, stderr: "" });
      expect(help.stdout, command).toBe((await runHere([command, "--help"])).stdout);
      expect(await runMainAt(["help", command]), `help ${command}`).toEqual(help);
      // As git reads `git --help commit`: the command's help, not the list of commands.
      expect(await runMainAt(["--help", command]), `--help ${command}`).toEqual(help);
      expect(await runMainAt(["-h", command]), `-h ${command}`).toEqual(help);
    }
    // And once through the bin itself.
    expect(await run(["help", "write"])).toEqual(await runMainAt(["write", "--help"]));
  });
});

describe("the GitHub Action's comment step", () => {
  const action = yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Array<{ name: string; run?: string }> } };
  const step = action.runs.steps.find((s) => s.name === "Comment the stack diff")!;

  /**
   * A fake `gh` that keeps the pull request's comments in `state/comments`, a file each named by its id,
   * and logs each call's method and path to `state/calls`. A shell script, not node: a step run calls
   * it two or three times, and node's start cost as much again as the rest of the fake's work.
   */
  function fakeGh(bin: string, state: string): void {
    mkdirSync(bin, { recursive: true });
    mkdirSync(join(state, "comments"), { recursive: true });
    const script = `#!/bin/sh
state='${state}'
method=GET path= jq= body=
while [ $# -gt 0 ]; do
  case $1 in
    --method) method=$2; shift ;;
    --jq) jq=$2; shift ;;
    -f) body=\${2#body=}; shift ;;
    api|--paginate) ;;
    *) path=$1 ;;
  esac
  shift
done
printf '%s %s\\n' "$method" "$path" >> "$state/calls"
case $method in
  GET)
    marker=$(printf '%s' "$jq" | sed -n 's/.*startswith("\\(.*\\)")).*/\\1/p')
    for id in $(ls "$state/comments" | sort -n); do
      case $(cat "$state/comments/$id") in "$marker"*) echo "$id" ;; esac
    done ;;
  POST) printf '%s' "$body" > "$state/comments/$((1000 + $(ls "$state/comments" | wc -l)))" ;;
  PATCH) printf '%s' "$body" > "$state/comments/\${path##*/}" ;;
esac
`;
    writeFileSync(join(bin, "gh"), script);
    chmodSync(join(bin, "gh"), 0o755);
  }

  /** The step run in `dir` (bash as GitHub runs a composite step's: -e and -o pipefail), the pull request holding the comments `seed`. */
  function commentStep(dir: string, base: string, seed: Array<{ id: number; body: string }> = [], directory = ".") {
    const bin = join(tempDir(), "bin");
    const state = join(bin, "..", "state");
    fakeGh(bin, state);
    for (const comment of seed) writeFileSync(join(state, "comments", String(comment.id)), comment.body);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_ACTION_PATH: ROOT, GH_TOKEN: "x", PR: "7", BASE: base, DIRECTORY: directory, REPOSITORY: "acme/shop" };
    const stdout = execFileSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], { cwd: dir, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const ids = readdirSync(join(state, "comments")).map(Number).sort((a, b) => a - b);
    const comments = ids.map((id) => ({ id, body: readFileSync(join(state, "comments", String(id)), "utf8") }));
    const calls = existsSync(join(state, "calls")) ? readFileSync(join(state, "calls"), "utf8").split("\n").filter(Boolean) : [];
    return { stdout, comments, calls, methods: calls.map((call) => call.split(" ")[0]!) };
  }

  // One pull request for the tests below, made once: its diff is the step's cost (a CLI run scanning two
  // revisions), and the step writes nothing into the repository, so every test reads the same clone.
  // `dir` holds the fork point, the pull request's head adding Zod (checked out) and the base branch
  // moved on since (axios added); `clone` is a full clone of it, its origin `dir`. The pull request's
  // first push and its next are run here, for the first three tests.
  const pr = { dir: "", clone: "", fork: "", head: "", moved: "" };
  let firstPush: ReturnType<typeof commentStep>;
  let nextPush: ReturnType<typeof commentStep>;
  beforeAll(() => {
    const { dir, base } = repoWithTwoCommits();
    git(dir, "checkout", "-q", "-b", "base-moved", base);
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkg.dependencies.axios = "^1.6.7";
    writeFileSync(join(dir, "package.json"), JSON.stringify(pkg, null, 2));
    git(dir, "commit", "-qam", "add axios on the base branch");
    const moved = git(dir, "rev-parse", "HEAD");
    git(dir, "checkout", "-q", "-");
    const clone = join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", `file://${dir}`, clone]);
    Object.assign(pr, { dir, clone, fork: base, head: git(clone, "rev-parse", "HEAD"), moved });
    firstPush = commentStep(clone, moved);
    nextPush = commentStep(clone, moved, firstPush.comments);
  });

  it("posts one comment with the diff, then edits it on the next push", () => {
    expect(step.run).not.toContain("${{");
    expect(firstPush.methods).toEqual(["GET", "POST"]);
    expect(nextPush.methods).toEqual(["GET", "PATCH"]);
    expect(nextPush.calls[1]).toContain("repos/acme/shop/issues/comments/1000");
    expect(nextPush.comments).toHaveLength(1);
    expect(nextPush.comments[0]!.body).toMatch(/^<!-- techstack-diff -->\n### Tech stack changes/);
    expect(nextPush.comments[0]!.body).toContain("| ➕ added | Zod | 3.22.4 |");
    expect(existsSync(join(pr.clone, "techstack.yml"))).toBe(false);
  });

  it("leaves a full clone's history whole: fetching the base with --depth=1 made it shallow, and write then recorded every file as last changed by the oldest commit left", () => {
    expect(existsSync(join(pr.clone, ".git/shallow"))).toBe(false);
    expect(git(pr.clone, "rev-list", "--count", "HEAD")).toBe("2");
  });

  it("a checkout of the pull request's head (ref: head.sha), its base moved on since: the comment shows what the pull request changes, not what the base gained", () => {
    expect(git(pr.clone, "merge-base", pr.moved, "HEAD")).toBe(pr.fork);
    expect(firstPush.comments[0]!.body).toContain("| ➕ added | Zod | 3.22.4 |");
    expect(firstPush.comments[0]!.body).not.toMatch(/axios/i);
  });

  it("posts nothing when the pull request changes no tool, and edits an earlier comment to say so", () => {
    const quiet = commentStep(pr.clone, pr.head);
    expect(quiet.methods).toEqual(["GET"]);
    expect(quiet.comments).toEqual([]);
    const edited = commentStep(pr.clone, pr.head, [{ id: 5, body: "<!-- techstack-diff -->\n### Tech stack changes\n" }]);
    expect(edited.methods).toEqual(["GET", "PATCH"]);
    expect(edited.comments[0]!.body).toBe("<!-- techstack-diff -->\nNo change to the tech stack.");
  });

  it("comments on a pull request that only moves files: the stack reads the same, the files that show it do not", async () => {
    const { dir, base } = await repoWithMovedFiles();
    git(dir, "remote", "add", "origin", dir);
    const r = commentStep(dir, base);
    expect(r.methods).toEqual(["GET", "POST"]);
    expect(r.comments[0]!.body).toMatch(/^<!-- techstack-diff -->\n### Tech stack changes\n\nNo tool or version changed, but \d+ entries are now detected from another file\./);
    expect(r.comments[0]!.body).toContain("\nNGINX moved from `Dockerfile` to `Dockerfile.web`\n");
  });

  it("comments where the repository is checked out into a folder of the workspace (actions/checkout's path:), the base looked up there", () => {
    const workspace = tempDir();
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${pr.clone}`, join(workspace, "shop")]);
    // The clone's origin is the full clone, which holds the fork point for the step's fetch.
    const r = commentStep(workspace, pr.fork, [], "shop");
    expect(r.stdout).not.toContain("::warning::");
    expect(r.methods).toEqual(["GET", "POST"]);
    expect(r.comments[0]!.body).toContain("| ➕ added | Zod | 3.22.4 |");
  });

  it("a monorepo's job that runs the action once a service keeps one comment a service, each naming its folder", () => {
    const dir = tempDir("techstack-services-");
    cpSync(fixture("nextjs-app"), join(dir, "web"), { recursive: true });
    mkdirSync(join(dir, "api"));
    writeFileSync(join(dir, "api/requirements.txt"), "Django==4.2.0\n");
    git(dir, "init", "-q");
    git(dir, "add", ".");
    git(dir, "commit", "-qm", "first");
    const base = git(dir, "rev-parse", "HEAD");
    writeFileSync(join(dir, "api/requirements.txt"), "Django==5.0.1\n");
    const pkg = JSON.parse(readFileSync(join(dir, "web/package.json"), "utf8"));
    pkg.dependencies.zod = "^3.22.4";
    writeFileSync(join(dir, "web/package.json"), JSON.stringify(pkg, null, 2));
    git(dir, "commit", "-qam", "bump django, add zod");
    git(dir, "remote", "add", "origin", dir);
    // An earlier push commented on api; web's first run adds its own comment beside it.
    const web = commentStep(dir, base, [{ id: 5, body: "<!-- techstack-diff api -->\n### Tech stack changes in `api`\n" }], "./web/");
    expect(web.methods).toEqual(["GET", "POST"]);
    const api = commentStep(dir, base, web.comments, "api");
    expect(api.methods).toEqual(["GET", "PATCH"]);
    expect(api.comments.map((c) => c.body.split("\n").slice(0, 2).join("\n"))).toEqual(["<!-- techstack-diff api -->\n### Tech stack changes in `api`", "<!-- techstack-diff web -->\n### Tech stack changes in `web`"]);
    expect(api.comments[0]!.body).toContain("| ⬆️ upgraded | [Django](https://pypi.org/project/Django) | 4.2.0 → 5.0.1 |");
    expect(api.comments[1]!.body).toContain("| ➕ added | Zod | 3.22.4 |");
  });

  it("a runner without gh (a container job's image, a self-hosted runner) is told so in a warning, and the step passes", () => {
    // node and git alone on PATH, as in a node:20 image.
    const bin = join(tempDir(), "bin");
    mkdirSync(bin);
    const where = (tool: string) => execFileSync("bash", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim();
    for (const tool of ["node", "git"]) symlinkSync(where(tool), join(bin, tool));
    const env = { HOME: process.env.HOME ?? "/tmp", PATH: bin, GITHUB_ACTION_PATH: ROOT, GH_TOKEN: "x", PR: "7", BASE: pr.fork, DIRECTORY: ".", REPOSITORY: "acme/shop" };
    const stdout = execFileSync(where("bash"), ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], { cwd: pr.clone, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(stdout).toBe("::warning::techstack cannot comment on the pull request: gh, the GitHub CLI, is not on this runner's PATH (install it, or leave comment: false)\n");
  });

  it("a base it cannot compare with is a warning, so the check step after it still runs", () => {
    // A clone of its own: the step's fetch of the base writes into the repository it runs in.
    const clone = join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", `file://${pr.dir}`, clone]);
    const r = commentStep(clone, "0123456789abcdef0123456789abcdef01234567");
    expect(r.stdout).toMatch(/::warning::techstack could not compare/);
    expect(r.methods).toEqual([]);
  });
});

/** The outputs a step wrote to $GITHUB_OUTPUT: `name=value` lines, and `name<<DELIMITER` ... `DELIMITER` for a value of several lines. */
function stepOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const many = /^([\w-]+)<<(.+)$/.exec(line);
    if (many) {
      const end = lines.indexOf(many[2]!, i + 1);
      out[many[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}

describe("the GitHub Action's check step", () => {
  const action = yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Array<{ name: string; run?: string }> } };
  const step = action.runs.steps.find((s) => s.name.startsWith("techstack "))!;
  const runStep = (cwd: string, env: Record<string, string>): { code: number; stdout: string } => {
    try {
      return { code: 0, stdout: execFileSync("bash", ["-e", "-c", step.run!], { cwd, env: { ...process.env, GITHUB_ACTION_PATH: ROOT, NO_COLOR: "1", ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { code: e.status, stdout: e.stdout };
    }
  };

  /** The step run in `dir` on its folder web/, and the outputs it set (with its exit code as `code`, and what it printed as `stdout`). */
  const outputs = (dir: string, mode: string, env: Record<string, string> = {}): Record<string, string> => {
    const file = join(tempDir(), "github_output");
    writeFileSync(file, "");
    const r = runStep(dir, { MODE: mode, DIRECTORY: "web", GITHUB_OUTPUT: file, ...env });
    return { code: String(r.code), stdout: r.stdout, ...stepOutputs(readFileSync(file, "utf8")) };
  };

  /** A copy of `dir`, for a test that changes what the step reads. */
  const copyOf = (dir: string): string => {
    const copy = tempDir();
    cpSync(dir, copy, { recursive: true });
    return copy;
  };

  // One Next.js app in web/, taken through the step once for the tests below, as a pull request's
  // jobs take it: a check (stale: no files yet), a write, a second write (nothing to change), each
  // with its outputs and the temporary folder a self-hosted runner keeps. Each step run is a CLI run or
  // three; a test that changes the folder works on a copy of it.
  const app = { dir: "", temporary: "" };
  let firstCheck: { code: number; stdout: string };
  let firstWrite: Record<string, string>;
  let secondWrite: Record<string, string>;
  let leftInTemporary: string[];
  beforeAll(() => {
    app.dir = tempDir();
    app.temporary = tempDir();
    cpSync(fixture("nextjs-app"), join(app.dir, "web"), { recursive: true });
    firstCheck = runStep(app.dir, { MODE: "check", DIRECTORY: "web", TMPDIR: app.temporary });
    firstWrite = outputs(app.dir, "write", { TMPDIR: app.temporary });
    secondWrite = outputs(app.dir, "write", { TMPDIR: app.temporary });
    leftInTemporary = readdirSync(app.temporary);
  });

  it("fails a stale check with an annotation on the file, passes a fresh one without, its outputs saying it is fresh", () => {
    expect(firstCheck.code).toBe(1);
    expect(firstCheck.stdout).toContain("::error file=web/techstack.yml::techstack.yml or techstack.md is stale");
    expect(firstWrite.code).toBe("0");
    const fresh = outputs(join(app.dir, "web"), "check", { DIRECTORY: "." });
    expect(fresh).toMatchObject({ code: "0", stale: "false", "tools-added": "0", changes: "" });
    expect(fresh.stdout).not.toContain("::error");
    expect(runStep(app.dir, { MODE: "fix", DIRECTORY: "." }).code).toBe(2);
  });

  it("leaves nothing in the temporary folder, which a self-hosted runner keeps between jobs", () => {
    expect([firstCheck.code, firstWrite.code, secondWrite.code]).toEqual([1, "0", "0"]);
    expect(leftInTemporary).toEqual([]);
  });

  it("write's outputs: whether it changed the files, the counts and lines of what it changed", () => {
    expect(firstWrite).toMatchObject({ code: "0", written: "true", "tools-removed": "0", "packages-removed": "0" });
    expect(Number(firstWrite["tools-added"])).toBeGreaterThan(3);
    expect(firstWrite.changes).toContain("\n+ Next.js ");
    expect(secondWrite).toMatchObject({ code: "0", written: "false", "tools-added": "0", "packages-added": "0", changes: "" });
  });

  it("the annotation on a stale file says what changed, its first lines, so the pull request's files show it without the log", () => {
    const dir = copyOf(app.dir);
    const pkg = JSON.parse(readFileSync(join(dir, "web/package.json"), "utf8"));
    for (const name of ["zod", "swr", "clsx", "dayjs", "axios", "lodash", "uuid", "nanoid", "immer", "zustand"]) pkg.dependencies[name] ??= "^1.0.0";
    writeFileSync(join(dir, "web/package.json"), JSON.stringify(pkg, null, 2));
    const stale = runStep(dir, { MODE: "check", DIRECTORY: "web" });
    expect(stale.code).toBe(1);
    const annotation = stale.stdout.split("\n").find((line) => line.startsWith("::error "))!;
    const [head, ...lines] = annotation.split("%0A");
    expect(head).toBe("::error file=web/techstack.yml::techstack.yml or techstack.md is stale: run 'techstack write web' and commit both files");
    expect(lines[0]).toBe("stale: web/techstack.yml differs from the repository:");
    expect(lines).toContain("+ Zod 1.0.0");
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatch(/^… and \d+ more lines in the job's log$/);
  });

  it("check's outputs: whether the files are stale, and what write would change (from check's one scan); every output the action declares is set by its step", () => {
    const dir = copyOf(app.dir);
    const pkg = JSON.parse(readFileSync(join(dir, "web/package.json"), "utf8"));
    pkg.dependencies.zod = "^3.22.4";
    writeFileSync(join(dir, "web/package.json"), JSON.stringify(pkg, null, 2));
    const committed = readFileSync(join(dir, "web/techstack.yml"), "utf8");
    // The action's folder with a dist/cli.js that logs each call, then runs the real one: the
    // outputs come from check's own scan (check --changes), no second one.
    const action = tempDir();
    symlinkSync(join(ROOT, "action"), join(action, "action"));
    mkdirSync(join(action, "dist"));
    const calls = join(action, "calls");
    writeFileSync(join(action, "dist/cli.js"), `import { appendFileSync } from "node:fs";\nappendFileSync(${JSON.stringify(calls)}, process.argv.slice(2, 4).join(" ") + "\\n");\nawait import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/cli.js")).href)});\n`);
    const { stdout: _, ...stale } = outputs(dir, "check", { GITHUB_ACTION_PATH: action });
    expect(stale).toMatchObject({ code: "1", stale: "true", "tools-added": "1", "packages-added": "1", "tools-changed": "0" });
    expect(String(stale.changes).split("\n")).toEqual(["+ Zod 3.22.4", "+ zod 3.22.4 (package)"]);
    expect(readFileSync(calls, "utf8")).toBe("check web\n");
    expect(readFileSync(join(dir, "web/techstack.yml"), "utf8")).toBe(committed);
    const declared = (yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { outputs: Record<string, { value: string }> }).outputs;
    expect(Object.keys(declared).sort()).toEqual(Object.keys({ written: "", ...stale }).filter((k) => k !== "code").sort());
    for (const [name, { value }] of Object.entries(declared)) expect(value).toBe(`\${{ steps.techstack.outputs.${name} }}`);
  });

  it("a check that fails for another reason than staleness (a bad configuration) fails without calling the files stale", () => {
    const dir = copyOf(app.dir);
    writeFileSync(join(dir, "web/techstack.config.yml"), "excludes: [docs]\n");
    const broken = runStep(dir, { MODE: "check", DIRECTORY: "web" });
    expect(broken.code).toBe(1);
    expect(broken.stdout).not.toContain("::error");
  });

  it("the annotation names the file by its path in the repository, not in the workspace, for a checkout into a folder (actions/checkout's path:)", () => {
    const workspace = tempDir();
    cpSync(fixture("nextjs-app"), join(workspace, "shop/services/web"), { recursive: true });
    git(join(workspace, "shop"), "init", "-q");
    const stale = runStep(workspace, { MODE: "check", DIRECTORY: "shop/services/web" });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain("::error file=services/web/techstack.yml::");
  });

  it("the annotation on a folder checkout's top names the file alone", () => {
    const workspace = tempDir();
    cpSync(fixture("nextjs-app"), join(workspace, "shop"), { recursive: true });
    git(join(workspace, "shop"), "init", "-q");
    expect(runStep(workspace, { MODE: "check", DIRECTORY: "./shop/" }).stdout).toContain("::error file=techstack.yml::");
  });

  it("the outputs count a Maven coordinate without a registry page as a package, as diff's text does", () => {
    const changes = {
      added: [{ name: "Spring Boot" }, { name: "org.springframework.boot:spring-boot-starter-web", version: "3.2.0" }],
      removed: [{ name: "lodash", package_url: "https://www.npmjs.com/lodash" }],
      changed: [{ name: "com.google.guava:guava", from: "32.1.0-jre", to: "33.0.0-jre" }],
    };
    const out = stepOutputs(execFileSync("node", [join(ROOT, "action/diff-outputs.mjs")], { input: JSON.stringify(changes), encoding: "utf8" }));
    expect(out).toMatchObject({ "tools-added": "1", "packages-added": "1", "tools-removed": "0", "packages-removed": "1", "tools-changed": "0", "packages-changed": "1" });
    expect(String(out.changes).split("\n")).toContain("+ org.springframework.boot:spring-boot-starter-web 3.2.0 (package)");
  });

  it("an empty techstack.yml (made with touch) is stale, and the outputs count every tool write would add", () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), join(dir, "web"), { recursive: true });
    writeFileSync(join(dir, "web/techstack.yml"), "");
    const empty = outputs(dir, "check");
    expect(empty).toMatchObject({ code: "1", stale: "true", "tools-removed": "0" });
    expect(Number(empty["tools-added"])).toBeGreaterThan(3);
    expect(empty.changes).toContain("\n+ Next.js ");
  });
});
