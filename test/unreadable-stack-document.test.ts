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

const WHY = "an unresolved merge conflict: <<<<<<< on line 1";

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

  it("two pull requests that each refreshed techstack.yml, merged: the conflict is named with its line, not YAML's words for it", async () => {
    const { dir, file } = conflicted();
    const side = (id: string, stamp: string) => `report_id: ${id}\nversion: 0.1\ntimestamp: '${stamp}'\n`;
    const head = "repo_name: acme/shop\n";
    const tools = "tools:\n- name: ExpressJS\n  version: 4.18.2\n";
    writeFileSync(file, `${head}<<<<<<< HEAD\n${side("884ab743", "2026-12-06T17:22:14+00:00")}||||||| 1f2e3d4\n${side("0a1b2c3d", "2026-12-01T09:00:00+00:00")}=======\n${side("fd85341f", "2026-12-06T17:22:32+00:00")}>>>>>>> dependabot/npm_and_yarn/express-4.19.2\n${tools}`);
    const check = await call(checkCommand, [dir, "--no-git"]);
    expect(check.stdout.split("\n")[0]).toBe(`stale: ${file} is not a readable stack document (an unresolved merge conflict: <<<<<<< on line 2)`);
    // A file that only holds such a line inside a value is read as any other.
    writeFileSync(file, `${head}requested_by: |\n  <<<<<<< HEAD\n${tools}`);
    expect((await call(checkCommand, [dir, "--no-git"])).stdout).not.toContain("merge conflict");
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
