import type { Detector, FileSource } from "../types.js";

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
