import type { Command } from "../shared.js";
import { stoppable } from "../interrupt.js";

/** A subcommand's one-line summary, and its module, loaded only when it runs. */
export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

/**
 * Every subcommand by name. Each is its own chunk, so `detect` never loads the schema validator,
 * the fuzzy finder or the prompts that `validate`, `resolve` and `submit` need. The scanning ones
 * stop cleanly on SIGINT and SIGTERM (stoppable).
 */
export const commands: Record<string, CommandEntry> = {
  detect: { summary: "print the stack document of a directory", load: async () => stoppable((await import("./detect.js")).detectCommand) },
  write: { summary: "write techstack.yml and techstack.md", load: async () => stoppable((await import("./write.js")).writeCommand) },
  check: { summary: "exit 1 when techstack.yml or techstack.md is stale", load: async () => stoppable((await import("./check.js")).checkCommand) },
  diff: { summary: "compare two stacks (files, directories or revisions)", load: async () => stoppable((await import("./diff.js")).diffCommand) },
  resolve: { summary: "find the catalog tools a name means", load: async () => (await import("./resolve.js")).resolveCommand },
  validate: { summary: "check a techstack.yml against the schema", load: async () => (await import("./validate.js")).validateCommand },
  submit: { summary: "send the stack to the site (auto-detected or named by hand)", load: async () => (await import("./submit.js")).submitCommand },
  batch: { summary: "scan many repositories in parallel, one JSON line each", load: async () => stoppable((await import("./batch.js")).batchCommand) },
};
