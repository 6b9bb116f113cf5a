import { execFile } from "node:child_process";

/** Runs one git command in `repo` and returns its stdout; rejects with git's message. */
export function runGit(repo: string, args: string[], maxBuffer = 512 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", gitArgs(repo, args), { maxBuffer, encoding: "utf8", env: gitEnv() }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args[0]}: ${(stderr || error.message).trim()}`));
      else resolve(stdout);
    });
  });
}

let available: Promise<boolean> | undefined;

/** Whether a `git` program can be run at all (a slim container image has none); asked once. */
export function hasGit(): Promise<boolean> {
  available ??= new Promise((resolve) => execFile("git", ["--version"], { env: gitEnv() }, (error) => resolve(!error)));
  return available;
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

/** git without prompts, pagers or user config that could change its output. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" };
}
