import { afterEach, describe, expect, it, vi } from "vitest";
import { manualDocument } from "../src/cli/manual-document.js";
import { tempDir } from "./helpers.js";

// Releases as people type them for submit --manual: a release line (`18.x`, `8.*`), RubyGems'
// pre-release form (`7.1.0.beta`), pip's compatible-release `~=`, and a release of a tool whose
// entries carry none (.NET): read as the site writes them, or said on stderr when dropped.
describe("--manual releases typed as lines, pre-releases and ranges", () => {
  afterEach(() => vi.restoreAllMocks());
  const stderrOf = () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    return lines;
  };

  it("reads 18.x, 17.0.x, 8.*, 7.1.0.beta and ~=4.2 as their releases, with no close-spelling notice", async () => {
    const err = stderrOf();
    const doc = await manualDocument(tempDir("techstack-lines-"), ["node 18.x", "java 17.0.x", "php 8.*", "rails 7.1.0.beta", "django~=4.2"], true);
    expect(doc.tools.map((t) => [t.name, t.version]).sort()).toEqual([["Django", "4.2"], ["Java", "17.0"], ["Node.js", "18.0.0"], ["PHP", "8.0.0"], ["Rails", "7.1.0"]]);
    expect(err.join("")).toBe("");
  });

  it("angular 17.x is as clear as angular 17", async () => {
    stderrOf();
    const doc = await manualDocument(tempDir("techstack-lines-"), ["angular 17.x"], true);
    expect(doc.tools.map((t) => [t.name, t.version])).toEqual([["Angular", "17.0.0"]]);
  });

  it("python 3 typed apart is Python at release 3; a release of .NET, which takes none, is said dropped", async () => {
    const err = stderrOf();
    const doc = await manualDocument(tempDir("techstack-lines-"), ["python 3", ".net 8", "dotnet 8"], true);
    expect(doc.tools.map((t) => [t.name, t.version]).sort()).toEqual([[".NET", undefined], ["Python", "3.0.0"]]);
    expect(err.join("")).toBe("'.net 8': .NET is written with no release; 8 left out\n'dotnet 8': .NET is written with no release; 8 left out\n");
  });

  it("the same tool named at two releases, one of them a release line, is refused", async () => {
    stderrOf();
    await expect(manualDocument(tempDir("techstack-lines-"), ["java 21", "java 17.0.x"], true)).rejects.toThrow("'java 17.0.x' names Java again, at another release (21.0.0, then 17.0): name each tool once");
  });
});
