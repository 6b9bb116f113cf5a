import { describe, expect, it } from "vitest";
import { npmDetector } from "../detectors/npm/index.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// In the isolated project (vitest.config.ts), so this file has a module graph of its own and the
// guarded run below is the first use of the engine in it. The built-in catalog is loaded on first
// use (about 180 ms of CPU, some 8 reference jobs); a guard counted it in whichever guarded run came
// first in a test worker, so a budget passed or failed by the order of the files before it.
describe("expectFinishesWithin on the engine's first use", () => {
  it("does not count the built-in catalog's one-time load in the run", async () => {
    const { findings } = await expectFinishesWithin(() => detectorFindings(npmDetector, { "package.json": '{"dependencies":{"react":"^18.3.1"}}' }), 2);
    expect(findings.map((f) => f.ref)).toEqual(["npm:react"]);
  });
});
