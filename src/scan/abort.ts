import { AsyncLocalStorage } from "node:async_hooks";
import { coded } from "../errors.js";

/**
 * What a scan rejects with once its signal has aborted: the reason the caller gave
 * (an Error passed to `controller.abort`, `AbortSignal.timeout`'s TimeoutError), as fetch and
 * fs reject with it; for a plain `abort()`, whose reason is the default AbortError, an Error named
 * AbortError with its own code, that reason as its cause.
 */
export function abortedScan(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  const plain = reason === undefined || (reason instanceof DOMException && reason.name === "AbortError");
  if (!plain) return reason;
  const error = coded(new Error("scan aborted: its signal was aborted", { cause: reason }), "TECHSTACK_ABORTED");
  error.name = "AbortError";
  return error;
}

/** Throws what the scan rejects with where `signal` has aborted; nothing without a signal. */
export function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedScan(signal);
}

/**
 * The signal of the scan running, for the git processes it starts deep inside (some thirty calls
 * in a dozen modules), each given it as spawn's `signal`, so that an abort kills them. Entered
 * only by a scan given a signal: one without leaves the storage unused, at no cost.
 */
const scanSignal = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` with `signal` as the scan's, for the git processes it starts. */
export function withScanSignal<T>(signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  return signal ? scanSignal.run(signal, work) : work();
}

/** The running scan's signal, for spawn's options (undefined outside a scan given one). */
export function gitSignal(): { signal?: AbortSignal } {
  const signal = scanSignal.getStore();
  return signal ? { signal } : {};
}
