import { beforeAll, describe, expect, it } from "vitest";
import { scan, isTechstackError, type ScanProgress } from "../src/index.js";
import { PROGRESS_EVERY_MS, ProgressReporter } from "../src/scan/progress.js";
import { fixture, gitCopy } from "./helpers.js";

// onProgress tells a tool scanning a large tree how far the scan has got: each phase, and within one
// at most every PROGRESS_EVERY_MS, never per file.

describe("a scan's onProgress", () => {
  let told: ScanProgress[];
  let stats: { filesListed: number; filesRead: number };
  beforeAll(async () => {
    told = [];
    ({ stats } = await scan(fixture("pnpm-monorepo"), { git: false, onProgress: (p) => told.push(p) }));
  });

  it("is told each phase in order, listing to done, a folder without git skipping the history", () => {
    expect([...new Set(told.map((p) => p.phase))]).toEqual(["listing", "reading", "done"]);
    expect(told[0]).toEqual({ phase: "listing", filesListed: 0, filesRead: 0, detectors: 0, detectorsDone: 0 });
  });

  it("ends with the scan's own figures, every detector run finished", () => {
    const last = told.at(-1)!;
    expect(last).toMatchObject({ phase: "done", filesListed: stats.filesListed, filesRead: stats.filesRead });
    expect(last.detectors).toBeGreaterThan(0);
    expect(last.detectorsDone).toBe(last.detectors);
  });

  it("a checkout's scan reads the history in a phase of its own", async () => {
    const phases: string[] = [];
    await scan(gitCopy("pnpm-monorepo"), { onProgress: (p) => phases.push(p.phase) });
    expect([...new Set(phases)]).toEqual(["listing", "reading", "history", "done"]);
  });

  it("that is no function is TECHSTACK_BAD_OPTION", async () => {
    const error = await scan(fixture("pnpm-monorepo"), { git: false, onProgress: "log" as never }).catch((e: unknown) => e);
    expect(isTechstackError(error) && error.code).toBe("TECHSTACK_BAD_OPTION");
  });
});

describe("the progress reporter", () => {
  it("tells a phase whenever it changes, and counts within one at most every PROGRESS_EVERY_MS", () => {
    let now = 1000;
    const told: ScanProgress[] = [];
    const reporter = new ProgressReporter((p) => told.push(p), () => now);
    reporter.phase("reading", { filesListed: 10, detectors: 3 });
    for (let read = 1; read <= 100; read++) {
      now += 5; // a file read every 5 ms: 500 ms in all
      reporter.tick({ filesRead: read });
    }
    reporter.phase("done", { detectorsDone: 3 });
    expect(told.map((p) => [p.phase, p.filesRead])).toEqual([
      ["reading", 0],
      ["reading", PROGRESS_EVERY_MS / 5],
      ["reading", (2 * PROGRESS_EVERY_MS) / 5],
      ["done", 100],
    ]);
  });
});
