import { describe, it } from "vitest";
import { readCpanfile } from "../detectors/perl/cpanfile.js";
import { readSnapshot } from "../detectors/perl/snapshot.js";
import { expectFinishesWithin } from "./work-budget.js";

// Large hostile cpanfiles and snapshots (a repository someone else controls) must not hold the scan:
// the first tokenizer counted a string's lines by searching for the next line end, to the end of a
// text without one (quadratic: these inputs ran for over a minute). Kept out of the mutation run,
// where instrumented code is several times slower.

describe("hostile cpanfiles", () => {
  // Not a speed test: the budget, counted in runs of a reference job timed just before
  // (test/work-budget.ts), only tells "finished" from "stuck", on a loaded machine too.
  it("many POD blocks, unclosed quotes and long words are read in linear time", () => {
    for (const text of ["=a\n=cut\n".repeat(200_000), "q(".repeat(200_000), "'\\".repeat(200_000), "requires 'A" + "::B".repeat(200_000) + "';", "on 'test' => sub {".repeat(100_000), "=pod\n" + "x\n".repeat(400_000)]) {
      expectFinishesWithin(() => readCpanfile(text), 40, text.slice(0, 12));
    }
    const snapshot = "DISTRIBUTIONS\n" + "  A-1.0\n    provides:\n      A 1.0\n".repeat(100_000) + "  " + "-1".repeat(100_000);
    expectFinishesWithin(() => readSnapshot(snapshot), 20);
  });
});
