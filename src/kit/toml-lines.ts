import { textLines } from "./text.js";

/**
 * Where a TOML text declares each key of each table: `line(["tool", "poetry", "dependencies"], "django")`
 * is the 1-based line of `django = "5.0"` under `[tool.poetry.dependencies]`, or of the header
 * `[tool.poetry.dependencies.django]` that opens django's own table; the first declaration where a
 * key is given twice, undefined where it is not found. A dotted key (`django.version = "5.0"`) is
 * declared by its first part. Table names and keys are compared as written, their quotes taken
 * off (`[tool.poetry.group."dev".dependencies]` is the group dev). Lines inside a multi-line
 * string are no keys. The text is read once, at the first question.
 */
export function tomlKeyLines(text: string): (table: readonly string[], key: string) => number | undefined {
  let lines: Map<string, number> | undefined;
  return (table, key) => (lines ??= readKeyLines(text)).get(tableKey([...table, key]));
}

const tableKey = (parts: readonly string[]): string => parts.join("\0");

function readKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const set = (parts: string[], line: number) => {
    const k = tableKey(parts);
    if (!out.has(k)) out.set(k, line);
  };
  let table: string[] = [];
  let closing: string | undefined;
  const all = textLines(text);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (closing) {
      if (line.includes(closing)) closing = undefined;
      continue;
    }
    const header = /^\s*\[\[?([^[\]]+)\]\]?\s*(?:#.*)?$/.exec(line);
    if (header) {
      const parts = dottedParts(header[1]!);
      if (parts) {
        table = parts;
        // The header of a sub-table declares its last part as a key of the table above it.
        for (let n = 1; n <= parts.length; n++) set(parts.slice(0, n), i + 1);
      }
      continue;
    }
    const key = /^\s*((?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"\\]*"|'[^']*'))*)\s*=(.*)$/.exec(line);
    if (key) {
      const parts = dottedParts(key[1]!);
      if (parts) set([...table, parts[0]!], i + 1);
      // A multi-line string opened by the value and not closed on its line.
      const value = key[2]!;
      for (const quotes of ['"""', "'''"]) {
        const at = value.indexOf(quotes);
        if (at >= 0 && !value.includes(quotes, at + 3)) closing = quotes;
      }
    }
  }
  return out;
}

/** The parts of a dotted TOML key or table name, each bare or quoted (quotes taken off), or undefined. */
function dottedParts(name: string): string[] | undefined {
  const parts: string[] = [];
  const part = /\s*(?:([A-Za-z0-9_-]+)|"([^"\\]*)"|'([^']*)')\s*(\.|$)/y;
  let at = 0;
  while (at < name.length) {
    part.lastIndex = at;
    const m = part.exec(name);
    if (!m) return undefined;
    parts.push(m[1] ?? m[2] ?? m[3]!);
    at = part.lastIndex;
    if (m[4] === "" ) break;
  }
  return parts.length ? parts : undefined;
}
