import { execFileSync, spawn } from "node:child_process";
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../src/io/atomic-write.js";
import { fixture, ROOT, runCommand, tempDir } from "./helpers.js";

describe("no data lost", () => {
  it("writeFileAtomic replaces the whole file and leaves no temporary file", () => {
    const dir = tempDir();
    const file = join(dir, "techstack.yml");
    writeFileSync(file, "old\n");
    writeFileAtomic(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["techstack.yml"]);
  });

  it("a file that cannot be written is named in the error (not its temporary file), in the system's words", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "plain-file"), "x");
    // --out naming a file: its temporary file cannot be made, nor removed (ENOTDIR both times).
    const target = join(dir, "plain-file", "techstack.yml");
    expect(() => writeFileAtomic(target, "new\n")).toThrow(`cannot write ${target}: ENOTDIR: not a directory`);
    // Through the bin, --out naming that file is refused before anything is written (out-takes-a-folder.test.ts).
    let failure = { status: 0, stderr: "" };
    try {
      execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), "write", join(ROOT, "fixtures", "pnpm-monorepo"), "--no-git", "--out", join(dir, "plain-file")], { stdio: "pipe", encoding: "utf8" });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure.status).toBe(2);
    expect(failure.stderr).toBe(`techstack: --out takes a folder, and ${join(dir, "plain-file")} is a file: techstack.yml and techstack.md are written in the folder it names\n`);
    expect(readFileSync(join(dir, "plain-file"), "utf8")).toBe("x");
  });

  it("killing `techstack write` at any moment leaves the old file or the new one, never part of either", async () => {
    const dir = tempDir("techstack-kill-");
    cpSync(fixture("pnpm-monorepo"), dir, { recursive: true });
    const cli = join(ROOT, "dist/cli.js");
    // The two versions of the file, written in-process; the killed runs are real processes.
    const write = async (timestamp: string) => expect((await runCommand(["write", dir, "--no-git", "--timestamp", timestamp])).code).toBe(0);
    await write("2024-01-01T00:00:00+00:00");
    const old = readFileSync(join(dir, "techstack.yml"), "utf8");
    await write("2024-02-02T00:00:00+00:00");
    const fresh = readFileSync(join(dir, "techstack.yml"), "utf8");
    writeFileSync(join(dir, "techstack.yml"), old);
    for (let i = 0; i < 12; i++) {
      const child = spawn(process.execPath, [cli, "write", dir, "--no-git", "--timestamp", "2024-02-02T00:00:00+00:00"], { stdio: "ignore" });
      const closed = new Promise((r) => child.on("close", r));
      await new Promise((r) => setTimeout(r, 20 + ((i * 37) % 250)));
      child.kill("SIGKILL");
      await closed;
      const now = readFileSync(join(dir, "techstack.yml"), "utf8");
      expect([old, fresh]).toContain(now);
      writeFileSync(join(dir, "techstack.yml"), old);
    }
  });

  it("a failed detection leaves the old files untouched", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "techstack.yml"), "repo_name: keep\ntools: []\n");
    expect(await runCommand(["write", join(dir, "missing"), "--out", dir])).toMatchObject({ code: 1, stderr: `error: no such directory: ${join(dir, "missing")}` });
    expect(readFileSync(join(dir, "techstack.yml"), "utf8")).toBe("repo_name: keep\ntools: []\n");
  });
});
