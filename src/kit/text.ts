/** Reading text in one pass: lines, line numbers, option values, references and bracket pairs. */

/** What an error says, its whole message; a thrown value that is no Error, as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What an error says, to the end of its first line (a YAML error goes on with lines of context); a thrown value that is no Error, as text. */
export function firstLineOf(error: unknown): string {
  return messageOf(error).split("\n")[0]!;
}

/** The text without the `char`s it ends with, as `.replace(/\/+$/, "")` for "/" (which retries a long run from each of its positions). */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}

/**
 * The lines of a text (LF or CRLF line ends), with any other line terminator inside a line (a lone
 * CR, U+2028, U+2029) read as a space. A line pattern's `.` and `$` stop at those: one ending in
 * `.*$` or `(.*?)\s*$` would fail there and be retried from every earlier position of the line, a
 * time that grows with its square or cube. Line numbers stay those of the LF count.
 */
export function textLines(text: string): string[] {
  // Splitting at a string is several times quicker than at /\r?\n/ (40 ms for a 6 MB yarn.lock):
  // a text with no CR, U+2028 or U+2029, most of them, is split at "\n" alone.
  if (!text.includes("\r") && !text.includes("\u2028") && !text.includes("\u2029")) return text.split("\n");
  const lines = (LONE_TERMINATOR.test(text) ? text.replace(LONE_TERMINATORS, " ") : text).split("\n");
  // Every CR left stands just before an LF, so at most one ends each line.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
  }
  return lines;
}
const LONE_TERMINATOR = /\r(?!\n)|[\u2028\u2029]/;
const LONE_TERMINATORS = /\r(?!\n)|[\u2028\u2029]/g;

/** The 1-based line of the first occurrence of `needle` in `text`, if any. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : lineCounter(text)(at);
}

/**
 * The 1-based lines of many needles in one text, asked in the order the text holds them (a parsed
 * manifest's entries): each search starts just after where the last needle was found (a needle
 * asked again is found at its next place), and goes back to the top only for one not found after it; a line is a binary search of the line starts. Where
 * `lineOf` searched from the top for each of a file's 20,000 entries, this walks the text once.
 * A needle that opens or ends with a name's character is found only as a whole name: `go` not
 * inside `golang` or `go-task`, `terraform` not inside `terraform-docs`, `python` not inside
 * `_.python.venv`. The characters searched are counted: past a few walks of the text (a hostile
 * file's entries out of its order, as a parsed map lists integer keys first, sent each lookup to
 * the end and back to the top) a needle not found ahead is not looked for behind.
 */
export function lineFinder(text: string): (needle: string) => number | undefined {
  const lineAt = offsetLines(text);
  const nameChar = /[\w.-]/;
  let budget = 16 * text.length + 1_000_000;
  /** The first offset from `start` where `needle` stands as a whole name, or -1. */
  const search = (needle: string, start: number): number => {
    const checkBefore = nameChar.test(needle[0] ?? "");
    const checkAfter = nameChar.test(needle[needle.length - 1] ?? "");
    for (let at = text.indexOf(needle, start); ; at = text.indexOf(needle, at + 1)) {
      budget -= (at < 0 ? text.length : at + needle.length) - start;
      if (at < 0) return -1;
      start = at + 1;
      if (checkBefore && at > 0 && nameChar.test(text[at - 1]!)) continue;
      if (checkAfter && nameChar.test(text[at + needle.length] ?? "")) continue;
      return at;
    }
  };
  let from = 0;
  return (needle) => {
    if (needle === "" || budget <= 0) return undefined;
    let at = search(needle, from);
    if (at < 0 && from > 0 && budget > 0) at = search(needle, 0);
    if (at < 0) return undefined;
    from = at + 1;
    return lineAt(at);
  };
}

/**
 * `lineOf(text, needle)` for many needles of one text (a parsed file's entries), each answer the
 * same as lineOf's, the line of the needle's first occurrence: a needle asked again is answered
 * from memory, and a line is a binary search of the line starts. The characters searched are
 * counted: past 64 walks of the text and 32 million characters (a file of 1,000 entries in 50 KB
 * searches 25 million), a hostile file's tens of thousands of entries, each first found deeper
 * in the text, are answered by `lineFinder`'s one walk, which a search from the top for each had
 * made a time that grows with their square (30,000 images: 15 s and more).
 */
export function lineOfEach(text: string): (needle: string) => number | undefined {
  const lineAt = offsetLines(text);
  const lines = new Map<string, number | undefined>();
  let budget = 64 * text.length + 32_000_000;
  let onward: ((needle: string) => number | undefined) | undefined;
  return (needle) => {
    if (lines.has(needle)) return lines.get(needle);
    if (budget <= 0) return (onward ??= lineFinder(text))(needle);
    const at = text.indexOf(needle);
    budget -= at < 0 ? text.length : at + needle.length;
    const line = at < 0 ? undefined : lineAt(at);
    lines.set(needle, line);
    return line;
  };
}

/** The 1-based line of any offset of a text, asked in any order (lineCounter wants them increasing): a binary search of its line starts, listed once. */
export function offsetLines(text: string): (offset: number) => number {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * The 1-based line of each offset asked, offsets asked in increasing order (a pattern's matches):
 * counted on from the last one asked, so the text is walked once however many are asked.
 */
export function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let next = text.indexOf("\n");
  return (offset) => {
    for (; next >= 0 && next < offset; next = text.indexOf("\n", next + 1)) line++;
    return line;
  };
}

/**
 * The value of the first `key:` option of a Ruby or Elixir argument list (`key` a pattern: `groups?`)
 * written as a list (`[:dev, :test]`), an atom (`:dev`) or a string (`"dev"`), as
 * `/\bkey:\s*(\[[^\]]*\]|:\w+|["'][^"']+["'])/` finds it, in one pass: that pattern scans on to the
 * end from each `key: [` left open, a time that grows with their square.
 */
export function optionValue(text: string, key: string): string | undefined {
  let listsClose = true;
  for (const m of text.matchAll(new RegExp(`\\b${key}:\\s*(?:(\\[)|(:\\w+|["'][^"']+["']))`, "g"))) {
    if (m[2] !== undefined) return m[2];
    // No `]` after this list: none after any later one either.
    if (!listsClose) continue;
    const close = text.indexOf("]", m.index! + m[0].length);
    if (close >= 0) return text.slice(m.index! + m[0].length - 1, close + 1);
    listsClose = false;
  }
  return undefined;
}

/** The longest a property expansion may grow (a version or framework list is far shorter). */
const MAX_EXPANDED = 4096;

/**
 * `value` with each reference `pattern` matches (a global pattern whose first group is the name:
 * MSBuild's `$(Name)`, Maven's `${name}`) replaced by what `lookup` gives for it, round after round
 * while `opener` is left (values naming other properties), five rounds at most; an unknown name
 * stays as written. Only up to the last `closer` can a reference close, so the text after it is not
 * searched. A round that would grow the value past 4,096 characters (or double a longer one) is
 * not taken: a property naming itself a hundred times grew a hundredfold a round, past the heap.
 */
export function expandReferences(value: string, pattern: RegExp, opener: string, closer: string, lookup: (name: string) => string | undefined): string {
  let out = value;
  for (let round = 0; round < 5 && out.includes(opener); round++) {
    const end = out.lastIndexOf(closer) + 1;
    let room = Math.max(MAX_EXPANDED - out.length, out.length);
    const next = out.slice(0, end).replace(pattern, (whole, name: string) => {
      const found = lookup(name);
      if (found === undefined) return whole;
      room -= found.length - whole.length;
      return room < 0 ? whole : found;
    });
    if (room < 0 || next === out.slice(0, end)) break;
    out = next + out.slice(end);
  }
  return out;
}

/**
 * For each `open` character of the text, the offset of the `close` that pairs with it (an unclosed
 * one has none), paired once for the whole text: scanning on from every opening to its close reads
 * the rest of the text for each unclosed one, a time that grows with their square. Strings and
 * comments are not told apart (a reader blanks them first where they may hold the characters).
 */
export function closingPairs(text: string, open: string, close: string): Map<number, number> {
  const out = new Map<number, number>();
  const stack: number[] = [];
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  for (let i = text.indexOf(open); i >= 0 && i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === o) stack.push(i);
    else if (ch === c) {
      const at = stack.pop();
      if (at !== undefined) out.set(at, i);
    }
  }
  return out;
}

/** A host name as a configuration writes one (`smtp.sendgrid.net`), lower-cased; undefined for anything else (a variable, a URL, an address). */
export function hostName(value: string): string | undefined {
  return /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(value) ? value.toLowerCase() : undefined;
}
