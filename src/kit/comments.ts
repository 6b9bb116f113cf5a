/** Comments and strings of source text: blanked or replaced in one pass, string values found by line. */
import { lineCounter } from "./text.js";

/**
 * The text with each `/* ... *\/` comment replaced by what `replace` makes of it, as
 * `text.replace(/\/\*[\s\S]*?\*\//g, replace)` would, in one pass: that pattern rescans the rest
 * of the text from every `/*` that is never closed, a time that grows with their square. Other
 * delimiters may be given (XML's `<!--` and `-->`).
 */
export function replaceBlockComments(text: string, replace: (comment: string) => string, opener = "/*", closer = "*/"): string {
  let out = "";
  let pos = 0;
  for (let open = text.indexOf(opener); open >= 0; open = text.indexOf(opener, pos)) {
    const close = text.indexOf(closer, open + opener.length);
    // No later comment can close either: the rest stays as written.
    if (close < 0) break;
    out += text.slice(pos, open) + replace(text.slice(open, close + closer.length));
    pos = close + closer.length;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/**
 * The text with each of its characters but line breaks replaced by `fill` (a space), so offsets and
 * line numbers hold: a line at a time, where a pattern matching each character alone took 0.4 s on
 * 5 MB of comments. Found by indexOf, not a pattern: on a loaded machine, `/[^\n]+/g` over a 5 MB
 * line twice threw "Maximum call stack size exceeded" (the engine's backtracking stack, which grows
 * with the line, could not grow further).
 */
export function blankText(text: string, fill = " "): string {
  const parts: string[] = [];
  let start = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
    parts.push(fill.repeat(end - start), "\n");
    start = end + 1;
  }
  parts.push(fill.repeat(text.length - start));
  return parts.join("");
}

/**
 * The text with its whole-line `#` comments (a line whose first non-blank character is `#`) blanked,
 * offsets and line numbers kept: in a YAML, Ruby or INI-like file, an entry left in a comment (an
 * older pin kept for reference, a registry used before a move) is not where the live one is declared.
 */
export function blankHashCommentLines(text: string): string {
  return text.replace(/^[ \t]*#[^\n]*/gm, (comment) => blankText(comment));
}

/**
 * A language's comments and strings, for `blankComments`: `line` the openers of comments that run to
 * the line's end (`//`, `;`), `block` the opener and closer of one that runs to its closer (`/*`,
 * `*\/`), `quotes` the characters that open and close a string, `multiline` those of them whose
 * strings may run over several lines (a JavaScript template, a Clojure string). `keepUnclosed`: a
 * block comment never closed is left as written, not run to the text's end (HCL, whose tools reject
 * such a file: what follows is still read).
 */
export type CommentSyntax = { line: readonly string[]; block?: readonly [string, string]; quotes: string; multiline?: string; keepUnclosed?: boolean };

/**
 * The text with its comments blanked, each of their characters but line breaks a space (so offsets
 * and line numbers hold), strings left whole: a URL's `//` (`"https://deno.land/x/oak/mod.ts"`), an
 * esm.sh path's `/*` (`"https://esm.sh/*react"`), a Clojure string's `;` are no comments. One pass:
 * a string closes at its quote (after a backslash's escape), or, left open, at its line's end (at the
 * text's end for a `multiline` quote); a block comment never closed runs to the text's end (or is
 * left as written, with `keepUnclosed`: then no later opener is searched for a closer again).
 */
export function blankComments(text: string, syntax: CommentSyntax): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const strings = [...syntax.quotes].map((q) => {
    const e = escape(q);
    return syntax.multiline?.includes(q) ? `${e}(?:[^${e}\\\\]|\\\\[\\s\\S])*(?:${e}|\\\\?$)` : `${e}(?:[^${e}\\\\\\n]|\\\\[^\\n])*(?:${e}|\\\\?(?=\\n|$))`;
  });
  const comments = [...syntax.line.map((o) => `${escape(o)}[^\\n]*`), ...(syntax.block ? [escape(syntax.block[0])] : [])];
  const tokens = new RegExp([...strings, ...comments].join("|"), "g");
  const parts: string[] = [];
  let last = 0;
  let unclosed = false;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    if (syntax.quotes.includes(m[0][0]!)) continue;
    let end = m.index + m[0].length;
    if (syntax.block && m[0] === syntax.block[0]) {
      const close = unclosed ? -1 : text.indexOf(syntax.block[1], end);
      if (close < 0 && syntax.keepUnclosed) {
        unclosed = true;
        continue;
      }
      end = close < 0 ? text.length : close + syntax.block[1].length;
      tokens.lastIndex = end;
    }
    parts.push(text.slice(last, m.index), blankText(text.slice(m.index, end)));
    last = end;
  }
  return last === 0 ? text : parts.join("") + text.slice(last);
}

/**
 * The line where each string of a JSON(C) text first stands, by its value (escapes read; comments
 * left out): one pass, where searching the text for each of a manifest's names (an import map's
 * values, a package.json's dependencies) took a time that grew with the square of their number
 * (and an escaped value was never found, after a search of the whole text).
 * With `keys`, a string that stands as an object's key wins over an earlier one that stands as a
 * value: a package.json's dependency is declared by its key, not by the `"test": "jest"` script
 * above it (a commit reformatting the scripts would otherwise redate Jest).
 */
export function jsonStringLines(source: string, { comments = true, keys = false }: { comments?: boolean; keys?: boolean } = {}): Map<string, number> {
  const lines = new Map<string, number>();
  const keyLines = new Map<string, number>();
  // deno.jsonc's comments blanked first: a value quoted in a comment is not where it stands. Plain
  // JSON (a package.json) has none, and is not read twice for them.
  const text = comments ? blankComments(source, { line: ["//"], block: ["/*", "*/"], quotes: '"' }) : source;
  const lineAt = lineCounter(text);
  // A string left open runs to its line's end, matched once (not again from each quote inside it).
  for (const m of text.matchAll(/"((?:[^"\\\n]|\\[^\n])*)(?:(")|\\?(?=\n|$))/g)) {
    if (!m[2]) continue;
    let value = m[1]!;
    if (value.includes("\\")) {
      try {
        value = JSON.parse(`"${value}"`) as string;
      } catch {
        // not a JSON escape: kept as written
      }
    }
    if (keys && !keyLines.has(value) && /^\s*:/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 64))) keyLines.set(value, lineAt(m.index));
    if (!lines.has(value)) lines.set(value, lineAt(m.index));
  }
  for (const [value, line] of keyLines) lines.set(value, line);
  return lines;
}
