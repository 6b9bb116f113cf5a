import { coded } from "../errors.js";
import type { FileEntry, FileSource } from "../types.js";
import { filterListed } from "./ignore-rules.js";
import { describeValue } from "../document/shape.js";

/** An in-memory tree: path to content. For importers that already hold the files, and for tests. */
export class MemorySource implements FileSource {
  readonly label = "memory";
  private readonly files: Map<string, Uint8Array>;

  constructor(files: Record<string, string | Uint8Array> | Map<string, string | Uint8Array>) {
    const encoder = new TextEncoder();
    this.files = new Map();
    if (!(files instanceof Map) && (typeof files !== "object" || files === null || Array.isArray(files))) {
      throw coded(new TypeError(`MemorySource: expected the files as an object or a Map of paths to text or bytes, not ${describeValue(files)}`), "TECHSTACK_BAD_ARGUMENT");
    }
    const entries = files instanceof Map ? [...files] : Object.entries(files);
    for (const [path, content] of entries) {
      if (typeof content !== "string" && !(content instanceof Uint8Array)) throw coded(new TypeError(`MemorySource: '${String(path)}' must be text or bytes, not ${describeValue(content)}`), "TECHSTACK_BAD_ARGUMENT");
      // The document would name a file outside the repository as its source.
      if (String(path).split("/").includes("..")) throw coded(new TypeError(`MemorySource: '${String(path)}' leads out of the tree (a path from its root, without ..)`), "TECHSTACK_BAD_ARGUMENT");
      this.files.set(path.replace(/^\.?\/+/, ""), typeof content === "string" ? encoder.encode(content) : content);
    }
  }

  async list(): Promise<FileEntry[]> {
    const entries = [...this.files].map(([path, bytes]) => ({ path, size: bytes.byteLength }));
    return filterListed(entries, async (path) => new TextDecoder().decode(this.files.get(path)));
  }

  async read(path: string, maxBytes = Infinity): Promise<Uint8Array> {
    const bytes = this.files.get(path);
    if (!bytes) throw Object.assign(new Error(`no such file: ${path}`), { code: "ENOENT" });
    if (bytes.byteLength > maxBytes) throw Object.assign(new Error("too large"), { code: "E2BIG" });
    return bytes;
  }
}
