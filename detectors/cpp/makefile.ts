/**
 * A Makefile, read as text (never run): the pkg-config modules its `pkg-config` calls ask for
 * (`$(shell pkg-config --cflags --libs gtk+-3.0 libcurl)`) and the libraries its `-l` flags link
 * (`LDLIBS = -lcurl -lssl -lpq`).
 */
import { lineCounter } from "../../src/kit.js";

export interface MakefileLibrary {
  /** `pkgconfig` for a pkg-config module, `ldlib` for a library a `-l` flag links. */
  kind: "pkgconfig" | "ldlib";
  name: string;
  line: number;
}

const PKG_CONFIG = /\bpkg-config\b([^)`\n]*)/g;
const LINK_FLAG = /(?:^|[\s=])-l([A-Za-z][\w+.-]*)/g;

/** The libraries one Makefile asks for, each at its first mention; `#` comments are skipped. */
export function readMakefile(text: string): MakefileLibrary[] {
  // A `#` starts a comment unless escaped (`\#`) or a make function's (`$#` is no comment either).
  const source = text.replace(/(^|[^\\$])#[^\n]*/g, (c, lead: string) => lead + " ".repeat(c.length - lead.length));
  const found: Array<{ kind: MakefileLibrary["kind"]; name: string; index: number }> = [];
  for (const m of source.matchAll(PKG_CONFIG)) {
    for (const word of m[1]!.trim().split(/\s+/)) {
      // options (`--cflags`, `--libs`, `--static`) and make variables (`$(PKGS)`) name no module
      if (/^[A-Za-z0-9_][\w.+-]*$/.test(word)) found.push({ kind: "pkgconfig", name: word, index: m.index! });
    }
  }
  for (const m of source.matchAll(LINK_FLAG)) found.push({ kind: "ldlib", name: m[1]!, index: m.index! });
  found.sort((a, b) => a.index - b.index);
  const lineAt = lineCounter(source);
  const out = new Map<string, MakefileLibrary>();
  for (const f of found) if (!out.has(`${f.kind}:${f.name}`)) out.set(`${f.kind}:${f.name}`, { kind: f.kind, name: f.name, line: lineAt(f.index) });
  return [...out.values()];
}
