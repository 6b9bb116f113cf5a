import { closingPairs } from "../../src/kit.js";

/** The body of the first block whose opening matches `start`, braces balanced. */
export function block(text: string, start: RegExp): string | undefined {
  const m = start.exec(text);
  if (!m) return undefined;
  let depth = 1;
  for (let i = m.index + m[0].length; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(m.index + m[0].length, i);
  }
  return undefined;
}

/** A block's body, given its header's match (ending at its `{`). */
export type BodyOf = (header: RegExpMatchArray) => string;

/**
 * The bodies of a file's blocks by their braces, paired once for the whole file: a body found by
 * scanning on from every header would cost the rest of the file per block. A body also ends at the
 * next module or resource header (blocks that never nest): thousands of headers whose braces close
 * only at the end of the file would otherwise each be read to the end, a time that grows with
 * their square. Given a header's match (ending at its `{`), its body; "" where it never closes.
 */
export function blockBodies(clean: string): BodyOf {
  let closes: Map<number, number> | undefined;
  let headers: number[] | undefined;
  return (m) => {
    const open = m.index! + m[0].length - 1;
    const close = (closes ??= closingPairs(clean, "{", "}")).get(open);
    if (close === undefined) return "";
    headers ??= [...clean.matchAll(/^[ \t]*(?:module|resource)[ \t]+"/gm)].map((h) => h.index!);
    return clean.slice(open + 1, Math.min(close, firstAfter(headers, open)));
  };
}

/** The first of the sorted positions past `at`, or Infinity. */
function firstAfter(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < sorted.length ? sorted[lo]! : Infinity;
}
