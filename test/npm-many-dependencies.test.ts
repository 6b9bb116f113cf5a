import { describe, expect, it } from "vitest";
import { npmDetector } from "../detectors/npm/index.js";
import { jsonStringLines } from "../src/kit.js";
import { detectorFindings } from "./detector-findings.js";
import { expectLinearGrowth } from "./work-growth.js";

// A generated package.json (a monorepo's aggregate, a fixture of a dependency scanner) may list
// tens of thousands of dependencies. Each one's line was searched from the top of the text: 40,000
// took 14 s. The names' lines are now read in one pass. Not a speed test: the package.json is read
// at 2,500 and at 10,000 dependencies (test/work-growth.ts), and four times the dependencies must
// take less than 8 times the CPU. With a search from the top per name put back (stop 72) the larger
// took 12.7 to 16.1 times the smaller; the one pass 4.3 times (once 12.4 in a first round, and
// 4.3 in the next: a round over the limit is measured again).
const N = 2_500;

/** A package.json of `n` dependencies, pretty-printed as npm writes it. */
const aggregate = (n: number) => JSON.stringify({ name: "aggregate", private: true, dependencies: Object.fromEntries(Array.from({ length: n }, (_, i) => [`pkg-${i}`, `^1.${i}.0`])) }, null, 2);

describe(`a package.json of ${(4 * N).toLocaleString("en")} dependencies`, () => {
  it("is read in one pass, each dependency at its own line", async () => {
    const texts = new Map([N, 4 * N].map((n) => [n, aggregate(n)]));
    const { findings } = await expectLinearGrowth((n) => detectorFindings(npmDetector, { "package.json": texts.get(n)! }), N, "package.json dependencies");
    const npm = findings.filter((f) => f.ref.startsWith("npm:pkg-"));
    expect(npm).toHaveLength(4 * N);
    // `{`, "name", "private", "dependencies": the first dependency is on line 5.
    const line = Object.fromEntries(npm.map((f) => [f.ref, f.line]));
    expect([line["npm:pkg-0"], line["npm:pkg-1"], line[`npm:pkg-${4 * N - 1}`]]).toEqual([5, 6, 4 * N + 4]);
  });
});

describe("jsonStringLines", () => {
  it("gives each string's first line, escapes read, strings inside comments left out", () => {
    const text = ['{', '  // "react" in a comment', '  "keywords": ["re\\u0061ct"],', '  "dependencies": { "react": "^18.2.0" },', '  "url": "https://x.test/*not-a-comment"', '}'].join("\n");
    const lines = jsonStringLines(text);
    expect(lines.get("react")).toBe(3);
    expect(lines.get("^18.2.0")).toBe(4);
    expect(lines.get("https://x.test/*not-a-comment")).toBe(5);
  });
});
