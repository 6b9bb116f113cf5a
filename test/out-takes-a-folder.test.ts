import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, runCommand, tempDir } from "./helpers.js";

// `--out` names the folder techstack.yml and techstack.md go in. A user who reads it as the file's
// name (`--out techstack.yml`, `--out docs/stack.yml`) is told so before anything is scanned or made.

const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1" } });

function project(): string {
  const dir = tempDir("techstack-out-");
  writeFileSync(join(dir, "package.json"), '{"dependencies":{"react":"^18.2.0"}}');
  return dir;
}

describe("--out takes a folder", () => {
  it("an existing file is refused (was 'cannot write techstack.yml/techstack.yml: ENOTDIR'), write and check alike", async () => {
    const dir = project();
    writeFileSync(join(dir, "techstack.yml"), "tools: []\n");
    for (const command of ["write", "check"]) {
      const out = await run([command, ".", "--out", "techstack.yml", "--no-git"], dir);
      expect(out, command).toEqual({ code: 2, stdout: "", stderr: "error: --out takes a folder, and techstack.yml is a file: techstack.yml and techstack.md are written in the folder it names" });
    }
  });

  it("a file's name that is not there yet is refused, not made a folder called stack.yml", async () => {
    const dir = project();
    mkdirSync(join(dir, "docs"));
    const out = await run(["write", ".", "--out", "docs/stack.yml", "--no-git"], dir);
    expect(out).toEqual({ code: 2, stdout: "", stderr: "error: --out takes a folder, not a file's name (docs/stack.yml): techstack.yml and techstack.md are written in the folder it names" });
    expect(existsSync(join(dir, "docs/stack.yml"))).toBe(false);
  });

  it("a folder, made if missing, as before; one named with a dot that is no stack file's extension too", async () => {
    const dir = project();
    expect((await run(["write", ".", "--out", "docs", "--no-git"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "docs/techstack.yml"))).toBe(true);
    expect((await run(["write", ".", "--out", "site/v1.2", "--no-git"], dir)).code).toBe(0);
    expect(existsSync(join(dir, "site/v1.2/techstack.md"))).toBe(true);
    expect((await run(["check", ".", "--out", "docs", "--no-git"], dir)).code).toBe(0);
  });
});
