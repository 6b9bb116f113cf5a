import { describe, expect, it } from "vitest";
import { npmDetector } from "../detectors/npm/index.js";
import { jsonStringLines } from "../src/kit.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// A generated package.json (a monorepo's aggregate, a fixture of a dependency scanner) may list
// tens of thousands of dependencies. Each one's line was searched from the top of the text: 40,000
// took 14 s. The names' lines are now read in one pass. Not a speed test: the budget, counted in
// runs of a reference job timed just before (test/work-budget.ts), only tells "finished" from
// "stuck", on a loaded machine too.

describe("a package.json of 40,000 dependencies", () => {
  it("is read in one pass, each dependency at its own line", async () => {
    const deps = Object.fromEntries(Array.from({ length: 40000 }, (_, i) => [`pkg-${i}`, `^1.${i}.0`]));
    const text = JSON.stringify({ name: "aggregate", private: true, dependencies: deps }, null, 2);
    const { findings } = await expectFinishesWithin(() => detectorFindings(npmDetector, { "package.json": text }), 120);
    const npm = findings.filter((f) => f.ref.startsWith("npm:pkg-"));
    expect(npm).toHaveLength(40000);
    // `{`, "name", "private", "dependencies": the first dependency is on line 5.
    const line = Object.fromEntries(npm.map((f) => [f.ref, f.line]));
    expect([line["npm:pkg-0"], line["npm:pkg-1"], line["npm:pkg-39999"]]).toEqual([5, 6, 40004]);
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
