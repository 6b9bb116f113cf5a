import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { tempDir } from "./helpers.js";

const ENV = { ...process.env, GIT_AUTHOR_NAME: "A", GIT_AUTHOR_EMAIL: "a@example.com", GIT_COMMITTER_NAME: "A", GIT_COMMITTER_EMAIL: "a@example.com" };
const git = (dir: string, ...args: string[]) => execFileSync("git", ["-C", dir, ...args], { env: ENV, stdio: "pipe" });

/** A FastAPI service with one commit, to be a submodule. */
function library(): string {
  const dir = tempDir("techstack-nested-lib-");
  writeFileSync(join(dir, "requirements.txt"), "fastapi==0.110.0\n");
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "lib");
  return dir;
}

describe("another repository inside a checkout", () => {
  it("a submodule and a nested clone are not scanned, as --rev and a checkout without submodules see it", async () => {
    const dir = tempDir("techstack-nested-");
    writeFileSync(join(dir, "package.json"), JSON.stringify({ dependencies: { express: "4.18.2" } }));
    git(dir, "init", "-q", "-b", "main");
    git(dir, "-c", "protocol.file.allow=always", "submodule", "add", "-q", library(), "vendor-lib");
    // One in a folder a scan never enters is not said.
    git(dir, "-c", "protocol.file.allow=always", "submodule", "add", "-q", library(), "node_modules/lib");
    mkdirSync(join(dir, "scratch"));
    writeFileSync(join(dir, "scratch", "Gemfile"), "gem 'rails', '7.1.2'\n");
    git(join(dir, "scratch"), "init", "-q");
    git(dir, "add", "package.json", ".gitmodules", "vendor-lib", "node_modules/lib");
    git(dir, "commit", "-q", "-m", "app");

    const tree = await scan(dir, { timestamp: "2024-01-01T00:00:00Z" });
    const atHead = await scan(dir, { rev: "HEAD", timestamp: "2024-01-01T00:00:00Z" });
    const names = tree.document.tools.map((t) => t.name);
    expect(names).toContain("ExpressJS");
    expect(names).not.toContain("FastAPI");
    expect(names).not.toContain("Rails");
    expect(names).toEqual(atHead.document.tools.map((t) => t.name));
    expect(tree.warnings.map((w) => w.file).sort()).toEqual(["scratch", "vendor-lib"]);
    // The revision holds the submodule (not the untracked clone), said in the same words.
    expect(atHead.warnings).toEqual([tree.warnings.find((w) => w.file === "vendor-lib")]);
  });

  it("a plain folder holding clones (no checkout around it) is still scanned whole", async () => {
    const dir = tempDir("techstack-nested-plain-");
    execFileSync("git", ["clone", "-q", library(), join(dir, "lib")], { env: ENV, stdio: "pipe" });
    const names = (await scan(dir, { git: false })).document.tools.map((t) => t.name);
    expect(names).toContain("FastAPI");
  });
});
