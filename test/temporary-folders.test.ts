import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers.js";
import { removeTemporaryFolders, temporaryFolders } from "./temporary-folders.js";

// The setup file calls removeTemporaryFolders after each test file; here it is called by hand, on
// folders laid out as the tests leave them (a checkout with files in nested folders, one removed
// already by the test that made it).
describe("removeTemporaryFolders", () => {
  it("removes every folder tempDir made, files and all, even one already gone, and forgets them", () => {
    const checkout = tempDir("techstack-checkout-");
    mkdirSync(join(checkout, "src", "app"), { recursive: true });
    writeFileSync(join(checkout, "package.json"), '{ "name": "app" }\n');
    writeFileSync(join(checkout, "src", "app", "main.ts"), "export {};\n");
    const gone = tempDir("techstack-gone-");
    rmSync(gone, { recursive: true });
    expect(temporaryFolders).toEqual(expect.arrayContaining([checkout, gone]));

    removeTemporaryFolders();

    expect(existsSync(checkout)).toBe(false);
    expect(temporaryFolders).toEqual([]);
  });
});
