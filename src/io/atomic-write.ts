import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Replaces a file all at once: the new content goes to a temporary file in the same folder,
 * is flushed to disk, then renamed over the old one. A reader sees the old file or the new one,
 * never half of either, even if the process dies midway.
 */
export function writeFileAtomic(path: string, content: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, "w");
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // No temporary file was made (its folder is missing or not one): the first error says why.
    }
    // The file the caller asked for, in the system's words without the temporary file's path
    // (the error keeps its code and syscall).
    if (error instanceof Error) error.message = `cannot write ${path}: ${error.message.replace(/, \w+ '.*'$/s, "")}`;
    throw error;
  }
}
