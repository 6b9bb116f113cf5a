import type { CommentSyntax } from "../../src/kit.js";

/** Scala's comments (sbt's and Mill's builds): `//` to the line's end and `/* ... *\/`, outside `"` strings. */
export const SCALA: CommentSyntax = { line: ["//"], block: ["/*", "*/"], quotes: '"' };


/** The Scala binary version sbt's `%%` and Mill's `::` append to an artifact: `3` for Scala 3, `2.13` for 2.13.12. */
export function scalaBinary(scala: string): string {
  return scala.split(".").slice(0, scala.startsWith("3") ? 1 : 2).join(".");
}

/** `val http4sVersion = "0.23.25"` (lazy, final or private too): each val holding a string, the first of a name kept. */
export function stringVals(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\bval\s+([A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*"([^"\n]*)"/g)) if (!out.has(m[1]!)) out.set(m[1]!, m[2]!);
  return out;
}
