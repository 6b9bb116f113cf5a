/**
 * The line (from 1) in a stack document's text of the value a validation problem's path names,
 * where the text's layout says it: a header key's line, a tools entry's first line (its `- ` in
 * YAML, its `{` in JSON printed with indentation), or the line of the entry's field the path goes
 * on to. Undefined where the layout does not say (a flow list, `tools: [...]`, or no such entry).
 */
export function problemLine(text: string, path: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const [key, index, field] = path.split("/").slice(1);
  if (!key) return undefined;
  if (key !== "tools" || index === undefined) return keyLine(lines, key, 0, lines.length);
  const { starts, end: listEnd } = entryStarts(lines);
  const start = starts[Number(index)];
  if (start === undefined) return undefined;
  const end = starts[Number(index) + 1] ?? listEnd;
  return (field === undefined ? undefined : keyLine(lines, field, start, end)) ?? start + 1;
}

/** The first line from `from` to `to` (from 1) where `key` is set: `key:`, `- key:` or `"key":`, the least indented first. */
function keyLine(lines: readonly string[], key: string, from: number, to: number): number | undefined {
  const pattern = new RegExp(`^(\\s*)(?:- )?("?)${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\2\\s*:`);
  let best: { line: number; indent: number } | undefined;
  for (let i = from; i < to; i++) {
    const m = pattern.exec(lines[i]!);
    if (m && (!best || m[1]!.length < best.indent)) best = { line: i + 1, indent: m[1]!.length };
  }
  return best?.line;
}

/**
 * The index (from 0) of each tools entry's first line, in a block layout (none for a flow one), and
 * of the line that ends the list (a header key after it, JSON's `]`, or the end of the text).
 */
function entryStarts(lines: readonly string[]): { starts: number[]; end: number } {
  const tools = lines.findIndex((line) => /^\s*("?)tools\1\s*:\s*\[?\s*$/.test(line));
  if (tools < 0) return { starts: [], end: lines.length };
  const starts: number[] = [];
  let indent: number | undefined;
  for (let i = tools + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.trimStart();
    if (!text || text.startsWith("#")) continue;
    const at = line.length - text.length;
    indent ??= at;
    if (at < indent) return { starts, end: i };
    if (at > indent || text.startsWith("}")) continue;
    if (!text.startsWith("-") && !text.startsWith("{")) return { starts, end: i };
    starts.push(i);
  }
  return { starts, end: lines.length };
}
