import type { FileChange } from "../document/build.js";
import { siteDate } from "./site-dates.js";

/**
 * The last change of each wanted path, read from `git log --name-status -z` output as it comes,
 * newest commit first. `onAllSeen` is called once every wanted path has its answer (a last change,
 * or none where its newest change deleted it), so the walk can stop there.
 */
export class LogChanges {
  readonly found = new Map<string, FileChange>();
  /**
   * A file whose newest change deleted it is not at its path in the revision (a file deleted,
   * then made again and not yet committed): it has no last change, not the deletion's.
   */
  private readonly gone = new Set<string>();
  private current: FileChange | undefined;
  private status: string | undefined;
  private pending = "";

  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly onAllSeen: () => void,
  ) {}

  /** A chunk of the output, NUL-separated records; a record cut at its end waits for the next chunk. */
  write(chunk: string): void {
    this.pending += chunk;
    const parts = this.pending.split("\0");
    this.pending = parts.pop() ?? "";
    for (const part of parts) this.consume(part);
  }

  /** The output's end: its last record, where it had no NUL after it. */
  end(): void {
    if (this.pending) this.consume(this.pending);
  }

  private consume(record: string): void {
    // Records: "\x1eAUTHOR\x1fTIME" then NUL-separated pairs of a status ("M", "D", a merge's
    // "MM") and a path, the first status after a newline (a merge's after an empty record).
    let text = record;
    const rs = text.indexOf("\x1e");
    if (rs >= 0) {
      // The time is after the last \x1f: a name may hold control characters, not a newline.
      const header = text.slice(rs + 1);
      const nl = header.indexOf("\n");
      const line = nl < 0 ? header : header.slice(0, nl);
      const us = line.lastIndexOf("\x1f");
      this.current = { by: us < 0 ? line : line.slice(0, us), on: siteDate(Number(us < 0 ? NaN : line.slice(us + 1))) };
      text = nl < 0 ? "" : header.slice(nl + 1);
      this.status = undefined;
    }
    const token = text.replace(/^\n+/, "");
    if (!token) return;
    if (this.status === undefined) {
      this.status = token;
      return;
    }
    const deleted = /^D+$/.test(this.status);
    this.status = undefined;
    this.take(token, deleted);
  }

  /** A path the current commit changed: its last change, unless a newer commit already answered for it. */
  private take(path: string, deleted: boolean): void {
    const { current, wanted, found, gone } = this;
    if (current && wanted.has(path) && !found.has(path) && !gone.has(path)) {
      if (deleted) gone.add(path);
      else found.set(path, current);
      if (found.size + gone.size === wanted.size) this.onAllSeen();
    }
  }
}
