import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readNamedBlobs } from "../src/git/named-blobs.js";
import { importedRepo } from "./git-import.js";
import { tempDir } from "./helpers.js";

// Several revisions' copies of a file read by one `git cat-file --batch` (diff's two techstack.yml
// files): each name answered in the order asked, as its bytes, missing, or why it is not read.

afterEach(() => vi.unstubAllEnvs());

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

  it("a file of exactly the limit is read; a byte over is not", async () => {
    const dir = importedRepo({ "techstack.yml": "x".repeat(64), "docs/techstack.yml": "x".repeat(65) });
    const read = await readNamedBlobs(dir, ["main:techstack.yml", "main:docs/techstack.yml"], 64);
    expect(read.map((blob) => ("bytes" in blob ? blob.bytes.length : blob))).toEqual([64, { problem: "larger than 64 bytes, not read" }]);
  });

  it("a name ending in a carriage return is refused: git would read it without, another file than named", async () => {
    // A revision pasted from a file with Windows line endings (`main\r`); cat-file drops a line's CR.
    await expect(readNamedBlobs(importedRepo({ "a.txt": "a" }), ["main:a.txt", "main:a.txt\r"], 64)).rejects.toMatchObject({ code: "TECHSTACK_BAD_REVISION", message: expect.stringMatching(/line break/) });
  });

  it("without git on PATH the read fails, rather than answering every name as unread", async () => {
    const dir = importedRepo({ "a.txt": "a" });
    vi.stubEnv("PATH", tempDir("techstack-no-git-"));
    await expect(readNamedBlobs(dir, ["main:a.txt"], 64)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("a short object id two blobs share is no file: git says it is ambiguous", async () => {
    // The blobs of "file 162\n" and "file 402\n" both start f735.
    const dir = importedRepo({ "a.txt": "file 162\n", "b.txt": "file 402\n" });
    expect(await readNamedBlobs(dir, ["f735", "main:a.txt"], 64)).toEqual([{ problem: "git says ambiguous" }, { bytes: Buffer.from("file 162\n") }]);
  });

  it("a folder git reads no repository in answers no name", async () => {
    const read = await readNamedBlobs(tempDir("techstack-no-repo-"), ["main:techstack.yml", "HEAD:techstack.yml"], 64);
    expect(read).toEqual([{ problem: "git cat-file ended before answering" }, { problem: "git cat-file ended before answering" }]);
  });

  it("reads the repository asked, not one a git hook's GIT_DIR names", async () => {
    const other = importedRepo({ "techstack.yml": "repo_name: other\n" });
    const dir = importedRepo({ "techstack.yml": "repo_name: shop\n" });
    vi.stubEnv("GIT_DIR", join(other, ".git"));
    const [blob] = await readNamedBlobs(dir, ["main:techstack.yml"], 64);
    expect(Buffer.from((blob as { bytes: Uint8Array }).bytes).toString()).toBe("repo_name: shop\n");
  });

  it("a file far over the limit (512 KB, 64 KB) stops git, so it and the names after it are not read", async () => {
    // Its bytes are never all held: git is stopped once the output passes each name's limit.
    const dir = importedRepo({ "big.yml": "x".repeat(1 << 19), "techstack.yml": "repo_name: shop\n" });
    const read = await readNamedBlobs(dir, ["main:big.yml", "main:techstack.yml"], 64 << 10);
    expect(read).toEqual([{ problem: "larger than 65536 bytes, not read" }, { problem: "larger than 65536 bytes, not read" }]);
  });
});
