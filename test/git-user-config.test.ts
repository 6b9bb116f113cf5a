import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { detect } from "../src/index.js";
import { lastChanges } from "../src/git/last-changes.js";
import { historyRepo as repo, tempDir, writeFile as write } from "./helpers.js";
import { importedHistory } from "./git-import.js";

/** A user's global git configuration holding `text`, in force for the git programs the scan runs. */
function userConfig(text: string): void {
  const file = join(tempDir(), "gitconfig");
  write(file, "", text);
  vi.stubEnv("GIT_CONFIG_GLOBAL", file);
}

describe("a user's own git settings do not change the dates", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("log.showRoot=false: a file the first commit made and none changed since is still dated by that commit", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { "requirements.txt": "django==4.2.7\n", "Gemfile": 'source "https://rubygems.org"\n' } },
      { by: "Bea", day: 3, message: "pg", files: { "Gemfile": 'source "https://rubygems.org"\ngem "pg"\n' } },
    ]);
    userConfig("[log]\n\tshowRoot = false\n");
    const changes = await lastChanges(dir, ["requirements.txt", "Gemfile"]);
    expect(changes.get("requirements.txt")).toEqual({ by: "Ada", on: "2021-01-02 10:00:00.000000000 Z" });
    expect(changes.get("Gemfile")).toEqual({ by: "Bea", on: "2021-01-03 10:00:00.000000000 Z" });
  });

  it("log.follow=true: a lone source file, renamed, still has its last change (the walk follows no rename)", async () => {
    const { dir, git, commit } = repo();
    write(dir, "old/requirements.txt", "django==4.2.7\n");
    commit("Ada", 2, "start");
    git("mv", "old/requirements.txt", "requirements.txt");
    commit("Bea", 3, "move");
    userConfig("[log]\n\tfollow = true\n");
    expect(await lastChanges(dir, ["requirements.txt"])).toEqual(new Map([["requirements.txt", { by: "Bea", on: "2021-01-03 10:00:00.000000000 Z" }]]));
  });

  it("a global blame.ignoreRevsFile naming a file the repository lacks: each line still dated by its own commit", async () => {
    const dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { "Gemfile": 'source "https://rubygems.org"\ngem "rails", "7.1.2"\n' } },
      { by: "Bea", day: 3, message: "pg", files: { "Gemfile": 'source "https://rubygems.org"\ngem "rails", "7.1.2"\ngem "pg", "1.5.4"\n' } },
    ]);
    userConfig("[blame]\n\tignoreRevsFile = .git-blame-ignore-revs\n");
    const doc = await detect(dir, { timestamp: "2024-01-01T00:00:00Z" });
    const by = (name: string) => doc.tools.find((t) => t.name === name)?.last_updated_by;
    expect(by("Rails")).toBe("Ada");
    expect(by("PostgreSQL")).toBe("Bea");
  });
});
