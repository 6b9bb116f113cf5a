import { describe, expect, it } from "vitest";
import { readNamedBlobs } from "../src/git/named-blobs.js";
import { importedRepo } from "./git-import.js";

// Several revisions' copies of a file read by one `git cat-file --batch` (diff's two techstack.yml
// files): each name answered in the order asked, as its bytes, missing, or why it is not read.

describe("files read by their revision's name", () => {
  it("a file's bytes, a name git cannot resolve as missing, a folder and an oversized file as problems", async () => {
    const dir = importedRepo({ "techstack.yml": "repo_name: shop\n", "docs/techstack.yml": "x".repeat(100) });
    const read = await readNamedBlobs(dir, ["main:techstack.yml", "main:none.yml", "nope:techstack.yml", "main:docs", "main:docs/techstack.yml", "main:techstack.yml"], 64);
    expect(read.map((blob) => ("bytes" in blob ? Buffer.from(blob.bytes).toString() : blob))).toEqual([
      "repo_name: shop\n",
      { missing: true },
      { missing: true },
      { problem: "a tree, not a file" },
      { problem: "larger than 64 bytes, not read" },
      "repo_name: shop\n",
    ]);
  });

  it("a name with a blank that git cannot resolve is missing too (a revision such as main@{1 week ago}, a path with a blank)", async () => {
    // git answers `<name> missing`, the name whole, blanks and all.
    const dir = importedRepo({ "techstack.yml": "repo_name: shop\n", "apps/web shop/techstack.yml": "repo_name: web\n" });
    const read = await readNamedBlobs(dir, ["main^{/no commit says this}:techstack.yml", "main:apps/web shop/techstack.yml", "main:apps/web shop/none.yml", "main^{/one}:techstack.yml"], 64);
    expect(read.map((blob) => ("bytes" in blob ? Buffer.from(blob.bytes).toString() : blob))).toEqual([{ missing: true }, "repo_name: web\n", { missing: true }, "repo_name: shop\n"]);
  });

  it("a name with a line break is refused before git is asked", async () => {
    await expect(readNamedBlobs(importedRepo({ "a.txt": "a" }), ["main:a.txt\nmain:a.txt"], 64)).rejects.toThrow(/line break/);
  });
});
