import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GitRevisionSource } from "../src/sources/git.js";
import { tempDir } from "./helpers.js";

// The --rev scan's streaming reader of `git cat-file --batch` on answers git does not write but a
// broken or foreign git could: a `git` first on PATH answers each request with pieces of bytes
// chosen here (a pause between pieces, so they arrive as separate chunks); every other command is
// the real git's.

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A committed repository holding `files`; their object ids by path. */
function repository(files: Record<string, string>): { dir: string; ids: Record<string, string> } {
  const dir = tempDir("techstack-framing-");
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", ...args], { encoding: "utf8" });
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "one");
  return { dir, ids: Object.fromEntries(Object.keys(files).map((path) => [path, git("rev-parse", `HEAD:${path}`).trim()])) };
}

/** Puts a `git` first on PATH whose `cat-file --batch` answers its n-th request with `answers[n]`'s pieces. */
function answeringGit(answers: string[][]): void {
  const bin = tempDir("techstack-framing-bin-");
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  answers.forEach((pieces, n) => {
    mkdirSync(join(bin, `a${n}`));
    pieces.forEach((piece, p) => writeFileSync(join(bin, `a${n}`, `p${p}`), piece));
  });
  const script = [
    "#!/bin/sh",
    'case "$*" in',
    "*cat-file\\ --batch*)",
    "  n=0",
    "  while read -r line; do",
    `    for piece in $(ls '${bin}'/a$n); do cat '${bin}'/a$n/$piece; sleep 0.05; done`,
    "    n=$((n + 1))",
    "  done",
    "  exit 0;;",
    "esac",
    `exec '${real}' "$@"`,
  ];
  writeFileSync(join(bin, "git"), script.join("\n") + "\n");
  chmodSync(join(bin, "git"), 0o755);
  vi.stubEnv("PATH", `${bin}:${process.env.PATH ?? ""}`);
}

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe("git cat-file --batch answers read as they stream in", () => {
  it("a record in pieces (its header split too) is one blob", async () => {
    const { dir, ids } = repository({ "a.txt": "abcde", "b.txt": "two\n" });
    answeringGit([[`${ids["a.txt"]} bl`, "ob 5\nab", "cde", "\n"], [`${ids["b.txt"]} blob 4\ntwo\n\n`]]);
    const source = new GitRevisionSource(dir, "HEAD");
    await source.list();
    expect(text(await source.read("a.txt"))).toBe("abcde");
    expect(text(await source.read("b.txt"))).toBe("two\n");
    source.close();
  });

  it("a header whose size is not a number refuses that file, as a missing object does, and the next read goes on", async () => {
    const { dir, ids } = repository({ "a.txt": "one\n", "b.txt": "two\n" });
    answeringGit([[`${ids["a.txt"]} blob 4x\n`], [`${ids["b.txt"]} blob 4\ntwo\n\n`]]);
    const source = new GitRevisionSource(dir, "HEAD");
    await source.list();
    await expect(source.read("a.txt")).rejects.toThrow(`git object ${ids["a.txt"]} blob 4x`);
    expect(text(await source.read("b.txt"))).toBe("two\n");
    source.close();
  });

  it("bytes not closed by a newline refuse that file and every later one: the records after them cannot be found", async () => {
    const { dir, ids } = repository({ "a.txt": "one\n", "b.txt": "two\n" });
    answeringGit([[`${ids["a.txt"]} blob 4\none\nX`], [`${ids["b.txt"]} blob 4\ntwo\n\n`]]);
    const source = new GitRevisionSource(dir, "HEAD");
    await source.list();
    await expect(source.read("a.txt")).rejects.toThrow(`git cat-file: the bytes of object ${ids["a.txt"]} are not followed by a newline`);
    await expect(source.read("b.txt")).rejects.toThrow(`git cat-file: the bytes of object ${ids["a.txt"]} are not followed by a newline`);
    // Still so once the killed git has exited (its exit would say only SIGTERM).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(source.read("b.txt")).rejects.toThrow(`git cat-file: the bytes of object ${ids["a.txt"]} are not followed by a newline`);
    source.close();
  });
});
