import { lstatSync, readdirSync, statSync, type Stats } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
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
  for (const [folder, name] of folders) {
    for (const file of CONFIG_FILES) {
      const trap = includedTrap(join(folder, file), `${name}/${file}`, folder, name, 0);
      if (trap) return trap;
    }
  }
  return undefined;
}

/** The configuration files of a git folder that git reads, each of which may include others. */
const CONFIG_FILES = ["config", "config.worktree"];
/** How deep git follows includes (its own limit: a deeper chain is an error of git's). */
const MAX_INCLUDE_DEPTH = 10;
/** Past this size a configuration's includes are not looked for (the silence watch still ends a git that waits). */
const MAX_CONFIG_BYTES = 64 << 20;

/**
 * A file a configuration includes (`[include] path = ...`, or an `[includeIf "..."]`'s, whatever
 * its condition) that is a FIFO, a socket or a device, said as `.git/trap is a FIFO (included by
 * .git/config)`, following includes of regular files as git follows them; undefined where none is.
 * A path is taken as git takes it: `~/` from the home folder, a relative one from the including
 * file's folder.
 */
function includedTrap(config: string, shown: string, gitDir: string, gitShown: string, depth: number): string | undefined {
  if (depth >= MAX_INCLUDE_DEPTH) return undefined;
  for (const path of includePaths(config)) {
    const target = path.startsWith("~/") ? join(homedir(), path.slice(2)) : resolve(dirname(config), path);
    const info = statOrNothing(target);
    const within = relative(gitDir, target);
    const targetShown = within && !within.startsWith("..") && !isAbsolute(within) ? `${gitShown}/${within}` : target;
    const kind = specialKind(info);
    if (kind) return `${targetShown} is ${kind} (included by ${shown})`;
    if (info?.isFile()) {
      const deeper = includedTrap(target, targetShown, gitDir, gitShown, depth + 1);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

/** Each configuration file's include paths, kept while the file is unchanged: a scan's every git command asks. */
const includesRead = new Map<string, { stamp: string; paths: string[] }>();

/** The paths a git configuration file includes, as written; none where it cannot be read. */
function includePaths(config: string): string[] {
  const info = statOrNothing(config);
  if (!info?.isFile() || info.size > MAX_CONFIG_BYTES) return [];
  const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
  const known = includesRead.get(config);
  if (known?.stamp === stamp) return known.paths;
  const text = readPointer(config, MAX_CONFIG_BYTES) ?? "";
  const paths = /include/i.test(text) ? includesIn(text) : [];
  includesRead.set(config, { stamp, paths });
  return paths;
}

/** The `path` values of a configuration text's `[include]` and `[includeIf "..."]` sections. */
export function includesIn(text: string): string[] {
  const paths: string[] = [];
  let including = false;
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"(?:[^"\\]|\\.)*")?\s*\]/.exec(line);
    if (line.startsWith("[")) {
      including = header !== null && /^include(?:if)?$/i.test(header[1]!);
      line = header ? line.slice(header[0].length).trim() : "";
    }
    if (!including) continue;
    const entry = /^path\s*=(.*)$/i.exec(line);
    if (entry) {
      const value = configValue(entry[1]!);
      if (value) paths.push(value);
    }
  }
  return paths;
}

/** A configuration value as git reads it: quotes joined, `\"` and `\\` unescaped, a `#` or `;` outside quotes ending it, outer blanks dropped. */
function configValue(raw: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "\\" && i + 1 < raw.length) out += ESCAPES[raw[++i]!] ?? raw[i]!;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "#" || c === ";")) break;
    else out += c;
  }
  return out.trim();
}
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", b: "\b" };

/** How far the search for a FIFO in a git folder goes, in entries, once a git process has been stopped for its silence. */
const MAX_SEARCHED = 200_000;

/**
 * What a git process that wrote nothing for a long time may have been waiting on: a FIFO, a socket
 * or a device anywhere in the repository's git folder and its common folder (a loose object, a
 * pack, a ref), or one its configuration includes, said as gitTrapFile says it; undefined where
 * none is found in the first 200,000 entries. Asked once a git process has been stopped, never
 * before each command (a git folder may hold a million loose objects).
 */
export function gitTrapAnywhere(dir: string): string | undefined {
  const setup = gitTrapFile(dir);
  if (setup) return setup;
  const found = gitFolderOf(resolve(dir));
  if (!found) return undefined;
  const common = pointedFolder(found.gitDir, "commondir");
  let budget = MAX_SEARCHED;
  for (const [root, shown] of common ? [[found.gitDir, found.shown], [common, common]] : [[found.gitDir, found.shown]]) {
    const pending = [""];
    while (pending.length > 0 && budget > 0) {
      const folder = pending.pop()!;
      let entries;
      try {
        entries = readdirSync(join(root!, folder), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (--budget < 0) break;
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) pending.push(path);
        else if (!entry.isFile()) {
          const kind = specialKind(entry.isSymbolicLink() ? statOrNothing(join(root!, path)) : lstatOrNothing(join(root!, path)));
          if (kind) return `${shown}/${path} is ${kind}`;
        }
      }
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
function readPointer(path: string, maxBytes = MAX_POINTER_BYTES): string | undefined {
  try {
    return readRegularFile(path, maxBytes);
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
