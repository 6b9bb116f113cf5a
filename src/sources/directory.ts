import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import { join, resolve } from "node:path";
import type { FileEntry, FileSource, ScanWarning } from "../types.js";
import { DEFAULT_IGNORED_DIRS, IgnoreRules } from "./ignore-rules.js";

const YIELD_EVERY_DIRS = 64;
const MAX_GITIGNORE_BYTES = 1024 * 1024;
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
  private readonly root: string;

  /**
   * With `skipRepositories`, a folder below the root holding its own `.git` (a submodule, a clone
   * inside the checkout) is another repository: it is left out with a warning, as git's own
   * listing (and so a `--rev` scan, or a checkout without submodules) leaves it out.
   */
  constructor(
    root: string,
    private readonly options: { skipRepositories?: boolean; tracked?: ReadonlySet<string> } = {},
  ) {
    this.root = resolve(root);
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
      if (done % YIELD_EVERY_DIRS === YIELD_EVERY_DIRS - 1) await new Promise((resolve) => setImmediate(resolve));
      this.readDir(pending.pop()!, rules, files, pending);
    }
    return files;
  }

  /**
   * Reads synchronously: manifests are small, and one synchronous read costs a fraction of the
   * four thread-pool round trips (open, stat, read, close) of a promise-based one.
   */
  async read(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const fd = openSync(join(this.root, path), OPEN_FLAGS);
    try {
      const info = fstatSync(fd);
      if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: "EISDIR" });
      if (info.size > maxBytes) throw Object.assign(new Error("too large"), { code: "E2BIG" });
      return readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  private readDir(dir: string, rules: IgnoreRules, files: FileEntry[], pending: string[]): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(this.root, dir), { withFileTypes: true });
    } catch (error) {
      this.warnings.push({ file: dir || ".", message: `folder not readable: ${(error as NodeJS.ErrnoException).code ?? error}` });
      return;
    }
    if (dir && this.options.skipRepositories && entries.some((entry) => entry.name === ".git")) {
      this.warnings.push({ file: dir, message: "another git repository (a submodule or a nested clone): not scanned" });
      return;
    }
    for (const entry of entries) {
      if (entry.name === ".gitignore" && entry.isFile()) {
        const text = readText(join(this.root, dir, ".gitignore"));
        const file = dir ? `${dir}/.gitignore` : ".gitignore";
        if (text !== undefined && rules.addGitignore(dir, text) > 0) this.warnings.push({ file, message: TOO_LARGE_PATTERN });
        break;
      }
    }
    const ignoredAbove = this.enteredForTracked.has(dir);
    const folderRules = rules.rulesFor(dir);
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // An ignored folder (or one inside an ignored folder entered for its tracked files) is
        // entered only for the tracked files in it; the ignore rules are asked once per folder.
        const ignored = ignoredAbove || rules.ignoredIn(folderRules, entry.name, path, true);
        if (!ignored) pending.push(path);
        else if (this.trackedDirs.has(path) && !DEFAULT_IGNORED_DIRS.has(entry.name)) {
          this.enteredForTracked.add(path);
          pending.push(path);
        }
      } else if (entry.isFile()) {
        const tracked = this.options.tracked?.has(path) ?? false;
        if (ignoredAbove ? tracked : tracked || !rules.ignoredIn(folderRules, entry.name, path, false)) files.push({ path });
      }
      // Symbolic links, sockets and devices are never followed or read.
    }
  }
}

/** A `.gitignore`'s text; an unreadable or implausibly large one (a sparse 1 GB file) is skipped. */
function readText(file: string): string | undefined {
  try {
    const fd = openSync(file, OPEN_FLAGS);
    try {
      return fstatSync(fd).size > MAX_GITIGNORE_BYTES ? undefined : readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
