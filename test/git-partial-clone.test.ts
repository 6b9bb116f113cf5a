import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detect, scan } from "../src/index.js";
import { historyRepo as repo, tempDir, writeFile as write } from "./helpers.js";

describe("a partial clone (--filter=blob:none)", () => {
  it("fetches nothing from its remote while scanning: blame, which would fetch every older version, is left out", async () => {
    const { dir, git, commit } = repo();
    write(dir, "Gemfile", 'source "https://rubygems.org"\ngem "rails", "7.1.2"\n');
    commit("Ada", 2, "start");
    write(dir, "Gemfile", 'source "https://rubygems.org"\ngem "rails", "7.1.2"\ngem "pg", "1.5.4"\n');
    commit("Bea", 3, "pg");
    git("config", "uploadpack.allowFilter", "true");
    const clone = join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", "--filter=blob:none", `file://${dir}`, clone], { stdio: "pipe" });
    const packs = () => readdirSync(join(clone, ".git", "objects", "pack")).sort();
    const before = packs();
    const doc = await detect(clone, { timestamp: "2024-01-01T00:00:00Z" });
    // No pack fetched on demand: the objects are those the clone came with.
    expect(packs()).toEqual(before);
    // Each tool keeps its file's last change, which the one history walk reads from the trees the clone holds.
    const rails = doc.tools.find((t) => t.name === "Rails")!;
    expect(rails).toMatchObject({ last_updated_by: "Bea", last_updated_on: "2021-01-03 10:00:00.000000000 Z" });
  });

  it("a treeless clone (--filter=tree:0) is not walked either: one warning, no dates, nothing fetched", async () => {
    const { dir, git, commit } = repo();
    write(dir, "Gemfile", 'source "https://rubygems.org"\ngem "rails", "7.1.2"\n');
    commit("Ada", 2, "start");
    write(dir, "Gemfile", 'source "https://rubygems.org"\ngem "rails", "7.1.2"\ngem "pg", "1.5.4"\n');
    commit("Bea", 3, "pg");
    git("config", "uploadpack.allowFilter", "true");
    git("config", "uploadpack.allowAnySHA1InWant", "true");
    const clone = join(tempDir(), "clone");
    execFileSync("git", ["clone", "-q", "--filter=tree:0", `file://${dir}`, clone], { stdio: "pipe" });
    const packs = () => readdirSync(join(clone, ".git", "objects", "pack")).sort();
    const before = packs();
    const { document, warnings } = await scan(clone, { timestamp: "2024-01-01T00:00:00Z" });
    expect(packs()).toEqual(before);
    expect(warnings.filter((w) => w.file === ".git").map((w) => w.message)).toEqual([expect.stringContaining("a treeless partial clone (--filter=tree:0)")]);
    expect(document.tools.find((t) => t.name === "Rails")).toMatchObject({ name: "Rails" });
    expect(document.tools.filter((t) => t.last_updated_by !== undefined)).toEqual([]);
  });
});
