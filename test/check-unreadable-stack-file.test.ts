import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { fixture, ROOT, runCommand, tempDir } from "./helpers.js";

// Root reads through any mode bits; a child running as nobody meets them as users do.
const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

/** A repository with techstack.yml and techstack.md written, both open to the user who runs the child. */
async function written(): Promise<string> {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  cpSync(fixture("nextjs-app"), join(dir, "web"), { recursive: true });
  expect((await runCommand(["write", join(dir, "web"), "--no-git"])).code).toBe(0);
  return dir;
}

/** techstack ARGS run as a user who may not read `file` (mode 000 while it runs). */
function withLocked(file: string, args: string[]) {
  chmodSync(file, 0o000);
  try {
    return spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { ...as, encoding: "utf8" });
  } finally {
    chmodSync(file, 0o644);
  }
}

describe("check where the system will not let techstack read the committed files", () => {
  it("a techstack.yml it may not read (EACCES) is an error naming it, not a stale file to fix or delete", async () => {
    const dir = await written();
    const file = join(dir, "web/techstack.yml");
    const run = withLocked(file, ["check", join(dir, "web"), "--no-git"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`techstack: cannot read ${file}: permission denied (EACCES)\n`);
  });

  it("so does a techstack.md it may not read; write stops on an unreadable techstack.yml with the same words", async () => {
    const dir = await written();
    const markdown = join(dir, "web/techstack.md");
    const check = withLocked(markdown, ["check", join(dir, "web"), "--no-git"]);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe("");
    expect(check.stderr).toBe(`techstack: cannot read ${markdown}: permission denied (EACCES)\n`);
    const file = join(dir, "web/techstack.yml");
    chmodSync(join(dir, "web"), 0o777);
    const write = withLocked(file, ["write", join(dir, "web"), "--no-git"]);
    expect(write.status).toBe(1);
    expect(write.stderr).toBe(`techstack: cannot read ${file}: permission denied (EACCES)\n`);
  });

  it("malformed YAML is still stale, to fix or delete", async () => {
    const dir = await written();
    writeFileSync(join(dir, "web/techstack.yml"), "tools: [\n");
    const r = await runCommand(["check", join(dir, "web"), "--no-git"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^stale: \S+techstack\.yml is not a readable stack document \(/);
    expect(r.stdout).toContain("To refresh them, fix or delete it");
  });

  it("the Action's check step fails without setting `stale` or annotating the file as stale", async () => {
    const dir = await written();
    const file = join(dir, "web/techstack.yml");
    const output = join(dir, "github_output");
    writeFileSync(output, "");
    chmodSync(output, 0o666);
    const action = yaml.load(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { steps: Array<{ name: string; run?: string }> } };
    const step = action.runs.steps.find((s) => s.name.startsWith("techstack "))!;
    chmodSync(file, 0o000);
    const run = spawnSync("bash", ["-e", "-c", `exec 2>&1\n${step.run!}`], {
      ...as,
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: "/tmp", GITHUB_ACTION_PATH: ROOT, NO_COLOR: "1", MODE: "check", DIRECTORY: "web", GITHUB_OUTPUT: output },
      encoding: "utf8",
    });
    chmodSync(file, 0o644);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`techstack: cannot read web/techstack.yml: permission denied (EACCES)`);
    expect(run.stdout).not.toContain("::error");
    expect(run.stdout).not.toMatch(/^stale: /m);
    expect(readFileSync(output, "utf8")).not.toMatch(/^stale=/m);
  });
});
