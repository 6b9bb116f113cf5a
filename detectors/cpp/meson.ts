/**
 * What a meson.build asks for, read as text (never configured): the names of its `dependency()`
 * calls, which are pkg-config module names or one of Meson's own (`boost`, `qt5`, `gtest`, `cuda`).
 */
import { lineCounter } from "../../src/kit.js";

export interface MesonDependency {
  name: string;
  line: number;
}

const DEPENDENCY = /\bdependency\s*\(\s*'([^'\n]+)'/g;

/** The dependencies of one meson.build, in the order written; `#` comments are skipped. */
export function readMeson(text: string): MesonDependency[] {
  const lineAt = lineCounter(text);
  const out: MesonDependency[] = [];
  // Walked once with the matches: whether a `#` stands between the line's start and the call, so
  // the call is commented out (Meson strings are single-quoted, so a `#` inside one is rare enough
  // to ignore).
  let walked = 0;
  let commented = false;
  for (const m of text.matchAll(DEPENDENCY)) {
    for (; walked < m.index!; walked++) {
      const c = text.charCodeAt(walked);
      if (c === 10 /* \n */) commented = false;
      else if (c === 35 /* # */) commented = true;
    }
    if (commented) continue;
    if (/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(m[1]!)) out.push({ name: m[1]!, line: lineAt(m.index!) });
  }
  return out;
}
