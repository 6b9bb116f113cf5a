/**
 * What a meson.build asks for, read as text (never configured): the names of its `dependency()`
 * calls, which are pkg-config module names or one of Meson's own (`boost`, `qt5`, `gtest`, `cuda`),
 * or, with `method : 'cmake'`, CMake package names.
 */
import { closingPairs, lineCounter } from "../../src/kit.js";

export interface MesonDependency {
  /** `cmake` where the call finds the package through CMake (`method : 'cmake'`), else `pkgconfig`. */
  kind: "pkgconfig" | "cmake";
  name: string;
  line: number;
}

const DEPENDENCY = /\bdependency\s*\(\s*'([^'\n]+)'/g;

/** The most characters of one call's arguments looked at for its `method`. */
const MAX_CALL = 4096;

/** The dependencies of one meson.build, in the order written; `#` comments are skipped. */
export function readMeson(text: string): MesonDependency[] {
  const lineAt = lineCounter(text);
  const closes = closingPairs(text, "(", ")");
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
    if (commented || !/^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/.test(m[1]!)) continue;
    const open = m.index! + m[0].indexOf("(");
    const close = closes.get(open);
    const args = close === undefined || close - open > MAX_CALL ? "" : text.slice(open, close);
    const kind = /\bmethod\s*:\s*'cmake'/.test(args) ? "cmake" : "pkgconfig";
    out.push({ kind, name: m[1]!, line: lineAt(m.index!) });
  }
  return out;
}
