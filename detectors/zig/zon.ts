/**
 * A reader of ZON, Zig Object Notation, the syntax of build.zig.zon: anonymous struct literals
 * `.{ .field = value, ... }` (a field's name bare or quoted, `.@"known-folders"`), tuples
 * `.{ "a", "b" }`, strings with Zig's escapes, `\\` multiline strings, numbers, enum literals
 * (`.name = .my_app`), `true`, `false`, `null` and `//` comments. It only reads text: nothing in the
 * file is run. A malformed file throws a `ZonError` naming the line.
 */
export type ZonValue =
  | { kind: "struct"; fields: Map<string, ZonField> }
  | { kind: "tuple"; items: ZonValue[] }
  | { kind: "string"; text: string }
  /** A number, an enum literal (`.my_app`, kept without its dot), `true`, `false`, `null` or a character literal, as written. */
  | { kind: "other"; text: string };

/** A struct's field: its value and the line its name is written on. */
export interface ZonField {
  value: ZonValue;
  line: number;
}

export class ZonError extends Error {}

/** Deeper than any real manifest nests (its dependencies sit at depth 3): past this the file is refused, not recursed into. */
const MAX_DEPTH = 64;

const SIMPLE_ESCAPES = new Map([["n", "\n"], ["r", "\r"], ["t", "\t"], ["\\", "\\"], ["'", "'"], ['"', '"']]);

/** The file's one top-level value. */
export function parseZon(text: string): ZonValue {
  const reader = new Reader(text.replace(/^\ufeff/, ""));
  const value = reader.value(0);
  reader.skipSpace();
  if (!reader.atEnd()) reader.fail("text after the top-level value");
  return value;
}

class Reader {
  private at = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.at >= this.text.length;
  }

  fail(what: string): never {
    throw new ZonError(`line ${this.line}: ${what}`);
  }

  /** Spaces, line ends and `//` comments. */
  skipSpace(): void {
    const text = this.text;
    while (this.at < text.length) {
      const c = text[this.at]!;
      if (c === "\n") {
        this.line++;
        this.at++;
      } else if (c === " " || c === "\t" || c === "\r") this.at++;
      else if (c === "/" && text[this.at + 1] === "/") {
        const end = text.indexOf("\n", this.at);
        this.at = end < 0 ? text.length : end;
      } else return;
    }
  }

  value(depth: number): ZonValue {
    if (depth > MAX_DEPTH) this.fail(`values nested more than ${MAX_DEPTH} deep`);
    this.skipSpace();
    const text = this.text;
    const c = text[this.at];
    if (c === undefined) this.fail("the file ends where a value was expected");
    if (c === '"') return { kind: "string", text: this.quoted() };
    if (c === "\\" && text[this.at + 1] === "\\") return { kind: "string", text: this.multiline() };
    if (c === ".") {
      if (text[this.at + 1] === "{") {
        this.at += 2;
        return this.braces(depth);
      }
      this.at++;
      return { kind: "other", text: this.identifier() };
    }
    if (c === "'") {
      const end = /^'(?:\\.|[^'\\\n])+'/.exec(text.slice(this.at, this.at + 16));
      if (!end) this.fail("a malformed character literal");
      this.at += end[0].length;
      return { kind: "other", text: end[0] };
    }
    const word = /^-?[\w.+]+/.exec(text.slice(this.at, this.at + 256));
    if (!word) this.fail(`an unexpected ${JSON.stringify(c)}`);
    this.at += word[0].length;
    return { kind: "other", text: word[0] };
  }

  /** After `.{`: a struct if its first entry is `.name =`, else a tuple (`.{}` is an empty struct). */
  private braces(depth: number): ZonValue {
    this.skipSpace();
    if (this.text[this.at] === "}") {
      this.at++;
      return { kind: "struct", fields: new Map() };
    }
    if (this.fieldAhead()) {
      const fields = new Map<string, ZonField>();
      this.entries(() => {
        if (!this.fieldAhead()) this.fail("a struct mixes fields with bare values");
        const line = this.line;
        this.at++; // the field name's dot
        const name = this.text[this.at] === "@" ? (this.at++, this.quoted()) : this.identifier();
        this.skipSpace();
        this.at++; // `=`, which fieldAhead saw
        fields.set(name, { value: this.value(depth + 1), line });
      });
      return { kind: "struct", fields };
    }
    const items: ZonValue[] = [];
    this.entries(() => items.push(this.value(depth + 1)));
    return { kind: "tuple", items };
  }

  /** Entries separated by commas up to the closing brace (a trailing comma allowed), each read by `entry`. */
  private entries(entry: () => void): void {
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === "}") break;
      if (this.atEnd()) this.fail("the file ends inside `.{`");
      entry();
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ",") this.at++;
      else if (c === undefined) this.fail("the file ends inside `.{`");
      else if (c !== "}") this.fail(`expected "," or "}", found ${JSON.stringify(c)}`);
    }
    this.at++;
  }

  /** Whether a field's `.name =` (or `.@"name" =`) starts here. */
  private fieldAhead(): boolean {
    const head = /^\.(?:[A-Za-z_][\w]*|@"(?:\\.|[^"\\\n])*")[ \t\r]*(?:\/\/[^\n]*)?\s*=(?!=)/.exec(this.text.slice(this.at, this.at + 512));
    return head !== null;
  }

  private identifier(): string {
    const name = /^[A-Za-z_]\w*/.exec(this.text.slice(this.at, this.at + 256));
    if (!name) this.fail("a name was expected after a dot");
    this.at += name[0].length;
    return name[0];
  }

  /** A `"..."` string with Zig's escapes (`\n`, `\"`, `\x41`, `\u{1F600}`), read to its text. */
  private quoted(): string {
    const text = this.text;
    let out = "";
    let i = this.at + 1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === "\n") this.fail("a string left unclosed");
      if (c === '"') break;
      if (c !== "\\") {
        out += c;
        i++;
        continue;
      }
      const e = text[i + 1];
      const simple = e === undefined ? undefined : SIMPLE_ESCAPES.get(e);
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === "x" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16));
        i += 4;
      } else {
        const u = /^u\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(i + 1, i + 12));
        const code = u ? parseInt(u[1]!, 16) : -1;
        if (code < 0 || code > 0x10ffff) this.fail("a string with an invalid escape");
        out += String.fromCodePoint(code);
        i += 1 + u![0].length;
      }
    }
    this.at = i + 1;
    return out;
  }

  /** Consecutive `\\` lines, each its text to the line end, joined by line ends. */
  private multiline(): string {
    const lines: string[] = [];
    for (;;) {
      const end = this.text.indexOf("\n", this.at);
      lines.push(this.text.slice(this.at + 2, end < 0 ? this.text.length : end).replace(/\r$/, ""));
      this.at = end < 0 ? this.text.length : end;
      const next = /^\n[ \t\r]*\\\\/.exec(this.text.slice(this.at, this.at + 256));
      if (!next) return lines.join("\n");
      this.line++;
      this.at += next[0].length - 2;
    }
  }
}
