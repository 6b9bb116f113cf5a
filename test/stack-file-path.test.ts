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

describe("--out", () => {
  // Before, `--out ""` (an unset variable, `--out "$DOCS"`) wrote and checked the files of the
  // current folder, not the scanned one, and said nothing.
  it("an empty value is a usage error for write and check, as the scan flags' are", async () => {
    const { writeCommand } = await import("../src/cli/commands/write.js");
    const { checkCommand } = await import("../src/cli/commands/check.js");
    const { call } = await import("./helpers.js");
    const dir = tempDir("techstack-out-");
    for (const command of [writeCommand, checkCommand]) {
      expect(await call(command, [dir, "--out", "", "--no-git"])).toMatchObject({ code: 2, stderr: "error: --out takes a folder, not an empty value" });
    }
  });
});
