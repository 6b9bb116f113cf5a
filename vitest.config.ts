import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "detectors/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 30_000,
    pool: "threads",
    // vitest's default is one worker fewer than the cores, which is one worker on a 2-core machine; the
    // suite waits on the CLI processes it spawns as much as on its own code, so two workers there take
    // about 0.84x the wall time (342 s -> 286 s, the whole suite on this project's 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
