import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

// Test files that replace modules (vi.mock), stub globals or the environment, or set process.env by hand,
// or that need the engine not yet used in their process: each runs in a fresh module graph. Every other
// file shares its worker's modules, which spares re-importing the engine and its catalog per file (import
// time 124 s -> 19 s summed over the files; the suite 286 s -> 174 s).
// A file that stubs variables with vi.stubEnv and restores them with vi.unstubAllEnvs after each test
// can share (the engine reads process.env when called, never at import): git-facts, git-user-config,
// git-refused-repository and ci-bot-shapes do.
const isolated = [
  "test/check-reads-no-history.test.ts",
  "test/batch-in-process.test.ts",
  "test/submit-in-process.test.ts",
  "test/cli-helpers.test.ts",
  "test/stack-file-read-once.test.ts",
  "test/workspace-git-batch.test.ts",
  "test/git-batch-framing.test.ts",
  "test/work-budget-first-use.test.ts",
  "test/git-exclude-rules.test.ts",
  "test/committed-branch-asked-once.test.ts",
  "test/git-processes-per-scan.test.ts",
];

// Both projects are written out whole: a project that extends the root config adds the root's include
// to its own instead of replacing it, which ran every file twice.
// Workers are child processes, not threads: a test that spawns a process (git, the built CLI) forks
// its worker, and a fork costs in proportion to the memory mapped, which under threads is the whole
// vitest process with both workers' module graphs. Three pairs of whole-suite runs on the 2-core
// machine, threads against forks: 194 / 190 s, 179 / 170 s, 202 / 175 s wall; kernel time 121 / 103,
// 116 / 91, 128 / 97 s.
const common = { testTimeout: 30_000, pool: "forks" as const };

export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the cores, which is one worker on a 2-core machine; the
    // suite waits on the CLI processes it spawns as much as on its own code, so two workers there take
    // about 0.84x the wall time (342 s -> 286 s, the whole suite on this project's 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { ...common, name: "isolated", include: isolated, isolate: true } },
      {
        test: {
          ...common,
          name: "shared",
          include: ["test/**/*.test.ts", "detectors/**/*.test.ts", "src/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...isolated],
          isolate: false,
        },
      },
    ],
  },
});
