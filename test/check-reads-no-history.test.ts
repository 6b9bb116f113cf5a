import { describe, expect, it, vi } from "vitest";
import { writeCommand } from "../src/cli/commands/write.js";
import { checkCommand } from "../src/cli/commands/check.js";
import { lastChanges } from "../src/git/last-changes.js";
import { lineChanges } from "../src/git/blame.js";
import { call, historyRepo, writeFile } from "./helpers.js";

// Spies around the two history readers, the real work still done.
vi.mock("../src/git/last-changes.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/git/last-changes.js")>();
  return { ...real, lastChanges: vi.fn(real.lastChanges) };
});
vi.mock("../src/git/blame.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/git/blame.js")>();
  return { ...real, lineChanges: vi.fn(real.lineChanges) };
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
