import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { notADirectory } from "../src/io/not-a-directory.js";
import { tempDir } from "./helpers.js";

// The words for a path given where a folder is wanted: a file names the folder to give instead;
// anything else (a device, a path gone since it was looked at) gets the bare words.
describe("notADirectory", () => {
  it("a file names the folder that holds it", () => {
    const dir = tempDir();
    const file = join(dir, "package.json");
    writeFileSync(file, "{}\n");
    expect(notADirectory(file)).toBe(`not a directory: ${file} is a file; give the folder that holds it, ${dir}`);
  });

  it("a device, or a path no longer there, is only not a directory", () => {
    expect(notADirectory("/dev/null")).toBe("not a directory: /dev/null");
    const gone = join(tempDir(), "removed", "techstack.yml");
    expect(notADirectory(gone)).toBe(`not a directory: ${gone}`);
  });
});
