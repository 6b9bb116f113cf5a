import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scan } from "../src/index.js";
import { validate } from "../src/document/validate.js";
import { manualDocument } from "../src/cli/manual-document.js";
import { writeCommand } from "../src/cli/commands/write.js";
import { parse } from "yaml";
import { call, newRepository, tempDir, writeFile } from "./helpers.js";

// A branch is a fact of a git checkout (or of the revision --rev names). Where nothing names one
// (a folder outside git, a scan told not to read git, --manual outside a checkout) the header's
// branch is written empty, as requested_by is where no owner is known: `main` was invented.

const MANIFEST = '{"name":"shop","dependencies":{"express":"4.18.2"}}';
const at = "2024-01-01T00:00:00Z";

describe("the branch where nothing names one", () => {
  it("a folder outside git: empty, and validate accepts the document", async () => {
    const dir = tempDir("techstack-plain-");
    writeFile(dir, "package.json", MANIFEST);
    const { document } = await scan(dir, { timestamp: at });
    expect(document.branch).toBe("");
    expect(validate(document)).toEqual([]);
  });

  it("--no-git in a checkout on branch trunk: empty, as git is not asked; with git, trunk", async () => {
    const dir = tempDir("techstack-trunk-");
    newRepository(dir, { branch: "trunk" });
    writeFile(dir, "package.json", MANIFEST);
    expect((await scan(dir, { git: false, timestamp: at })).document.branch).toBe("");
    expect((await scan(dir, { timestamp: at, history: false })).document.branch).toBe("trunk");
  });

  it("submit --manual outside git: empty", async () => {
    const document = await manualDocument(tempDir("techstack-manual-"), ["PostgreSQL"], true);
    expect(document.branch).toBe("");
    expect(validate(document)).toEqual([]);
  });

  it("write --no-git over a committed file keeps the file's branch, which nothing else names", async () => {
    const dir = tempDir("techstack-kept-");
    writeFile(dir, "package.json", MANIFEST);
    expect((await call(writeCommand, [dir, "--no-git", "--timestamp", at])).code).toBe(0);
    const file = join(dir, "techstack.yml");
    expect(parse(readFileSync(file, "utf8")).branch).toBe("");
    writeFile(dir, "techstack.yml", readFileSync(file, "utf8").replace("branch: ''", "branch: develop"));
    writeFile(dir, "package.json", MANIFEST.replace("express", "koa"));
    expect((await call(writeCommand, [dir, "--no-git", "--timestamp", at])).code).toBe(0);
    expect(parse(readFileSync(file, "utf8")).branch).toBe("develop");
  });
});
