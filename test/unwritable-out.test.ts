import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { batchCommand } from "../src/cli/commands/batch.js";
import { cannotWrite, whyUnwritable } from "../src/io/why-unwritable.js";
import { call, tempDir } from "./helpers.js";

// `write --out` and `batch --out` where nothing can be written said it in Node's words
// ("ENOENT: no such file or directory, mkdir '/proc/x'", "EACCES: permission denied" about a
// temporary file): one line now says why, in words, and what to do. /proc and /sys refuse root too.
const linux = existsSync("/proc/self") && existsSync("/sys/kernel");

function project(): string {
  const dir = tempDir("techstack-unwritable-");
  writeFileSync(join(dir, "package.json"), '{"dependencies":{"express":"^4.18.2"}}');
  return dir;
}

describe("write --out where the files cannot be written", () => {
  it.skipIf(!linux)("a folder the system will not make", async () => {
    expect(await call(writeCommand, [project(), "--no-git", "--out", "/proc/techstack-out"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: cannot make the folder /proc/techstack-out for techstack.yml and techstack.md: nothing can be made there (ENOENT); give --out a folder you can write to",
    });
  });

  it.skipIf(!linux)("a folder that refuses new files", async () => {
    expect(await call(writeCommand, [project(), "--no-git", "--out", "/sys/kernel"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: cannot write /sys/kernel/techstack.yml: permission denied (EACCES); give --out a folder you can write to",
    });
  });

  it("a folder below a file names the file", async () => {
    const dir = project();
    mkdirSync(join(dir, "taken"));
    writeFileSync(join(dir, "taken", "file"), "");
    const below = join(dir, "taken", "file", "sub");
    expect((await call(writeCommand, [dir, "--no-git", "--out", below])).stderr).toBe(
      `error: cannot make the folder ${below} for techstack.yml and techstack.md: ${join(dir, "taken", "file")} is a file, not a folder (ENOTDIR); give --out a folder you can write to`,
    );
  });
});

describe("batch --out where the results cannot be written", () => {
  it.skipIf(!linux)("a folder that refuses new files, before anything is scanned", async () => {
    const list = join(tempDir(), "repos.txt");
    writeFileSync(list, `${project()}\n`);
    expect(await call(batchCommand, [list, "--no-git", "--out", "/sys/kernel/out.jsonl"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: cannot write /sys/kernel/out.jsonl: permission denied (EACCES); give --out a file you can write to",
    });
  });

  it("a folder that is not there", async () => {
    const list = join(tempDir(), "repos.txt");
    writeFileSync(list, `${project()}\n`);
    const folder = join(tempDir(), "no-such-folder");
    expect((await call(batchCommand, [list, "--no-git", "--out", join(folder, "out.jsonl")])).stderr).toBe(
      `error: cannot write ${join(folder, "out.jsonl")}: the folder ${folder} does not exist (ENOENT); give --out a file you can write to`,
    );
  });
});

describe("the words for a system's refusal", () => {
  const refusal = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: refused, ${syscall} '${path}'`), { code, syscall, path });

  it("a full disk or quota asks for space; anything else, another place", () => {
    expect(cannotWrite(refusal("ENOSPC", "write", "/data/techstack.yml"), "give --out a folder you can write to")).toBe("the disk is full (ENOSPC); free some space, then run it again");
    expect(cannotWrite(refusal("EDQUOT", "write", "/home/u/techstack.yml"), "give --out a folder you can write to")).toBe("the disk quota is used up (EDQUOT); free some space, then run it again");
    expect(cannotWrite(refusal("EROFS", "open", "/mnt/ro/.techstack.yml.1.tmp"), "give --out a folder you can write to")).toBe("the file system is read-only (EROFS); give --out a folder you can write to");
    expect(cannotWrite(refusal("EPERM", "mkdir", "/sys/kernel/x"), "give --out a file you can write to")).toBe("permission denied (EPERM); give --out a file you can write to");
  });

  it("a code it has no words for is kept as it is; an error without one, its first line", () => {
    expect(whyUnwritable(refusal("EIO", "write", "/data/x"))).toBe("EIO");
    expect(whyUnwritable(new Error("broken\nmore"))).toBe("broken");
  });
});
