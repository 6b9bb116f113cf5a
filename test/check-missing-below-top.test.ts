import { copyFileSync, cpSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, newRepository, runCommand, tempDir } from "./helpers.js";

// A CI job run in a folder below the checkout's top (a `working-directory:` set for the build, a
// `cd app` earlier in the script) checked a folder with no techstack.yml and said only that it was
// missing and to write one there, though the repository's own pair sat in a folder above.

describe("check of a folder below the checkout's top that holds no techstack.yml", () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir("techstack-check-below-");
    newRepository(dir);
    cpSync(fixture("nextjs-app"), dir, { recursive: true });
    mkdirSync(join(dir, "app/api"), { recursive: true });
    expect((await runCommand(["write", ".", "--no-git"], { cwd: dir })).code).toBe(0);
  });

  it("names the nearest techstack.yml above it, up to the top, and the command that checks that one", async () => {
    const below = await runCommand(["check"], { cwd: join(dir, "app") });
    expect(below.code).toBe(1);
    expect(below.stdout).toBe("stale: techstack.yml is missing; one is in .., above it (techstack check .. checks that one)\nTo refresh them, run: techstack write\n");
    const given = await runCommand(["check", "app/api"], { cwd: dir });
    expect(given.code).toBe(1);
    expect(given.stdout.split("\n")[0]).toBe("stale: app/api/techstack.yml is missing; one is in ., above it (techstack check . checks that one)");
    // A folder's name as the shell reads it back, spaces and all.
    mkdirSync(join(dir, "my app/web"), { recursive: true });
    copyFileSync(join(dir, "techstack.yml"), join(dir, "my app/techstack.yml"));
    const quoted = await runCommand(["check", "my app/web"], { cwd: dir });
    expect(quoted.stdout.split("\n")[0]).toBe("stale: my app/web/techstack.yml is missing; one is in 'my app', above it (techstack check 'my app' checks that one)");
    const deeper = await runCommand(["check", "api"], { cwd: join(dir, "app") });
    expect(deeper.stdout.split("\n")[0]).toBe("stale: api/techstack.yml is missing; one is in .., above it (techstack check .. checks that one)");
  });

  it("says nothing more where no folder above holds one, with --out, or with --no-git (which asks git for no top)", async () => {
    const other = tempDir("techstack-check-below-");
    newRepository(other);
    mkdirSync(join(other, "app"));
    expect((await runCommand(["check", "app"], { cwd: other })).stdout.split("\n")[0]).toBe("stale: app/techstack.yml is missing");
    expect((await runCommand(["check", "app", "--out", "app"], { cwd: dir })).stdout.split("\n")[0]).toBe("stale: app/techstack.yml is missing");
    expect((await runCommand(["check", "app", "--no-git"], { cwd: dir })).stdout.split("\n")[0]).toBe("stale: app/techstack.yml is missing");
  });
});
