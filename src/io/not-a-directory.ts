import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * "not a directory: PATH", and where PATH is a file (`techstack detect package.json`, a pre-commit
 * hook passing the staged files to check), the folder to give instead: the one that holds it.
 */
export function notADirectory(path: string): string {
  let file = false;
  try {
    file = statSync(path).isFile();
  } catch {
    // gone since it was looked at, or unreadable: the bare words
  }
  return `not a directory: ${path}${file ? ` is a file; give the folder that holds it, ${dirname(resolve(path))}` : ""}`;
}
