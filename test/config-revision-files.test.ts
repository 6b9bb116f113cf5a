import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { revisionFiles } from "../src/cli/config.js";
import { historyRepo, loggedGit, writeFile } from "./helpers.js";

// revisionFiles reads the configuration committed at a revision: the four files it may be in listed
// by one `git ls-tree`, the one found read by its object, a catalog file it names listed alone. A
// monorepo's configuration as teams commit it: techstack.config.yml naming a catalog file in a folder
// whose name has a blank and an accent, package.json beside it.

afterEach(() => vi.unstubAllEnvs());

const CONFIG = "exclude:\n  - legacy/**\ncatalog: outils/catalogue équipe.yml\n";
const CATALOG = "tools:\n  acme-bus:\n    name: Acme Bus\n    category: Message Queue\n";

function shop() {
  const repo = historyRepo();
  writeFile(repo.dir, "package.json", '{"name":"shop","private":true}\n');
  writeFile(repo.dir, "techstack.config.yml", CONFIG);
  writeFile(repo.dir, "outils/catalogue équipe.yml", CATALOG);
  repo.commit("Ada", 2, "configured");
  return repo;
}

/** The git commands the log holds, each as its verb and first argument after the settings every run gets. */
const calls = (log: string) =>
  readFileSync(log, "utf8").split("\n").filter(Boolean).map((line) => line.replace(/^(?:-c \S+ )*-C \S+ /, "").split(" ")[0]);

describe("the configuration files of a revision", () => {
  it("lists the four files once, reads the one found once, and lists a catalog file with a blank and an accent alone", () => {
    const { dir } = shop();
    const log = loggedGit();
    const files = revisionFiles(dir, "HEAD");
    expect(["techstack.config.json", "techstack.config.yml", "techstack.config.yaml", "package.json"].map((name) => files.has(name))).toEqual([false, true, false, true]);
    // Asked again, absent or present: git is not asked again.
    expect(files.has("techstack.config.json") || files.has("techstack.config.yaml")).toBe(false);
    expect(calls(log)).toEqual(["ls-tree"]);
    expect(files.read("techstack.config.yml", 1 << 20)).toBe(CONFIG);
    expect(files.has("outils/catalogue équipe.yml")).toBe(true);
    expect(files.read("outils/catalogue équipe.yml", 1 << 20)).toBe(CATALOG);
    expect(calls(log)).toEqual(["ls-tree", "cat-file", "ls-tree", "cat-file"]);
  });

  it("reads a file at the limit and refuses one a byte over it; names it with the revision", () => {
    const { dir } = shop();
    const files = revisionFiles(dir, "HEAD");
    const size = Buffer.byteLength(CONFIG);
    expect(files.read("techstack.config.yml", size)).toBe(CONFIG);
    expect(() => files.read("techstack.config.yml", size - 1)).toThrow(`larger than ${size - 1} bytes, not read`);
    expect(files.label("techstack.config.yml")).toBe(`${join(dir, "techstack.config.yml")} (committed at HEAD)`);
  });

  it("a committed link is there but refused; a folder of the file's name is not there", () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "config/techstack.yml", "exclude: [vendor]\n");
    symlinkSync("config/techstack.yml", join(dir, "techstack.config.yml"));
    writeFile(dir, "techstack.config.json/README.md", "not a configuration\n");
    commit("Ada", 2, "a linked configuration");
    const files = revisionFiles(dir, "HEAD");
    expect(files.has("techstack.config.yml")).toBe(true);
    expect(() => files.read("techstack.config.yml", 1 << 20)).toThrow("a symbolic link, not read");
    expect(files.has("techstack.config.json")).toBe(false);
    expect(() => files.read("techstack.config.json", 1 << 20)).toThrow("not in the revision scanned");
  });

  it("a revision git cannot read holds no file", () => {
    const { dir } = shop();
    const files = revisionFiles(dir, "no-such-branch");
    expect(files.has("techstack.config.yml") || files.has("package.json")).toBe(false);
    expect(() => files.read("package.json", 1 << 20)).toThrow("not in the revision scanned");
  });
});
