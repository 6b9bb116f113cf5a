/**
 * How far a scan has got, as `onProgress` is told it: at each change of phase, and while files are
 * read at most once every PROGRESS_EVERY_MS, never once per file. A scan without `onProgress` makes
 * no reporter and does no counting of its own (the counts are the scan's figures, kept anyway).
 */
export interface ScanProgress {
  /**
   * `listing`: the tree is being listed (a 100,000-file folder's walk takes seconds, told once at its
   * start); `reading`: the detectors read the files they selected; `history`: git's history is read
   * for each tool's last change (last_updated_*; a checkout's scan with `history` left on); `done`:
   * the document is made, the promise about to settle.
   */
  readonly phase: "listing" | "reading" | "history" | "done";
  /** The paths listed, after `include` and `exclude` (0 while listing): the result's `stats.filesListed`. */
  readonly filesListed: number;
  /** The files read so far: `stats.filesRead` once done. */
  readonly filesRead: number;
  /** The detectors with files to read (a detector none of whose globs matches is never run), from `reading` on. */
  readonly detectors: number;
  /** Of them, those finished. */
  readonly detectorsDone: number;
}

/** The least time between two calls of `onProgress` within a phase. */
export const PROGRESS_EVERY_MS = 250;

/** Tells a scan's `onProgress` how far it has got: every phase, and within one a call at most every PROGRESS_EVERY_MS. */
export class ProgressReporter {
  private state: ScanProgress = { phase: "listing", filesListed: 0, filesRead: 0, detectors: 0, detectorsDone: 0 };
  private last = -Infinity;

  constructor(
    private readonly callback: (progress: ScanProgress) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new phase, with what changed: always told. */
  phase(phase: ScanProgress["phase"], counts: Partial<Omit<ScanProgress, "phase">> = {}): void {
    this.state = { ...this.state, ...counts, phase };
    this.tell();
  }

  /** Counts within the phase: told where the last call is PROGRESS_EVERY_MS old. */
  tick(counts: Partial<Omit<ScanProgress, "phase">>): void {
    this.state = { ...this.state, ...counts };
    if (this.now() - this.last >= PROGRESS_EVERY_MS) this.tell();
  }

  private tell(): void {
    this.last = this.now();
    // A copy: the caller may keep each call's progress (a log, a test).
    this.callback({ ...this.state });
  }
}
