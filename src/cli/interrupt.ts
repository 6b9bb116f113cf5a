import { runningCommandSignal, withCommandSignal } from "../scan/abort.js";
import { CliError, type Command } from "./shared.js";

/** The signals that stop a command (Ctrl-C, a `kill` or a service manager), and the status a shell gives a process they end: 128 + the signal's number. */
const STOPPING = { SIGINT: 130, SIGTERM: 143 } as const;

type Stopping = keyof typeof STOPPING;

/** What a command stopped by a signal ends with: one line (`techstack: interrupted`), the shell's status for that signal. */
export class Interrupted extends CliError {
  constructor(readonly signal: Stopping) {
    super("interrupted", STOPPING[signal]);
  }
}

/** The signal that stopped the last command run with stopOnSignals, for the bin to end the process by. */
let stoppedBy: Stopping | undefined;

/**
 * Runs a command that SIGINT and SIGTERM stop cleanly: the first aborts the command's signal, so
 * its scan reads no more and the git processes it started (any, through the scan's signal) are
 * killed; its synchronous steps (a file's atomic write) end first, so no half-written file stays.
 * Once `work` settles, an Interrupted is thrown, whatever it gave. A second signal ends the process
 * at once. Outside this, the signals keep Node's default: the process ends.
 */
export async function stopOnSignals<T>(work: () => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let received: Stopping | undefined;
  const listeners = (Object.keys(STOPPING) as Stopping[]).map((name) => {
    const listener = (): void => {
      if (received) process.exit(STOPPING[received]);
      received = name;
      controller.abort(new Interrupted(name));
    };
    process.on(name, listener);
    return () => process.off(name, listener);
  });
  const settled = await withCommandSignal(controller.signal, work).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  for (const remove of listeners) remove();
  if (received) {
    stoppedBy = received;
    throw new Interrupted(received);
  }
  if ("error" in settled) throw settled.error;
  return settled.value;
}

/** A command that runs under stopOnSignals. */
export function stoppable(command: Command): Command {
  return { run: (args) => stopOnSignals(() => command.run(args)) };
}

/** The running command's signal (stopOnSignals'), for its scans' options; undefined outside one. */
export function commandSignal(): AbortSignal | undefined {
  return runningCommandSignal();
}

/**
 * Ends the process by the signal that stopped its command, as shells expect of a program that
 * cleaned up after Ctrl-C (a script's loop stops too; `$?` is 130 or 143); nothing where none did.
 */
export function endBySignal(): void {
  if (!stoppedBy) return;
  const signal = stoppedBy;
  stoppedBy = undefined;
  process.kill(process.pid, signal);
}
