import { DECLARING, EXTRA, TYPE_ANNOTATION } from "./script-patterns.js";

/**
 * The values a Gradle script assigns, read as text (never evaluated): the `ext` maps pre-catalog
 * Android and Java builds keep their dependencies in
 * (`ext.libs = [retrofit: "com.squareup.retrofit2:retrofit:${versions.retrofit}", room: [runtime: "..."]]`),
 * the lists they group, the strings a `versions.gradle` assigns key by key
 * (`okhttp.core = "com.squareup.okhttp3:okhttp:$versions.okhttp"`) and the names that stand for
 * another (`deps.okhttp = okhttp`, `ext.deps = deps`).
 */
export interface ScriptValues {
  /** Strings by dotted name (`libs.room.runtime`); a reference inside one is written `${path}`. */
  strings: Map<string, string>;
  /** Lists of strings by dotted name (`deps.supportLibs = ["g:a:1", "g:b:1"]`). */
  lists: Map<string, string[]>;
  /** A name that stands for another one (`deps.activity` for `activity`). */
  aliases: Map<string, string>;
}

type Value = string | { ref: string } | Value[] | Map<string, Value>;

/** The qualifiers a script reaches the root project's extra properties through. */
const QUALIFIERS = new RegExp(String.raw`^(?:${EXTRA}\.|(?:rootProject|project)\.)?`);

/** `rootProject.ext.libs['room'].runtime` -> `libs.room.runtime`. */
export function referenceName(path: string): string {
  return path.replace(/\[\s*["']([^"']+)["']\s*\]/g, ".$1").replace(QUALIFIERS, "");
}

/**
 * An assignment at the start of a line (after block openers such as `ext {`): `ext.x =`,
 * `project.ext.x =`, `rootProject.ext.x =`, `ext['x'] =`, the Kotlin DSL's `extra["x"] =`, `def x =`,
 * `val x =` (or `val x: String =`), `const val x =`, or a bare `x =` / `a.b =`.
 */
const ASSIGNMENT = new RegExp(
  String.raw`^[ \t]*(?:[A-Za-z_]\w*[ \t]*\{[ \t]*)*(?:${DECLARING}|${EXTRA}(?:\.|\[[ \t]*["'](?=[\w.-]+["'][ \t]*\]))|(?:rootProject|project)\.)?` +
    String.raw`([A-Za-z_][\w.-]*?)(?:["'][ \t]*\])?${TYPE_ANNOTATION}[ \t]*=(?![=~])[ \t]*(?=[["'A-Za-z_])`,
  "gm",
);

/**
 * The Kotlin DSL's delegated extra property, set to its value where it is declared:
 * `val x by extra("...")` (or `val x: String by extra(...)`), after block openers as above.
 */
const DELEGATED = new RegExp(
  String.raw`^[ \t]*(?:[A-Za-z_]\w*[ \t]*\{[ \t]*)*(?:${DECLARING})?([A-Za-z_]\w*)${TYPE_ANNOTATION}[ \t]+by[ \t]+extra\([ \t]*(?=["'])`,
  "gm",
);

const KEYWORDS = new Set(["true", "false", "null", "new", "it", "this"]);

/** The values assigned in a script's text (comments already blanked). */
export function readScriptValues(text: string): ScriptValues {
  const out: ScriptValues = { strings: new Map(), lists: new Map(), aliases: new Map() };
  for (const [pattern, closing] of [[ASSIGNMENT, ""], [DELEGATED, ")"]] as const) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      if (name.endsWith(".")) continue;
      const reader = new Reader(text, m.index + m[0].length);
      const value = reader.expression();
      // A value followed by more of an expression (`x = a ? b : c`, `x = y.z()`) is not read.
      if (value === undefined || !reader.closes(closing) || !reader.endsStatement()) continue;
      add(out, name, value);
    }
  }
  return out;
}

function add(out: ScriptValues, name: string, value: Value): void {
  if (typeof value === "string") {
    if (!out.strings.has(name)) out.strings.set(name, value);
  } else if (value instanceof Map) {
    for (const [k, v] of value) add(out, `${name}.${k}`, v);
  } else if (Array.isArray(value)) {
    const strings = value.map((v) => (typeof v === "string" ? v : !Array.isArray(v) && !(v instanceof Map) ? `\${${v.ref}}` : undefined));
    if (strings.every((s): s is string => s !== undefined) && !out.lists.has(name)) out.lists.set(name, strings);
  } else if (value.ref !== name && !out.aliases.has(name)) out.aliases.set(name, value.ref);
}

/** How far a string is read, and an entry we do not read skipped, and how deep collections nest: a hostile file stays near linear. */
const REACH = 20_000;
const SKIP_REACH = 1_000;
const DEPTH = 16;

/** A cursor over the text reading Groovy literals: strings, numbers, names, `+` concatenations, lists and maps. */
class Reader {
  private depth = 0;

  constructor(
    private readonly s: string,
    private i: number,
  ) {}

  /** Spaces, and line breaks where `newlines` (inside brackets). */
  private skip(newlines: boolean): void {
    const s = this.s;
    while (this.i < s.length && (s[this.i] === " " || s[this.i] === "\t" || (newlines && (s[this.i] === "\n" || s[this.i] === "\r")))) this.i++;
  }

  /** `closing` (a call's `)`, after spaces) read past, or nothing asked for. */
  closes(closing: string): boolean {
    if (!closing) return true;
    this.skip(false);
    if (!this.s.startsWith(closing, this.i)) return false;
    this.i += closing.length;
    return true;
  }

  /** Nothing but spaces, a `;` or a closing brace before the end of the line. */
  endsStatement(): boolean {
    this.skip(false);
    const c = this.s[this.i];
    return c === undefined || c === "\n" || c === "\r" || c === ";" || c === "}";
  }

  /** A term, or terms joined by `+` (strings and names only), on one line or continued inside brackets. */
  expression(inside = false): Value | undefined {
    const parts: Value[] = [];
    for (;;) {
      this.skip(inside);
      const term = this.term();
      if (term === undefined) return undefined;
      parts.push(term);
      this.skip(inside);
      if (this.s[this.i] !== "+") break;
      this.i++;
    }
    if (parts.length === 1) return parts[0];
    let joined = "";
    for (const p of parts) {
      if (typeof p === "string") joined += p;
      else if (!Array.isArray(p) && !(p instanceof Map)) joined += `\${${p.ref}}`;
      else return undefined;
    }
    return joined;
  }

  private term(): Value | undefined {
    const s = this.s;
    const c = s[this.i];
    if (c === "[") {
      if (this.depth >= DEPTH) return undefined;
      this.depth++;
      const value = this.collection();
      this.depth--;
      return value;
    }
    if (c === '"' || c === "'") return this.string();
    const n = /^-?\d[\w.]*/.exec(s.slice(this.i, this.i + 64));
    if (n) {
      this.i += n[0].length;
      return n[0];
    }
    const path = /^[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*|\[\s*["'][^"'\n]+["']\s*\])*/.exec(s.slice(this.i, this.i + 400));
    if (!path) return undefined;
    this.i += path[0].length;
    this.skip(false);
    // A call (`files(...)`, `System.getenv("X")`), a keyword or a cast is no value we read.
    if (s[this.i] === "(" || s[this.i] === "{" || KEYWORDS.has(path[0])) return undefined;
    return { ref: referenceName(path[0].replace(/\s+/g, "")) };
  }

  /** A quoted string, single, double or triple; interpolations (`$x`, `${x}`) kept as written. */
  private string(): string | undefined {
    const s = this.s;
    const quote = s.startsWith(s[this.i]!.repeat(3), this.i) ? s[this.i]!.repeat(3) : s[this.i]!;
    let j = this.i + quote.length;
    let out = "";
    const end = Math.min(s.length, j + REACH);
    while (j < end) {
      const c = s[j]!;
      if (c === "\\") {
        out += s[j + 1] ?? "";
        j += 2;
      } else if (s.startsWith(quote, j)) {
        this.i = j + quote.length;
        return out;
      } else if (c === "\n" && quote.length === 1) {
        return undefined;
      } else if (c === "$" && s[j + 1] === "{" && quote[0] === '"') {
        const close = s.indexOf("}", j);
        if (close < 0 || s.slice(j, close).includes("\n")) return undefined;
        out += s.slice(j, close + 1);
        j = close + 1;
      } else {
        out += c;
        j++;
      }
    }
    return undefined;
  }

  /** `[...]`: a list, a map (`key: value`, keys bare or quoted), or `[:]`. */
  private collection(): Value | undefined {
    const s = this.s;
    this.i++;
    this.skip(true);
    if (s[this.i] === ":") {
      this.i++;
      this.skip(true);
      if (s[this.i] !== "]") return undefined;
      this.i++;
      return new Map();
    }
    const list: Value[] = [];
    const map = new Map<string, Value>();
    for (;;) {
      this.skip(true);
      if (s[this.i] === "]") {
        this.i++;
        break;
      }
      const start = this.i;
      const key = /^(?:([A-Za-z_][\w-]*)|"([^"\n$]*)"|'([^'\n]*)')[ \t]*:(?!:)/.exec(s.slice(this.i, this.i + 400));
      if (key) this.i += key[0].length;
      const value = this.expression(true);
      if (value === undefined) {
        // A value we do not read (a call, a closure): skipped to the next entry.
        if (!this.skipEntry()) return undefined;
      } else if (key) map.set(key[1] ?? key[2] ?? key[3]!, value);
      else list.push(value);
      this.skip(true);
      if (s[this.i] === ",") this.i++;
      else if (s[this.i] !== "]") return undefined;
      if (this.i === start) return undefined;
    }
    return map.size ? map : list;
  }

  /** On to the `,` or `]` that ends the current entry, past nested brackets and strings; false at the end of the text. */
  private skipEntry(): boolean {
    const s = this.s;
    let depth = 0;
    const end = Math.min(s.length, this.i + SKIP_REACH);
    while (this.i < end) {
      const c = s[this.i]!;
      if (c === '"' || c === "'") {
        const close = s.indexOf(c, this.i + 1);
        if (close < 0 || close > end) return false;
        this.i = close + 1;
        continue;
      }
      if (c === "[" || c === "(" || c === "{") depth++;
      else if (c === "]" || c === ")" || c === "}") {
        if (depth === 0) return c === "]";
        depth--;
      } else if (c === "," && depth === 0) return true;
      this.i++;
    }
    return false;
  }
}
