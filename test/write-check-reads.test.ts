import { basename } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { lastChanges } from "../src/git/last-changes.js";
import { lineChanges } from "../src/git/blame.js";
import { readRegularFile } from "../src/io/read-regular.js";
import { call, historyRepo, tempDir, writeFile } from "./helpers.js";

// What write and check read, counted by spies around the readers, the real work still done. vi.mock
// needs a module graph of its own (vitest.config.ts's isolated list), one for the file: the two
// readers' checks share it, as none of the spies changes what its module does.
vi.mock("../src/git/last-changes.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/git/last-changes.js")>();
  return { ...real, lastChanges: vi.fn(real.lastChanges) };
});
vi.mock("../src/git/blame.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/git/blame.js")>();
  return { ...real, lineChanges: vi.fn(real.lineChanges) };
});
vi.mock("../src/io/read-regular.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/io/read-regular.js")>();
  return { ...real, readRegularFile: vi.fn(real.readRegularFile) };
});

describe("check reads no history", () => {
  it("write dates the tools from git; check, which compares no dates, walks no history and blames nothing", async () => {
    const { dir, commit } = historyRepo();
    writeFile(dir, "package.json", '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.18.2"\n  }\n}\n');
    commit("Ada", 1, "start");
    writeFile(dir, "package.json", '{\n  "name": "shop",\n  "dependencies": {\n    "express": "^4.18.2",\n    "react": "^18.2.0"\n  }\n}\n');
    commit("Bea", 2, "react");
    expect((await call(writeCommand, [dir])).code).toBe(0);
    expect(vi.mocked(lastChanges)).toHaveBeenCalled();
    expect(vi.mocked(lineChanges)).toHaveBeenCalled();
    vi.mocked(lastChanges).mockClear();
    vi.mocked(lineChanges).mockClear();
    expect((await call(checkCommand, [dir])).code).toBe(0);
    expect(vi.mocked(lastChanges)).not.toHaveBeenCalled();
    expect(vi.mocked(lineChanges)).not.toHaveBeenCalled();
  });
});

/** How often techstack.yml was read since the last count. */
function yamlReads(): number {
  const n = vi.mocked(readRegularFile).mock.calls.filter(([path]) => basename(path) === "techstack.yml").length;
  vi.mocked(readRegularFile).mockClear();
  return n;
}

describe("the existing techstack.yml is read once", () => {
  it("by write (its hand-added entries and the rewrite's comparison) and by check", async () => {
    const dir = tempDir("techstack-once-");
    writeFile(dir, "package.json", '{"name":"shop","dependencies":{"express":"^4.18.2"}}');
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    yamlReads();
    // A rerun finds the file and rewrites nothing.
    expect((await call(writeCommand, [dir, "--no-git"])).code).toBe(0);
    expect(yamlReads()).toBe(1);
    expect((await call(checkCommand, [dir, "--no-git"])).code).toBe(0);
    expect(yamlReads()).toBe(1);
  });
});
