import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stackFilePath } from "../src/cli/stack-file.js";
import { tempDir } from "./helpers.js";

// Where techstack.md is from the repository's root, for the README snippets' link (src/cli/stack-file.ts).
describe("stackFilePath", () => {
  it("a folder inside the repository whose name starts with two dots is inside it; one above is not", async () => {
    const dir = tempDir("techstack-path-");
    expect(await stackFilePath(dir, dir, true)).toBe("techstack.md");
    expect(await stackFilePath(dir, join(dir, "docs"), true)).toBe("docs/techstack.md");
    // Before, "..docs/techstack.md" read as a path out of the repository, and the link lost its folder.
    expect(await stackFilePath(dir, join(dir, "..docs"), true)).toBe("..docs/techstack.md");
    expect(await stackFilePath(dir, join(dir, "..", "elsewhere"), true)).toBe("techstack.md");
    // A link to a folder inside is that folder.
    mkdirSync(join(dir, "site"));
    symlinkSync(join(dir, "site"), join(dir, "..", `${dir.split("/").pop()}-link`));
    expect(await stackFilePath(dir, join(dir, "..", `${dir.split("/").pop()}-link`), true)).toBe("site/techstack.md");
  });
});
