import { basename } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { readRegularFile } from "../src/io/read-regular.js";
import { call, tempDir, writeFile } from "./helpers.js";

// A spy around the reader of techstack.yml and techstack.md, the real reading still done.
vi.mock("../src/io/read-regular.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/io/read-regular.js")>();
  return { ...real, readRegularFile: vi.fn(real.readRegularFile) };
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
