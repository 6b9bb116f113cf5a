import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

function run(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("a scan that finds no tool", () => {
  it("is printed or written as before, with a warning that the folder may be the wrong one", async () => {
    const dir = tempDir("techstack-empty-");
    writeFileSync(join(dir, "notes.txt"), "nothing to detect\n");
    const detect = await run(["detect", ".", "--no-git"], dir);
    expect(detect.code).toBe(0);
    expect(detect.stdout).toContain("tools: []");
    expect(detect.stderr).toBe("warning: .: no tool found (1 file listed, none that techstack reads): is it the repository's folder?\n");
    const write = await run(["write", ".", "--no-git"], dir);
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/no tool found .*\n.*\(0 tools\)\n$/);
    // A folder with something to find says nothing of the kind.
    writeFileSync(join(dir, "app.py"), "print(1)\n");
    expect((await run(["detect", ".", "--no-git"], dir)).stderr).toBe("");
  });
});
