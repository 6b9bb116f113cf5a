import { createHash } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { textByBom } from "../../scan/decode.js";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { scanWith } from "../../detect.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { cannotWrite } from "../../io/why-unwritable.js";
import { isAbsolute } from "node:path";
import { climbsOut } from "../../scan/include-glob.js";
import { flagOptions, SCAN_FLAGS, scanHelp, scanOptionsAsked, type ScanValues } from "../scan-flags.js";
import { CliError, parseOptions, wholeNumber, type Command, plural, unreadableFileInWords, usageOf } from "../shared.js";
import { help } from "./detect.js";
import { messageOf } from "../../kit/text.js";
import { commandSignal } from "../interrupt.js";

/**
 * detect's scan flags that mean the same for every repository of a list: not --branch or
 * --workspace, which name one repository's branch or package.
 */
const { branch: _branch, workspace: _workspace, ...BATCH_SCAN_FLAGS } = SCAN_FLAGS;
type BatchValues = Pick<ScanValues, keyof typeof BATCH_SCAN_FLAGS>;

const HELP = `Usage: techstack batch LIST [options]

Scans many repositories: LIST (- for standard input) has one local path (or bare clone; relative
to the current folder) a line, optionally followed by a tab and a revision; # starts a comment.
Writes one JSON line per repository (entry, repo, ok, seconds, and warnings, their number, with
document; or error), on every core, skipping entries already in the output (so an interrupted
run resumes). A failed entry stays failed on resume unless --retry-failed. The scan options
apply to every repository, over its own configuration file as for detect; globs are paths from
each repository's folder.

Options:
  --out FILE            append results here (default: stdout, no resume)
  --retry-failed        with --out: scan again the entries whose line there failed (their old
                        lines are dropped); entries done are still skipped
  --workers N           worker threads (default: every core)
  --shard K/N           only shard K of N of the entries (1-based; stable, by each entry's hash)
  --rev REV             scan this revision of every repository (a line's own revision wins)
${scanHelp(["include", "exclude", "no-packages", "all-tools", "no-git", "timestamp", "max-file-bytes"])}
  -h, --help            this help

Exit codes: 0 every entry of the list (or shard) is done, 1 some entry failed (a line with
"ok": false, now or left from an earlier run; counted on stderr), or the list or --out cannot be
read or written, 2 usage error.

Examples:
  techstack batch repos.txt --out stacks.jsonl
  techstack batch repos.txt --shard 3/16 --out shard-3.jsonl
  techstack batch repos.txt --no-packages --exclude "vendor/**" --timestamp 2026-01-01T00:00:00Z
  techstack batch repos.txt --out stacks.jsonl --retry-failed`;

/** What a worker scans: one repository, with the run's scan flags (the entry's revision in --rev). */
export interface Job {
  repo: string;
  flags: BatchValues;
}

export const batchCommand: Command = {
  async run(args) {
    const settings = readSettings(args);
    if (!settings) return help(HELP);
    const { entries, listNote } = listedEntries(settings.list, settings.shard);
    const { done, failedBefore } = resumeOutput(settings.out, entries, settings.retry);
    const jobs = entries.filter((e) => !done.has(e) && !failedBefore.has(e));
    const skippedDone = entries.filter((e) => done.has(e)).length;
    const skippedFailed = entries.filter((e) => failedBefore.has(e)).length;
    const workers = Math.max(1, Math.min(settings.workers, jobs.length));
    const { failed, writeError } = await scanEntries(jobs, workers, settings);
    // Interrupted: the finished lines are kept, the entries cut short have none (scanned next run).
    if (commandSignal()?.aborted) return 1;
    const earlier = skippedFailed ? `, ${skippedFailed} failed earlier (not retried: --retry-failed scans them again)` : "";
    process.stderr.write(`batch: ${listNote}${jobs.length} scanned${failed ? ` (${failed} failed)` : ""}, ${skippedDone} already done${earlier}${jobs.length ? `, ${plural(workers, "worker")}` : ""}\n`);
    if (writeError) throw new CliError(writeError, 1);
    return failed || skippedFailed ? 1 : 0;
  },
};

/** What a batch run was asked for, every option checked. */
interface BatchSettings {
  /** The list file (- for standard input). */
  list: string;
  flags: BatchValues;
  /** --shard K/N, as [K, N]. */
  shard?: [number, number];
  /** The worker threads asked for. */
  workers: number;
  out?: string;
  retry: boolean;
}

/**
 * The command line's settings, or none when it asks for help: a usage error for a bad one. Every
 * option is checked before the list or the output is read, and before --retry-failed rewrites the
 * output: a usage error changes nothing.
 */
function readSettings(args: string[]): BatchSettings | undefined {
  const { values, positionals } = parseOptions(
    args,
    { out: { type: "string" }, workers: { type: "string" }, shard: { type: "string" }, "retry-failed": { type: "boolean" }, ...BATCH_SCAN_FLAGS },
    HELP,
  );
  if (values.help) return undefined;
  // A bad flag would fail every entry alike (and stay failed in --out): one usage error instead.
  const flags: BatchValues = Object.fromEntries(Object.keys(BATCH_SCAN_FLAGS).map((flag) => [flag, values[flag as keyof BatchValues]]));
  flagOptions(flags);
  refuseGlobsOutside(flags);
  if (positionals.length !== 1) throw new CliError(`batch takes one list file${usageOf(HELP)}`);
  const shard = values.shard ? shardAsked(values.shard as string) : undefined;
  const workers = values.workers === undefined ? availableParallelism() : wholeNumber("--workers", values.workers as string);
  const out = values.out as string | undefined;
  const retry = Boolean(values["retry-failed"]);
  if (retry && !out) throw new CliError(`--retry-failed needs --out (the results an earlier run left)${usageOf(HELP)}`);
  return { list: positionals[0]!, flags, shard, workers, out, retry };
}

/** --shard's K/N as [K, N]: a usage error unless 1 <= K <= N. */
function shardAsked(value: string): [number, number] {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new CliError(`--shard takes K/N with 1 <= K <= N (1/4: the first of four shards), not '${value}'`);
  return [Number(m[1]), Number(m[2])];
}

/** The list's entries (the shard's, with --shard), each once, and what the summary says of the list. */
function listedEntries(list: string, shard: [number, number] | undefined): { entries: string[]; listNote: string } {
  // The list may come down a pipe (find ... | techstack batch -): "-" is standard input, as for cat.
  const lines = readText(list, true)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  // An entry listed twice is scanned once, where it first stands: one line per repository, as a
  // resumed run keeps it (a Set, not indexOf: a list of 100,000 lines was quadratic).
  let entries = [...new Set(lines)];
  // With --shard, the summary says how many of the list's entries the shard holds: a short list's
  // shard may hold none, and "0 scanned" alone reads as entries not found. So does a list that
  // names none (a pipe from a find that found nothing), which "0 scanned" alone reads as done.
  let listNote = entries.length ? "" : "the list names no repository; ";
  if (shard && entries.length) {
    const [k, n] = shard;
    const listed = entries.length;
    entries = entries.filter((e) => shardOf(e, n) === k - 1);
    listNote = `shard ${k}/${n} holds ${entries.length || "none"} of the list's ${listed} ${listed === 1 ? "entry" : "entries"}; `;
  }
  return { entries, listNote };
}

/**
 * The entries an earlier run's output (`out`) holds as done and as failed (less those retried), the
 * output made ready to append to: with --retry-failed, the failed lines of the entries scanned again
 * dropped; a last line cut short ended.
 */
function resumeOutput(out: string | undefined, entries: string[], retry: boolean): { done: Set<string>; failedBefore: Set<string> } {
  // What an earlier run left, read once: entries with a successful line are done; the others failed.
  const earlierRun = out && existsSync(out) ? readText(out).split("\n").map(resultLine) : [];
  const done = new Set<string>();
  const failedBefore = new Set<string>();
  for (const { entry, ok } of earlierRun) if (entry !== undefined) (ok === false ? failedBefore : done).add(entry);
  for (const entry of done) failedBefore.delete(entry);
  const retried = retry ? entries.filter((e) => failedBefore.has(e)) : [];
  if (out && retried.length) {
    // The failed lines of the entries scanned again go, so the output keeps one line per entry;
    // a line cut by an interruption stays (it is scanned again anyway).
    const again = new Set(retried);
    const kept = earlierRun.filter(({ line, entry, ok }) => (entry === undefined ? line !== "" : !(ok === false && again.has(entry))));
    try {
      writeFileAtomic(out, kept.map(({ line }) => line + "\n").join(""));
    } catch (error) {
      throw new CliError(unwritable(out, error), 1);
    }
    for (const entry of retried) failedBefore.delete(entry);
  }
  if (out) {
    // Before any scan: a file that cannot be appended to would lose every result. A last line
    // cut short by an interruption is ended first, so the next line is whole JSON.
    try {
      const cut = retried.length === 0 && (earlierRun.at(-1)?.line ?? "") !== "";
      appendFileSync(out, cut ? "\n" : "");
    } catch (error) {
      throw new CliError(unwritable(out, error), 1);
    }
  }
  return { done, failedBefore };
}

/**
 * `jobs` scanned by `workers` threads, each result's line written as it comes (to --out, else
 * standard output), with a count on a terminal: how many failed, and why a line could not be written.
 */
async function scanEntries(jobs: string[], workers: number, { flags, out }: BatchSettings): Promise<{ failed: number; writeError?: string }> {
  const showProgress = Boolean(process.stderr.isTTY && !process.env.CI && out);
  let count = 0;
  let failed = 0;
  let writeError: string | undefined;
  const emit = (line: string): void => {
    if (line.includes('"ok":false')) failed++;
    // One appended line per repository: a run killed midway keeps every finished line.
    try {
      if (out) appendFileSync(out, line + "\n");
      else process.stdout.write(line + "\n");
    } catch (error) {
      writeError ??= unwritable(out, error);
    }
    if (showProgress) process.stderr.write(`\r\x1b[K${++count}/${jobs.length} repositories`);
  };
  // Nothing to scan starts no worker thread, and the summary names none.
  if (jobs.length) await runPool(jobs, workers, (entry) => jobOf(entry, flags), emit);
  if (showProgress) process.stderr.write("\r\x1b[K");
  return { failed, writeError };
}

/** The error of an output that cannot be written. */
function unwritable(out: string | undefined, error: unknown): string {
  return `cannot write ${out}: ${cannotWrite(error, "give --out a file you can write to")}`;
}

/**
 * A glob that leaves the folder it is read from: an absolute path names one repository's files
 * (or none), and `../` reaches outside every one, so each entry would fail or scan nothing.
 */
function refuseGlobsOutside(flags: BatchValues): void {
  for (const flag of ["include", "exclude"] as const) {
    for (const glob of (flags[flag] as string[] | undefined) ?? []) {
      if (isAbsolute(glob) || climbsOut(glob)) throw new CliError(`--${flag} '${glob}': batch's globs are paths from each repository's folder (src/**)`);
    }
  }
}

/** The job of a list's entry: its folder, and the run's flags with the entry's own revision, if it names one. */
export function jobOf(entry: string, flags: BatchValues): Job {
  const [repo, rev] = entry.split("\t");
  return { repo: repo!, flags: rev === undefined ? flags : { ...flags, rev } };
}

/**
 * A job's JSON line: its repository scanned with the flags over its own configuration (its
 * excludes, extra catalog), as detect scans it, or the reason it failed.
 */
export async function scanJob(entry: string, job: Job, signal?: AbortSignal): Promise<string> {
  const started = performance.now();
  try {
    // scanOptions sets the revision: the job's, else HEAD for a bare repository, which the layout's
    // rev-parse says, shared with the scan (one git question, not two).
    const { options, asked } = await scanOptionsAsked(job.repo, job.flags);
    const result = await scanWith(job.repo, { ...options, signal }, asked);
    return JSON.stringify({ entry, repo: job.repo, ok: true, seconds: secondsSince(started), warnings: result.warnings.length, document: result.document });
  } catch (error) {
    return JSON.stringify({ entry, repo: job.repo, ok: false, seconds: secondsSince(started), error: messageOf(error) });
  }
}

/** A line of an earlier run's output, with its entry and outcome when it is whole JSON. */
function resultLine(line: string): { line: string; entry?: string; ok?: boolean } {
  try {
    const { entry, ok } = JSON.parse(line) as { entry: string; ok?: boolean };
    return { line, entry, ok };
  } catch {
    return { line }; // a line cut by an interruption: its entry is scanned again
  }
}

/**
 * A file batch must read, the list (where - is standard input) or the output of an earlier run:
 * exit 1 naming it when it cannot.
 */
function readText(path: string, isList = false): string {
  try {
    return textByBom(readFileSync(isList && path === "-" ? 0 : path));
  } catch (error) {
    throw new CliError(`cannot read ${isList ? "the list " : ""}${path}: ${unreadable(error, isList)}`, 1);
  }
}

/**
 * Why batch cannot read a file, in words: the system's codes for a missing file or a folder, said.
 * A folder of repositories given for the list is told what the list is.
 */
function unreadable(error: unknown, isList: boolean): string {
  return unreadableFileInWords(error, `, not a file${isList ? " (the list is a file naming one repository a line)" : ""}`) ?? (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Stable shard of an entry: the same entry always lands in the same shard. */
export function shardOf(entry: string, shards: number): number {
  return createHash("sha1").update(entry).digest().readUInt32BE(0) % shards;
}

/**
 * A fixed pool of worker threads, each fed the next entry as soon as it answers. A worker that dies
 * (out of memory, a crash in a parser) costs only its current entry, reported as failed, and is
 * replaced. Once the command's signal aborts (SIGINT, SIGTERM), no entry more is sent, each
 * worker stops its scan (killing its git processes) and is ended, and no line more is emitted.
 */
async function runPool(entries: string[], size: number, toJob: (e: string) => Job, emit: (line: string) => void): Promise<void> {
  const pool: Pool = { entries, next: 0, file: fileURLToPath(import.meta.url), running: new Set(), signal: commandSignal(), toJob, emit };
  const stop = (): void => {
    pool.next = entries.length;
    for (const worker of pool.running) worker.postMessage({ stop: true });
  };
  pool.signal?.addEventListener("abort", stop, { once: true });
  await Promise.all(Array.from({ length: size }, () => lane(pool)));
  pool.signal?.removeEventListener("abort", stop);
}

/** What the pool's lanes share: the entries and the next one to send, the workers running. */
interface Pool {
  entries: string[];
  next: number;
  /** This module's file, which each worker thread runs. */
  file: string;
  running: Set<Worker>;
  signal: AbortSignal | undefined;
  toJob: (e: string) => Job;
  emit: (line: string) => void;
}

/** An entry sent to a worker, and when. */
interface Sent {
  entry: string;
  job: Job;
  started: number;
}

/**
 * One worker thread, fed the pool's next entry each time it answers, ended when none is left; if it
 * dies first, its entry's failed line is emitted and a new lane takes over while entries are left.
 */
function lane(pool: Pool): Promise<void> {
  return new Promise<void>((resolveLane) => {
    const worker = new Worker(pool.file, { workerData: { techstackBatch: true } });
    pool.running.add(worker);
    let current: Sent | undefined;
    let finished = false;
    const feed = (): void => {
      current = sendNext(pool, worker);
      if (current) return;
      finished = true;
      pool.running.delete(worker);
      void worker.terminate();
      resolveLane();
    };
    worker.on("message", (line: string) => {
      if (!pool.signal?.aborted) pool.emit(line);
      feed();
    });
    const died = (reason: string): void => {
      if (finished) return;
      finished = true;
      pool.running.delete(worker);
      if (current && !pool.signal?.aborted) pool.emit(diedLine(current, reason));
      resolveLane(pool.next < pool.entries.length ? lane(pool) : undefined);
    };
    worker.on("error", (error) => died(error.message));
    worker.on("exit", (code) => died(`exit code ${code}`));
    feed();
  });
}

/** The pool's next entry sent to `worker`, or none when every entry is sent. */
function sendNext(pool: Pool, worker: Worker): Sent | undefined {
  if (pool.next >= pool.entries.length) return undefined;
  const entry = pool.entries[pool.next++]!;
  const sent = { entry, job: pool.toJob(entry), started: performance.now() };
  worker.postMessage({ entry, job: sent.job });
  return sent;
}

/** The failed line of an entry whose worker died scanning it. */
function diedLine(sent: Sent, reason: string): string {
  return JSON.stringify({ entry: sent.entry, repo: sent.job.repo, ok: false, seconds: secondsSince(sent.started), error: `worker died: ${reason}` });
}

/** The seconds since `started` (a performance.now() time), to the millisecond. */
function secondsSince(started: number): number {
  return Number(((performance.now() - started) / 1000).toFixed(3));
}

// Inside a batch worker: scan each job the pool sends and answer with its JSON line; a stop aborts the scan running.
if (!isMainThread && (workerData as { techstackBatch?: boolean } | undefined)?.techstackBatch) {
  let scanning: AbortController | undefined;
  parentPort!.on("message", async (message: { entry: string; job: Job } | { stop: true }) => {
    if ("stop" in message) return scanning?.abort();
    scanning = new AbortController();
    parentPort!.postMessage(await scanJob(message.entry, message.job, scanning.signal));
  });
}
