import type { Finding } from "../types.js";

/**
 * The most direct dependencies one detector reads from one file. The largest real manifests
 * declare a few hundred (a monorepo's root package.json, a Gradle build of many modules); past this
 * a file is generated or hostile, and each finding kept costs some kilobytes through ranking and
 * the document, so a 300,000-entry package.json took a gigabyte. Lockfiles' installed packages
 * (30,000 and more in a large monorepo) are no direct dependencies and are not counted.
 */
export const MAX_DECLARED_PER_FILE = 20_000;

/** Counts each file's direct dependencies as a detector reports them, keeping the first `limit`. */
export class DeclaredCap {
  private readonly counts = new Map<string, number>();

  constructor(private readonly limit = MAX_DECLARED_PER_FILE) {}

  /** Whether `finding` is kept: anything but a direct dependency, or one within its file's limit. */
  keeps(finding: Finding): boolean {
    if (finding.direct !== true) return true;
    const count = (this.counts.get(finding.file) ?? 0) + 1;
    this.counts.set(finding.file, count);
    return count <= this.limit;
  }

  /** A warning's file and message for each file past the limit: how many it declares, how many were read. */
  warnings(): { file: string; message: string }[] {
    const out: { file: string; message: string }[] = [];
    for (const [file, count] of this.counts) {
      if (count > this.limit) out.push({ file, message: `${count} dependencies declared, only the first ${this.limit} read (no real manifest declares so many)` });
    }
    return out;
  }
}
