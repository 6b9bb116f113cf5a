import { describe, expect, it } from "vitest";
import { detect } from "../src/index.js";
import { historyRepo, writeFile } from "./helpers.js";

const names = async (dir: string, options: { git?: boolean } = {}) => (await detect(dir, { timestamp: "2024-01-01T00:00:00Z", ...options })).tools.map((t) => t.name);

const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\n';

describe("a checkout's untracked files that git ignores through .git/info/exclude or core.excludesFile are not scanned", () => {
  it("a scratch folder listed in .git/info/exclude lends no tool (the CI checkout never has it: its check would call the file stale)", async () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "package.json", '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n');
    commit("Ada", 1, "start");
    writeFile(dir, "scratch/Gemfile", gemfile);
    writeFile(dir, ".git/info/exclude", "# git ls-files --exclude-standard\nscratch/\n");
    writeFile(dir, "notes/Dockerfile", "FROM python:3.12\n");
    writeFile(dir, "global-ignore", "notes/\n");
    const { execFileSync } = await import("node:child_process");
    execFileSync("git", ["-C", dir, "config", "core.excludesFile", `${dir}/global-ignore`]);

    const found = await names(dir);
    expect(found).toContain("ExpressJS");
    expect(found).not.toContain("Rails");
    expect(found).not.toContain("Python");
    // Without git, the folder is a plain one: nothing tells it is ignored.
    expect(await names(dir, { git: false })).toContain("Rails");
  });

  it("a file the repository tracks is scanned though info/exclude names it; a scan of a subfolder applies the rules too", async () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "api/Gemfile", gemfile);
    writeFile(dir, "api/package.json", '{\n  "name": "api",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n');
    commit("Ada", 1, "start");
    writeFile(dir, ".git/info/exclude", "Gemfile\n/api/tmp/\n");
    writeFile(dir, "api/tmp/Dockerfile", "FROM python:3.12\n");
    const found = await names(`${dir}/api`);
    expect(found).toContain("Rails");
    expect(found).toContain("ExpressJS");
    expect(found).not.toContain("Python");
  });
});
