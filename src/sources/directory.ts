import { open, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { FileEntry, FileSource, ScanWarning } from "../types.js";
import { IgnoreRules } from "./ignore-rules.js";

const MAX_CONCURRENT_DIRS = 64;

/**
 * A local directory. The walk reads each folder once, applies every `.gitignore` as it goes down,
 * prunes ignored folders before entering them, and never follows a symbolic link.
 */
export class DirectorySource implements FileSource {
  readonly label: string;
  readonly warnings: ScanWarning[] = [];
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.label = this.root;
  }

  async list(): Promise<FileEntry[]> {
    const rules = new IgnoreRules();
    const files: FileEntry[] = [];
    const queue: string[] = [""];
    let next = 0;
    let active = 0;
    await new Promise<void>((done, fail) => {
      const pump = (): void => {
        if (next === queue.length && active === 0) return done();
        while (active < MAX_CONCURRENT_DIRS && next < queue.length) {
          const dir = queue[next++]!;
          active++;
          this.readDir(dir, rules, files, queue)
            .then(() => {
              active--;
              pump();
            }, fail);
        }
      };
      pump();
    });
    return files;
  }

  async read(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const handle = await open(join(this.root, path), "r");
    try {
      const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (!isFile) throw Object.assign(new Error("not a regular file"), { code: "EISDIR" });
      if (size > maxBytes) throw Object.assign(new Error("too large"), { code: "E2BIG" });
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  private async readDir(dir: string, rules: IgnoreRules, files: FileEntry[], queue: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(this.root, dir), { withFileTypes: true });
    } catch (error) {
      this.warnings.push({ file: dir || ".", message: `folder not readable: ${(error as NodeJS.ErrnoException).code ?? error}` });
      return;
    }
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
      const text = await readText(join(this.root, dir, ".gitignore"));
      if (text !== undefined) rules.addGitignore(dir, text);
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!rules.ignoredEntry(path, true)) queue.push(path);
      } else if (entry.isFile()) {
        if (!rules.ignoredEntry(path, false)) files.push({ path });
      }
      // Symbolic links, sockets and devices are never followed or read.
    }
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    const handle = await open(file, "r");
    try {
      return await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
