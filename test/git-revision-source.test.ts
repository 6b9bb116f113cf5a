import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GitRevisionSource } from "../src/sources/git.js";
import { gitArgs, gitEnv, hasGit, runGit } from "../src/git/run.js";
import { importedRepo } from "./git-import.js";
import { newRepository, tempDir } from "./helpers.js";

// A revision read without a checkout (src/sources/git.ts) and the git runner under it
// (src/git/run.ts), called directly on small repositories made here.

/** A repository in a new folder holding `files` (and whatever `more` adds), committed once. */
function repository(files: Record<string, string | Uint8Array>, more: (dir: string) => void = () => {}): string {
  const dir = tempDir("techstack-rev-");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  more(dir);
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", ...args], { stdio: "pipe" });
  newRepository(dir);
  git("add", "-A", "-f");
  git("commit", "-q", "-m", "one");
  return dir;
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe("GitRevisionSource", () => {
  it("lists the revision's files with their sizes, without links, default folders or what a .gitignore would leave out of a folder", async () => {
    const dir = repository(
      {
        "package.json": '{"name":"shop"}',
        "api/go.mod": "module api\n",
        "node_modules/left-pad/package.json": "{}",
        ".gitignore": "api/\n",
        "name with space.txt": "x",
      },
      (d) => symlinkSync("package.json", join(d, "linked.json")),
    );
    const source = new GitRevisionSource(dir, "HEAD");
    try {
      const listed = (await source.list()).sort((a, b) => a.path.localeCompare(b.path));
      expect(listed).toEqual([
        { path: ".gitignore", size: 5 },
        { path: "api/go.mod", size: 11 },
        { path: "name with space.txt", size: 1 },
        { path: "package.json", size: 15 },
      ]);
      expect(source.label).toBe(`${dir}@HEAD`);
      expect([source.repo, source.rev]).toEqual([dir, "HEAD"]);
    } finally {
      source.close();
    }
  });

  it("reads blobs in the order asked, however many at once, empty and binary ones too", async () => {
    const binary = new Uint8Array([0, 1, 2, 10, 10, 255, 0]);
    const files: Record<string, string | Uint8Array> = { "empty.txt": "", "blob.bin": binary, "lines.txt": "a\nb\n\n" };
    for (let i = 0; i < 50; i++) files[`pkg${i}/package.json`] = `{"name":"p${i}"}\n`;
    const source = new GitRevisionSource(repository(files), "HEAD");
    try {
      await source.list();
      const paths = Object.keys(files);
      const read = await Promise.all(paths.map((p) => source.read(p)));
      expect(read.map((b, i) => (paths[i] === "blob.bin" ? [...b] : text(b)))).toEqual(paths.map((p) => (p === "blob.bin" ? [...binary] : files[p])));
      expect(read[paths.indexOf("empty.txt")]).toHaveLength(0);
    } finally {
      source.close();
    }
  });

  it("3,000 small blobs asked at once come back whole, though answers then arrive split anywhere, a header too", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 3000; i++) files[`pkg${i % 30}/file${i}.txt`] = `v${i}\n`;
    // Committed by fast-import: what is read is the revision, not a working tree.
    const source = new GitRevisionSource(importedRepo(files), "HEAD");
    try {
      await source.list();
      const paths = Object.keys(files);
      const read = await Promise.all(paths.map((p) => source.read(p)));
      expect(read.map(text)).toEqual(paths.map((p) => files[p]));
    } finally {
      source.close();
    }
  });

  it("a path not in the revision is ENOENT; one over the limit E2BIG, without reading it; one at the limit is read", async () => {
    const source = new GitRevisionSource(repository({ "go.mod": "module x\n" }), "HEAD");
    try {
      await source.list();
      await expect(source.read("go.sum")).rejects.toMatchObject({ code: "ENOENT", message: "not in HEAD: go.sum" });
      await expect(source.read("go.mod", 8)).rejects.toMatchObject({ code: "E2BIG", message: "too large" });
      expect(text(await source.read("go.mod", 9))).toBe("module x\n");
    } finally {
      source.close();
    }
  });

  it("reads again after close, with a new cat-file process", async () => {
    const source = new GitRevisionSource(repository({ "go.mod": "module x\n" }), "HEAD");
    await source.list();
    expect(text(await source.read("go.mod"))).toBe("module x\n");
    source.close();
    expect(text(await source.read("go.mod"))).toBe("module x\n");
    source.close();
    source.close();
  });

  it("an object git no longer has is refused for that file; the next read goes on", async () => {
    const dir = repository({ "a.txt": "alpha\n", "b.txt": "beta\n" });
    const source = new GitRevisionSource(dir, "HEAD");
    try {
      await source.list();
      const blob = execFileSync("git", ["-C", dir, "rev-parse", "HEAD:a.txt"], { encoding: "utf8" }).trim();
      execFileSync("rm", ["-f", join(dir, ".git/objects", blob.slice(0, 2), blob.slice(2))]);
      await expect(source.read("a.txt")).rejects.toThrow(`git object ${blob} missing`);
      expect(text(await source.read("b.txt"))).toBe("beta\n");
    } finally {
      source.close();
    }
  });

  it("a submodule (a commit in the tree) is not listed, as a checkout without submodules has none of its files", async () => {
    const dir = repository({ "go.mod": "module x\n" });
    const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", ...args], { encoding: "utf8" });
    // A gitlink entry, as `git submodule add` records it: mode 160000, type commit.
    git("update-index", "--add", "--cacheinfo", `160000,${git("rev-parse", "HEAD").trim()},vendor/lib`);
    git("commit", "-q", "-m", "submodule");
    const source = new GitRevisionSource(dir, "HEAD");
    try {
      expect(await source.list()).toEqual([{ path: "go.mod", size: 9 }]);
      await expect(source.read("vendor/lib")).rejects.toMatchObject({ code: "ENOENT" });
    } finally {
      source.close();
    }
  });

  /** This process's `git cat-file --batch` children reading `dir`, as `pid args` lines. */
  const readers = (dir: string): string[] =>
    execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes("cat-file --batch") && line.includes(dir));
  const settle = async (done: () => boolean): Promise<void> => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  it("close ends the cat-file process", async () => {
    const dir = repository({ "go.mod": "module x\n" });
    const source = new GitRevisionSource(dir, "HEAD");
    await source.list();
    await source.read("go.mod");
    expect(readers(dir)).toHaveLength(1);
    source.close();
    await settle(() => readers(dir).length === 0);
    expect(readers(dir)).toEqual([]);
  });

  it("a cat-file killed between reads: the next read is refused, not left waiting", async () => {
    const dir = repository({ "a.txt": "alpha\n", "b.txt": "beta\n" });
    const source = new GitRevisionSource(dir, "HEAD");
    try {
      await source.list();
      expect(text(await source.read("a.txt"))).toBe("alpha\n");
      const [reader] = readers(dir);
      process.kill(Number(reader!.trim().split(" ")[0]), "SIGKILL");
      await settle(() => readers(dir).length === 0);
      await expect(source.read("b.txt")).rejects.toThrow(/^git cat-file exited with SIGKILL$/);
    } finally {
      source.close();
    }
  });

  it("a repository gone after listing: the read fails with git's exit code and words, and so does every later read", async () => {
    const dir = repository({ "a.txt": "alpha\n", "b.txt": "beta\n" });
    const source = new GitRevisionSource(dir, "HEAD");
    try {
      await source.list();
      rmSync(dir, { recursive: true, force: true });
      // Whichever comes first, the write into the dead process's pipe (EPIPE) or its exit, the
      // reason given is git's own.
      const reason = `git cat-file exited with 128: fatal: cannot change to '${dir}': No such file or directory`;
      await expect(source.read("a.txt")).rejects.toThrow(reason);
      await expect(source.read("b.txt")).rejects.toThrow(reason);
    } finally {
      source.close();
    }
  });

  it("a revision written as an option is refused before git is run", () => {
    expect(() => new GitRevisionSource("/tmp", "--output=/tmp/x")).toThrow("not a revision: '--output=/tmp/x'");
  });

  it("a folder below the top that the revision does not hold is an error naming it, not an empty scan", async () => {
    const dir = repository({ "package.json": "{}" });
    mkdirSync(join(dir, "services", "api"), { recursive: true });
    writeFileSync(join(dir, "services", "api", "go.mod"), "module api\n");
    const folder = join(dir, "services", "api");
    await expect(new GitRevisionSource(folder, "HEAD").list()).rejects.toThrow(`no folder 'services/api' in revision 'HEAD' of ${folder}`);
    // A folder the revision holds, and the top, list as before (an empty folder lists nothing, without an error).
    execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "add", "-A"], { stdio: "pipe" });
    execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-q", "-m", "api"], { stdio: "pipe" });
    expect((await new GitRevisionSource(folder, "HEAD").list()).map((f) => f.path)).toEqual(["go.mod"]);
    await expect(new GitRevisionSource(folder, "HEAD~1").list()).rejects.toThrow("no folder 'services/api' in revision 'HEAD~1'");
    const empty = tempDir("techstack-rev-");
    newRepository(empty);
    execFileSync("git", ["-C", empty, "-c", "user.name=A", "-c", "user.email=a@example.com", "commit", "-q", "--allow-empty", "-m", "e"], { stdio: "pipe" });
    expect(await new GitRevisionSource(empty, "HEAD").list()).toEqual([]);
  });

  it("a listing git refuses for another reason is git's own message", async () => {
    const dir = tempDir("techstack-rev-");
    await expect(new GitRevisionSource(dir, "HEAD").list()).rejects.toThrow(/^git ls-tree: fatal: not a git repository/);
  });
});

describe("the git runner", () => {
  it("runs in the repository with the settings that could run a program turned off, and without prompts or pagers", () => {
    expect(gitArgs("/repo", ["log", "-1"])).toEqual(["-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "-C", "/repo", "log", "-1"]);
    const env = gitEnv();
    expect(env).toMatchObject({ GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" });
    expect(env.PATH).toBe(process.env.PATH);
  });

  it("gives git's output, or git's message under the command's name", async () => {
    const dir = repository({ "go.mod": "module x\n" });
    expect(await runGit(dir, ["ls-files"])).toBe("go.mod\n");
    await expect(runGit(dir, ["rev-parse", "--verify", "nope"])).rejects.toThrow(/^git rev-parse: fatal: Needed a single revision$/);
    // Output beyond the buffer given is an error too.
    await expect(runGit(dir, ["ls-files"], 3)).rejects.toThrow(/^git ls-files: /);
    expect(await hasGit()).toBe(true);
    expect(hasGit()).toBe(hasGit());
  });
});
