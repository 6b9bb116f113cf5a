import { describe, expect, it, vi } from "vitest";
import { scan } from "../src/index.js";
import { fixture } from "./helpers.js";

// A scan without onProgress makes no progress reporter: nothing counted, no clock read (run in the
// isolated project of vitest.config.ts, as it replaces a module).

// Each reporter the scans make is counted.
const made = vi.hoisted(() => ({ reporters: 0 }));
vi.mock("../src/scan/progress.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/scan/progress.js")>();
  class Counted extends real.ProgressReporter {
    constructor(...args: ConstructorParameters<typeof real.ProgressReporter>) {
      super(...args);
      made.reporters++;
    }
  }
  return { ...real, ProgressReporter: Counted };
});

describe("a scan's onProgress, absent", () => {
  it("absent, the scan makes no reporter (nothing counted, no clock read)", async () => {
    const before = made.reporters;
    await scan(fixture("pnpm-monorepo"), { git: false });
    expect(made.reporters).toBe(before);
    await scan(fixture("pnpm-monorepo"), { git: false, onProgress: () => {} });
    expect(made.reporters).toBe(before + 1);
  });
});
