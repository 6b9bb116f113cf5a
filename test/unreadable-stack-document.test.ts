import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../src/cli/commands/check.js";
import { diffCommand } from "../src/cli/commands/diff.js";
import { validateCommand } from "../src/cli/commands/validate.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { unreadableStackDocument } from "../src/cli/stack-file.js";
import { call, tempDir } from "./helpers.js";

// One wording, from one helper, wherever a techstack.yml (or a file given for one) cannot be read:
// the file, then the first line of why.

/** A folder with a package.json and a techstack.yml left with a merge conflict's marker. */
function conflicted(): { dir: string; file: string } {
  const dir = tempDir("techstack-unreadable-");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "shop", dependencies: { express: "^4.18.2" } }));
  const file = join(dir, "techstack.yml");
  writeFileSync(file, "<<<<<<< HEAD\ntools: [\n");
  return { dir, file };
}

const WHY = "end of the stream or a document separator is expected (2:6)";

describe("a stack document that cannot be read", () => {
  it("the helper names the file and the first line of the error", () => {
    expect(unreadableStackDocument("a/techstack.yml", new Error("bad indentation (3:1)\n\n 1 | tools:\n"))).toBe("a/techstack.yml is not a readable stack document (bad indentation (3:1))");
    expect(unreadableStackDocument("b.yml", "thrown text")).toBe("b.yml is not a readable stack document (thrown text)");
  });

  it("write, check, diff and validate say it in the same words", async () => {
    const { dir, file } = conflicted();
    const said = `${file} is not a readable stack document (${WHY})`;
    const write = await call(writeCommand, [dir]);
    expect(write).toMatchObject({ code: 1, stderr: `error: ${said}; fix it or remove it` });
    const check = await call(checkCommand, [dir]);
    expect(check.code).toBe(1);
    expect(check.stdout.split("\n")[0]).toBe(`stale: ${said}`);
    // diff: the file given as a side, and the folder whose techstack.yml adds tools by hand.
    const asSide = await call(diffCommand, [file, dir]);
    expect(asSide).toMatchObject({ code: 1, stderr: `error: ${said}` });
    const asFolder = await call(diffCommand, [dir, dir]);
    expect(asFolder.stderr.split("\n")[0]).toBe(`warning: ${said}; its tools added by hand are left out`);
    expect(await call(validateCommand, [file])).toEqual({ code: 1, stdout: `${said}\n`, stderr: "" });
  });

  it("a techstack.yml that is a folder: write says so in the same words as check", async () => {
    const { dir, file } = conflicted();
    rmSync(file);
    mkdirSync(file);
    const said = `${file} is not a readable stack document (not a regular file, not read)`;
    expect(await call(writeCommand, [dir, "--no-git"])).toMatchObject({ code: 1, stderr: `error: ${said}; fix it or remove it` });
    expect((await call(checkCommand, [dir, "--no-git"])).stdout.split("\n")[0]).toBe(`stale: ${said}`);
  });
});
