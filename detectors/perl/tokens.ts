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
  const scan: Scan = { text, at: 0, line: 1, out: [] };
  let lineStart = true;
  while (scan.at < text.length) {
    const c = text[scan.at]!;
    if (c === "\n") {
      scan.line++;
      scan.at++;
      lineStart = true;
      continue;
    }
    if (lineStart && c === "=" && /[a-zA-Z]/.test(text[scan.at + 1] ?? "")) {
      skipPod(scan);
      continue;
    }
    lineStart = false;
    if (!readToken(scan, c)) break;
  }
  return scan.out;
}

/** Where the tokenizer is in the text, and the tokens it has read so far. */
interface Scan {
  readonly text: string;
  at: number;
  line: number;
  readonly out: Token[];
}

/** Reads the token (or comment, or skipped character) that `c` starts; false at `__END__` or `__DATA__`, where the code ends. */
function readToken(scan: Scan, c: string): boolean {
  const { text } = scan;
  if (c === "#") skipComment(scan);
  else if (c === "'" || c === '"') readString(scan, scan.at + 1, c);
  else if (c === "=" && text[scan.at + 1] === ">") pushMark(scan, "=>");
  else if (",;{}()".includes(c)) pushMark(scan, c);
  // A variable (`$module`): a mark, so that it is never read as a module's name.
  else if ((c === "$" || c === "@" || c === "%") && /\w/.test(text[scan.at + 1] ?? "")) pushMark(scan, text.slice(scan.at, wordEnd(text, scan.at + 1, /\w/)));
  else if (/[\w:.]/.test(c)) return readWord(scan);
  else scan.at++;
  return true;
}

/**
 * POD runs from a line opening with `=word` to a line opening with `=cut` (or the end); a stray
 * `=cut` line is a block of its own, as Perl reads it.
 */
function skipPod(scan: Scan): void {
  CUT.lastIndex = scan.at;
  const cut = CUT.exec(scan.text);
  const end = cut ? cut.index + cut[0].length : scan.text.length;
  scan.line += countLines(scan.text, scan.at, end);
  scan.at = end;
}

/** A `#` comment, up to the end of its line (the line end is left to the tokenizer). */
function skipComment(scan: Scan): void {
  while (scan.at < scan.text.length && scan.text[scan.at] !== "\n") scan.at++;
}

function pushMark(scan: Scan, mark: string): void {
  scan.out.push({ kind: "mark", text: mark, line: scan.line });
  scan.at += mark.length;
}

/** A bare word or number, or a `q`/`qq` quote; false for `__END__` and `__DATA__`. */
function readWord(scan: Scan): boolean {
  const end = wordEnd(scan.text, scan.at + 1, /[\w:.]/);
  const word = scan.text.slice(scan.at, end);
  if (word === "__END__" || word === "__DATA__") return false;
  const quote = /^qq?$/.test(word) ? quoteOpening(scan.text, end) : undefined;
  if (quote) readString(scan, quote.at + 1, quote.close, quote.open);
  else {
    scan.out.push({ kind: "word", text: word, line: scan.line });
    scan.at = end;
  }
  return true;
}

/** A quoted string whose body starts at `from`, its token on the line where its opening (`'` or `q`) stands. */
function readString(scan: Scan, from: number, close: string, open?: string): void {
  const start = scan.line;
  const [value, end] = readQuoted(scan.text, from, close, open);
  scan.line += countLines(scan.text, scan.at, end);
  scan.out.push({ kind: "string", text: value, line: start });
  scan.at = end;
}

/** The offset past the characters matching `char` from `from` on. */
function wordEnd(text: string, from: number, char: RegExp): number {
  let end = from;
  while (end < text.length && char.test(text[end]!)) end++;
  return end;
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
