import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";
import { INTERRUPT_BUDGET } from "./src/cli/tier-up.js";

// Test files that replace modules (vi.mock), or that need the engine not yet used in their process, run
// isolated: each in a fresh module graph. Every other file shares its worker's modules, which spares
// re-importing the engine and its catalog per file (import time 124 s -> 19 s summed over the files; the
// suite 286 s -> 174 s).
//
// A file that changes the process can share if it undoes each change after each test (vi.unstubAllEnvs,
// vi.unstubAllGlobals, vi.restoreAllMocks, or a property or variable put back in a finally): the engine
// reads process.env, PATH included, when called, never at import. What it keeps between calls is the
// built-in catalog once loaded, the compiled schema, whether git runs (src/git/run.ts: answered by the
// first git process, else by `git --version`), and caches of pure answers; a sharing file must not
// assert on the first use of any of them. So git-facts, git-user-config, git-refused-repository,
// ci-bot-shapes, git-no-history-work and cli-commands-in-process share, and since stop 53 (a53j)
// batch-in-process, submit-in-process, cli-helpers, git-exclude-rules, git-batch-framing,
// workspace-git-batch (it counts the git runs of synchronous readers, which never ask whether git runs)
// and committed-branch-asked-once (it counts branch and remote reads only). Those seven with ten
// sharing files: user+sys 70 / 82 s of CPU isolated, 60 / 60 s sharing (two runs each, loaded machine).
//
// Isolated: write-check-reads (spies around three readers; stop 58 merged check-reads-no-history and
// stack-file-read-once into it, a module graph fewer) and cli-glue-manual-picker (enquirer's picker)
// mock a module; work-budget-first-use times
// the catalog's first load; git-processes-per-scan asserts that a command's first scan starts no
// `git --version`, which in a worker where git has run already could not fail.
// batch-worker-dies stands a fake thread in for node:worker_threads' Worker. api-scan-progress-absent
// counts the progress reporters a scan makes through a replaced module.
const isolated = [
  "test/write-check-reads.test.ts",
  "test/cli-glue-manual-picker.test.ts",
  "test/work-budget-first-use.test.ts",
  "test/git-processes-per-scan.test.ts",
  "test/batch-worker-dies.test.ts",
  "test/api-scan-progress-absent.test.ts",
];

// Both projects are written out whole: a project that extends the root config adds the root's include
// to its own instead of replacing it, which ran every file twice.
// Workers are child processes, not threads: a test that spawns a process (git, the built CLI) forks
// its worker, and a fork costs in proportion to the memory mapped, which under threads is the whole
// vitest process with both workers' module graphs. Three pairs of whole-suite runs on the 2-core
// machine, threads against forks: 194 / 190 s, 179 / 170 s, 202 / 175 s wall; kernel time 121 / 103,
// 116 / 91, 128 / 97 s.
// Hooks get the tests' 30 s, not vitest's 10 s: the setup file test/remove-temporary-folders.ts removes
// each file's temporary folders in an afterAll, which timed out at 10 s twice at stop 57 on the shared
// machine at load 12 (ci-bot-shapes' clones, git-revision-source's 3,000 files) and failed a file
// whose tests had all passed.
//
// The workers' V8 weighs a function for its optimizing compiler after four times its default bytecode
// budget, as the CLI does (src/cli/tier-up.ts). Most of what a worker runs runs a few times only (a
// test's body and set-up, vitest's per-file code), which at the default V8 would optimize, on a second
// thread whose CPU the worker pays, for runs that then end; a loop that runs long (a big input's parse,
// a work budget's reference job) passes the larger budget within a millisecond and is optimized as
// before. Every tenth file (75), CPU default / budget: 59.2 / 54.3 s and 53.0 / 46.2 s (stop 75,
// docs/test-suite-time.md).
const common = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: "forks" as const,
  execArgv: [`--interrupt-budget=${INTERRUPT_BUDGET}`],
  setupFiles: ["test/remove-temporary-folders.ts"],
};

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
