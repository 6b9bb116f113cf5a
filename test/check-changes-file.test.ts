import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCommand, tempDir } from "./helpers.js";

// check --changes FILE: what write would change, from check's own scan, in the JSON `techstack diff
// --format json` prints, so a later step (the GitHub Action's outputs) need not scan the folder
// again. check still never changes techstack.yml or techstack.md.

/** A Next.js app in web/ of a fresh folder, its files written, then a dependency added to it. */
async function staleApp(): Promise<string> {
  const dir = tempDir();
  cpSync(fixture("nextjs-app"), join(dir, "web"), { recursive: true });
  expect((await runCommand(["write", join(dir, "web"), "--no-git"])).code).toBe(0);
  const pkg = JSON.parse(readFileSync(join(dir, "web/package.json"), "utf8"));
  pkg.dependencies.zod = "^3.22.4";
  writeFileSync(join(dir, "web/package.json"), JSON.stringify(pkg, null, 2));
  return dir;
}

const committed = (dir: string) => ["techstack.yml", "techstack.md"].map((name) => readFileSync(join(dir, "web", name), "utf8"));

describe("check --changes FILE", () => {
  it("a stale check writes what diff of the committed file and the folder gives, and leaves the committed files as they were", async () => {
    const dir = await staleApp();
    const before = committed(dir);
    const file = join(dir, "changes.json");
    const check = await runCommand(["check", join(dir, "web"), "--no-git", "--changes", file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("+ Zod 3.22.4");
    // The refresh command is write's: --changes is check's own.
    expect(check.stdout).toContain(`To refresh them, run: techstack write ${join(dir, "web")} --no-git\n`);
    const diff = await runCommand(["diff", join(dir, "web/techstack.yml"), join(dir, "web"), "--no-git", "--format", "json"]);
    expect(readFileSync(file, "utf8")).toBe(diff.stdout);
    expect(JSON.parse(diff.stdout).added.map((entry: { name: string }) => entry.name)).toEqual(["Zod", "zod"]);
    expect(committed(dir)).toEqual(before);
  });

  it("a fresh check writes no change, replacing what the file held", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), join(dir, "web"), { recursive: true });
    expect((await runCommand(["write", join(dir, "web"), "--no-git"])).code).toBe(0);
    const file = join(dir, "changes.json");
    writeFileSync(file, "left from an earlier run\n");
    expect((await runCommand(["check", join(dir, "web"), "--no-git", `--changes=${file}`])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ added: [], removed: [], changed: [] });
  });

  it("a missing or empty techstack.yml: every tool write would add, and still no techstack.yml written", async () => {
    const dir = tempDir();
    cpSync(fixture("nextjs-app"), join(dir, "web"), { recursive: true });
    const file = join(dir, "changes.json");
    const missing = await runCommand(["check", join(dir, "web"), "--no-git", "--changes", file]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^stale: .*techstack\.yml is missing$/m);
    expect(existsSync(join(dir, "web/techstack.yml"))).toBe(false);
    const added = JSON.parse(readFileSync(file, "utf8")).added.map((entry: { name: string }) => entry.name);
    expect(added).toContain("Next.js");
    writeFileSync(join(dir, "web/techstack.yml"), "# the stack, written by techstack\n");
    expect((await runCommand(["check", join(dir, "web"), "--no-git", "--changes", file])).stdout).toMatch(/techstack\.yml is empty$/m);
    expect(JSON.parse(readFileSync(file, "utf8")).added.map((entry: { name: string }) => entry.name)).toEqual(added);
    expect(readFileSync(join(dir, "web/techstack.yml"), "utf8")).toBe("# the stack, written by techstack\n");
  });

  it("an unreadable techstack.yml, which write refuses too: stale, and no changes written", async () => {
    const dir = await staleApp();
    writeFileSync(join(dir, "web/techstack.yml"), "tools:\n  - name: [unclosed\n");
    const file = join(dir, "changes.json");
    const check = await runCommand(["check", join(dir, "web"), "--no-git", "--changes", file]);
    expect(check.code).toBe(1);
    expect(existsSync(file)).toBe(false);
  });

  it("never over the committed files, by any spelling of their path (a usage error, before the scan)", async () => {
    const dir = await staleApp();
    const before = committed(dir);
    symlinkSync(join(dir, "web"), join(dir, "site"));
    for (const file of [join(dir, "web/techstack.yml"), join(dir, "web/../web/techstack.md"), join(dir, "site/techstack.yml")]) {
      const check = await runCommand(["check", join(dir, "web"), "--no-git", "--changes", file]);
      expect(check.code).toBe(2);
      expect(check.stderr).toMatch(/--changes must name another file than .*techstack\.(yml|md): check compares it, and never changes it/);
    }
    expect((await runCommand(["check", join(dir, "web"), "--changes", ""])).stderr).toBe("error: --changes takes a file, not an empty value");
    expect(committed(dir)).toEqual(before);
  });
});
