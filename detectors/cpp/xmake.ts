/**
 * An xmake.lua, read as text (Lua is never run): the packages its `add_requires` calls ask for
 * (`"fmt 10.2.1"`, `"openssl3"`, `"vcpkg::boost"`, `"conan::zlib 1.3.1"`) and the rules its targets
 * build with (`add_rules("qt.widgetapp")`).
 */
import { blankText, lineCounter } from "../../src/kit.js";

export interface XmakeRequirement {
  /** `xmake` for a package of xmake's own repository, else the package manager a `name::` prefix names. */
  kind: "xmake" | "vcpkg" | "conan";
  name: string;
  declared?: string;
  /** An exact release (`1.3.1`, or `v1.3.1` as many packages declare theirs), or the lowest a range (`>=1.2`, `~1.2`, `^1.2`, `1.2.x`) accepts. */
  version?: string;
  line: number;
}

const CALL = /\badd_(requires|rules)\s*\(/g;

const PREFIXES: Record<string, XmakeRequirement["kind"]> = { vcpkg: "vcpkg", conan: "conan" };

/**
 * The packages one xmake.lua requires, in the order written; `--` comments are skipped.
 * `plusIsRelease`: whether an xmake-repo package's `+N` is a fourth release part (the catalog's
 * `xmake-plus-release` table); none is by default.
 */
export function readXmakeRequires(text: string, plusIsRelease: (name: string) => boolean = () => false): { requires: XmakeRequirement[]; rules: Array<{ name: string; line: number }> } {
  const source = blankLuaComments(text);
  const lineAt = lineCounter(source);
  const requires: XmakeRequirement[] = [];
  const rules: Array<{ name: string; line: number }> = [];
  // A call's arguments run to the first `)` after it, a call written inside them is not read
  // again, and an unclosed call ends the reading: a search from every call that is never closed
  // would read the rest of the file for each, a time that grows with their square.
  let close = -1;
  for (const m of source.matchAll(CALL)) {
    const start = m.index! + m[0].length;
    if (start <= close) continue;
    close = source.indexOf(")", start);
    if (close < 0) break;
    const args = source.slice(start, close);
    const line = lineAt(m.index!);
    // Only the leading string arguments: a `{configs = {...}}` table's strings are options.
    const strings = [...args.replace(/\{[\s\S]*$/, "").matchAll(/(["'])([^"'\n]*)\1/g)].map((s) => s[2]!.trim());
    if (m[1] === "rules") {
      for (const name of strings) if (/^[\w.-]+$/.test(name)) rules.push({ name, line });
      continue;
    }
    for (const spec of strings) {
      // A vcpkg port's features (`vcpkg::boost[core]`) are options; a Conan reference's release may
      // follow a slash, as Conan writes it (`conan::openssl/1.1.1g`, `conan::zlib/1.2.11@conan/stable`).
      const parts = /^(?:(\w+)::)?([A-Za-z0-9_][\w.+-]*)(?:\[[^\]]*\])?(?:\/([^\s@]+)(?:@\S+)?|\s+(.+))?$/.exec(spec);
      if (!parts) continue;
      const kind = parts[1] === undefined ? "xmake" : PREFIXES[parts[1].toLowerCase()];
      if (!kind) continue;
      const declared = parts[3] ?? parts[4]?.trim();
      // `3.11.x` asks for any 3.11 release: its lowest, 3.11; a bare `3.x` names too little. A
      // release may keep its tag's `v` (`spdlog v1.15.3`), as many xmake-repo packages declare theirs,
      // and a `+N` is a fourth part only where plusIsRelease says so.
      const name = parts[2]!.toLowerCase();
      // OpenSSL 1.x's letter is part of its release (`1.1.1g`).
      const release = declared ? /^(?:>=|~|\^)?\s*v?(\d+(?:\.\d+)+)(?:\.x|\+(\d+)|([a-z]))?$/.exec(declared) : undefined;
      const version = !release ? undefined : release[2] === undefined ? release[1] + (release[3] ?? "") : kind === "xmake" && plusIsRelease(name) ? `${release[1]}.${release[2]}` : undefined;
      requires.push({ kind, name, declared, version, line });
    }
  }
  return { requires, rules };
}

/**
 * The text with its Lua comments blanked (line breaks kept, so lines still count): `--[[ ... ]]`
 * and `--[==[ ... ]==]` long comments, else `--` to the end of the line. A long comment never
 * closed is read as a line comment; that its closer is missing is remembered per level, so a file
 * of unclosed openers is not searched to its end from each one.
 */
function blankLuaComments(text: string): string {
  const unclosed = new Set<number>();
  let out = "";
  let pos = 0;
  for (let at = text.indexOf("--"); at >= 0; at = text.indexOf("--", pos)) {
    const long = /^\[(=*)\[/.exec(text.slice(at + 2, at + 2 + 64));
    let end = -1;
    if (long && !unclosed.has(long[1]!.length)) {
      const closer = text.indexOf(`]${long[1]}]`, at + 2 + long[0].length);
      if (closer < 0) unclosed.add(long[1]!.length);
      else end = closer + long[1]!.length + 2;
    }
    if (end < 0) {
      const eol = text.indexOf("\n", at);
      end = eol < 0 ? text.length : eol;
    }
    out += text.slice(pos, at) + blankText(text.slice(at, end));
    pos = end;
  }
  return out + text.slice(pos);
}
