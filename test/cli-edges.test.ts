import { execFile, execFileSync, spawn } from "node:child_process";
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { workspaceInclude } from "../src/cli/workspace.js";
import { fixture, historyRepo, type Outcome, ROOT, runCommand, runMainHere, tempDir, writeFile } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

function run(args: string[], cwd = ROOT, timeout = 30_000): Promise<{ code: number | string; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      const e = error as (Error & { code?: number; killed?: boolean }) | null;
      resolve({ code: e ? (e.killed ? "timed out" : (e.code ?? 1)) : 0, stdout, stderr });
    });
  });
}

/**
 * The command called in-process, its output caught (a usage error's message as "error: ..."): for
 * cases where the bin itself (its "techstack: " prefix, exit code, streams) is not what is tested.
 */
const runHere = (args: string[]): Promise<Outcome> => runCommand(args);
/** main.ts's routing and its words for an error (`techstack: ...`, the exit code), in-process. */
const runMain = (args: string[]): Promise<Outcome> => runMainHere(args, { env: { NO_COLOR: "1" } });

/** A small repository with one commit (an express app), made once for the file. */
let made: string | undefined;
function template(): string {
  if (!made) {
    made = tempDir("techstack-edges-template-");
    writeFileSync(join(made, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    const git = (...args: string[]) => execFileSync("git", ["-C", made!, ...args], { env: { ...process.env, GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@example.com", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@example.com" } });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "app");
  }
  return made;
}

/**
 * A copy of that repository (an express app, one commit), the test's own to change: copying the
 * folder spares each of the dozen tests the three git processes that made it.
 */
function repository(): string {
  const dir = tempDir("techstack-edges-");
  cpSync(template(), dir, { recursive: true });
  return dir;
}

describe("command-line edges", () => {
  it("a --rev that looks like an option is a usage error, never handed to git as one", async () => {
    const dir = repository();
    const marker = join(dir, "written-by-git");
    for (const args of [["detect", dir, `--rev=--output=${marker}`], ["write", dir, `--rev=--output=${marker}`]]) {
      const r = await runHere(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/--rev takes a revision/);
      expect(r.stderr).not.toMatch(/usage: git/);
    }
    await expect(scan(dir, { rev: `--output=${marker}` })).rejects.toThrow(/not a revision/);
    expect(existsSync(marker)).toBe(false);
  });

  // Where there is no /dev/full the test is reported skipped, not passed.
  it.runIf(existsSync("/dev/full"))("output that cannot be written (a full device) is one line on stderr and exit 1, never a stack trace", async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const full = openSync("/dev/full", "w");
      const child = spawn(process.execPath, [CLI, "resolve", "postgres"], { stdio: ["ignore", full, "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("close", (code) => {
        closeSync(full);
        resolve({ code, stderr });
      });
    });
    expect(r).toEqual({ code: 1, stderr: "techstack: cannot write the output: the disk is full (ENOSPC)\n" });
  });

  it("an empty --rev, --workspace, --timestamp or --include (an unset variable in CI) is a usage error, not a scan of something else", async () => {
    const dir = repository();
    for (const [flag, what] of [["--rev", "a revision"], ["--workspace", "a name"], ["--timestamp", "an ISO date and time"], ["--include", "a glob"]] as const) {
      for (const command of ["detect", "write", "check"]) {
        // Through the command alone: main.ts's "techstack: " prefix and exit code are checked below.
        const r = await runHere([command, dir, `${flag}=`, "--no-git"]);
        expect(r, `${command} ${flag}`).toMatchObject({ code: 2, stdout: "" });
        expect(r.stderr, `${command} ${flag}`).toMatch(new RegExp(`^error: ${flag} takes ${what}, not an empty value`));
      }
    }
    expect(existsSync(join(dir, "techstack.yml"))).toBe(false);
    expect(await runMain(["diff", "--rev-a=", "--rev-b", "HEAD", dir])).toMatchObject({ code: 2, stderr: "techstack: --rev-a takes a revision, not an empty value\n" });
    const list = join(tempDir("techstack-edges-empty-rev-"), "repos.txt");
    writeFileSync(list, `${dir}\n`);
    expect(await runMain(["batch", list, "--rev="])).toMatchObject({ code: 2, stdout: "", stderr: "techstack: --rev takes a revision, not an empty value\n" });
  });

  it("a bare repository without --rev is scanned at HEAD, not read as an empty folder", async () => {
    const dir = repository();
    const bare = join(tempDir("techstack-edges-bare-"), "app.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const r = await runHere(["detect", bare, "--format", "json"]);
    expect(r.code).toBe(0);
    const names = (JSON.parse(r.stdout) as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
    expect(names).toContain("ExpressJS");
  });

  it("write and check on a bare repository need --out: it has no working tree, and its folder is git's own", async () => {
    const dir = repository();
    const bare = join(tempDir("techstack-edges-bare-write-"), "app.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    for (const command of ["write", "check"]) {
      const r = await runHere([command, bare, "--no-git"]);
      expect(r, command).toMatchObject({ code: 2, stdout: "" });
      expect(r.stderr, command).toBe(`error: ${bare} is a bare repository, with no working tree for techstack.yml and techstack.md: give --out DIR`);
    }
    expect(existsSync(join(bare, "techstack.yml"))).toBe(false);
    const out = join(tempDir("techstack-edges-bare-out-"), "stack");
    expect((await runHere(["write", bare, "--out", out])).code).toBe(0);
    expect(readFileSync(join(out, "techstack.yml"), "utf8")).toContain("ExpressJS");
    expect(await runHere(["check", bare, "--out", out])).toMatchObject({ code: 0 });
  });

  it("a bare repository's configuration is the one committed at the revision scanned: its exclude and catalog file", async () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "package.json", JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2", requests: "1.0.0" }, techstack: { exclude: ["legacy/**"], catalog: "ops/catalog.yml" } }));
    writeFile(dir, "legacy/app/package.json", JSON.stringify({ name: "legacy", dependencies: { jquery: "^1.12.4" } }));
    writeFile(dir, "ops/catalog.yml", "tools:\n  - id: shop-bus\n    name: Shop Bus\nmatchers:\n  npm:\n    express: [expressjs, shop-bus]\n");
    commit("Ana", 2, "first");
    const bare = join(tempDir("techstack-edges-bare-config-"), "shop.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const names = async (...args: string[]) => {
      const r = await runHere(["detect", bare, "--format", "json", ...args]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { tools: Array<{ name: string; package_url?: string }> }).tools.filter((t) => !t.package_url).map((t) => t.name);
    };
    const head = await names();
    expect(head).toEqual(expect.arrayContaining(["ExpressJS", "Shop Bus"]));
    expect(head).not.toContain("jQuery");
    // A later commit drops the exclusion: HEAD names jQuery, --rev of the first commit still does not.
    writeFile(dir, "package.json", JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }));
    commit("Ana", 3, "second");
    execFileSync("git", ["-C", bare, "fetch", "-q", dir, "main:main"]);
    expect(await names()).toContain("jQuery");
    expect(await names()).not.toContain("Shop Bus");
    const first = execFileSync("git", ["-C", bare, "rev-list", "--max-parents=0", "HEAD"], { encoding: "utf8" }).trim();
    expect(await names("--rev", first)).not.toContain("jQuery");
    // A committed configuration that is wrong is an error naming it, as a working tree's is.
    writeFile(dir, "techstack.config.json", "{ not json");
    commit("Ana", 4, "third");
    execFileSync("git", ["-C", bare, "fetch", "-q", dir, "main:main"]);
    const broken = await runHere(["detect", bare, "--format", "json"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/techstack\.config\.json \(committed at HEAD\)/);
  });

  it("a mistyped command or option says what it probably meant, in place of Node's paragraph about '--'", async () => {
    const option = await runMain(["detect", ".", "--formt", "json"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^techstack: unknown option '--formt' \(did you mean --format\?\)\n/);
    expect(option.stderr).not.toContain("positional argument");
    expect((await runHere(["check", "--no-gti"])).stderr).toMatch(/unknown option '--no-gti' \(did you mean --no-git\?\)/);
    expect((await runHere(["detect", "--frobnicate"])).stderr).toMatch(/unknown option '--frobnicate'\n/);
    const command = await runMain(["detct", "."]);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command 'detct' \(did you mean detect\?\)/);
    expect((await runMain(["frobnicate"])).stderr).toMatch(/unknown command 'frobnicate'\n/);
  });

  it("help for an unknown command is a usage error", async () => {
    const r = await runMain(["help", "frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it("batch --out in a folder that does not exist fails at once with a message, not a stack trace", async () => {
    const dir = repository();
    const list = join(tempDir("techstack-edges-list-"), "repos.txt");
    writeFileSync(list, `${dir}\n`);
    const r = await runHere(["batch", list, "--out", join(dir, "no-such-folder", "out.jsonl"), "--no-git"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: cannot write .*out\.jsonl: the folder .*no-such-folder does not exist \(ENOENT\); give --out a file you can write to$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("batch says how many entries failed", async () => {
    const dir = repository();
    const list = join(tempDir("techstack-edges-list-"), "repos.txt");
    writeFileSync(list, `${dir}\n${join(dir, "missing")}\n`);
    const r = await run(["batch", list, "--no-git", "--workers", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/batch: 2 scanned \(1 failed\)/);
  });

  it.skipIf(!existsSync("/proc/self"))("write --out where no folder can be made ends with the error instead of spinning", async () => {
    const dir = repository();
    const r = await run(["write", dir, "--no-git", "--out", "/proc/techstack-out"], ROOT, 20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ENOENT/);
    const nested = join(dir, "docs", "stack");
    expect((await runHere(["write", dir, "--no-git", "--out", nested])).code).toBe(0);
    expect(existsSync(join(nested, "techstack.yml"))).toBe(true);
    mkdirSync(join(dir, "taken"));
    writeFileSync(join(dir, "taken", "file"), "");
    // A folder that cannot be made below a file is exit 1, naming it; a file given for the folder
    // itself is a usage error before the scan (out-takes-a-folder.test.ts).
    const below = join(dir, "taken", "file", "sub");
    expect(await runHere(["write", dir, "--no-git", "--out", below])).toMatchObject({ code: 1, stderr: expect.stringContaining(`cannot make the folder ${below} for techstack.yml and techstack.md: ${join(dir, "taken", "file")} is a file, not a folder (ENOTDIR); give --out a folder you can write to`) });
    expect((await runHere(["write", dir, "--no-git", "--out", join(dir, "taken", "file")])).code).toBe(2);
  });

  it("submit says why a connection failed (refused), not only 'fetch failed'", async () => {
    // A port that was free a moment ago: nothing listens on it.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const r = await runHere(["submit", "--manual", "redis", "--endpoint", `http://127.0.0.1:${port}/stacks`, "--retries", "0"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ECONNREFUSED/);
  });

  it("--workspace takes a folder inside the repository, written any way, and refuses one outside it", async () => {
    const dir = fixture("yarn-berry-monorepo");
    expect((await workspaceInclude(dir, "packages/../packages/api"))[0]).toBe("packages/api/**");
    await expect(workspaceInclude(dir, "../yarn-berry-monorepo/packages/api")).rejects.toThrow(/outside/);
    await expect(workspaceInclude(dir, "/etc")).rejects.toThrow(/outside/);
  });
});

describe("a machine without git (a slim container image)", () => {
  it("detect says the repository facts are left out, rather than guessing them silently; --rev and diff say git is missing", async () => {
    const dir = repository();
    const bin = tempDir("techstack-edges-nogit-");
    const env = { ...process.env, NO_COLOR: "1", PATH: bin }; // node is run by its full path; git is nowhere
    const cli = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [CLI, ...args], { cwd: dir, env, timeout: 30_000 }, (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr }));
      });
    const detected = await cli(["detect", ".", "--format", "json"]);
    expect(detected.code).toBe(0);
    expect(detected.stderr).toMatch(/git is not installed/);
    const names = (JSON.parse(detected.stdout) as { tools: Array<{ name: string }> }).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["ExpressJS", "Git"]));
    expect((await cli(["detect", ".", "--no-git"])).stderr).not.toMatch(/git is not installed/);
    const atRev = await cli(["detect", ".", "--rev", "HEAD"]);
    expect(atRev.code).toBe(1);
    expect(atRev.stderr).toMatch(/git is not installed/);
    const diffed = await cli(["diff", "--rev-a", "HEAD", "--rev-b", "HEAD"]);
    expect(diffed.code).toBe(1);
    expect(diffed.stderr).toMatch(/git is not installed/);
    // A bare repository is read only through git: its folder (hooks, objects) was walked as a tree,
    // a stack of Git alone.
    const bare = join(tempDir("techstack-edges-nogit-bare-"), "app.git");
    execFileSync("git", ["clone", "-q", "--bare", dir, bare]);
    const fromBare = await cli(["detect", bare]);
    expect(fromBare).toMatchObject({ code: 1, stdout: "" });
    expect(fromBare.stderr).toBe(`techstack: git is not installed (or not on PATH), so the bare repository ${bare} cannot be read\n`);
  });
});

describe("check --out", () => {
  it("checks the files where write --out put them", async () => {
    const dir = repository();
    const out = join(dir, "docs", "stack");
    expect((await runHere(["write", dir, "--no-git", "--out", out])).code).toBe(0);
    const fresh = await runHere(["check", dir, "--no-git", "--out", out]);
    expect(fresh.stdout).toMatch(/^fresh/);
    expect(fresh.code).toBe(0);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2", koa: "2.15.0" } }));
    const stale = await runHere(["check", dir, "--no-git", "--out", out]);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/\+ Koa 2\.15\.0/);
    expect(stale.stdout).toMatch(/To refresh them, run: techstack write .* --out /);
  });
});

describe("batch resuming after a cut", () => {
  it("a last line cut short is left on its own line, so every new line is whole JSON", async () => {
    const dir = repository();
    const folder = tempDir("techstack-edges-resume-");
    const list = join(folder, "repos.txt");
    writeFileSync(list, `${dir}\n`);
    const out = join(folder, "out.jsonl");
    writeFileSync(out, `{"entry":"${dir}","repo":"x","ok":tr`); // a run killed mid-write
    expect((await run(["batch", list, "--out", out, "--no-git"])).code).toBe(0);
    const lines = readFileSync(out, "utf8").split("\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ entry: dir, ok: true });
  });
});

describe("diff of a committed techstack.yml against its own folder", () => {
  it("finds no difference right after write (Git is not lost by the scan)", async () => {
    const dir = repository();
    expect((await runHere(["write", dir])).code).toBe(0);
    execFileSync("git", ["-C", dir, "add", "-A"]);
    execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-q", "-m", "stack"]);
    for (const args of [["diff", "techstack.yml", ".", "--exit-code"], ["diff", "techstack.yml", "HEAD", "--exit-code"], ["diff", "--rev-a", "HEAD", "--rev-b", "HEAD~1", "--exit-code"]]) {
      const r = await runCommand(args, { cwd: dir });
      expect(r.stdout, args.join(" ")).not.toMatch(/Git/);
    }
    expect((await runCommand(["diff", "techstack.yml", ".", "--exit-code"], { cwd: dir })).code).toBe(0);
  });
});

describe("batch with an entry listed twice", () => {
  it("scans it once", async () => {
    const dir = repository();
    const list = join(tempDir("techstack-edges-dup-"), "repos.txt");
    writeFileSync(list, `${dir}\n  ${dir}  \n# ${dir}\n`);
    const r = await run(["batch", list, "--no-git"]);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/batch: 1 scanned/);
  });
});
