/**
 * An Autotools project's configure.ac (or configure.in), read as text (never run through m4): the
 * modules its `PKG_CHECK_MODULES` and `PKG_CHECK_EXISTS` ask pkg-config for
 * (`PKG_CHECK_MODULES([CURL], [libcurl >= 7.68 openssl])`) and the libraries `AC_CHECK_LIB` and
 * `AC_SEARCH_LIBS` look for (`AC_CHECK_LIB([pq], [PQconnectdb])`).
 */
import { lineCounter } from "../../src/kit.js";

export interface AutoconfLibrary {
  /** `pkgconfig` for a pkg-config module, `ldlib` for a library by its linker name. */
  kind: "pkgconfig" | "ldlib";
  name: string;
  line: number;
}

/** A macro call and its first arguments, each bracket-quoted or not (`[a b]`, `a`), up to 4 KiB. */
const MACRO = /\b(PKG_CHECK_MODULES|PKG_CHECK_MODULES_STATIC|PKG_CHECK_EXISTS|AC_CHECK_LIB|AC_SEARCH_LIBS)\s*\(([^()]{0,4096})/g;

/** The libraries one configure.ac asks for, each at its first mention; `dnl` and `#` comments skipped. */
export function readConfigureAc(text: string): AutoconfLibrary[] {
  const source = text.replace(/(?:\bdnl\b|#)[^\n]*/g, (c) => " ".repeat(c.length));
  const lineAt = lineCounter(source);
  const out = new Map<string, AutoconfLibrary>();
  const add = (kind: AutoconfLibrary["kind"], name: string, index: number) => {
    if (!out.has(`${kind}:${name}`)) out.set(`${kind}:${name}`, { kind, name, line: lineAt(index) });
  };
  for (const m of source.matchAll(MACRO)) {
    const args = splitArguments(m[2]!);
    const macro = m[1]!;
    // PKG_CHECK_MODULES(prefix, modules), PKG_CHECK_EXISTS(modules), AC_CHECK_LIB(library, function),
    // AC_SEARCH_LIBS(function, libraries)
    const list = macro.startsWith("PKG_CHECK_MODULES") ? args[1] : macro === "PKG_CHECK_EXISTS" || macro === "AC_CHECK_LIB" ? args[0] : args[1];
    if (list === undefined) continue;
    const kind = macro.startsWith("PKG_") ? "pkgconfig" : "ldlib";
    for (const word of list.split(/\s+/)) {
      // a version constraint's operator and release (`>= 7.68`) and shell variables name nothing
      if (/^[A-Za-z][\w.+-]*$/.test(word)) add(kind, word, m.index!);
    }
  }
  return [...out.values()];
}

/** A macro's arguments, split at the commas outside `[...]` quotes, each without its quotes. */
function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "," && depth === 0) {
      out.push(current.trim());
      current = "";
      if (out.length === 2) return out;
    } else current += c;
  }
  out.push(current.trim());
  return out;
}
