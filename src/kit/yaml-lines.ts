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
}

/**
 * A flow collection (`[main, dev]`, `{os: linux}`, JSON's), its `[` or `{` on line `line` (from 0) at
 * column `col`: its members are read from its text, on as many lines as it spans.
 */
interface Flow {
  flow: true;
  line: number;
  col: number;
}

/** A collection a path steps into: a block's lines, or a flow collection's text. */
type Collection = Block | Flow;

/** Where a step of a path led: its key's or item's line (from 0), and the collection of its value, if it has one. */
interface Place {
  line: number;
  inner: Collection | undefined;
}

/** Where each step into a collection leads: a key (quotes taken off; written twice, its last) or an item's index. */
type Members = (s: YamlStep) => Place | undefined;

/**
 * The line (from 1) in a YAML text of the value a path leads to, as far as the text's block layout
 * says it: the line of the deepest key or list item of the path found (`["tools", 2, "open_source"]`
 * is that field's line in the third tool, else the tool's `- ` line, else `tools:`'s). Undefined
 * where not even the first step is found. A flow collection (`aliases: [a, b]`, JSON) is read as
 * YAML reads flow: each member at the line it starts on, however the collection spreads over lines
 * (`branches: [ main,` with `dev ]` below, several a line, or one a line as JSON.stringify indents
 * JSON). Read as text, so it holds for the text js-yaml read without asking it where.
 * The text is split once, and each block's keys listed once, however many paths are asked
 * (a catalog file of 1 MiB may have thousands of mistakes).
 */
export function yamlPathLines(text: string): (path: readonly YamlStep[]) => number | undefined {
  let lines: string[] | undefined;
  let root: Collection | undefined;
  const places = new Map<string, Place | null>();
  const members = new WeakMap<Collection, Members>();
  const membersOf = (collection: Collection): Members => {
    let found = members.get(collection);
    if (!found) members.set(collection, (found = "flow" in collection ? flowMembers(lines!, collection) : blockMembers(lines!, collection)));
    return found;
  };
  return (path) => {
    if (!lines) {
      lines = textLines(text);
      const first = nextContent(lines, -1, lines.length);
      // A document that opens with `{` or `[` (JSON) is one flow collection.
      if (first !== undefined) root = flowAt(lines, first, indentOf(lines[first]!)) ?? { from: first, to: lines.length, col: indentOf(lines[first]!) };
    }
    let collection = root;
    let found: number | undefined;
    for (let k = 1; k <= path.length && collection; k++) {
      const id = JSON.stringify(path.slice(0, k));
      let place = places.get(id);
      if (place === undefined) places.set(id, (place = membersOf(collection)(path[k - 1]!) ?? null));
      if (!place) break;
      found = place.line + 1;
      collection = place.inner;
    }
    return found;
  };
}

/** yamlPathLines for one path. */
export function yamlPathLine(text: string, path: readonly YamlStep[]): number | undefined {
  return yamlPathLines(text)(path);
}

/** Where each key or item of a block is: its line, and its value's collection (a flow one where the value opens with `[` or `{`). */
function blockMembers(lines: readonly string[], block: Block): Members {
  const { keys, items } = listMembers(lines, block);
  return (s) => {
    const line = typeof s === "number" ? items[s] : keys.get(s);
    if (line === undefined) return undefined;
    if (typeof s === "number") return { line, inner: itemBlock(lines, block, line) };
    const text = lines[line]!.slice(block.col);
    const value = keyAt(text)!.end;
    return { line, inner: flowAt(lines, line, block.col + value + indentOf(text.slice(value))) ?? valueBlock(lines, line, block.col, block.to) };
  };
}

/** The flow collection whose `[` or `{` is at column `col` of line `line`, if one is. */
function flowAt(lines: readonly string[], line: number, col: number): Flow | undefined {
  const c = lines[line]![col];
  return c === "[" || c === "{" ? { flow: true, line, col } : undefined;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** A character that ends a plain scalar in a flow collection: a comma, a bracket or a brace. */
const FLOW_INDICATOR = /[,[\]{}]/;
/** Whether a `:` at `j` of `line` is a mapping's value indicator: followed by a space, the line's end or a flow indicator. */
const isValueColon = (line: string, j: number): boolean => j + 1 >= line.length || /[\s,[\]{}]/.test(line[j + 1]!);
/** Whether a `#` at `j` of `line` opens a comment: at the line's start or after a space. */
const opensComment = (line: string, j: number): boolean => line[j] === "#" && (j === 0 || /\s/.test(line[j - 1]!));

/**
 * Each member of a flow collection, read from its text as YAML reads flow: an item or key starts at
 * the first character after the `[` or `{` or after a comma at the collection's own depth (spaces,
 * line breaks and `#` comments aside); a quoted scalar holds what it holds, commas and brackets
 * included, over lines too; a member or value that opens with `[` or `{` is a flow collection in
 * its turn. A key written twice: its last.
 */
function flowMembers(lines: readonly string[], flow: Flow): Members {
  const mapping = lines[flow.line]![flow.col] === "{";
  const keys = new Map<string, Place>();
  const items: Place[] = [];
  const members: Members = (s) => (typeof s === "number" ? items[s] : keys.get(s));
  let depth = 0;
  let member: Place | undefined; // the member being read
  let next: "member" | "value" | undefined = "member"; // what the next token at depth 0 starts
  let keyed = false; // the member's key has had its colon
  let afterQuote = false; // the last token was a quoted scalar: a colon right after it is a value indicator
  let i = flow.line;
  let j = flow.col + 1;
  while (i < lines.length) {
    const line = lines[i]!;
    if (j >= line.length || opensComment(line, j)) {
      i++;
      j = 0;
      continue;
    }
    const c = line[j]!;
    if (c === " " || c === "\t") {
      j++;
      continue;
    }
    const opens = c === "[" || c === "{";
    // A colon not followed by a space opens a plain scalar (`:x`), unless a quoted key is just before it.
    const colon = c === ":" && (afterQuote || isValueColon(line, j));
    if (depth === 0) {
      if (c === "]" || c === "}") return members;
      const inner: Flow | undefined = opens ? { flow: true, line: i, col: j } : undefined;
      if (next === "member" && c !== ",") {
        member = { line: i, inner };
        keyed = false;
        if (!mapping) items.push(member);
        else {
          const key = flowKey(line.slice(j));
          if (key !== undefined) keys.set(key, member);
        }
      } else if (next === "value" && member) member.inner = inner;
      next = c === "," ? "member" : undefined;
      if (mapping && colon && !keyed) {
        keyed = true;
        next = "value";
      }
    }
    if (opens) depth++;
    else if (c === "]" || c === "}") depth--;
    afterQuote = c === '"' || c === "'";
    if (afterQuote) {
      const end = quoteEnd(lines, i, j);
      if (!end) return members;
      [i, j] = end;
    } else j = opens || colon || FLOW_INDICATOR.test(c) ? j + 1 : plainEnd(line, j);
  }
  return members;
}

/** The index after a plain scalar that starts at `j` of `line`: at a flow indicator, a value colon or a comment. */
function plainEnd(line: string, j: number): number {
  let k = j + 1;
  while (k < line.length && !FLOW_INDICATOR.test(line[k]!) && !(line[k] === ":" && isValueColon(line, k)) && !opensComment(line, k)) k++;
  return k;
}

/** Where a quoted scalar opening at line `i`, column `j` ends: the line and column after its closing quote (none if it never closes). */
function quoteEnd(lines: readonly string[], i: number, j: number): [number, number] | undefined {
  const quote = lines[i]![j];
  for (let k = j + 1; i < lines.length; i++, k = 0) {
    const line = lines[i]!;
    for (; k < line.length; k++) {
      if (quote === '"' && line[k] === "\\") k++;
      else if (line[k] === quote) {
        if (quote === "'" && line[k + 1] === "'") k++;
        else return [i, k + 1];
      }
    }
  }
  return undefined;
}

/** The key a flow mapping's member opens with: a quoted scalar's value, or a plain scalar up to its colon, comma or bracket. */
function flowKey(text: string): string | undefined {
  const quote = text[0];
  if (quote === '"' || quote === "'") return (quote === "'" ? singleQuoted(text) : doubleQuoted(text))?.value;
  return text.slice(0, plainEnd(text, 0)).trimEnd();
}

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
function listMembers(lines: readonly string[], block: Block): { keys: Map<string, number>; items: number[] } {
  const out = { keys: new Map<string, number>(), items: [] as number[] };
  for (let i = block.from; i < block.to; i++) {
    const line = lines[i]!;
    const text = i === block.head ? line.slice(block.col) : isContent(line) && indentOf(line) === block.col ? line.slice(block.col) : undefined;
    if (text === undefined) continue;
    if (isItem(text)) out.items.push(i);
    else {
      // A key written twice: its last line, the one JSON.parse keeps (YAML refuses the file).
      const key = keyAt(text)?.key;
      if (key !== undefined) out.keys.set(key, i);
    }
  }
  return out;
}

/**
 * The key a line opens with (`name:`, `"@acme/x":`, `'it''s':`), read as YAML reads it (a
 * single-quoted key's `''` one quote, a double-quoted key's escapes undone), and where its value
 * starts (the index after its colon); none where it opens with no key.
 */
function keyAt(text: string): { key: string; end: number } | undefined {
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const quoted = quote === "'" ? singleQuoted(text) : doubleQuoted(text);
    const colon = quoted && /^\s*:(?:\s|$)/.exec(text.slice(quoted.end + 1));
    return quoted && colon ? { key: quoted.value, end: quoted.end + 1 + colon[0].trimEnd().length } : undefined;
  }
  const colon = text.search(/:(?:\s|$)/);
  return colon > 0 ? { key: text.slice(0, colon).trimEnd(), end: colon + 1 } : undefined;
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
function itemBlock(lines: readonly string[], list: Block, line: number): Collection | undefined {
  const dash = line === list.head ? list.col : indentOf(lines[line]!);
  const rest = lines[line]!.slice(dash + 1);
  if (rest.trim() === "") return valueBlock(lines, line, dash, list.to);
  const flow = flowAt(lines, line, dash + 1 + indentOf(rest));
  if (flow) return flow;
  return { from: line, to: nextEnd(lines, line, list.to, (indent) => indent <= dash), col: dash + 1 + indentOf(rest), head: line };
}

/**
 * The collection of the value of a key at column `col` on line `line`: the deeper lines after it
 * (a flow collection where they open with `[` or `{`), or a list whose `- ` stands at the key's own
 * column. None where the value is on the key's line.
 */
function valueBlock(lines: readonly string[], line: number, col: number, to: number): Collection | undefined {
  const first = nextContent(lines, line, to);
  if (first === undefined) return undefined;
  const indent = indentOf(lines[first]!);
  if (indent > col) return flowAt(lines, first, indent) ?? { from: first, to: nextEnd(lines, first, to, (i) => i <= col), col: indent };
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
 * that entry's field's line where it has one (no deeper). Undefined where the layout does not say:
 * an entry on its list's own line (`tools: [{name: React}, ...]`, JSON on one line), or no such entry.
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
