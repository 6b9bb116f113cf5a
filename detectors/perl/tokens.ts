/** One token of a cpanfile: a quoted string, a bare word or number, or a punctuation mark. */
export interface Token {
  kind: "string" | "word" | "mark";
  text: string;
  /** 1-based line the token starts on. */
  line: number;
}

/**
 * Splits a cpanfile (Perl source, read as text and never run) into the tokens its DSL is made of:
 * single- and double-quoted strings (a backslash escapes the next character), `q(...)`/`qq{...}`
 * quotes, bare words and numbers (`Mojolicious`, `1.0.28`, `v5.36`), the fat comma `=>`, the
 * marks `, ; { } ( )` and variables (`$module`, a mark too). A `#` outside a string starts a comment running to the end of the line;
 * a POD block (`=pod` ... `=cut`) and anything after `__END__` are left out. Any other character
 * is skipped. One pass, no backtracking: the cost is linear in the text's length.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  let lineStart = true;
  while (i < n) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
      lineStart = true;
      continue;
    }
    if (lineStart && c === "=" && /[a-zA-Z]/.test(text[i + 1] ?? "")) {
      // POD runs from a line opening with `=word` to a line opening with `=cut` (or the end); a
      // stray `=cut` line is a block of its own, as Perl reads it.
      CUT.lastIndex = i;
      const cut = CUT.exec(text);
      const end = cut ? cut.index + cut[0].length : n;
      line += countLines(text, i, end);
      i = end;
      continue;
    }
    lineStart = false;
    if (c === "#") {
      while (i < n && text[i] !== "\n") i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const start = line;
      const [value, end] = readQuoted(text, i + 1, c);
      line += countLines(text, i, end);
      out.push({ kind: "string", text: value, line: start });
      i = end;
      continue;
    }
    if (c === "=" && text[i + 1] === ">") {
      out.push({ kind: "mark", text: "=>", line });
      i += 2;
      continue;
    }
    if (",;{}()".includes(c)) {
      out.push({ kind: "mark", text: c, line });
      i++;
      continue;
    }
    if ((c === "$" || c === "@" || c === "%") && /\w/.test(text[i + 1] ?? "")) {
      // A variable (`$module`): a mark, so that it is never read as a module's name.
      let end = i + 1;
      while (end < n && /\w/.test(text[end]!)) end++;
      out.push({ kind: "mark", text: text.slice(i, end), line });
      i = end;
      continue;
    }
    if (/[\w:.]/.test(c)) {
      let end = i + 1;
      while (end < n && /[\w:.]/.test(text[end]!)) end++;
      const word = text.slice(i, end);
      if (word === "__END__" || word === "__DATA__") break;
      const quote = /^qq?$/.test(word) ? quoteOpening(text, end) : undefined;
      if (quote) {
        const start = line;
        const [value, close] = readQuoted(text, quote.at + 1, quote.close, quote.open);
        line += countLines(text, i, close);
        out.push({ kind: "string", text: value, line: start });
        i = close;
        continue;
      }
      out.push({ kind: "word", text: word, line });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

/** The line that ends a POD block, searched from where the block starts (never a copy of the rest). */
const CUT = /^=cut\b.*$/gm;

const PAIRS: Record<string, string> = { "(": ")", "{": "}", "[": "]", "<": ">" };

/** The delimiter of a `q`/`qq` quote starting at `at` (spaces allowed before it), if one does. */
function quoteOpening(text: string, at: number): { at: number; open?: string; close: string } | undefined {
  let i = at;
  while (text[i] === " " || text[i] === "\t") i++;
  const c = text[i];
  if (c === undefined || /[\w\s,;=]/.test(c)) return undefined;
  const close = PAIRS[c];
  return close ? { at: i, open: c, close } : { at: i, close: c };
}

/** The text of a quote whose body starts at `from`, and the offset just past its closing mark. */
function readQuoted(text: string, from: number, close: string, open?: string): [string, number] {
  let value = "";
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length) {
      value += text[++i];
      continue;
    }
    if (open !== undefined && c === open) depth++;
    else if (c === close) {
      if (depth === 0) return [value, i + 1];
      depth--;
    }
    value += c;
  }
  return [value, i];
}

/** The line ends between two offsets (a walk of that stretch only, not to the next line end). */
function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}
