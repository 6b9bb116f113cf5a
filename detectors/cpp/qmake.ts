/**
 * A qmake project file (*.pro, *.pri), read as text (never run): the libraries its `LIBS` link
 * (`LIBS += -lcurl -lssl`, under a scope too: `unix:LIBS += -lpq`) and the modules its `PKGCONFIG`
 * asks pkg-config for (`CONFIG += link_pkgconfig`, `PKGCONFIG += opencv4`).
 */
import { lineCounter } from "../../src/kit.js";

export interface QmakeLibrary {
  /** `ldlib` for a library a `-l` flag links, `pkgconfig` for a pkg-config module. */
  kind: "ldlib" | "pkgconfig";
  name: string;
  line: number;
}

/**
 * `[scope:]LIBS += ...` or `PKGCONFIG = ...`, the value over `\` continuation lines. A scope is a
 * condition (`unix`, `!macx`, `win32-g++`, `else`) or a test function's call (`CONFIG(release,
 * debug|release)`, `contains(QT_ARCH, x86_64)`), as Qt Creator's "Add Library" wizard writes them.
 */
const ASSIGNMENT = /^[ \t]*(?:[\w!|.+-]+(?:\([^()\n]*\))?[ \t]*:[ \t]*)*(LIBS|PKGCONFIG)[ \t]*[+*]?=((?:[^\n\\]|\\\r?\n|\\(?!\r?\n))*)/gm;

/**
 * A word's own part before a variable written after it, without the separator left before the
 * variable: `-lqwt$${DEBUG_SUFFIX}` is `-lqwt` (Qwt's debug build is `qwtd`, the library is qwt),
 * `-lboost_system-$${BOOST_SUFFIX}` is `-lboost_system`; `-l$$qtLibraryTarget(qwt)` (qwt, or qwtd in
 * a debug build) is `-lqwt`; a word with no variable is itself.
 */
function beforeVariable(word: string): string {
  const target = /^-l\$\$qtLibraryTarget\(([A-Za-z][\w+.-]*)\)$/.exec(word);
  if (target) return `-l${target[1]}`;
  const at = word.indexOf("$");
  return at < 0 ? word : word.slice(0, at).replace(/[-_.]+$/, "");
}

/** The libraries one qmake file links and asks pkg-config for, each at its first mention; `#` comments skipped. */
export function readQmake(text: string): QmakeLibrary[] {
  const source = text.replace(/#[^\n]*/g, (c) => " ".repeat(c.length));
  const lineAt = lineCounter(source);
  const out = new Map<string, QmakeLibrary>();
  for (const m of source.matchAll(ASSIGNMENT)) {
    const line = lineAt(m.index! + m[0].length - m[2]!.length);
    for (const word of m[2]!.replace(/\\\r?\n/g, " ").trim().split(/\s+/).map(beforeVariable)) {
      const name = m[1] === "LIBS" ? /^-l([A-Za-z][\w+.-]*)$/.exec(word)?.[1] : /^[A-Za-z0-9_][\w.+-]*$/.test(word) ? word : undefined;
      const kind = m[1] === "LIBS" ? "ldlib" : "pkgconfig";
      if (name && !out.has(`${kind}:${name}`)) out.set(`${kind}:${name}`, { kind, name, line });
    }
  }
  return [...out.values()];
}
