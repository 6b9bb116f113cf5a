/** Small helpers detectors share. */
import picomatch from "picomatch";
import type { DetectContext } from "./types.js";
import { parseYamlAll } from "./parse/yaml.js";
import { oversized } from "./scan/files.js";

/** The folder of a path ("" at the root). */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/**
 * Whether a path lies under an example, sample, demo, fixture, test or documentation folder: files
 * there show how to use something, not how this repository is built or deployed.
 */
export function inUsageFolder(path: string): boolean {
  return /(^|\/)(examples?|samples?|demos?|fixtures?|tests?|__tests__|docs?)\//i.test(path);
}

/** The path of `name` in the folder `dir` ("" at the root): `a` + `mix.lock` -> `a/mix.lock`. */
export function inFolder(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** The path of `name` in the folder of `file` (`a/Podfile` + `Podfile.lock` -> `a/Podfile.lock`). */
export function sibling(file: string, name: string): string {
  return inFolder(dirOf(file), name);
}

/** The text without the `char`s it ends with, as `.replace(/\/+$/, "")` for "/" (which retries a long run from each of its positions). */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return text.slice(0, end);
}

/** The base name of a path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/**
 * The lines of a text (LF or CRLF line ends), with any other line terminator inside a line (a lone
 * CR, U+2028, U+2029) read as a space. A line pattern's `.` and `$` stop at those: one ending in
 * `.*$` or `(.*?)\s*$` would fail there and be retried from every earlier position of the line, a
 * time that grows with its square or cube. Line numbers stay those of the LF count.
 */
export function textLines(text: string): string[] {
  return (/\r(?!\n)|[\u2028\u2029]/.test(text) ? text.replace(/\r(?!\n)|[\u2028\u2029]/g, " ") : text).split(/\r?\n/);
}

/** The 1-based line of the first occurrence of `needle` in `text`, if any. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : lineCounter(text)(at);
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

/** `a/b` + `../c.txt` -> `a/c.txt`; undefined when the result would leave the repository root. */
export function joinInside(dir: string, relative: string): string | undefined {
  if (relative.startsWith("/")) return undefined;
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split(/[\\/]/)) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/** A folder and every folder above it, up to the root (""): where a governing file may be. */
export function* foldersUp(dir: string): Generator<string> {
  for (let d: string | undefined = dir; d !== undefined; d = d ? dirOf(d) : undefined) yield d;
}

/**
 * Every folder with one of `files` at any depth below it, the root ("") included when there is
 * any: whether a module holds such files is then one set lookup, not a test of every file for
 * every module (a time that grows with their product in a monorepo of many modules).
 */
export function foldersHolding(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let slash = file.lastIndexOf("/"); ; slash = slash > 0 ? file.lastIndexOf("/", slash - 1) : -1) {
      const folder = slash < 0 ? "" : file.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
      if (slash < 0) break;
    }
  }
  return folders;
}

/** The folder itself or the nearest one above that `map` has an entry for. */
export function nearestFolder<T>(dir: string, map: ReadonlyMap<string, T>): string | undefined {
  for (const d of foldersUp(dir)) if (map.has(d)) return d;
  return undefined;
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

/** A plain object (not null, not an array): what a parsed JSON, YAML or TOML table is. */
export function isRecord<T = unknown>(value: unknown): value is Record<string, T> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

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
 * A language's comments and strings, for `blankComments`: `line` the openers of comments that run to
 * the line's end (`//`, `;`), `block` the opener and closer of one that runs to its closer (`/*`,
 * `*\/`), `quotes` the characters that open and close a string, `multiline` those of them whose
 * strings may run over several lines (a JavaScript template, a Clojure string).
 */
export type CommentSyntax = { line: readonly string[]; block?: readonly [string, string]; quotes: string; multiline?: string };

/**
 * The text with its comments blanked, each of their characters but line breaks a space (so offsets
 * and line numbers hold), strings left whole: a URL's `//` (`"https://deno.land/x/oak/mod.ts"`), an
 * esm.sh path's `/*` (`"https://esm.sh/*react"`), a Clojure string's `;` are no comments. One pass:
 * a string closes at its quote (after a backslash's escape), or, left open, at its line's end (at the
 * text's end for a `multiline` quote); a block comment never closed runs to the text's end.
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
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    if (syntax.quotes.includes(m[0][0]!)) continue;
    let end = m.index + m[0].length;
    if (syntax.block && m[0] === syntax.block[0]) {
      const close = text.indexOf(syntax.block[1], end);
      end = close < 0 ? text.length : close + syntax.block[1].length;
      tokens.lastIndex = end;
    }
    parts.push(text.slice(last, m.index), text.slice(m.index, end).replace(/[^\n]/g, " "));
    last = end;
  }
  return last === 0 ? text : parts.join("") + text.slice(last);
}

/**
 * The line where each string of a JSON(C) text first stands, by its value (escapes read; comments
 * left out): one pass, where searching the text for each of a manifest's names (an import map's
 * values, a package.json's dependencies) took a time that grew with the square of their number
 * (and an escaped value was never found, after a search of the whole text).
 */
export function jsonStringLines(source: string, { comments = true }: { comments?: boolean } = {}): Map<string, number> {
  const lines = new Map<string, number>();
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
    if (!lines.has(value)) lines.set(value, lineAt(m.index));
  }
  return lines;
}

/**
 * The documents of a YAML file of several (`---` between them: Kubernetes manifests, Drone
 * pipelines), or undefined after a warning naming the file when it is malformed, or too large to
 * walk once its aliases are expanded (an alias bomb), as `ctx.yaml` refuses one.
 */
export function yamlDocuments(ctx: Pick<DetectContext, "warn">, file: string, text: string): unknown[] | undefined {
  let docs: unknown[];
  try {
    docs = parseYamlAll(text, file);
  } catch (error) {
    ctx.warn(file, `malformed YAML: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    return undefined;
  }
  const excess = oversized(docs, true);
  if (excess) ctx.warn(file, excess);
  return excess ? undefined : docs;
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

/**
 * A matcher of paths for a glob the scanned repository writes (`packages/*`, `k8s/**.yaml`,
 * `ap?.yml`), by globMatches: `*`, `?` and `**` (within a name, a `**` is a `*`). Undefined for a
 * glob of other syntax (a class, braces, an extglob, an escape), which the caller reads its own way
 * or leaves out.
 */
export function repositoryGlob(glob: string): ((path: string) => boolean) | undefined {
  if (/[[\]{}()!+@\\]/.test(glob)) return undefined;
  const segments = glob.split("/").map((seg) => (seg === "**" ? seg : seg.replace(/\*{2,}/g, "*")));
  return (path) => globMatches(segments, path.split("/"));
}

/** The most stars a repository's glob read by picomatch (one with a class or braces) may hold: its regular expression backtracks. */
export const MAX_PICOMATCH_STARS = 4;

/**
 * A glob of other syntax than repositoryGlob reads (a class, braces, an extglob) by picomatch, if it
 * holds at most MAX_PICOMATCH_STARS stars; undefined for one with more, which the caller leaves out.
 */
export function boundedPicomatch(glob: string, options: { basename?: boolean } = {}): ((path: string) => boolean) | undefined {
  if ((glob.match(/\*+/g)?.length ?? 0) > MAX_PICOMATCH_STARS) return undefined;
  return picomatch(glob, { dot: true, ...options });
}

/**
 * Whether path segments match glob segments written by the scanned repository (`**` any number of
 * folders, `*` any part of one name, `?` one character of it), by the folders each prefix of the
 * pattern can reach: nothing is retried over a path. Not picomatch, which the scan's own globs use:
 * its regular expressions backtrack (one glob `ci/*a*a*a*b.yml` against 100 names of 240
 * characters took 7 s there; 20 such globs against 2,000 names take 0.4 s here).
 */
export function globMatches(pattern: readonly string[], path: readonly string[]): boolean {
  let reach = path.map(() => false).concat(false);
  reach[0] = true;
  for (const seg of pattern) {
    const next = reach.map(() => false);
    if (seg === "**") {
      let any = false;
      for (let j = 0; j <= path.length; j++) next[j] = any ||= reach[j]!;
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && nameMatches(seg, path[j]!)) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[path.length]!;
}

/** A name against a pattern whose `*` stands for any run of characters and `?` for one: the last star is retried, never an earlier one. */
function nameMatches(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = n;
    } else if (p < pattern.length && (pattern[p] === name[n] || pattern[p] === "?")) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
