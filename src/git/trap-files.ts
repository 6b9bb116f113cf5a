import { lstatSync, statSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { coded } from "../errors.js";
import { readRegularFile } from "../io/read-regular.js";

/** Past this size a `.git` file, HEAD or commondir is not one git wrote (each is one short line). */
const MAX_POINTER_BYTES = 4096;

/**
 * The files of a git folder that git opens for every command a scan runs (its setup reads HEAD,
 * commondir and the configuration; ls-files the index and excludes; resolving HEAD the refs).
 * git opens each as it finds it: a FIFO there (or a link to one, or to a device) holds the process,
 * and so the scan, for ever.
 */
const SETUP_FILES = ["HEAD", "commondir", "config", "config.worktree", "index", "packed-refs", "shallow", "info/exclude", "objects/info/alternates"];

/**
 * Which of the files git would open in the repository that `dir` is in (found as git finds it,
 * from `dir` upward) is no regular file but a FIFO, a socket or a device, said as `.git/HEAD is a
 * FIFO`; undefined where none is, or where there is no repository to find (git then says so itself).
 * Links are followed, as git follows them. Objects and other refs are not looked at.
 */
export function gitTrapFile(dir: string): string | undefined {
  const found = gitFolderOf(resolve(dir));
  if (!found) return undefined;
  const { gitDir, shown } = found;
  const common = pointedFolder(gitDir, "commondir");
  const head = readPointer(join(gitDir, "HEAD"));
  const ref = /^ref: (refs\/\S+)/.exec(head ?? "")?.[1];
  const folders: Array<[string, string]> = [[gitDir, shown]];
  if (common) folders.push([common, common]);
  for (const [folder, name] of folders) {
    for (const file of ref ? [...SETUP_FILES, ref] : SETUP_FILES) {
      const kind = specialKind(statOrNothing(join(folder, file)));
      if (kind) return `${name}/${file} is ${kind}`;
    }
  }
  return undefined;
}

/**
 * Throws, as a git command that failed (`git rev-parse: .git/HEAD is a FIFO, ...`), where git run
 * in `repo` would open a FIFO or a device (gitTrapFile): the git command is not run.
 */
export function refuseTrappedRepository(repo: string, command: string): void {
  const trap = gitTrapFile(repo);
  if (trap) throw coded(new Error(`git ${command}: ${trap}, which git would wait on for ever: not run`), "TECHSTACK_GIT_FAILED");
}

/** The git folder of the repository `dir` is in (a `.git` folder, the one a `.git` file names, or `dir` itself where it is one), and how a warning names it. */
function gitFolderOf(start: string): { gitDir: string; shown: string } | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, ".git");
    const info = lstatOrNothing(dotGit);
    if (info?.isDirectory()) return { gitDir: dotGit, shown: dir === start ? ".git" : dotGit };
    if (info?.isFile()) {
      const target = /^gitdir: (.+)$/m.exec(readPointer(dotGit) ?? "")?.[1];
      if (target) return { gitDir: resolve(dir, target.trim()), shown: resolve(dir, target.trim()) };
    }
    // A bare repository, or a git folder scanned as such: its HEAD beside objects/ and refs/.
    if (lstatOrNothing(join(dir, "objects"))?.isDirectory() && lstatOrNothing(join(dir, "refs"))?.isDirectory() && lstatOrNothing(join(dir, "HEAD"))) {
      return { gitDir: dir, shown: dir === start ? "." : dir };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The folder a git folder's pointer file (`commondir`) names, resolved from the git folder. */
function pointedFolder(gitDir: string, name: string): string | undefined {
  const target = readPointer(join(gitDir, name))?.trim();
  return target ? resolve(gitDir, target) : undefined;
}

/** A small regular file's text; undefined for anything else (readRegularFile neither follows a link nor waits on a FIFO). */
function readPointer(path: string): string | undefined {
  try {
    return readRegularFile(path, MAX_POINTER_BYTES);
  } catch {
    return undefined;
  }
}

function specialKind(info: Stats | undefined): string | undefined {
  if (!info || info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return "a FIFO";
  if (info.isSocket()) return "a socket";
  return "a device";
}

function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
