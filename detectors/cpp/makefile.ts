/**
 * A Makefile, read as text (never run): the pkg-config modules its `pkg-config` calls ask for
 * (`$(shell pkg-config --cflags --libs gtk+-3.0 libcurl)`, also through `$(PKG_CONFIG)` and the
 * variables they name, `$(PKGS)`) and the libraries its `-l` flags link (`LDLIBS = -lcurl -lssl -lpq`).
 */
import { lineCounter } from "../../src/kit.js";

export interface MakefileLibrary {
  /** `pkgconfig` for a pkg-config module, `ldlib` for a library a `-l` flag links. */
  kind: "pkgconfig" | "ldlib";
  name: string;
  line: number;
}

/**
 * A pkg-config call and its words to the `)` or backtick that ends it: a make variable's reference
 * (`$(PKGS)`, `${PKGS}`) is taken whole, so a second one (`$(GUI) $(NET)`) is read too.
 */
const PKG_CONFIG = /(?:\bpkg-config\b|\$[({]PKG_CONFIG[)}])((?:\$[({]\w+[)}]|[^)`\n])*)/g;
const LINK_FLAG = /(?:^|[\s=])-l([A-Za-z][\w+.-]*)/g;
/** A make variable's definition (`=`, `:=`, `::=`, `+=`, `?=`), its value to the line's end (continuations already joined). */
const DEFINITION = /^[ \t]*(?:override[ \t]+|export[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::{1,2}=|\+=|\?=|=)([^\n]*)/gm;

/** The libraries one Makefile asks for, each at its first mention; `#` comments are skipped. */
export function readMakefile(text: string): MakefileLibrary[] {
  // A backslash-newline joins two lines into one, as make reads them (a pkg-config call's module
  // list, a variable's value, a comment going on over the break); blanked rather than cut out, so
  // every offset still has its line in `text`. Then a `#` starts a comment unless escaped (`\#`)
  // or a make function's (`$#` is no comment either).
  const joined = text.replace(/\\\r?\n/g, (c) => " ".repeat(c.length));
  const source = joined.replace(/(^|[^\\$])#[^\n]*/g, (c, lead: string) => lead + " ".repeat(c.length - lead.length));
  const found: Array<{ kind: MakefileLibrary["kind"]; name: string; index: number }> = [];
  const variables = new Set<string>();
  for (const m of source.matchAll(PKG_CONFIG)) {
    // The call's words end where the shell command does: a pipe, a `||` fallback, a `;`, a redirection.
    for (const word of m[1]!.replace(/(?:^|\s)\d*[|;&<>][\s\S]*$/, "").trim().split(/\s+/)) {
      // options (`--cflags`, `--libs`, `--static`) name no module; a make variable (`$(PKGS)`,
      // `${PKGS}`) names those its definition lists
      if (/^[A-Za-z0-9_][\w.+-]*$/.test(word)) found.push({ kind: "pkgconfig", name: word, index: m.index! });
      const variable = /^\$(?:\(([A-Za-z_]\w*)\)|\{([A-Za-z_]\w*)\})$/.exec(word);
      if (variable) variables.add((variable[1] ?? variable[2])!);
    }
  }
  // `PKGS = gtk+-3.0 libcurl`, `PKGS += sqlite3` (continuation lines too): each definition's words.
  for (const m of source.matchAll(DEFINITION)) {
    if (!variables.has(m[1]!)) continue;
    for (const word of m[2]!.trim().split(/\s+/)) {
      if (/^[A-Za-z0-9_][\w.+-]*$/.test(word)) found.push({ kind: "pkgconfig", name: word, index: m.index! });
    }
  }
  for (const m of source.matchAll(LINK_FLAG)) found.push({ kind: "ldlib", name: m[1]!, index: m.index! });
  found.sort((a, b) => a.index - b.index);
  const lineAt = lineCounter(text);
  const out = new Map<string, MakefileLibrary>();
  for (const f of found) if (!out.has(`${f.kind}:${f.name}`)) out.set(`${f.kind}:${f.name}`, { kind: f.kind, name: f.name, line: lineAt(f.index) });
  return [...out.values()];
}
