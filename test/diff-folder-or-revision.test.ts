import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Outcome, runCommand, tempDir } from "./helpers.js";

// `techstack diff main HEAD` where the checkout also holds a folder called main: the folder is
// scanned (a path wins, as the help says), and a warning says the name is a revision too, so
// a user who meant the branch is not shown another stack without a word.

const run = (args: string[], cwd: string): Promise<Outcome> => runCommand(args, { cwd, env: { NO_COLOR: "1" } });

function repository(): string {
  const dir = tempDir("techstack-diff-name-");
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, "-c", "user.name=A", "-c", "user.email=a@example.com", "-c", "commit.gpgsign=false", ...args], { stdio: "ignore" });
  git("init", "-q", "-b", "main");
  writeFileSync(join(dir, "package.json"), '{"dependencies":{"react":"^18.2.0"}}');
  git("add", ".");
  git("commit", "-qm", "one");
  return dir;
}

describe("diff: a name that is both a folder and a revision", () => {
  it("scans the folder and warns that the name is a revision too, with how to ask for the revision", async () => {
    const dir = repository();
    mkdirSync(join(dir, "main"));
    writeFileSync(join(dir, "main/requirements.txt"), "flask==3.0.0\n");
    const out = await run(["diff", "main", "HEAD", "--no-packages"], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("+ React");
    expect(out.stderr).toBe("warning: main is a folder and a revision of the current repository: the folder is compared (--repo . main compares the revision)\n");
  });

  it("a folder that names no revision, or a revision with no folder of its name, says nothing", async () => {
    const dir = repository();
    mkdirSync(join(dir, "site"));
    writeFileSync(join(dir, "site/requirements.txt"), "flask==3.0.0\n");
    expect((await run(["diff", "site", "HEAD", "--no-packages"], dir)).stderr).toBe("");
    expect(await run(["diff", "main", "HEAD"], dir)).toEqual({ code: 0, stdout: "no changes\n", stderr: "" });
  });
});
