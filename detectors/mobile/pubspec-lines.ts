import { textLines } from "../../src/kit.js";

/**
 * Where a pubspec.yaml declares each key of a top-level mapping written in block style:
 * `line("dependencies", "http")` is the 1-based line of `  http: ^1.2.0` under `dependencies:`.
 * The section's keys are those at the indentation of its first key (a hosted package's nested
 * `version:` is deeper); comments and blank lines are skipped, quotes around a key taken off.
 * Undefined for a key not found (a flow mapping, `dependencies: {http: ^1.2.0}`). The text is read once, at the first question.
 */
export function pubspecKeyLines(text: string): (section: string, key: string) => number | undefined {
  let lines: Map<string, number> | undefined;
  return (section, key) => (lines ??= readKeyLines(text)).get(`${section}\0${key}`);
}

function readKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let section: string | undefined;
  let indent = -1;
  const all = textLines(text);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (/^\s*(#|$)/.test(line)) continue;
    const m = /^(\s*)(?:"([^"]+)"[ \t]*|'([^']+)'[ \t]*|([^\s:#'"][^:#]*)):(?:\s|$)/.exec(line);
    const spaces = /^\s*/.exec(line)![0].length;
    if (spaces === 0) {
      section = m ? (m[2] ?? m[3] ?? m[4]!.trimEnd()) : undefined;
      indent = -1;
      continue;
    }
    if (section === undefined || !m) continue;
    if (indent < 0) indent = spaces;
    if (spaces !== indent) continue;
    const key = `${section}\0${m[2] ?? m[3] ?? m[4]!.trimEnd()}`;
    if (!out.has(key)) out.set(key, i + 1);
  }
  return out;
}
