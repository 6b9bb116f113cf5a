import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { workspaceInclude, workspacePackages } from "../src/cli/workspace.js";
import { scanForCli, scanOptions } from "../src/cli/scan-flags.js";
import { manualDocument, pickerSize } from "../src/cli/manual-document.js";
import { CliError } from "../src/cli/shared.js";
import { tempDir } from "./helpers.js";
import { scan } from "../src/index.js";

// The command line's glue, called as functions: choosing a workspace package, turning flags into
// scan options, and making a document from typed names (the tests that spawn dist/cli.js check
// the same paths end to end, but a mutation run never sees them).

// The root files an npm workspace package's scan reads; the root package.json last, for its pins alone (inheritedFrom).
const SHARED = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", ".yarnrc.yml", ".yarnrc", "pnpm-lock.yaml", "pnpm-workspace.yaml", "bun.lock", "bun.lockb", ".nvmrc", ".node-version", "package.json"];

/** A tree of files under a fresh folder. */
function tree(files: Record<string, string>): string {
  const dir = tempDir("techstack-glue-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const pkg = (name?: string) => JSON.stringify(name ? { name, version: "1.0.0" } : { private: true });

describe("workspace packages", () => {
  it("npm/yarn workspaces: each folder a pattern takes, named from its package.json, negations and hidden folders left out", async () => {
    const dir = tree({
      "package.json": JSON.stringify({ private: true, workspaces: ["./packages/*/", "apps/*", "!apps/legacy", 7] }),
      "packages/api/package.json": pkg("@acme/api"),
      "packages/ui/package.json": pkg(),
      "packages/broken/package.json": "{ not json",
      "packages/docs/README.md": "no package here",
      "apps/web/package.json": pkg("@acme/web"),
      "apps/legacy/package.json": pkg("@acme/legacy"),
      "apps/web/node_modules/left-pad/package.json": pkg("left-pad"),
      "apps/.cache/package.json": pkg("cache"),
      "tools/cli/package.json": pkg("@acme/cli"),
    });
    const found = (await workspacePackages(dir)).sort((a, b) => a.folder.localeCompare(b.folder));
    expect(found).toEqual([
      { name: "@acme/web", folder: "apps/web" },
      { name: "@acme/api", folder: "packages/api" },
      { name: undefined, folder: "packages/broken" },
      { name: undefined, folder: "packages/ui" },
    ]);
  });

  it("yarn classic's `workspaces: { packages }` and pnpm-workspace.yaml", async () => {
    const yarn = tree({ "package.json": JSON.stringify({ workspaces: { packages: ["libs/*"], nohoist: ["**/react-native"] } }), "libs/core/package.json": pkg("core") });
    expect(await workspacePackages(yarn)).toEqual([{ name: "core", folder: "libs/core" }]);
    const pnpm = tree({ "package.json": pkg("root"), "pnpm-workspace.yaml": "packages:\n  - 'services/**'\n  - '!**/test/**'\n", "services/a/package.json": pkg("a"), "services/a/test/fixture/package.json": pkg("fixture") });
    expect(await workspacePackages(pnpm)).toEqual([{ name: "a", folder: "services/a" }]);
    expect(await workspacePackages(tree({ "package.json": pkg("single") }))).toEqual([]);
    expect(await workspacePackages(tree({ "pnpm-workspace.yaml": "packages: [\n" }))).toEqual([]);
    expect(await workspacePackages(tree({ "package.json": JSON.stringify({ workspaces: "packages/*" }), "packages/a/package.json": pkg("a") }))).toEqual([]);
  });

  it("a `**` pattern takes no package inside node_modules or a hidden folder", async () => {
    const dir = tree({ "package.json": JSON.stringify({ workspaces: ["packages/**"] }), "packages/a/package.json": pkg("a"), "packages/a/node_modules/dep/package.json": pkg("dep"), "packages/.turbo/cache/package.json": pkg("cache") });
    expect(await workspacePackages(dir)).toEqual([{ name: "a", folder: "packages/a" }]);
  });

  it("a FIFO named package.json or pnpm-workspace.yaml is not waited on: the package is chosen by its folder, the patterns of the other file stand", async () => {
    const dir = tree({ "package.json": JSON.stringify({ workspaces: ["packages/*"] }), "packages/b/package.json": pkg("b") });
    mkdirSync(join(dir, "packages", "a"));
    execFileSync("mkfifo", [join(dir, "packages", "a", "package.json"), join(dir, "pnpm-workspace.yaml")]);
    expect((await workspacePackages(dir)).sort((x, y) => x.folder.localeCompare(y.folder))).toEqual([{ name: undefined, folder: "packages/a" }, { name: "b", folder: "packages/b" }]);
    const root = tree({ "pnpm-workspace.yaml": "packages: [libs/*]\n", "libs/c/package.json": pkg("c") });
    execFileSync("mkfifo", [join(root, "package.json")]);
    expect(await workspacePackages(root)).toEqual([{ name: "c", folder: "libs/c" }]);
  });

  it("folders are looked for six levels deep, no deeper", async () => {
    const dir = tree({ "package.json": JSON.stringify({ workspaces: ["**"] }), "a/b/c/d/e/f/package.json": pkg("six"), "a/b/c/d/e/f/g/package.json": pkg("seven") });
    expect((await workspacePackages(dir)).map((p) => p.name)).toEqual(["six"]);
  });
});

describe("--workspace", () => {
  const dir = tree({
    "package.json": JSON.stringify({ workspaces: ["packages/*", "apps/*"] }),
    "packages/api/package.json": pkg("@acme/api"),
    "packages/web/package.json": pkg(),
    "apps/web/package.json": pkg("@acme/site"),
    "examples/demo/package.json": pkg("demo"),
  });

  it("a bare repository, which has no working tree, has its workspaces read from the revision scanned", async () => {
    const source = tree({ "package.json": JSON.stringify({ workspaces: ["packages/*"] }), "packages/api/package.json": pkg("@acme/api") });
    const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, stdio: "ignore" });
    git(source, "init", "-q");
    git(source, "add", ".");
    git(source, "-c", "user.name=Ann", "-c", "user.email=ann@example.com", "commit", "-q", "-m", "x");
    const bare = join(tempDir(), "mono.git");
    git(source, "clone", "-q", "--bare", source, bare);
    // Was "no workspace folder 'api' in ...", where the folder is in every revision; then a refusal.
    expect((await scanOptions(bare, { workspace: "api" })).include).toEqual(["packages/api/**", ...SHARED]);
    expect((await scanOptions(bare, { workspace: "@acme/api", rev: "HEAD" })).include).toEqual(["packages/api/**", ...SHARED]);
    await expect(scanOptions(bare, { workspace: "web" })).rejects.toThrow(/no workspace package 'web' in .* at revision 'HEAD'; the workspaces are: @acme\/api \(packages\/api\)/);
  });

  it("--rev finds the workspaces in the revision scanned, not in the working tree", async () => {
    // The first commit's packages live under libs/; the working tree (a later commit) moved them to packages/
    // and added one. A scan of the first commit with --workspace used to look in the working tree.
    const repo = tree({ "package.json": JSON.stringify({ private: true, workspaces: ["libs/*"] }), "libs/api/package.json": pkg("@acme/api"), "libs/ui/package.json": pkg("@acme/ui") });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" }).trim();
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "libs");
    const first = git("rev-parse", "HEAD");
    git("mv", "libs", "packages");
    writeFileSync(join(repo, "package.json"), JSON.stringify({ private: true, workspaces: ["packages/*"] }));
    mkdirSync(join(repo, "packages", "web"));
    writeFileSync(join(repo, "packages", "web", "package.json"), pkg("@acme/web"));
    git("add", ".");
    git("commit", "-qm", "packages");
    const old = await scanOptions(repo, { rev: first, workspace: "@acme/api" });
    expect(old.include).toEqual(["libs/api/**", ...SHARED]);
    // The siblings told to the scan are the revision's: @acme/web did not exist yet.
    const unlisted = [old.catalog].flat().flatMap((c) => c?.registries?.npm?.unlisted ?? []);
    expect(unlisted).toContain("@acme/ui");
    expect(unlisted).not.toContain("@acme/web");
    await expect(scanOptions(repo, { rev: first, workspace: "@acme/web" })).rejects.toThrow(/no workspace package '@acme\/web'.*@acme\/api \(libs\/api\)/);
    // Without --rev, the working tree's.
    expect((await scanOptions(repo, { workspace: "@acme/api" })).include).toEqual(["packages/api/**", ...SHARED]);
    // Even with the working tree's files deleted or changed, the revision's are read.
    writeFileSync(join(repo, "package.json"), JSON.stringify({ private: true }));
    expect((await scanOptions(repo, { rev: "HEAD", workspace: "web" })).include).toEqual(["packages/web/**", ...SHARED]);
    await expect(scanOptions(repo, { rev: "v9", workspace: "api" })).rejects.toThrow(/v9/);
  });

  it("a workspace package is scanned with the root's Yarn 1 release file (.yarnrc's yarn-path) and its lockfiles, Bun's too", async () => {
    const mono = tree({
      "package.json": JSON.stringify({ private: true, workspaces: ["packages/*"] }),
      ".yarnrc": 'yarn-path ".yarn/releases/yarn-1.22.19.cjs"\n',
      "bun.lock": '{ "lockfileVersion": 1, "workspaces": { "": { "name": "mono" }, "packages/api": { "name": "api", "dependencies": { "hono": "^4.6.0", }, }, }, "packages": { "hono": ["hono@4.6.14", "", {}, "sha512-a"], }, }\n',
      "packages/api/package.json": JSON.stringify({ name: "api", dependencies: { hono: "^4.6.0" } }),
    });
    const { document } = await scan(mono, await scanOptions(mono, { workspace: "api", "no-git": true }));
    expect(document.tools.find((t) => t.name === "Yarn")?.version).toBe("1.22.19");
    expect(document.tools.find((t) => t.package_url?.endsWith("/hono"))).toMatchObject({ version: "4.6.14", detection_source_url: "bun.lock" });
  });

  it("by package name, by folder written any way, or by a folder name only one package has", async () => {
    expect(await workspaceInclude(dir, "@acme/api")).toEqual(["packages/api/**", ...SHARED]);
    expect(await workspaceInclude(dir, "./packages/api/")).toEqual(["packages/api/**", ...SHARED]);
    expect((await workspaceInclude(dir, "packages\\api"))[0]).toBe("packages/api/**");
    expect((await workspaceInclude(dir, "api"))[0]).toBe("packages/api/**");
    // A folder holding a package.json that no pattern takes is still a package.
    expect((await workspaceInclude(dir, "examples/demo"))[0]).toBe("examples/demo/**");
  });

  it("a folder name two packages share, or none has, lists the workspaces", async () => {
    const message = `the workspaces are: packages/web, @acme/site (apps/web), @acme/api (packages/api)`;
    const error = (wanted: string) => workspaceInclude(dir, wanted).then(() => undefined, (e: unknown) => e as CliError);
    for (const wanted of ["web", "shop"]) {
      const e = (await error(wanted))!;
      expect(e).toBeInstanceOf(CliError);
      expect(e.message).toMatch(new RegExp(`^no workspace package '${wanted}' in `));
      for (const part of message.replace("the workspaces are: ", "").split(", ")) expect(e.message).toContain(part);
    }
  });

  it("outside the repository, or a folder that is not there", async () => {
    for (const wanted of ["..", "../x", "/etc", "packages/../../x"]) await expect(workspaceInclude(dir, wanted), wanted).rejects.toThrow(`--workspace '${wanted}' is outside ${dir}`);
    // Without workspaces any folder may be named, but it must exist.
    const single = tree({ "package.json": pkg("single"), "web/index.js": "" });
    expect((await workspaceInclude(single, "web"))[0]).toBe("web/**");
    // Said whole: the folder is not there, and the repository declares no workspaces to pick from.
    await expect(workspaceInclude(single, "api")).rejects.toThrow(
      new CliError(`no workspace folder 'api' in ${single}, which declares no workspaces (package.json's workspaces, lerna.json, pnpm-workspace.yaml, Cargo.toml's [workspace], pyproject.toml's [tool.uv.workspace]): give a folder of it`),
    );
  });
});

describe("scan flags", () => {
  const dir = tree({ "techstack.config.yml": "exclude:\n  - vendor/**\n", "package.json": JSON.stringify({ workspaces: ["packages/*"] }), "packages/api/package.json": pkg("@acme/api") });
  // --rev with --workspace reads the workspaces of the revision: "main" is committed.
  for (const args of [["init", "-q", "-b", "main"], ["add", "."], ["-c", "user.name=Ann", "-c", "user.email=ann@example.com", "-c", "commit.gpgsign=false", "commit", "-qm", "x"]]) execFileSync("git", args, { cwd: dir, stdio: "ignore" });

  it("no flags: the configuration's options alone", async () => {
    expect(await scanOptions(dir, {})).toEqual({ exclude: ["vendor/**"] });
  });

  it("each flag over the configuration", async () => {
    const options = await scanOptions(dir, {
      rev: "main",
      include: ["src/**"],
      workspace: "@acme/api",
      exclude: ["tmp/**"],
      "no-packages": true,
      "all-tools": true,
      "no-git": true,
      timestamp: "2024-05-01T12:00:00Z",
      "max-file-bytes": "1000",
    });
    expect(options).toEqual({
      rev: "main",
      include: ["packages/api/**", ...SHARED, "src/**"],
      inheritedFrom: ["package.json"],
      exclude: ["vendor/**", "tmp/**"],
      packages: false,
      allTools: true,
      git: false,
      timestamp: "2024-05-01T12:00:00+00:00",
      maxFileBytes: 1000,
    });
  });

  it("flags left false or empty change nothing", async () => {
    expect(await scanOptions(dir, { include: [], exclude: [], "no-packages": false, "all-tools": false, "no-git": false })).toEqual({ exclude: ["vendor/**"] });
    // An empty value given (`--rev "$UNSET"`) is no flag left out: it would scan something else than asked.
    await expect(scanOptions(dir, { rev: "" })).rejects.toThrow("--rev takes a revision, not an empty value");
    await expect(scanOptions(dir, { timestamp: "" })).rejects.toThrow("--timestamp takes an ISO date and time, not an empty value");
    expect(await scanOptions(tree({}), { exclude: ["tmp/**"] })).toEqual({ exclude: ["tmp/**"] });
  });

  it("an --include or --exclude written as a path outside the scanned folder: inside it, made relative; outside, a usage error", async () => {
    // Globs are paths from the scanned folder: `--include /repo/src/**` or `../src/**` matched no
    // file, and the scan said only "no tool found ... is it the repository's folder?".
    expect(await scanOptions(dir, { include: [join(dir, "packages/**")], exclude: [`${dir}/packages/api/test/**`] })).toMatchObject({ include: ["packages/**"], exclude: ["vendor/**", "packages/api/test/**"] });
    const outside = join(dirname(dir), "elsewhere/**");
    await expect(scanOptions(dir, { include: [outside] })).rejects.toThrow(`--include '${outside}' is outside the scanned folder ${dir}: globs are paths from it (src/**)`);
    await expect(scanOptions(dir, { exclude: ["../other/**"] })).rejects.toThrow(`--exclude '../other/**' is outside the scanned folder ${dir}: globs are paths from it (src/**)`);
    await expect(scanOptions(dir, { include: ["../other/**"] })).rejects.toThrow(CliError);
  });

  it("a revision that looks like a flag, a date that is none, a size that is no whole number", async () => {
    await expect(scanOptions(dir, { rev: "--output=x" })).rejects.toThrow("--rev takes a revision (a branch, tag or commit), not '--output=x'");
    await expect(scanOptions(dir, { timestamp: "yesterday" })).rejects.toThrow("--timestamp takes an ISO date and time (2024-05-01T12:00:00Z), not 'yesterday'");
    await expect(scanOptions(dir, { "max-file-bytes": "0" })).rejects.toThrow(/--max-file-bytes/);
  });
});

describe("a scan for a command", () => {
  afterEach(() => vi.restoreAllMocks());
  const stderr = () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    return lines;
  };

  it("an empty folder: a warning that it may be the wrong one", async () => {
    const dir = tree({ "notes.txt": "hello\n" });
    const lines = stderr();
    const result = await scanForCli(dir, { "no-git": true });
    expect(result.document.tools).toEqual([]);
    expect(lines).toEqual([`warning: ${dir}: no tool found (1 file listed, none that techstack reads): is it the repository's folder?\n`]);
  });

  it("a folder of a git checkout with nothing to read: the same warning, though the checkout shows Git", async () => {
    // The wrong folder inside a checkout (docs/ for the repository's top) found Git alone, from the
    // repository's metadata, and was printed or written without a word.
    const dir = tree({ "package.json": '{"dependencies":{"react":"18.2.0"}}', "docs/notes.txt": "hello\n" });
    execFileSync("git", ["init", "-q", dir]);
    const lines = stderr();
    const result = await scanForCli(join(dir, "docs"), {});
    expect(result.document.tools.map((t) => t.name)).toEqual(["Git"]);
    expect(lines).toEqual([`warning: ${join(dir, "docs")}: no tool found but Git, from the checkout (1 file listed, none that techstack reads): is it the repository's folder?\n`]);
    // Its top says nothing of the kind.
    lines.length = 0;
    await scanForCli(dir, {});
    expect(lines).toEqual([]);
  });

  it("the scan's warnings on stderr, and none of the empty-folder kind when tools are found", async () => {
    const dir = tree({ "package.json": "{ broken", "Gemfile": "gem 'rails', '7.1.2'\n" });
    const lines = stderr();
    await scanForCli(dir, { "no-git": true });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: package\.json: /);
  });

  it("a scan that fails is a CliError of exit 1; a CliError stays itself", async () => {
    stderr();
    const missing = join(tempDir("techstack-glue-"), "nowhere");
    const failed = await scanForCli(missing, { "no-git": true }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CliError);
    expect(failed).toMatchObject({ message: `no such directory: ${missing}`, exitCode: 1 });
    const usage = await scanForCli(missing, { rev: "-x" }).catch((e: unknown) => e);
    expect(usage).toBeInstanceOf(CliError);
    expect(usage).toMatchObject({ message: expect.stringMatching(/^--rev takes a revision/), exitCode: 2 });
  });
});

describe("--manual names", () => {
  afterEach(() => vi.restoreAllMocks());
  const quiet = () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    return lines;
  };

  it("each name resolved, a release after it kept, one entry per tool, no link to a file", async () => {
    const lines = quiet();
    const dir = join(tempDir("techstack-glue-"), "shop-api");
    mkdirSync(dir);
    const doc = await manualDocument(dir, ["postgres 16", "React", "react@18.2.1", "Java 8", "redis", "Django==4.2"], false);
    expect(doc.repo_name).toBe("shop-api");
    const byName = new Map(doc.tools.map((t) => [t.name, t]));
    expect([...byName.keys()].sort()).toEqual(["Django", "Java 8", "PostgreSQL", "React", "Redis"]);
    // A pin copied from a requirements file keeps its release as "@" does.
    expect(byName.get("Django")!.version).toBe("4.2");
    expect(byName.get("PostgreSQL")!.version).toBe("16.0.0");
    expect(byName.get("React")!.version).toBe("18.2.1");
    expect(byName.get("Java 8")!.version).toBeUndefined();
    expect(byName.get("Redis")!.version).toBeUndefined();
    expect(doc.tools.every((t) => t.detection_source_url === undefined)).toBe(true);
    expect(lines).toEqual([]);
  });

  it("no names off a terminal, a name matching nothing, an ambiguous one, a folder: one error naming each", async () => {
    quiet();
    await expect(manualDocument(tempDir("techstack-glue-"), [], false)).rejects.toThrow("--manual needs tool names when not run on a terminal");
    const folder = tempDir("techstack-glue-");
    const error = await manualDocument(tempDir("techstack-glue-"), ["zap", "qqqqqqqqqqqqqqqqqqqqqq", folder], false).catch((e: unknown) => e as CliError);
    expect(error).toBeInstanceOf(CliError);
    const lines = (error as CliError).message.split("\n");
    expect(lines).toEqual([
      "'zap' is ambiguous: ZAP (Penetration Testing Tools), Zap (Logging Tools), Zapier, Zappa. Name it exactly, as its catalog name or id.",
      "no tool matches 'qqqqqqqqqqqqqqqqqqqqqq'",
      `'${folder}' is a folder, not a tool name: --manual takes only names, and the repository facts come from the current folder (cd ${folder} first), or use 'techstack submit ${folder} --auto'`,
      // A name nothing matches left the user nowhere to go: a tool of the repository's own is added to its catalog file.
      "A tool no catalog knows can be added to techstack.catalog.yml in the current folder (a tools: entry with its id, name and category, as techstack's README shows), then named.",
    ]);
    // Said once, after every name, where some name matched nothing; not where every name matched something.
    const twice = await manualDocument(tempDir("techstack-glue-"), ["qqqqqqqqqqqqqqqqqqqqqq", "zzzzzzzzzzzzzzzzzzzzzz"], true).catch((e: unknown) => e as CliError);
    expect((twice as CliError).message.split("\n").filter((line) => line.startsWith("A tool no catalog knows"))).toHaveLength(1);
    const ambiguous = await manualDocument(tempDir("techstack-glue-"), ["zap"], false).catch((e: unknown) => e as CliError);
    expect((ambiguous as CliError).message).not.toContain("techstack.catalog.yml");
  });

  it("a misspelling far ahead of the next match is taken and said; one close to the next is ambiguous", async () => {
    const lines = quiet();
    const doc = await manualDocument(tempDir("techstack-glue-"), ["postgress", "grafan", "mongo 7", "redis  7.2", "vite@5.1.0-beta.3"], false);
    expect(doc.tools.map((t) => [t.name, t.version]).sort()).toEqual([["Grafana", undefined], ["MongoDB", "7.0.0"], ["PostgreSQL", undefined], ["Redis", "7.2"], ["Vite", "5.1.0"]]);
    expect(lines).toEqual(["'postgress' taken as PostgreSQL\n", "'grafan' taken as Grafana\n"]);
    await expect(manualDocument(tempDir("techstack-glue-"), ["svelt"], false)).rejects.toThrow(/^'svelt' is ambiguous: Svelte, SvelteKit, /);
  });

  it("--yes takes a clear guess and says so; a name two tools share is no guess it takes, but a coded error", async () => {
    const lines = quiet();
    const doc = await manualDocument(tempDir("techstack-glue-"), ["zap-uber", "postgress"], true);
    expect(doc.tools.map((t) => t.name).sort()).toEqual(["PostgreSQL", "Zap"]);
    expect(lines).toEqual(["'postgress' taken as PostgreSQL\n"]);
    // --yes took ZAP, the more popular of the two tools named "zap", with no word at all.
    const error = await manualDocument(tempDir("techstack-glue-"), ["zap", "postgress"], true).catch((e: unknown) => e as CliError);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ code: "TECHSTACK_UNSURE_NAME", exitCode: 2 });
    // Each as it can be typed: the scanner's name as written (its id "zap" is the logger's name too).
    expect((error as CliError).message.split("\n")[1]).toBe("  'zap' could be 'ZAP' (Penetration Testing Tools), 'Zap' (Logging Tools) or 'Zapier'");
  });

  it("--yes: a repository catalog's tool whose name and id another's spell alike is said to have no sure form", async () => {
    quiet();
    const dir = tempDir("techstack-glue-");
    // Named as the logger Zap is, with an id that is its id once normalized: nothing typed tells them apart.
    writeFileSync(join(dir, "techstack.catalog.yml"), "tools:\n  - id: zap_uber\n    name: Zap\n    category: Monitoring\n    sub_category: Tracing\n");
    const error = await manualDocument(dir, ["Zap"], true).catch((e: unknown) => e as CliError);
    expect(error).toMatchObject({ code: "TECHSTACK_UNSURE_NAME", exitCode: 2 });
    expect((error as CliError).message.split("\n")[1]).toBe("  'Zap' could be Zap (Logging Tools; no name or id picks it surely), Zap (Tracing; no name or id picks it surely) or 'ZAP' (Penetration Testing Tools)");
    // The scanner, whose name is not "Zap" as written, comes after both.
  });
});

describe("the picker's size, where the stream's own answer differs from its fields", () => {
  it("the window size wins over stale fields, and a stream that cannot say keeps its fields", () => {
    // A terminal resized since the stream's fields were set: getWindowSize is [columns, rows].
    expect(pickerSize({ rows: 40, columns: 120, getWindowSize: () => [0, 30] })).toEqual({ columns: 80 });
    expect(pickerSize({ rows: 0, columns: 0, getWindowSize: () => [100, 0] })).toEqual({ rows: 24 });
    expect(
      pickerSize({
        rows: 40,
        columns: 120,
        getWindowSize: () => {
          throw new Error("EBADF");
        },
      }),
    ).toEqual({});
    expect(pickerSize({ rows: -1, columns: 90 })).toEqual({ rows: 24 });
  });
});
