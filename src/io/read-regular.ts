import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
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
    return textByBom(readFileSync(fd));
  } finally {
    closeSync(fd);
  }
}
