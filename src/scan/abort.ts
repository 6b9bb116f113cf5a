import { AsyncLocalStorage } from "node:async_hooks";
import { coded } from "../errors.js";
import type { ScanSignal } from "../types.js";

/**
 * What a scan rejects with once its signal has aborted: the reason the caller gave
 * (an Error passed to `controller.abort`, `AbortSignal.timeout`'s TimeoutError), as fetch and
 * fs reject with it; for a plain `abort()`, whose reason is the default AbortError, an Error named
 * AbortError with its own code, that reason as its cause.
 */
export function abortedScan(signal: ScanSignal): unknown {
  const reason: unknown = signal.reason;
  const plain = reason === undefined || (reason instanceof DOMException && reason.name === "AbortError");
  if (!plain) return reason;
  const error = coded(new Error("scan aborted: its signal was aborted", { cause: reason }), "TECHSTACK_ABORTED");
  error.name = "AbortError";
  return error;
}

/** Throws what the scan rejects with where `signal` has aborted; nothing without a signal. */
export function stopIfAborted(signal: ScanSignal | undefined): void {
  if (signal?.aborted) throw abortedScan(signal);
}

/**
 * A turn of the event loop, where a scan given a signal does a long stretch of synchronous work
 * (a folder's reads, a pass over 100,000 paths): an abort, a timer's or a process signal's, is
 * seen at the next one, not when the stretch ends.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The signal of the scan running, for the git processes it starts deep inside (some thirty calls
 * in a dozen modules), each given it as spawn's `signal`, so that an abort kills them. Entered
 * only by a scan given a signal: one without leaves the storage unused, at no cost.
 */
const scanSignal = new AsyncLocalStorage<ScanSignal>();

/**
 * The signal of the process's one command (the CLI's, which Ctrl-C aborts), for every git process
 * the process starts while it is set. Kept apart from `scanSignal` because AsyncLocalStorage, once
 * entered, hooks every promise of the process: 3 to 4% of a CLI scan's CPU, paid by the library's
 * callers only when they give a scan a signal of their own.
 */
let commandSignal: AbortSignal | undefined;

/** Runs `work` with `signal` as the process's command signal (the CLI's: one command a process). */
export async function withCommandSignal<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const outer = commandSignal;
  commandSignal = signal;
  try {
    return await work();
  } finally {
    commandSignal = outer;
  }
}

/** The command signal withCommandSignal set, if a command runs. */
export function runningCommandSignal(): AbortSignal | undefined {
  return commandSignal;
}

/** Runs `work` with `signal` as the scan's, for the git processes it starts (the command's own signal needs no storage). */
export function withScanSignal<T>(signal: ScanSignal | undefined, work: () => Promise<T>): Promise<T> {
  return signal && signal !== commandSignal ? scanSignal.run(signal, work) : work();
}

/** The running scan's signal, else the command's, for spawn's options (undefined where neither is). */
export function gitSignal(): { signal?: AbortSignal } {
  // A caller's signal was checked for what spawn reads of one (aborted, addEventListener).
  const signal = (scanSignal.getStore() as AbortSignal | undefined) ?? commandSignal;
  return signal ? { signal } : {};
}
