import { existsSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Why a file or folder could not be written, in words a user acts on, with the system's code
 * after them for a search (`permission denied (EACCES)`), then what to do: `instead` (`give --out
 * a folder you can write to`), or, for a full disk, to free space. Node's own message
 * (`EACCES: permission denied, open '/x/.techstack.yml.123.tmp'`) named a temporary file the user
 * never asked for.
 */
export function cannotWrite(error: unknown, instead: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const full = code === "ENOSPC" || code === "EDQUOT";
  return `${whyUnwritable(error)}; ${full ? "free some space, then run it again" : instead}`;
}

/** The reason alone: `the disk is full (ENOSPC)`; an error without a code, its first line. */
export function whyUnwritable(error: unknown): string {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : reasonOf(code, path, syscall);
  if (reason) return `${reason} (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

function reasonOf(code: string, path: string | undefined, syscall: string | undefined): string | undefined {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EISDIR":
      return "a folder of that name is in the way";
    case "ENOTDIR": {
      const file = path === undefined ? undefined : fileAbove(path);
      return file ? `${file} is a file, not a folder` : "a part of the path is a file, not a folder";
    }
    case "ENOENT": {
      // A file opened in a folder that is not there; else the system makes nothing there (/proc).
      const folder = path === undefined || syscall === "mkdir" ? undefined : dirname(path);
      return folder && !existsSync(folder) ? `the folder ${folder} does not exist` : "nothing can be made there";
    }
    default:
      return undefined;
  }
}

/** The nearest path at or above `path` that exists, where it is a file. */
function fileAbove(path: string): string | undefined {
  for (let at = path; ; at = dirname(at)) {
    if (existsSync(at)) {
      try {
        return statSync(at).isFile() ? at : undefined;
      } catch {
        return undefined;
      }
    }
    if (dirname(at) === at) return undefined;
  }
}
