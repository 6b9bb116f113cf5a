import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, ROOT, runCommand, tempDir } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");

function runCli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The command in-process from the folder `cwd`; batch goes through runCli, its workers loading the built module. */
const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1" } });

describe("messages that count", () => {
  it("say '1 tool' and '1 worker', not '1 tools' and '1 workers'", async () => {
    const dir = tempDir("techstack-counts-");
    // A repository of one Python file: the Python language alone.
    writeFileSync(join(dir, "app.py"), "print(1)\n");
    const write = await run(["write", ".", "--no-git", "--no-packages"], dir);
    expect(write.stderr).toMatch(/\(1 tool\)\n$/);
    expect((await run(["write", ".", "--no-git", "--no-packages"], dir)).stderr).toMatch(/up to date \(1 tool\)\n$/);
    expect((await run(["validate", "techstack.yml"], dir)).stdout).toBe("techstack.yml: valid (1 tool)\n");
    writeFileSync(join(dir, "list.txt"), `${dir}\n`);
    expect((await runCli(["batch", "list.txt", "--no-git", "--out", "out.jsonl"], dir)).stderr).toBe("batch: 1 scanned, 0 already done, 1 worker\n");
  });
});
