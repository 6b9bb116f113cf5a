import { describe, expect, it } from "vitest";
import { bestMatch, fullVersion, lowerBound, lowestVersion, pinnedVersion } from "../src/versions/range.js";
import { expectFinishesWithin } from "./work-budget.js";

describe("lowestVersion", () => {
  it.each([
    ["^18.2.0", "18.2.0"],
    ["~5.2.6", "5.2.6"],
    [">=3.8", "3.8.0"],
    ["1.x", "1.0.0"],
    [">= 2.1.2 < 3", "2.1.2"],
    ["4.17.21", "4.17.21"],
    ["npm:string-width@^4.2.0", "4.2.0"],
    // An alias of a scoped package, as Vue CLI projects declare vue-loader 15 beside 17.
    ["npm:@vue/vue-loader-v15@^15.9.8", "15.9.8"],
    ["  ~1.2.3  ", "1.2.3"],
    [">=0.0.1", "0.0.1"],
    // Read loosely, as npm reads an old manifest: a prerelease written without its hyphen.
    ["~1.2.3beta", "1.2.3-beta"],
  ])("%s -> %s", (range, version) => expect(lowestVersion(range)).toBe(version));

  it.each([undefined, "*", "x", "latest", "next", "NEXT", ">=0.0.0", "npm:@vue/vue-loader-v15@latest", "", "file:../lib", "git+https://github.com/a/b.git", "github:owner/repo", "owner/repo#v1", "workspace:*", "~/local", "./dir"])(
    "%s names no version",
    (range) => {
      expect(lowestVersion(range)).toBeUndefined();
      // A caret range beside it does.
      expect(lowestVersion("^4.17.21")).toBe("4.17.21");
    },
  );

  it("answers a range asked again as the first time, also after many others emptied what it keeps", () => {
    const asked = ["^4.17.21", "latest", ">=3.8", "*"].map((r) => lowestVersion(r));
    expect(asked).toEqual(["4.17.21", undefined, "3.8.0", undefined]);
    // The ranges answered wrongly, asserted once (an expect each cost more than the answers).
    const wrong: string[] = [];
    for (let i = 0; i < 25_000; i++) if (lowestVersion(`^1.${i}.0`) !== `1.${i}.0`) wrong.push(`^1.${i}.0`);
    expect(wrong).toEqual([]);
    expect(["^4.17.21", "latest", ">=3.8", "*"].map((r) => lowestVersion(r))).toEqual(asked);
    expect(lowestVersion("^1.3.0")).toBe("1.3.0");
  });

  it("reads an alias written with spaces around it as the alias, not as a name", () => {
    // `^npm:` is anchored: untrimmed, the alias prefix would stay and semver would refuse the rest.
    expect(lowestVersion("  npm:string-width@^4.2.0 ")).toBe("4.2.0");
    expect(lowestVersion("\tnpm:@vue/vue-loader-v15@^15.9.8")).toBe("15.9.8");
  });
});

describe("pinnedVersion", () => {
  it.each([
    ["8.6.0", "8.6.0"],
    ["=8.6.0", "8.6.0"],
    ["v8.6.0", "8.6.0"],
    [" 8.6.0 ", "8.6.0"],
  ])("%j pins %s", (requirement, version) => expect(pinnedVersion(requirement)).toBe(version));

  it.each([">=8.6.0", "^8.6.0", "8.x", "8", "latest"])("%j pins nothing", (requirement) => {
    expect(pinnedVersion(requirement)).toBeUndefined();
    // The exact release beside it pins.
    expect(pinnedVersion("=8.6.0")).toBe("8.6.0");
  });
});

describe("lowerBound: RubyGems, Terraform and Hex requirements", () => {
  it.each<[string | string[], string]>([
    // RubyGems: a list of clauses; the first lower bound, as written (the site writes `~> 1.11` as 1.11)
    [["~> 1.11", ">= 1.11.3"], "1.11"],
    [[">= 5.2"], "5.2"],
    [["< 6", ">= 5.2.1"], "5.2.1"],
    [["= 2.0"], "2.0"],
    [["3.2.2"], "3.2.2"],
    [["~> 1.0.0.rc1"], "1.0.0.rc1"],
    // Terraform: comma-separated
    [">= 1.3", "1.3"],
    ["~> 1.5.0", "1.5.0"],
    [">= 1.0, < 2.0", "1.0"],
    ["!= 1.4, >= v1.2", "1.2"],
    ["~>1.5", "1.5"],
    // Hex: `and` / `or`
    ["~> 1.7.10", "1.7.10"],
    ["== 1.0.0", "1.0.0"],
    ["~> 1.7.0-rc.0", "1.7.0-rc.0"],
    ["< 2.0.0 and >= 1.2.0", "1.2.0"],
    ["~> 1.0 or ~> 2.0", "1.0"],
    [">= 0.0.0, >= 0.4", "0.4"],
    // A major alone, and majors of two digits.
    [">= 5", "5"],
    ["~> 10.2", "10.2"],
    [[">= 12.1.3"], "12.1.3"],
  ])("%j -> %s", (requirement, version) => expect(lowerBound(requirement)).toBe(version));

  it.each<string | string[] | undefined>([undefined, "", [], "< 2.0", "<= 2.0", "!= 1.4", "> 1.0", ">= 0.0.0", ">= 0", "< 1.0 or >= 2.0", "latest", "1.0 garbage", [">= abc"]])(
    "%j names none",
    (requirement) => {
      expect(lowerBound(requirement)).toBeUndefined();
      // A lower bound beside it is one.
      expect(lowerBound(">= 5.2")).toBe("5.2");
    },
  );

  it("splits clauses at `and` / `or` however many spaces precede the word", () => {
    // Hand-written requirements (a mix.exs, an aligned Terraform block) may hold two spaces.
    expect(lowerBound("< 2.0.0  and >= 1.2.0")).toBe("1.2.0");
    expect(lowerBound("~> 1.0  or ~> 2.0")).toBe("1.0");
    expect(lowerBound("~> 1.0\tor ~> 2.0")).toBe("1.0");
  });

  it("reads a long hostile clause in linear time", () => {
    expect(expectFinishesWithin(() => lowerBound(`>= 1${".1a".repeat(5000)}!`), 5)).toBeUndefined();
  });
});

describe("bestMatch and fullVersion", () => {
  it("picks the highest version the range allows", () => {
    expect(bestMatch(["3.10.1", "4.17.21", "4.17.15"], "^4.0.0")).toBe("4.17.21");
    expect(bestMatch(["3.10.1", "4.17.21"], "^5.0.0")).toBeUndefined();
    expect(bestMatch(["1.2.3-beta.1", "1.2.4", "1.3.0"], "~1.2.3beta")).toBe("1.2.4");
    expect(bestMatch([], "^1.0.0")).toBeUndefined();
    expect(bestMatch(["2.0.0"], "^1.0.0")).toBe("2.0.0");
    expect(bestMatch(["2.0.0", "1.0.0"], undefined)).toBe("2.0.0");
  });
  it("pads short versions", () => {
    expect(fullVersion("v18")).toBe("18.0.0");
    expect(fullVersion("3.12")).toBe("3.12.0");
    expect(fullVersion("18.17")).toBe("18.17.0");
    expect(fullVersion(" 20 ")).toBe("20.0.0");
    expect(fullVersion("vite")).toBe("vite");
    expect(fullVersion("v20.11.0")).toBe("20.11.0");
    // A V8 canary build of Node.js, as an .nvmrc may name it without its leading v: only a leading v goes.
    expect(fullVersion("22.0.0-v8-canary20231030a8b6b5a1a0")).toBe("22.0.0-v8-canary20231030a8b6b5a1a0");
  });
});
