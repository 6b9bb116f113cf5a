import { execFileSync } from "node:child_process";
import { appendFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { detect, scan } from "../src/index.js";
import { tempDir } from "./helpers.js";
import { importedHistory } from "./git-import.js";

describe("a partial clone (--filter=blob:none)", () => {
  // The repository both tests clone, made once: it is only cloned from. It serves any object a clone
  // asks for (allowAnySHA1InWant), so a fetch on demand would succeed and show as a new pack.
  let dir: string;
  beforeAll(() => {
    dir = importedHistory([
      { by: "Ada", day: 2, message: "start", files: { Gemfile: 'source "https://rubygems.org"\ngem "rails", "7.1.2"\n' } },
      { by: "Bea", day: 3, message: "pg", files: { Gemfile: 'source "https://rubygems.org"\ngem "rails", "7.1.2"\ngem "pg", "1.5.4"\n' } },
    ]);
    // What `git config uploadpack.allowFilter true` and `uploadpack.allowAnySHA1InWant true` write.
    appendFileSync(join(dir, ".git/config"), "[uploadpack]\n\tallowFilter = true\n\tallowAnySHA1InWant = true\n");
  });

  it("fetches nothing from its remote while scanning: blame, which would fetch every older version, is left out", async () => {
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
