import { textLines } from "./text.js";

/** A step of a path into YAML data: a mapping's key or a list's index. */
export type YamlStep = string | number;

/**
 * The lines of a block mapping or list: from `from` to `to` (indexes from 0), its keys or its `- `
 * at column `col`; `head`, where the block opens on a list item's line, is that line (its `- `
 * before `col`).
 */
interface Block {
  from: number;
  to: number;
  col: number;
  head?: number;
  /** Opened by a `[` that ends its line (JSON's list, or YAML's flow list one item a line): every line at `col` is an item. */
  list?: boolean;
}

/** Where a step of a path led: its key's or item's line (from 0), and the block of its value, if it has one. */
interface Place {
  line: number;
  inner: Block | undefined;
}

/** A block's keys (the line each is written on, the last where one is written twice; quotes taken off) and the lines of its list items. */
interface Members {
  keys: Map<string, number>;
  items: number[];
}

/**
 * The line (from 1) in a YAML text of the value a path leads to, as far as the text's block layout
 * says it: the line of the deepest key or list item of the path found (`["tools", 2, "open_source"]`
 * is that field's line in the third tool, else the tool's `- ` line, else `tools:`'s). Undefined
 * where not even the first step is found. A flow collection (`aliases: [a, b]`) is one line: a step
 * into it stays on it; one whose `{` or `[` ends its line and whose members follow one a line,
 * indented (JSON as JSON.stringify indents it), is read as a block. Read as text, so it holds for
 * the text js-yaml read without asking it where.
 * The text is split once, and each block's keys listed once, however many paths are asked
 * (a catalog file of 1 MiB may have thousands of mistakes).
 */
export function yamlPathLines(text: string): (path: readonly YamlStep[]) => number | undefined {
  let lines: string[] | undefined;
  let root: Block | undefined;
  const places = new Map<string, Place | null>();
  const members = new WeakMap<Block, Members>();
  const membersOf = (block: Block): Members => {
    let found = members.get(block);
    if (!found) members.set(block, (found = listMembers(lines!, block)));
    return found;
  };
  return (path) => {
    if (!lines) {
      lines = textLines(text);
      const first = nextContent(lines, -1, lines.length);
      // A document that opens with a lone `{` (JSON) holds its keys on the lines below.
      if (first !== undefined && lines[first]!.trim() === "{") root = valueBlock(lines, first, indentOf(lines[first]!), lines.length);
      else root = first === undefined ? undefined : { from: first, to: lines.length, col: indentOf(lines[first]!) };
    }
    let block = root;
    let found: number | undefined;
    for (let k = 1; k <= path.length && block; k++) {
      const id = JSON.stringify(path.slice(0, k));
      let place = places.get(id);
      if (place === undefined) places.set(id, (place = step(lines, block, path[k - 1]!, membersOf(block)) ?? null));
      if (!place) break;
      found = place.line + 1;
      block = place.inner;
    }
    return found;
  };
}

/** yamlPathLines for one path. */
export function yamlPathLine(text: string, path: readonly YamlStep[]): number | undefined {
  return yamlPathLines(text)(path);
}

/** Where key or item `s` of `block` is. */
function step(lines: readonly string[], block: Block, s: YamlStep, members: Members): Place | undefined {
  const line = typeof s === "number" ? members.items[s] : members.keys.get(s);
  if (line === undefined) return undefined;
  return { line, inner: typeof s === "number" ? itemBlock(lines, block, line) : valueBlock(lines, line, block.col, block.to) };
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
/** A line whose value opens a list it holds on the lines below: a key's (`"tools": [`), or a JSON list's item that is a list (`[` alone). */
const OPENS_LIST = /(?:^|:)\s*\[$/;
/** Whether a line holds a node: it is neither blank nor a comment. */
const isContent = (line: string): boolean => {
  const text = line.trim();
  return text !== "" && !text.startsWith("#");
};
const isItem = (text: string): boolean => text === "-" || text.startsWith("- ");

/** The first line after `i`, before `to`, that holds a node. */
function nextContent(lines: readonly string[], i: number, to: number): number | undefined {
  for (let j = i + 1; j < to; j++) if (isContent(lines[j]!)) return j;
  return undefined;
}

/** Each line of `block` at its column: the items, and the keys with their first lines. */
function listMembers(lines: readonly string[], block: Block): Members {
  const out: Members = { keys: new Map(), items: [] };
  for (let i = block.from; i < block.to; i++) {
    const line = lines[i]!;
    const text = i === block.head ? line.slice(block.col) : isContent(line) && indentOf(line) === block.col ? line.slice(block.col) : undefined;
    if (text === undefined) continue;
    if (block.list ? !/^[\]}]/.test(text) : isItem(text)) out.items.push(i);
    else {
      // A key written twice: its last line, the one JSON.parse keeps (YAML refuses the file).
      const key = keyOf(text);
      if (key !== undefined) out.keys.set(key, i);
    }
  }
  return out;
}

/**
 * The key a line opens with (`name:`, `"@acme/x":`, `'it''s':`), read as YAML reads it (a
 * single-quoted key's `''` one quote, a double-quoted key's escapes undone); none where it opens
 * with no key.
 */
function keyOf(text: string): string | undefined {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const quoted = quote === "'" ? singleQuoted(text) : doubleQuoted(text);
    return quoted && /^\s*:(?:\s|$)/.test(text.slice(quoted.end + 1)) ? quoted.value : undefined;
  }
  const colon = text.search(/:(?:\s|$)/);
  return colon > 0 ? text.slice(0, colon).trimEnd() : undefined;
}

/** A single-quoted scalar at the start of `text`: its value and its closing quote's index (a doubled quote is one quote inside it). */
function singleQuoted(text: string): { value: string; end: number } | undefined {
  let value = "";
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== "'") value += text[i];
    else if (text[i + 1] === "'") value += text[++i];
    else return { value, end: i };
  }
  return undefined;
}

/** The character each of YAML's one-letter escapes in a double-quoted scalar stands for (JSON's among them). */
const ESCAPED: Record<string, string> = { "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029" };
/** The hex digits after `\x`, `\u` and `\U`. */
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar at the start of `text`: its value (escapes undone) and its closing quote's index. */
function doubleQuoted(text: string): { value: string; end: number } | undefined {
  let value = "";
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return { value, end: i };
    if (c !== "\\") {
      value += c;
      continue;
    }
    const e = text[++i] ?? "";
    const digits = HEX_DIGITS[e];
    if (digits !== undefined) {
      const hex = text.slice(i + 1, i + 1 + digits);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : Infinity;
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += digits;
    } else if (Object.hasOwn(ESCAPED, e)) value += ESCAPED[e];
    else return undefined;
  }
  return undefined;
}

/** The block of a list item's value: what follows its `- ` on its line and the deeper lines after it. */
function itemBlock(lines: readonly string[], list: Block, line: number): Block | undefined {
  const dash = line === list.head ? list.col : indentOf(lines[line]!);
  const rest = lines[line]!.slice(dash + 1);
  if (rest.trim() === "") return valueBlock(lines, line, dash, list.to);
  return { from: line, to: nextEnd(lines, line, list.to, (indent) => indent <= dash), col: dash + 1 + indentOf(rest), head: line };
}

/**
 * The block of the value of a key at column `col` on line `line`: the deeper lines after it, or a
 * list whose `- ` stands at the key's own column. None where the value is on the key's line.
 */
function valueBlock(lines: readonly string[], line: number, col: number, to: number): Block | undefined {
  const first = nextContent(lines, line, to);
  if (first === undefined) return undefined;
  const indent = indentOf(lines[first]!);
  const list = OPENS_LIST.test(lines[line]!.trimEnd());
  if (indent > col) return { from: first, to: nextEnd(lines, first, to, (i) => i <= col), col: indent, ...(list ? { list } : {}) };
  if (indent === col && isItem(lines[first]!.trimStart())) {
    return { from: first, to: nextEnd(lines, first, to, (i, text) => i < col || (i === col && !isItem(text))), col };
  }
  return undefined;
}

/** The first line after `from`, before `to`, holding a node that `ends` says is outside the block. */
function nextEnd(lines: readonly string[], from: number, to: number, ends: (indent: number, text: string) => boolean): number {
  for (let j = from + 1; j < to; j++) {
    const line = lines[j]!;
    if (isContent(line) && ends(indentOf(line), line.trimStart())) return j;
  }
  return to;
}

/**
 * The line (from 1) in a stack document's text (YAML, or JSON printed with indentation) of the value
 * a validation problem's JSON pointer names: a header key's line, a tools entry's first line, or
 * that entry's field's line where it has one (no deeper). Undefined where the layout does not say
 * (a flow list, `tools: [...]`, or no such entry).
 */
export function problemLine(text: string, pointer: string): number | undefined {
  const [key, index, field] = pointer.split("/").slice(1);
  if (!key) return undefined;
  const lineOf = yamlPathLines(text);
  if (key !== "tools" || index === undefined) return lineOf([key]);
  const entry = [key, Number(index)];
  const start = lineOf(entry);
  // A path that stops at the list's own line found no entry.
  if (start === undefined || start === lineOf([key])) return undefined;
  return field === undefined ? start : lineOf([...entry, field]);
}
