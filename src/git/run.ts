import { coded } from "../errors.js";
import { execFile, type ChildProcess } from "node:child_process";
import { gitSignal } from "../scan/abort.js";
import { watchSilence } from "./silence.js";
import { gitWords } from "./stderr-text.js";
import { refuseTrappedRepository } from "./trap-files.js";

/** Runs one git command in `repo` and returns its stdout; rejects with git's message. `env`: variables set over gitEnv()'s. */
export function runGit(repo: string, args: string[], maxBuffer = 512 << 20, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    // A FIFO in the git folder would hold git, and the scan, for ever (rejected here as git's own failure).
    refuseTrappedRepository(repo, args[0] ?? "");
    // Bytes, not text: git's errors may quote a path that is not UTF-8 (gitWords shows its bytes).
    const child = execFile("git", gitArgs(repo, args), { maxBuffer, encoding: "buffer", ...gitProcessOptions(env) }, (error, stdout, stderr) => {
      if (!error) resolve(stdout.toString("utf8"));
      else {
        const words = stderr.length > 0 ? gitWords(stderr) : error.message;
        reject(coded(new Error(watch.said() ?? `git ${args[0]}: ${words.trim()}`), "TECHSTACK_GIT_FAILED"));
      }
    });
    const watch = watchSilence(child, repo, args[0] ?? "");
    available ??= started(child);
  });
}

let available: Promise<boolean> | undefined;

/**
 * Whether a `git` program can be run at all (a slim container image has none): whether the first
 * git process this program started did start (a scan's first git command answers it, for no
 * process of its own), else asked with `git --version`; once.
 */
export function hasGit(): Promise<boolean> {
  available ??= new Promise((resolve) => execFile("git", ["--version"], { env: gitEnv() }, (error) => resolve(!error)));
  return available;
}

/** Records that a git process has run (a synchronous one, which runGit does not see), so that hasGit asks nothing more. */
export function gitRan(): void {
  available ??= Promise.resolve(true);
}

/** Whether the process started: false where the program could not be run (not found, not executable). */
function started(child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    child.once("spawn", () => resolve(true));
    child.once("error", () => resolve(false));
  });
}

/**
 * Settings a repository's own .git/config could use to make git run a program of its choosing
 * while a scan reads it, each turned off: `core.fsmonitor` (run when the index is read, as
 * ls-files does) and `log.showSignature` (which has `git log` run `gpg.program` on every signed
 * commit). Reading objects, trees and name-only logs runs no other configured program.
 */
const NO_CONFIGURED_PROGRAMS = ["-c", "core.fsmonitor=false", "-c", "log.showSignature=false"];

/** The arguments of a git command run in `repo`, with the settings above turned off. */
export function gitArgs(repo: string, args: readonly string[]): string[] {
  return [...NO_CONFIGURED_PROGRAMS, "-C", repo, ...args];
}

/**
 * The variables that tell git which repository, index and objects to use, as `git rev-parse
 * --local-env-vars` lists them (less the `-c` settings of GIT_CONFIG_PARAMETERS and
 * GIT_CONFIG_COUNT): inherited from a git hook (which exports GIT_DIR, GIT_INDEX_FILE), a
 * `git rebase --exec` or a CI script, they would make git read that repository instead of the
 * folder `-C` names, so a scan of one repository reported another's remote, branch and history.
 */
const REPOSITORY_VARIABLES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_IMPLICIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_CONFIG",
  "GIT_GRAFT_FILE",
  "GIT_SHALLOW_FILE",
  "GIT_NO_REPLACE_OBJECTS",
  "GIT_REPLACE_REF_BASE",
  "GIT_PREFIX",
  "GIT_INTERNAL_SUPER_PREFIX",
];

/** A git process's environment (gitEnv's, `over` set over it), and the running scan's signal, which kills it on an abort. */
export function gitProcessOptions(over: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; signal?: AbortSignal } {
  return { env: { ...gitEnv(), ...over }, ...gitSignal() };
}

/** git without prompts, pagers, user config that could change its output, or another repository's variables. */
export function gitEnv(): NodeJS.ProcessEnv {
  // GIT_NO_LAZY_FETCH (git 2.44 and later): in a partial clone, a missing object is missing, never fetched from the remote.
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C", GIT_NO_LAZY_FETCH: "1" };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  return env;
}
