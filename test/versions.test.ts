import { describe, expect, it } from "vitest";
import { bestMatch, fullVersion, lowestVersion } from "../src/versions/range.js";

describe("lowestVersion", () => {
  it.each([
    ["^18.2.0", "18.2.0"],
    ["~5.2.6", "5.2.6"],
    [">=3.8", "3.8.0"],
    ["1.x", "1.0.0"],
    [">= 2.1.2 < 3", "2.1.2"],
    ["4.17.21", "4.17.21"],
    ["npm:string-width@^4.2.0", "4.2.0"],
  ])("%s -> %s", (range, version) => expect(lowestVersion(range)).toBe(version));

  it.each(["*", "latest", "", "file:../lib", "git+https://github.com/a/b.git", "github:owner/repo", "owner/repo#v1", "workspace:*", "~/local", "./dir"])(
    "%s names no version",
    (range) => expect(lowestVersion(range)).toBeUndefined(),
  );
});

describe("bestMatch and fullVersion", () => {
  it("picks the highest version the range allows", () => {
    expect(bestMatch(["3.10.1", "4.17.21", "4.17.15"], "^4.0.0")).toBe("4.17.21");
    expect(bestMatch(["3.10.1", "4.17.21"], "^5.0.0")).toBeUndefined();
  });
  it("pads short versions", () => {
    expect(fullVersion("v18")).toBe("18.0.0");
    expect(fullVersion("3.12")).toBe("3.12.0");
    expect(fullVersion("v20.11.0")).toBe("20.11.0");
  });
});
