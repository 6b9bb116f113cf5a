/**
 * An xmake.lua, read as text (Lua is never run): the packages its `add_requires` calls ask for
 * (`"fmt 10.2.1"`, `"openssl3"`, `"vcpkg::boost"`, `"conan::zlib 1.3.1"`) and the rules its targets
 * build with (`add_rules("qt.widgetapp")`).
 */
import { lineCounter } from "../../src/kit.js";

export interface XmakeRequirement {
  /** `xmake` for a package of xmake's own repository, else the package manager a `name::` prefix names. */
  kind: "xmake" | "vcpkg" | "conan";
  name: string;
  declared?: string;
  /** An exact release, or the lowest a range (`>=1.2`, `~1.2`, `^1.2`) accepts. */
  version?: string;
  line: number;
}

const CALL = /\badd_(requires|rules)\s*\(([^)]*)\)/g;
const PREFIXES: Record<string, XmakeRequirement["kind"]> = { vcpkg: "vcpkg", conan: "conan" };

/** The packages one xmake.lua requires, in the order written; `--` comments are skipped. */
export function readXmakeRequires(text: string): { requires: XmakeRequirement[]; rules: Array<{ name: string; line: number }> } {
  const source = text.replace(/--\[(=*)\[[\s\S]*?\]\1\]|--[^\n]*/g, (c) => c.replace(/[^\n]/g, " "));
  const lineAt = lineCounter(source);
  const requires: XmakeRequirement[] = [];
  const rules: Array<{ name: string; line: number }> = [];
  for (const m of source.matchAll(CALL)) {
    const line = lineAt(m.index!);
    // Only the leading string arguments: a `{configs = {...}}` table's strings are options.
    const strings = [...m[2]!.replace(/\{[\s\S]*$/, "").matchAll(/(["'])([^"'\n]*)\1/g)].map((s) => s[2]!.trim());
    if (m[1] === "rules") {
      for (const name of strings) if (/^[\w.-]+$/.test(name)) rules.push({ name, line });
      continue;
    }
    for (const spec of strings) {
      const parts = /^(?:(\w+)::)?([A-Za-z0-9_][\w.+-]*)(?:\s+(.+))?$/.exec(spec);
      if (!parts) continue;
      const kind = parts[1] === undefined ? "xmake" : PREFIXES[parts[1].toLowerCase()];
      if (!kind) continue;
      const declared = parts[3]?.trim();
      const version = declared ? /^(?:>=|~|\^)?\s*(\d+(?:\.\d+)+)$/.exec(declared)?.[1] : undefined;
      requires.push({ kind, name: parts[2]!.toLowerCase(), declared, version, line });
    }
  }
  return { requires, rules };
}
