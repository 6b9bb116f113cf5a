import { checkArgument, isFields } from "../document/shape.js";
import { nextTurn, stopIfAborted } from "../scan/abort.js";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Dirent } from "node:fs";
import { resolve, sep } from "node:path";
import type { FileEntry, FileSource, ScanSignal, ScanWarning } from "../types.js";
import { readWithin } from "../io/read-regular.js";
import { DEFAULT_IGNORED_DIRS, IgnoreRules, NESTED_REPOSITORY, type FolderRules } from "./ignore-rules.js";

const YIELD_EVERY_DIRS = 64;
const MAX_GITIGNORE_BYTES = 1024 * 1024;
const MAX_ONE_READ = 2 ** 31 - 1;
const TOO_LARGE_PATTERN = "a pattern too large to apply (its regular expression is refused) is left out; the file's other patterns apply";
// A file swapped for a link or a FIFO after the listing is neither followed nor waited on.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A local directory. The walk reads each folder once, applies every `.gitignore` as it goes down,
 * prunes ignored folders before entering them, and never follows a symbolic link.
 */
export class DirectorySource implements FileSource {
  readonly label: string;
  readonly warnings: ScanWarning[] = [];
  readonly passedOver: Array<{ path: string; kind: "symbolic link" | "socket" }> = [];
  private readonly root: string;
  private readonly rootSlash: string;

  /**
   * With `skipRepositories`, a folder below the root holding its own `.git` (a submodule, a clone
   * inside the checkout) is another repository: it is left out with a warning, as git's own
   * listing (and so a `--rev` scan, or a checkout without submodules) leaves it out. `ignored`
   * lists the untracked paths git ignores (a folder once, without its slash): `.git/info/exclude`
   * and `core.excludesFile` apply, which the walk's own reading of .gitignore files cannot see.
   * An aborted `signal` stops the walk before its next folder (list() rejects as a scan does).
   */
  constructor(
    root: string,
    private readonly options: { skipRepositories?: boolean; tracked?: ReadonlySet<string>; ignored?: ReadonlySet<string>; signal?: ScanSignal } = {},
  ) {
    checkArgument("DirectorySource", "root", typeof root === "string", "a directory path (a string)", root);
    checkArgument("DirectorySource", "options", options === undefined || isFields(options), "an object ({ skipRepositories, tracked, ignored, signal })", options);
    this.root = resolve(root);
    // A root such as "/" or "C:\\" already ends with a separator.
    this.rootSlash = this.root.endsWith(sep) ? this.root : `${this.root}/`;
    this.label = this.root;
    // A file the repository tracks is scanned though a .gitignore matches it (git add -f, or
    // committed before the rule): the folders above it are entered for it.
    for (const path of options.tracked ?? []) {
      for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
        const dir = path.slice(0, slash);
        if (this.trackedDirs.has(dir)) break;
        this.trackedDirs.add(dir);
      }
    }
  }

  private readonly trackedDirs = new Set<string>();
  /** Ignored folders entered only because tracked files are inside them. */
  private readonly enteredForTracked = new Set<string>();

  async list(): Promise<FileEntry[]> {
    const rules = new IgnoreRules();
    const files: FileEntry[] = [];
    const pending: string[] = [""];
    // Synchronous reads are several times cheaper than promise-based ones for a walk of many small
    // folders; the walk yields to the event loop every few folders so other work is not starved.
    for (let done = 0; pending.length > 0; done++) {
      if (done % YIELD_EVERY_DIRS === YIELD_EVERY_DIRS - 1) await nextTurn();
      stopIfAborted(this.options.signal);
      this.readDir(pending.pop()!, rules, files, pending);
    }
    return files;
  }

  /**
   * Reads synchronously: manifests are small, and one synchronous read costs a fraction of the
   * four thread-pool round trips (open, stat, read, close) of a promise-based one.
   */
  async read(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const fd = openSync(this.onDisk(path), OPEN_FLAGS);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: "EISDIR" });
      if (info.size > maxBytes) throw Object.assign(new Error("too large"), { code: "E2BIG" });
      // The size just read sizes the buffer, as readFileSync would after asking for it again; a
      // file that reports none (a FUSE or proc file: read in chunks up to the limit), or more than
      // one read can take, is left to readWithin.
      if (info.size > 0 && info.size <= MAX_ONE_READ) return readUpTo(fd, info.size);
      const bytes = readWithin(fd, info.size, maxBytes);
      if (!bytes) throw Object.assign(new Error("too large"), { code: "E2BIG" });
      return bytes;
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Names that are not UTF-8 (a Latin-1 `café` written by an old tool) are listed as they decode,
   * with U+FFFD for the bytes that are not, as `git ls-files` names them to techstack; the bytes
   * on disk are kept here, so such a file or folder is still read.
   */
  private readonly rawPaths = new Map<string, Buffer>();

  /**
   * Where a listed path is on disk: its own bytes for a name that is not UTF-8 (or inside a folder
   * so named). `dir`, for a file not listed (a .gitignore), is the listed folder holding it.
   */
  private onDisk(path: string, dir?: string): string | Buffer {
    const folderRaw = dir === undefined ? undefined : this.rawPaths.get(dir);
    const raw = folderRaw ? Buffer.concat([folderRaw, Buffer.from(path.slice(dir!.length))]) : this.rawPaths.get(path);
    if (raw) return Buffer.concat([Buffer.from(`${this.root}/`), raw]);
    // Listed paths are already normal (names joined by "/", no "." or ".." part) and the root is
    // resolved: joined as text, without `path.join`'s normalizing pass over each folder and read.
    return path === "" ? this.root : `${this.rootSlash}${path}`;
  }

  private readDir(dir: string, rules: IgnoreRules, files: FileEntry[], pending: string[]): void {
    const listing = this.listFolder(dir);
    if (listing === undefined) return;
    const { entries, byBytes } = listing;
    if (dir && this.options.skipRepositories && entries.some((entry) => entry.name === ".git")) {
      this.warnings.push({ file: dir, message: NESTED_REPOSITORY });
      return;
    }
    this.addGitignore(dir, entries, rules);
    const ignoredAbove = this.enteredForTracked.has(dir);
    const folderRules = rules.rulesFor(dir);
    const seen = new Set<string>();
    // The folder's own bytes, where it or a folder above it has a name that is not UTF-8.
    const rawDir = this.rawPaths.get(dir);
    for (const entry of entries) {
      // Joined, not concatenated: a concatenation is a pair of cons strings that the first
      // `endsWith` or hash copies flat, and with 100,000 paths the pairs outlive two scavenges and
      // are promoted as garbage for a full collection to find; `join` writes the flat string.
      const path = dir ? [dir, entry.name].join("/") : entry.name;
      // Symbolic links, sockets and devices are never followed or read.
      if (!this.isListed(entry, path, ignoredAbove, rules, folderRules)) continue;
      if (byBytes && this.isSecondOfName(entry, path, seen)) continue;
      if (entry.rawName || rawDir) this.keepRawPath(entry, path, dir, rawDir);
      if (entry.isDirectory()) pending.push(path);
      else files.push({ path });
    }
  }

  /** A folder's entries (listed as bytes where a name is not UTF-8), or none, with a warning, where it cannot be read. */
  private listFolder(dir: string): { entries: RawDirent[]; byBytes: boolean } | undefined {
    try {
      const entries = readdirSync(this.onDisk(dir), { withFileTypes: true });
      // A name decoded with U+FFFD may hold bytes that are not UTF-8: the folder is listed again
      // as bytes to keep them.
      if (entries.some((entry) => entry.name.includes("\uFFFD"))) return { entries: bytesListing(this.onDisk(dir)), byBytes: true };
      return { entries, byBytes: false };
    } catch (error) {
      this.warnings.push({ file: dir || ".", message: `folder not readable: ${(error as NodeJS.ErrnoException).code ?? error}` });
      return undefined;
    }
  }

  /** The rules of the folder's `.gitignore`, if it has one, added to those of the folders above. */
  private addGitignore(dir: string, entries: RawDirent[], rules: IgnoreRules): void {
    for (const entry of entries) {
      if (entry.name === ".gitignore" && entry.isFile()) {
        const file = dir ? `${dir}/.gitignore` : ".gitignore";
        const text = readIgnoreFile(this.onDisk(file, dir));
        if (text !== undefined && rules.addGitignore(dir, text) > 0) this.warnings.push({ file, message: TOO_LARGE_PATTERN });
        return;
      }
    }
  }

  /**
   * Whether an entry is listed: a folder to enter, or a file to read. `ignoredAbove`: the folder
   * holding it was entered only for its tracked files.
   */
  private isListed(entry: RawDirent, path: string, ignoredAbove: boolean, rules: IgnoreRules, folderRules: FolderRules): boolean {
    if (entry.isDirectory()) {
      // An ignored folder (or one inside an ignored folder entered for its tracked files) is
      // entered only for the tracked files in it; the ignore rules are asked once per folder.
      const ignored = ignoredAbove || this.options.ignored?.has(path) === true || rules.ignoredIn(folderRules, entry.name, path, true);
      if (!ignored) return true;
      if (!this.trackedDirs.has(path) || DEFAULT_IGNORED_DIRS.has(entry.name)) return false;
      this.enteredForTracked.add(path);
      return true;
    }
    if (entry.isFile()) {
      const tracked = this.options.tracked?.has(path) ?? false;
      return ignoredAbove ? tracked : tracked || (this.options.ignored?.has(path) !== true && !rules.ignoredIn(folderRules, entry.name, path, false));
    }
    if (entry.isSymbolicLink() || entry.isSocket()) {
      // Never followed or read, but kept where a file would be (not ignored): the scan warns of
      // one a detector would read (`app/package.json -> ../shared/package.json`), and counts links.
      const tracked = this.options.tracked?.has(path) ?? false;
      const kept = ignoredAbove ? tracked : tracked || (this.options.ignored?.has(path) !== true && !rules.ignoredIn(folderRules, entry.name, path, false));
      if (kept) this.passedOver.push({ path, kind: entry.isSymbolicLink() ? "symbolic link" : "socket" });
      return false;
    }
    if (!ignoredAbove && (entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice())) {
      // A FIFO or device in place of a file (a manifest name made a named pipe) is never opened,
      // so never waited on; it is said, as an unreadable file is, unless ignored.
      if (!rules.ignoredIn(folderRules, entry.name, path, false)) this.warnings.push({ file: path, message: `not a regular file (${specialKind(entry)}): not read` });
    }
    return false;
  }

  /** Two names whose bytes differ only where they are not UTF-8 decode alike: the first stands, the second is skipped with a warning. */
  private isSecondOfName(entry: RawDirent, path: string, seen: Set<string>): boolean {
    if (seen.has(entry.name)) {
      this.warnings.push({ file: path, message: "skipped: its name is not UTF-8 and reads as another name of the same folder" });
      return true;
    }
    seen.add(entry.name);
    return false;
  }

  /** The bytes on disk of a listed path whose name, or a folder's above it (`rawDir`), is not UTF-8. */
  private keepRawPath(entry: RawDirent, path: string, dir: string, rawDir: Buffer | undefined): void {
    const rawName = entry.rawName;
    this.rawPaths.set(path, Buffer.concat([rawDir ?? Buffer.from(dir), Buffer.from(dir ? "/" : ""), rawName ?? Buffer.from(entry.name)]));
    if (rawName) this.warnings.push({ file: path, message: "its name is not UTF-8: listed with U+FFFD for the bytes that are not" });
  }
}

type RawDirent = Dirent & { rawName?: Buffer };

/** Up to `size` bytes from the start of an open file, fewer where it ends sooner (as readFileSync reads a file of that size). */
function readUpTo(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  for (let n = -1; n !== 0 && at < size; at += n) n = readSync(fd, buffer, at, size - at, at);
  return at < size ? buffer.subarray(0, at) : buffer;
}

function specialKind(entry: Dirent): string {
  return entry.isFIFO() ? "a FIFO" : "a device";
}

/** The entries of a folder listed as bytes: each name decoded, and its bytes kept as `rawName` where they are not UTF-8. */
function bytesListing(folder: string | Buffer): RawDirent[] {
  return readdirSync(folder, { withFileTypes: true, encoding: "buffer" }).map((entry) => {
    const bytes = entry.name as unknown as Buffer;
    const name = bytes.toString("utf8");
    const dirent = entry as unknown as RawDirent;
    Object.defineProperty(dirent, "name", { value: name, configurable: true, enumerable: true, writable: true });
    if (!Buffer.from(name).equals(bytes)) dirent.rawName = bytes;
    return dirent;
  });
}

/** A `.gitignore`'s text (or another file of its rules: git's info/exclude); an unreadable or implausibly large one (a sparse 1 GB file) is skipped. */
export function readIgnoreFile(file: string | Buffer): string | undefined {
  try {
    const fd = openSync(file, OPEN_FLAGS);
    try {
      const size = fstatSync(fd).size;
      return size > MAX_GITIGNORE_BYTES ? undefined : readWithin(fd, size, MAX_GITIGNORE_BYTES)?.toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
