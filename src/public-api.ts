/**
 * The small helpers the package exports, each refusing an argument of the wrong kind with a
 * TypeError naming it (a JavaScript caller has no type checker). The engine calls the unchecked
 * functions, on the hot path of a scan.
 */
import { checkArgument } from "./document/shape.js";
import * as ranges from "./versions/range.js";
import * as paths from "./kit/paths.js";
import * as texts from "./kit/text.js";

const isText = (value: unknown): value is string => typeof value === "string";

/** The lowest version a declared range allows (`^18.2.0` -> `18.2.0`); undefined for what names no version. */
export function lowestVersion(range: string | undefined): string | undefined {
  checkArgument("lowestVersion", "range", range === undefined || isText(range), "a string or undefined", range);
  return ranges.lowestVersion(range);
}

/** The highest of `versions` that `range` allows. */
export function bestMatch(versions: readonly string[], range: string | undefined): string | undefined {
  checkArgument("bestMatch", "versions", Array.isArray(versions) && versions.every(isText), "a list of strings", versions);
  checkArgument("bestMatch", "range", range === undefined || isText(range), "a string or undefined", range);
  return ranges.bestMatch(versions, range);
}

/** `v18.17.0` -> `18.17.0`; `18` -> `18.0.0`; `3.12` -> `3.12.0`; anything else unchanged. */
export function fullVersion(version: string): string {
  checkArgument("fullVersion", "version", isText(version), "a string", version);
  return ranges.fullVersion(version);
}

/** The folder part of a `/`-separated path (`a/b/c.json` -> `a/b`; "" at the top). */
export function dirOf(path: string): string {
  checkArgument("dirOf", "path", isText(path), "a string", path);
  return paths.dirOf(path);
}

/** The last part of a `/`-separated path. */
export function baseName(path: string): string {
  checkArgument("baseName", "path", isText(path), "a string", path);
  return paths.baseName(path);
}

/** The 1-based line where `needle` first appears in `text`, or undefined. */
export function lineOf(text: string, needle: string): number | undefined {
  checkArgument("lineOf", "text", isText(text), "a string", text);
  checkArgument("lineOf", "needle", isText(needle), "a string", needle);
  return texts.lineOf(text, needle);
}

/** `relative` from the folder `dir`, as a path from the root; undefined where it leads out of the tree. */
export function joinInside(dir: string, relative: string): string | undefined {
  checkArgument("joinInside", "dir", isText(dir), "a string", dir);
  checkArgument("joinInside", "relative", isText(relative), "a string", relative);
  return paths.joinInside(dir, relative);
}
