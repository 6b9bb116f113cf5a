import { execFile } from "node:child_process";

/** Runs one git command in `repo` and returns its stdout; rejects with git's message. */
export function runGit(repo: string, args: string[], maxBuffer = 512 << 20): Promise<string> {
  return new Promise((resolve, reject) => {
    // core.fsmonitor names a program git runs when it reads the index (ls-files): a repository's
    // own configuration never makes a scan run one.
    execFile("git", ["-c", "core.fsmonitor=false", "-C", repo, ...args], { maxBuffer, encoding: "utf8", env: gitEnv() }, (error, stdout, stderr) => {
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

/** git without prompts, pagers or user config that could change its output. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" };
}
