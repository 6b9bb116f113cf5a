import { checkArgument, isFields } from "./shape.js";

/**
 * Writes the stack document the way the site's files read: Ruby's Psych on libyaml. Sequences sit
 * at their parent key's indent, long scalars fold at spaces past column 80, strings that start
 * with a non-word character are double-quoted, strings that would read as another type (`2.2`,
 * `true`, a date) are single-quoted, and nil is an empty value.
 */
const WIDTH = 80;
/** Keys whose values are times in the site's files, written plain although they look like dates. */
const TIME_KEYS = new Set(["last_updated_on"]);

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

/**
 * Any object as YAML in the site's style (Psych's quoting, key order as given); `render(doc, "yaml")`
 * is this for a stack document.
 */
export function toYaml(document: object): string {
  checkArgument("toYaml", "document", isFields(document), "an object of fields (a stack document)", document, "TECHSTACK_INVALID_DOCUMENT");
  return [...yamlPieces(document)].join("");
}

/** About this many lines make one piece of `yamlPieces` (a document's tool takes ten or so). */
const PIECE_LINES = 4096;

/**
 * The YAML of a mapping in pieces that join to toYaml's text: the lines of a top-level key, a long
 * list's items some thousand lines at a time. A printed document of 300,000 tools was one text of
 * 3,000,000 lines held whole (100 MB, and its lines besides) before the first byte was written.
 */
export function* yamlPieces(document: object): Generator<string> {
  // Emptied in place: the lines' writer holds this array.
  const lines: string[] = [];
  let given = false;
  const take = (): string => {
    const piece = lines.join("\n") + "\n";
    lines.length = 0;
    given = true;
    return piece;
  };
  for (const [key, value] of Object.entries(document as Record<string, Value>)) {
    if (Array.isArray(value)) {
      // A list pauses after each item: a long one is handed on some thousand lines at a time.
      for (const _ of listLines("", key, value, 0, lines)) if (lines.length >= PIECE_LINES) yield take();
    } else {
      writeMapping({ [key]: value }, 0, lines, "");
    }
    if (lines.length >= PIECE_LINES) yield take();
  }
  // An empty mapping is one empty line, as a whole text of no lines ended by its line break.
  if (lines.length > 0 || !given) yield take();
}

function writeMapping(map: Record<string, Value>, indent: number, lines: string[], firstPrefix: string): void {
  let first = true;
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) continue;
    const lead = first ? firstPrefix : " ".repeat(indent);
    first = false;
    if (Array.isArray(value)) {
      for (const _ of listLines(lead, key, value, indent, lines)) continue;
    } else if (value !== null && typeof value === "object") {
      lines.push(`${lead}${key}:`);
      writeMapping(value, indent + 2, lines, " ".repeat(indent + 2));
    } else {
      lines.push(...scalarLines(`${lead}${key}: `, value, indent + 2, TIME_KEYS.has(key)));
    }
  }
}

/**
 * Adds a list's lines under its key (after `lead`), its items' dashes at the key's own `indent`, as
 * Psych writes them; an empty list is `key: []`. It pauses after each item: `yamlPieces` hands on
 * the lines of a long list there.
 */
function* listLines(lead: string, key: string, list: Value[], indent: number, lines: string[]): Generator<void> {
  if (list.length === 0) {
    lines.push(`${lead}${key}: []`);
    return;
  }
  lines.push(`${lead}${key}:`);
  for (const item of list) {
    writeItem(item, indent, lines);
    yield;
  }
}

function writeItem(item: Value, indent: number, lines: string[]): void {
  const dash = `${" ".repeat(indent)}- `;
  if (item !== null && typeof item === "object" && !Array.isArray(item)) {
    writeMapping(item, indent + 2, lines, dash);
  } else if (!Array.isArray(item)) {
    lines.push(...scalarLines(dash, item, indent + 2));
  }
}

/** One scalar after `prefix`, folded onto continuation lines indented by `indent`. */
function scalarLines(prefix: string, value: Value, indent: number, time = false): string[] {
  if (value === null || value === undefined) return [prefix];
  if (typeof value !== "string") return [prefix + String(value)];
  const style = time && /^[\d :.Z-]+$/.test(value) ? "plain" : styleOf(value);
  if (style === "plain") return fold(prefix, value, "", "", indent);
  if (style === "single") return fold(prefix, value.replace(/'/g, "''"), "'", "'", indent);
  return fold(prefix, escapeDouble(value), '"', '"', indent);
}

/** libyaml breaks at a space once the column has passed the width, never at the first or last word. */
function fold(prefix: string, body: string, open: string, close: string, indent: number): string[] {
  const lines: string[] = [];
  let line = prefix + open;
  const words = body.split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i === 0) {
      line += word;
      continue;
    }
    const canBreak = line.length > WIDTH && word !== "" && words[i - 1] !== "" && line.trim() !== (prefix + open).trim();
    if (canBreak) {
      lines.push(line);
      line = " ".repeat(indent) + word;
    } else {
      line += " " + word;
    }
  }
  lines.push(line + close);
  return lines;
}

type Style = "plain" | "single" | "double";

export function styleOf(value: string): Style {
  if (value === "") return "single";
  if (/[^\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufffd]|[\u{10000}-\u{10ffff}]/u.test(value)) {
    return "double";
  }
  if (/^[^\p{L}\p{N}_][^"]*$/u.test(value)) return "double";
  if (readsAsOtherType(value) || /^0[0-7]*[89]/.test(value)) return "single";
  if (/^\s|\s$|: |:$| #|^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return "single";
  return "plain";
}

/**
 * What Psych's scalar scanner, or a YAML 1.2 reader, would not read back as a string. Only values that start with a
 * letter, a digit or `_` get here (the others are double-quoted first), so `~`, signs, `.inf` and
 * `.nan` need no pattern.
 */
function readsAsOtherType(value: string): boolean {
  return (
    /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$/.test(value) ||
    /^(?:0|[1-9][0-9_,]*)$/.test(value) ||
    /^0[0-7_]+$/.test(value) ||
    /^0x[0-9a-fA-F_]+$/.test(value) ||
    /^[0-9][0-9_,]*\.[0-9]*(?:[eE][-+]?[0-9]+)?$/.test(value) ||
    /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt\s]\d{1,2}:\d\d:\d\d(?:\.\d*)?\s*(?:Z|[-+]\d{1,2}(?::?\d\d)?)?)?$/.test(value) ||
    /^[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(value) ||
    // YAML 1.2 numbers (an exponent without a dot, 0o octal, 0b binary): Psych reads most as
    // strings, but parse() and other YAML 1.2 readers would not, so they are quoted too.
    /^[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/.test(value) ||
    /^(?:0o[0-7_]+|0b[01_]+)$/.test(value)
  );
}

function escapeDouble(value: string): string {
  let out = "";
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code === 0x2028) out += "\\L";
    else if (code === 0x2029) out += "\\P";
    else if (code === 0x85) out += "\\N";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (code > 0xffff) out += `\\U${code.toString(16).toUpperCase().padStart(8, "0")}`;
    else if (code === 0xfeff) out += "\\uFEFF";
    else out += ch;
  }
  return out;
}
