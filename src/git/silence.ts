import type { ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import { gitTrapAnywhere } from "./trap-files.js";

/**
 * How long a git process of a scan may write nothing, to its output or its errors, before it is
 * stopped: 300 s. Only a process waiting on something that never comes is that quiet (a FIFO or a
 * device among the objects, refs or packs, which git opens as it needs them and the check before
 * each command does not look at): a long history is walked with output all along (`git log` writes
 * each commit it keeps as it finds it, 50,000 commits in well under a second), and the commands that
 * answer at their end (blame, `rev-list --count`) are bounded by the history depth the scan reads.
 * Settable for tests, which cannot wait five minutes.
 */
export const gitSilence = { limitMs: 300_000 };

/** What was said of the git processes stopped for their silence, by the folder they ran in, until the scan of that folder takes it. */
const stopped = new Map<string, Set<string>>();

/**
 * Stops `child` (a git process run in `repo`) once it has written nothing for gitSilence.limitMs,
 * and keeps a warning of it for the scan (takeSilenceWarnings), naming the FIFO or device it found in
 * the git folder where there is one. `waiting`: for a process that answers requests (`cat-file
 * --batch`), whether one is unanswered; silence counts only then, from the later of its last output
 * and the last `heard()` (called as a request is sent to an idle process).
 * `said` tells what was said of it: undefined while it was not stopped.
 */
export function watchSilence(child: ChildProcess, repo: string, command: string, waiting: () => boolean = () => true): SilenceWatch {
  let said: string | undefined;
  const limit = gitSilence.limitMs;
  const timer = setTimeout(() => {
    if (!waiting()) {
      timer.refresh();
      return;
    }
    const trap = gitTrapAnywhere(repo);
    said = `git ${command} wrote nothing for ${seconds(limit)} and was stopped${trap ? `: ${trap}, which git would wait on for ever` : ""}`;
    const key = resolve(repo);
    const kept = stopped.get(key) ?? new Set<string>();
    kept.add(said);
    stopped.set(key, kept);
    child.kill("SIGKILL");
  }, limit);
  // An idle batch process must not hold the program open (its own pipes do while it runs).
  timer.unref();
  const heard = (): void => {
    timer.refresh();
  };
  child.stdout?.on("data", heard);
  child.stderr?.on("data", heard);
  const done = (): void => clearTimeout(timer);
  child.once("exit", done);
  child.once("error", done);
  return { said: () => said, heard };
}

/** What watchSilence gives: what was said of a stopped process, and a way to restart its count. */
export type SilenceWatch = { said: () => string | undefined; heard: () => void };

/** The warnings kept of the git processes stopped in `repo` (the scan's folder), each once, taken: a later scan starts with none. */
export function takeSilenceWarnings(repo: string): string[] {
  const key = resolve(repo);
  const said = stopped.get(key);
  stopped.delete(key);
  return said ? [...said] : [];
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
