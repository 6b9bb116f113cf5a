import type { Detector, FileSource } from "../types.js";
import type { DetectOptions } from "../detect.js";

/** A scan's target, when it is not a path: a FileSource, or a TypeError saying what it is instead. */
export function checkFileSource(value: unknown): asserts value is FileSource {
  const source = value as Partial<FileSource> | null | undefined;
  if (typeof source?.list === "function" && typeof source.read === "function") return;
  const kind = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value === "object" ? "an object without list and read" : String(value);
  throw new TypeError(`scan: expected a directory path or a FileSource (with list and read), not ${kind}`);
}

/** A custom detector with what the scan needs of it, or a TypeError saying what is missing. */
export function checkDetector(detector: Detector, i: number): void {
  const d = detector as Partial<Detector> | null | undefined;
  if (typeof d?.name !== "string" || !d.name) throw new TypeError(`detector ${i}: needs a name (a string)`);
  if (!Array.isArray(d.files) || !d.files.every((f) => typeof f === "string")) throw new TypeError(`detector '${d.name}': files must be a list of globs ([] for the whole tree)`);
  if (typeof d.detect !== "function") throw new TypeError(`detector '${d.name}': needs a detect(ctx) function`);
}

/**
 * The options a JavaScript caller (no type checker) can get wrong in ways that would otherwise
 * fail deep inside ("globs.map is not a function") or do nothing without a word: each is a
 * TypeError naming the option. `builtins` are the names `disable` may give.
 */
export function checkOptions(options: DetectOptions, target: unknown, builtins: readonly string[]): void {
  for (const key of ["include", "exclude"] as const) {
    const globs = options[key] as unknown;
    if (globs !== undefined && !(Array.isArray(globs) && globs.every((g) => typeof g === "string"))) {
      throw new TypeError(`${key}: expected a list of globs (["legacy/**"]), not ${JSON.stringify(globs)}`);
    }
  }
  const disable = options.disable as unknown;
  if (disable !== undefined && disable !== true) {
    if (!Array.isArray(disable) || !disable.every((d) => typeof d === "string")) throw new TypeError(`disable: expected true or a list of built-in detector names, not ${JSON.stringify(disable)}`);
    const unknown = disable.find((d) => !builtins.includes(d));
    if (unknown !== undefined) throw new TypeError(`disable: no built-in detector is named '${unknown}' (known: ${builtins.join(", ")})`);
  }
  const max = options.maxFileBytes as unknown;
  if (max !== undefined && !(typeof max === "number" && max > 0)) throw new TypeError(`maxFileBytes: expected a number of bytes above 0, not ${JSON.stringify(max)}`);
  if (options.rev !== undefined && typeof target !== "string") throw new TypeError("rev: only a directory path has revisions; a FileSource is read as it is");
}
