import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { textByBom } from "../scan/decode.js";

// Not through a link (the last part of the path), and never waiting on a FIFO.
const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A repository's own small file (its configuration, a package.json), read as the scan reads
 * files: a symbolic link is not followed, and anything but a regular file of at most `maxBytes`
 * (a link to /dev/zero, a FIFO, a huge file) is an Error saying so, never a hang. A file that
 * opens with a BOM is decoded as the scan decodes a manifest (a UTF-8 BOM dropped, UTF-16 read as
 * UTF-16), as a Windows editor or PowerShell's `>` saves one; any other is read as UTF-8.
 */
export function readRegularFile(path: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(path, FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") throw new Error("a symbolic link, not read");
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error("not a regular file, not read");
    if (info.size > maxBytes) throw new Error(`larger than ${maxBytes} bytes, not read`);
    const bytes = readWithin(fd, info.size, maxBytes);
    if (!bytes) throw new Error(`larger than ${maxBytes} bytes, not read`);
    return textByBom(bytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * An open regular file's bytes, or undefined where they run past `maxBytes`. `size` is what fstat
 * reported: a file system that reports 0 for a file with content (Linux's /proc and /sys, some FUSE
 * mounts) is read in chunks up to the limit, where reading it whole never ends for some
 * (/proc/self/pagemap). A size reported is read as such, as readFileSync reads it.
 */
export function readWithin(fd: number, size: number, maxBytes: number): Buffer | undefined {
  if (size > 0 || maxBytes === Infinity) return readFileSync(fd);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // Whole chunks: some such files read only in multiples of their record (pagemap's 8 bytes).
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) return undefined;
  }
}
