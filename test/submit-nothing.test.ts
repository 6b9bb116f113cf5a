import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, ROOT, runCommand, tempDir } from "./helpers.js";

const CLI = join(ROOT, "dist/cli.js");
const hasScript = spawnSync("script", ["--version"]).status === 0;

/** submit in-process from the folder `cwd`, with no token; the picker on a terminal below is a real process. */
const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1", TECHSTACK_TOKEN: "" } });

describe("submit with nothing to send", () => {
  it("a scan that finds no tool sends nothing (an empty stack would replace the site's)", async () => {
    const dir = tempDir("techstack-submit-empty-");
    writeFileSync(join(dir, "notes.txt"), "nothing here\n");
    for (const extra of [["--dry-run"], ["--endpoint", "http://127.0.0.1:9/stacks"]]) {
      const r = await run(["submit", dir, "--auto", "--no-git", ...extra], dir);
      expect(r.code, extra.join(" ")).toBe(1);
      expect(r.stderr).toMatch(/found no tools: nothing was sent/);
      expect(r.stdout).toBe("");
    }
  });

  it.skipIf(!hasScript)("Ctrl-C in the picker cancels with a message, on a terminal", async () => {
    const dir = tempDir("techstack-submit-cancel-");
    // script(1) gives the command a terminal; what is written to its input is typed there.
    const child = spawn("script", ["-qec", `${process.execPath} ${CLI} submit --manual --dry-run`, "/dev/null"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Which tools") && !child.stdin.writableEnded) child.stdin.end("\x03");
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.on("close", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(out).toMatch(/techstack: cancelled: nothing was sent/);
    expect(code).toBe(1);
  });
});

describe("an endpoint with credentials in it", () => {
  it("is refused without echoing them (fetch cannot send them, and logs would keep them)", async () => {
    const dir = tempDir("techstack-submit-creds-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    for (const extra of [["--dry-run"], ["--retries", "0"]]) {
      const r = await run(["submit", dir, "--auto", "--no-git", "--endpoint", "https://bob:hunter2@stacks.example.invalid/api", ...extra], dir);
      expect(r.code, extra.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/credentials/);
      expect(r.stdout + r.stderr).not.toContain("hunter2");
    }
  });
});
