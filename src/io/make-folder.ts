import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Makes a folder and the missing ones above it, one level at a time. Node's own recursive mkdir
 * spins for ever where making a folder fails with ENOENT though its parent exists (under /proc);
 * here that error, like any other, is thrown.
 */
export function makeFolder(path: string): void {
  const missing: string[] = [];
  for (let dir = resolve(path); !existsSync(dir); dir = dirname(dir)) {
    missing.push(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}
