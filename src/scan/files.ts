import type { FileSource, ScanSignal, ScanWarning } from "../types.js";
import { decodeText } from "./decode.js";
import { nextTurn, stopIfAborted } from "./abort.js";
import { describeValue } from "../document/shape.js";
import { firstLineOf } from "../kit/text.js";
import { parseJson } from "../parse/json.js";
import { parseYaml } from "../parse/yaml.js";

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Where a skipped file's warning says the size limit is set, for each way a scan is run. */
const RAISE_LIMIT = " (raise it with --max-file-bytes N, max-file-bytes in techstack.config, or maxFileBytes from code)";
const MAX_CONCURRENT_READS = 32;
/** Where a scan can be aborted, its reads give the event loop a turn every this many (see read). */
const YIELD_EVERY_READS = 128;
/** The largest file `peek` reads: far above any script, far below a data file. */
export const PEEK_MAX_BYTES = 256 * 1024;

export type ParserKind = "json" | "yaml" | "toml" | "xml";
type Parser = (text: string, file: string, warn: (message: string) => void) => unknown;
/**
 * Each format's reader. The TOML and XML ones (smol-toml; fast-xml-parser, 130 KB with its
 * dependencies) are imported when a scan first parses such a file: most trees have neither, and
 * the bundle keeps them in chunks of their own. YAML's is the catalog's and the CLI's too.
 */
const parsers: Record<ParserKind, () => Parser | Promise<Parser>> = {
  json: () => (text) => parseJson(text),
  yaml: () => (text, file) => parseYaml(text, file),
  toml: async () => {
    const { parseToml } = await import("../parse/toml.js");
    return (text) => parseToml(text);
  },
  xml: async () => {
    const { parseXml } = await import("../parse/xml.js");
    return (text, _file, warn) => parseXml(text, warn);
  },
};

/**
 * The files of one scan: each read at most once, decoded once, parsed once per format, whatever
 * number of detectors ask. Problems become warnings that name the file.
 */
export class ScanFiles {
  readonly warnings: ScanWarning[] = [];
  filesRead = 0;
  /** Called after each file read, where the scan tells its progress (onProgress's reporter throttles it). */
  onRead?: () => void;
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly raw = new Map<string, Promise<Uint8Array | undefined>>();
  /** By format, then path: no key text made for each parse. */
  private readonly parsed: Record<ParserKind, Map<string, Promise<unknown>>> = { json: new Map(), yaml: new Map(), toml: new Map(), xml: new Map() };
  private readonly peeked = new Map<string, Promise<string | undefined>>();
  private active = 0;
  private sinceYield = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly source: FileSource,
    /** Which paths are listed (`has`), and the size the source gave each (`get`), if any. */
    private readonly listed: Pick<ReadonlyMap<string, number | undefined>, "has" | "get">,
    private readonly maxBytes = DEFAULT_MAX_FILE_BYTES,
    /** Once aborted, each read rejects with what the scan rejects with (never a warning), and none is made. */
    private readonly signal?: ScanSignal,
  ) {}

  exists(path: string): boolean {
    return this.listed.has(path);
  }

  warn(file: string, message: string): void {
    if (!this.warnings.some((w) => w.file === file && w.message === message)) this.warnings.push({ file, message });
  }

  text(path: string): Promise<string | undefined> {
    return once(this.texts, path, () => this.load(path));
  }

  /**
   * A small text file, for a detector that only glances at it (an interpreter line): undefined,
   * quietly, for a file over `PEEK_MAX_BYTES`, a binary or an unreadable one. A file nobody asked
   * for by name is no input to warn about. A file already read as text is not read again.
   */
  peek(path: string): Promise<string | undefined> {
    return this.texts.get(path) ?? once(this.peeked, path, () => this.glance(path));
  }

  /** The file's bytes, for binary formats; undefined, with a warning, when unreadable. */
  bytes(path: string): Promise<Uint8Array | undefined> {
    return once(this.raw, path, () => this.read(path));
  }

  parse<T>(path: string, kind: ParserKind): Promise<T | undefined> {
    const pending = once(this.parsed[kind], path, () =>
      Promise.all([this.text(path), parsers[kind]()]).then(([text, parser]) => {
        if (text === undefined) return undefined;
        try {
          const data = parser(text, path, (message) => this.warn(path, message));
          // Detectors walk what they get, often recursively, so the value is measured first.
          // YAML aliases share nodes: a small file can stand for billions of them (an alias bomb).
          // Any format can nest deeper than a recursive walk can follow (JSON 100,000 deep).
          const excess = oversized(data, kind === "yaml");
          if (excess) {
            this.warn(path, excess);
            return undefined;
          }
          return data;
        } catch (error) {
          this.warn(path, `malformed ${kind.toUpperCase()}: ${firstLine(error)}`);
          return undefined;
        }
      }),
    );
    return pending as Promise<T | undefined>;
  }

  private async load(path: string): Promise<string | undefined> {
    const bytes = await this.read(path);
    if (bytes === undefined) return undefined;
    const decoded = decodeText(bytes);
    if ("binary" in decoded) {
      this.warn(path, `skipped: binary content${decoded.hint ? ` (${decoded.hint})` : ""}`);
      return undefined;
    }
    if (decoded.note) this.warn(path, decoded.note);
    return decoded.text;
  }

  private async glance(path: string): Promise<string | undefined> {
    const bytes = await this.read(path, PEEK_MAX_BYTES, false);
    if (bytes === undefined) return undefined;
    const decoded = decodeText(bytes);
    return "binary" in decoded ? undefined : decoded.text;
  }

  /**
   * A listed file's bytes, up to `limit`, taking one of the reads in flight; undefined for a file
   * not listed, over the limit or unreadable, with a warning naming it when `warn` is set.
   */
  private async read(path: string, limit = this.maxBytes, warn = true): Promise<Uint8Array | undefined> {
    if (!this.listed.has(path)) return undefined;
    const known = this.listed.get(path);
    if (known !== undefined && known > limit) {
      if (warn) this.warn(path, `skipped: ${known} bytes is over the ${limit}-byte limit${RAISE_LIMIT}`);
      return undefined;
    }
    // A folder's reads are synchronous, each settled at once: without a turn of the event loop now
    // and then, an abort (a timer's, a process signal's) could not be seen until the last was read.
    if (this.signal && ++this.sinceYield % YIELD_EVERY_READS === 0) await nextTurn();
    stopIfAborted(this.signal);
    await this.acquire();
    try {
      // A read that waited its turn while the scan was aborted is not made.
      stopIfAborted(this.signal);
      const bytes = await this.source.read(path, limit);
      // A caller's own source giving text (or nothing) was taken for binary content, or an empty file.
      if (!(bytes instanceof Uint8Array)) throw new TypeError(`read() gave ${describeValue(bytes)}, not bytes (a Uint8Array)`);
      this.filesRead++;
      this.onRead?.();
      return bytes;
    } catch (error) {
      // An abort (or a read it cut short, a revision's git killed) stops the scan: no warning.
      stopIfAborted(this.signal);
      const code = (error as NodeJS.ErrnoException).code;
      if (warn) this.warn(path, code === "E2BIG" ? `skipped: over the ${limit}-byte limit${RAISE_LIMIT}` : `not readable: ${code ?? firstLine(error)}`);
      return undefined;
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < MAX_CONCURRENT_READS) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

const MAX_NODES = 2_000_000;
/** Far deeper than any real manifest (a package-lock v1 tree nests a few dozen levels). */
const MAX_DEPTH = 1_000;

/**
 * Why a parsed value is too large for detectors to walk (the warning, `skipped: ...`), or undefined:
 * more than `MAX_NODES` values once shared ones are counted each time (YAML aliases, `aliases` set),
 * or nested more than `MAX_DEPTH` levels.
 */
export function oversized(data: unknown, aliases: boolean): string | undefined {
  const excess = measure(data, aliases ? MAX_NODES : Infinity, MAX_DEPTH);
  if (excess === "nodes") return `skipped: more than ${MAX_NODES} values once aliases are expanded`;
  if (excess === "depth") return `skipped: nested more than ${MAX_DEPTH} levels deep`;
  return undefined;
}

/**
 * Walks a parsed value without recursion and says which budget it breaks, if any: more than
 * `maxNodes` nodes (shared ones counted each time they are reached) or more than `maxDepth` levels.
 */
export function measure(value: unknown, maxNodes: number, maxDepth: number): "nodes" | "depth" | undefined {
  let left = maxNodes;
  // Two stacks side by side and an object's own keys walked in place: no pair and no array of
  // values made per node (a lockfile's 100,000 of them made this walk cost more than its parse).
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (--left < 0) return "nodes";
    if (v && typeof v === "object") {
      if (depth >= maxDepth) return "depth";
      if (Array.isArray(v)) {
        for (const x of v) {
          if (x && typeof x === "object") {
            values.push(x);
            depths.push(depth + 1);
          } else if (--left < 0) return "nodes";
        }
      } else {
        // Own enumerable keys in Object.values' order.
        for (const key in v) {
          if (!Object.hasOwn(v, key)) continue;
          const x = (v as Record<string, unknown>)[key];
          if (x && typeof x === "object") {
            values.push(x);
            depths.push(depth + 1);
          } else if (--left < 0) return "nodes";
        }
      }
    }
  }
  return undefined;
}

function firstLine(error: unknown): string {
  return firstLineOf(error).slice(0, 200);
}

/** The promise `map` holds for `key`, made by `make` the first time it is asked for. */
function once<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let pending = map.get(key);
  if (!pending) map.set(key, (pending = make()));
  return pending;
}
