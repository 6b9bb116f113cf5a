import { closingPairs, isRecord } from "../../src/kit.js";
import { substitute } from "./substitute.js";

/**
 * Docker Buildx Bake files (docker-bake.hcl, docker-bake.json and their `.override` files): the
 * Dockerfile each target builds and the build args it passes (`args = { NODE_VERSION = "20.12.2" }`),
 * which decide the base image of a Dockerfile written `ARG NODE_VERSION` / `FROM node:${NODE_VERSION}`,
 * as compose's `build.args` do. Read as data, never evaluated: a variable's `default` fills
 * `${VAR}` (and a bare `VAR`) in an arg, as `docker buildx bake` builds with no variable set in the
 * environment; a function call or another target's field stays as written, so the image stays
 * unresolved rather than wrong. `inherits` merges the targets named, the later overriding.
 */

/** A value of the file, as read: a string, a bare name (a variable's, `NODE_VERSION`), a list or a map. */
type BakeValue = string | { name: string } | null | BakeValue[] | { [key: string]: BakeValue };

interface BakeTarget {
  context?: string;
  dockerfile?: string;
  /** A Dockerfile written in the Bake file itself (`dockerfile-inline`): no file of the repository is built. */
  inline?: boolean;
  inherits: string[];
  args: Map<string, BakeValue>;
}

/**
 * A target's build: its Dockerfile's path from the Bake file's folder (the target's context, then
 * the Dockerfile's path inside it: `./docker/web.Dockerfile`, `../tools/Dockerfile`), and its args.
 */
export interface BakeBuild {
  dockerfile: string;
  args: Map<string, string>;
}

/**
 * The builds of a Bake file's targets, from its data: docker-bake.json parsed, or an HCL file read
 * by `readBakeHcl`. Undefined when it holds no target.
 */
export function bakeBuilds(data: unknown): BakeBuild[] | undefined {
  if (!isRecord(data) || !isRecord(data.target)) return undefined;
  const variables = bakeVariables(data.variable);
  const targets = bakeTargets(data.target, variables);
  const resolved = new Map<string, BakeTarget>();
  const builds: BakeBuild[] = [];
  for (const name of targets.keys()) {
    const target = resolveTarget(name, targets, resolved, new Set());
    const build = target && !target.inline ? targetBuild(target, variables) : undefined;
    if (build) builds.push(build);
  }
  return builds;
}

/** The `variable` blocks' defaults that are a string or a number, by variable name. */
function bakeVariables(blocks: unknown): Map<string, string> {
  const variables = new Map<string, string>();
  for (const [name, variable] of Object.entries(isRecord(blocks) ? blocks : {})) {
    const value = isRecord(variable) ? variable.default : undefined;
    if (typeof value === "string" || typeof value === "number") variables.set(name, String(value));
  }
  return variables;
}

/** The `target` blocks as written, their context and Dockerfile filled in from the variables. */
function bakeTargets(blocks: Record<string, unknown>, variables: ReadonlyMap<string, string>): Map<string, BakeTarget> {
  const targets = new Map<string, BakeTarget>();
  for (const [name, body] of Object.entries(blocks)) {
    if (!isRecord(body)) continue;
    const args = new Map<string, BakeValue>(Object.entries(isRecord(body.args) ? (body.args as Record<string, BakeValue>) : {}));
    targets.set(name, {
      context: fieldValue(body.context, variables),
      dockerfile: fieldValue(body.dockerfile, variables),
      inline: typeof body["dockerfile-inline"] === "string" ? true : undefined,
      inherits: Array.isArray(body.inherits) ? body.inherits.filter((i): i is string => typeof i === "string") : [],
      args,
    });
  }
  return targets;
}

/**
 * A target with the targets it `inherits` merged in, the later and its own fields overriding,
 * kept in `resolved`. A chain of `inherits` deeper than MAX_DEPTH (a Bake file's are two or three
 * long) is cut there, so no file runs the stack out; a cycle is cut where it closes.
 */
function resolveTarget(name: string, targets: ReadonlyMap<string, BakeTarget>, resolved: Map<string, BakeTarget>, seen: Set<string>): BakeTarget | undefined {
  const done = resolved.get(name);
  if (done) return done;
  const own = targets.get(name);
  if (!own || seen.has(name) || seen.size > MAX_DEPTH) return own;
  seen.add(name);
  const out: BakeTarget = { inherits: [], args: new Map() };
  for (const parent of own.inherits) {
    const p = resolveTarget(parent, targets, resolved, new Set(seen));
    if (p) mergeTarget(out, p);
  }
  mergeTarget(out, own);
  resolved.set(name, out);
  return out;
}

/** Lays `from`'s context, Dockerfile, inline mark and args over `into`'s. */
function mergeTarget(into: BakeTarget, from: BakeTarget): void {
  into.context = from.context ?? into.context;
  into.dockerfile = from.dockerfile ?? into.dockerfile;
  into.inline = from.inline ?? into.inline;
  for (const [k, v] of from.args) into.args.set(k, v);
}

/** The build of a resolved target: none where its Dockerfile is no file here or it passes no known arg. */
function targetBuild(target: BakeTarget, variables: ReadonlyMap<string, string>): BakeBuild | undefined {
  const args = new Map<string, string>();
  for (const [k, v] of target.args) {
    // A bare name is a variable's value; `null` (or an unknown variable) leaves the Dockerfile's default.
    // One still holding an interpolation (`${item.os}` of a matrix, a function call) is as unknown.
    const raw = fieldValue(v, variables);
    if (raw !== undefined && !raw.includes("${")) args.set(k, raw);
  }
  // A remote context (a Git or HTTP URL, `target:base`) or an interpolated path is no file here.
  const context = target.context ?? ".";
  if (/:\/\/|^[\w-]+:|[$]/.test(context) || (target.dockerfile && /[$]/.test(target.dockerfile))) return undefined;
  return args.size > 0 ? { dockerfile: `${context}/${target.dockerfile ?? "Dockerfile"}`, args } : undefined;
}

/**
 * A target's field (its context, Dockerfile or an arg) as Bake builds with it: a variable's default
 * filled in, named bare (`dockerfile = DOCKERFILE`) or interpolated (`"${DOCKERFILE}"`); one no
 * default fills keeps its `${...}`, so the target builds no known file (not the context's
 * Dockerfile) and the arg is left unknown.
 */
function fieldValue(value: unknown, variables: ReadonlyMap<string, string>): string | undefined {
  if (typeof value === "string") return substitute(value, variables, true);
  if (isRecord(value) && typeof value.name === "string") return variables.get(value.name) ?? `\${${value.name}}`;
  return undefined;
}

/**
 * A folder's Bake files read as one, as Bake merges them: each later file's targets and variables
 * over the earlier's, field by field, and a target's `args` key by key (docker-bake.override.hcl
 * setting `NODE_VERSION` for the `web` target docker-bake.hcl gives its Dockerfile). A file that
 * is no object (malformed JSON) adds nothing.
 */
export function mergeBakeFiles(files: readonly unknown[]): Record<string, unknown> {
  // Without a prototype, so no block name (`constructor`, `__proto__`) reads or sets an inherited one.
  const out: Record<string, Record<string, Record<string, unknown>>> = Object.create(null);
  for (const data of files) {
    if (!isRecord(data)) continue;
    for (const section of ["variable", "target"]) {
      const blocks = data[section];
      if (!isRecord(blocks)) continue;
      const merged = (out[section] ??= Object.create(null) as Record<string, Record<string, unknown>>);
      for (const [name, body] of Object.entries(blocks)) {
        if (!isRecord(body)) continue;
        const before = merged[name] ?? {};
        const args = isRecord(before.args) && isRecord(body.args) ? { ...before.args, ...body.args } : body.args ?? before.args;
        merged[name] = { ...before, ...body, ...(args !== undefined ? { args } : {}) };
      }
    }
  }
  return out;
}

/**
 * An HCL body as a plain object: `name = value` attributes and labelled blocks (`target "web" { }`,
 * kept as `{ target: { web: {...} } }`). Strings and comments are blanked first, so braces inside
 * them do not count; the values are then read from the text as written at the same offsets.
 */
export function readBakeHcl(text: string): Record<string, BakeValue> {
  const masked = maskHcl(text);
  const braces = closingPairs(masked, "{", "}");
  const brackets = closingPairs(masked, "[", "]");
  return readBody(text, masked, 0, text.length, braces, brackets, 0);
}

/** How deep blocks and maps are read (a Bake file nests three or four): deeper ones are left out, so no input runs the stack out. */
const MAX_DEPTH = 16;

function readBody(text: string, masked: string, from: number, to: number, braces: Map<number, number>, brackets: Map<number, number>, depth: number): Record<string, BakeValue> {
  const out: Record<string, BakeValue> = {};
  if (depth > MAX_DEPTH) return out;
  const head = /[ \t]*(?:([A-Za-z_][\w-]*)|"[^"\n]*")[ \t]*(=|:|"[^"\n]*"[ \t]*(?:"[^"\n]*"[ \t]*)?\{)/y;
  let pos = from;
  while (pos < to) {
    // The next item starts a line, or follows a comma inside a map written on one line.
    while (pos < to && /[\s,]/.test(masked[pos]!)) pos++;
    if (pos >= to) break;
    head.lastIndex = pos;
    const m = head.exec(masked);
    if (!m || head.lastIndex > to) {
      // Something else (a stray token): on to the next line.
      const next = masked.indexOf("\n", pos);
      pos = next < 0 || next >= to ? to : next + 1;
      continue;
    }
    const keyStart = pos + m[0].length - m[0].trimStart().length;
    const key = m[1] ?? text.slice(keyStart + 1, masked.indexOf('"', keyStart + 1));
    if (m[2] === "=" || m[2] === ":") {
      const { value, end } = readValue(text, masked, head.lastIndex, to, braces, brackets, depth);
      out[key] = value;
      pos = end;
    } else {
      // A block: `target "web" {`, its label the first quoted string.
      const open = head.lastIndex - 1;
      const close = braces.get(open);
      if (close === undefined || close > to) break;
      const labelStart = masked.indexOf('"', keyStart + key.length);
      const label = text.slice(labelStart + 1, masked.indexOf('"', labelStart + 1));
      const group = (out[key] = isRecord(out[key]) ? out[key] : {}) as Record<string, BakeValue>;
      group[label] = readBody(text, masked, open + 1, close, braces, brackets, depth + 1);
      pos = close + 1;
    }
  }
  return out;
}

/** A value read, and the offset past it. */
interface ValueRead {
  value: BakeValue;
  end: number;
}

/** The value of an attribute whose `=` (or a map key's `:`) ends at `from`: a string, map, list, heredoc or bare word. */
function readValue(text: string, masked: string, from: number, to: number, braces: Map<number, number>, brackets: Map<number, number>, depth: number): ValueRead {
  let pos = from;
  while (pos < to && (masked[pos] === " " || masked[pos] === "\t")) pos++;
  const ch = masked[pos];
  if (ch === '"') return readString(text, masked, pos, to);
  if (ch === "{") {
    const close = braces.get(pos);
    if (close === undefined || close > to) return { value: null, end: to };
    return { value: readBody(text, masked, pos + 1, close, braces, brackets, depth + 1), end: close + 1 };
  }
  if (ch === "[") return readList(text, masked, pos, to, brackets);
  return (ch === "<" && masked[pos + 1] === "<" ? readHeredoc(text, pos, to) : undefined) ?? readWord(masked, pos, to);
}

/** The string whose opening quote is at `at`, unescaped: to its closing quote, or to `to` when none comes before. */
function readString(text: string, masked: string, at: number, to: number): ValueRead {
  const close = masked.indexOf('"', at + 1);
  const end = close < 0 || close >= to ? to : close + 1;
  return { value: unquote(text.slice(at + 1, end - 1)), end };
}

/** The list whose `[` is at `at`: its strings (anything else in it left out); no value when it is not closed before `to`. */
function readList(text: string, masked: string, at: number, to: number, brackets: Map<number, number>): ValueRead {
  const close = brackets.get(at);
  if (close === undefined || close > to) return { value: null, end: to };
  const items: BakeValue[] = [];
  for (let i = at + 1; i < close; i++) {
    if (masked[i] !== '"') continue;
    const end = masked.indexOf('"', i + 1);
    if (end < 0 || end > close) break;
    items.push(unquote(text.slice(i + 1, end)));
    i = end;
  }
  return { value: items, end: close + 1 };
}

/** A heredoc at `at` (`<<EOT` or `<<-EOT`, its lines blanked by maskHcl): its text, to the line closing it; none when it is no whole heredoc. */
function readHeredoc(text: string, at: number, to: number): ValueRead | undefined {
  const heredoc = heredocOpener(text, at);
  const close = heredoc ? heredocClose(text, at + heredoc.length, heredoc.marker) : undefined;
  return heredoc && close ? { value: text.slice(at + heredoc.length, close.body), end: Math.min(close.end, to) } : undefined;
}

/**
 * A bare word at `pos`: a variable's name, a number, `null`, `true`, ended by a comma, the line's end
 * or the map's; anything longer (a function call, an expression) is read to the line's end and kept
 * as no value.
 */
function readWord(masked: string, pos: number, to: number): ValueRead {
  const word = /[\w.-]+/y;
  word.lastIndex = pos;
  const m = word.exec(masked);
  const after = /[ \t]*(?:[,}]|\r?\n|$)/y;
  after.lastIndex = word.lastIndex;
  if (!m || word.lastIndex > to || !after.test(masked)) {
    let end = masked.indexOf("\n", pos);
    if (end < 0 || end > to) end = to;
    return { value: null, end };
  }
  const w = m[0];
  if (w === "null" || w === "true" || w === "false") return { value: null, end: word.lastIndex };
  return { value: /^-?\d/.test(w) ? w : /^[A-Za-z_]\w*$/.test(w) ? { name: w } : null, end: word.lastIndex };
}

function unquote(raw: string): string {
  return raw.replace(/\\(["\\])/g, "$1");
}

/**
 * The text with what strings hold and comments (`#`, `//`, `/* *\/`) blanked, offsets and newlines
 * kept: quotes stay, so a string is found by its quotes and read from the text as written.
 */
function maskHcl(text: string): string {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      out.push('"');
      i++;
      while (i < n && text[i] !== '"' && text[i] !== "\n") {
        if (text[i] === "$" && text[i + 1] === "{") {
          // An interpolation may hold quotes of its own (`${x == "a" ? "1" : "2"}`): blanked to its close.
          const end = interpolationEnd(text, i + 2);
          for (; i < end; i++) out.push(text[i] === "\n" ? "\n" : " ");
        } else if (text[i] === "\\" && i + 1 < n && text[i + 1] !== "\n") {
          out.push("  ");
          i += 2;
        } else {
          out.push(" ");
          i++;
        }
      }
      if (i < n && text[i] === '"') {
        out.push('"');
        i++;
      }
    } else if (ch === "<" && text[i + 1] === "<" && heredocOpener(text, i)) {
      // A heredoc's lines (a Dockerfile inline, a script) are blanked to its closing marker: their
      // quotes and braces are no HCL.
      const opener = heredocOpener(text, i)!;
      const end = heredocClose(text, i + opener.length, opener.marker)?.end ?? n;
      out.push("<<");
      for (i += 2; i < end; i++) out.push(text[i] === "\n" ? "\n" : " ");
    } else if (ch === "#" || (ch === "/" && text[i + 1] === "/")) {
      while (i < n && text[i] !== "\n") {
        out.push(" ");
        i++;
      }
    } else if (ch === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close < 0 ? n : close + 2;
      for (; i < end; i++) out.push(text[i] === "\n" ? "\n" : " ");
    } else {
      out.push(ch);
      i++;
    }
  }
  return out.join("");
}

/** A heredoc's opener at `at`, up to its line's end (`<<EOT` or, indented, `<<-EOT`): its marker and length. */
function heredocOpener(text: string, at: number): { marker: string; length: number } | undefined {
  const opener = /<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/y;
  opener.lastIndex = at;
  const m = opener.exec(text);
  return m ? { marker: m[1]!, length: m[0].length } : undefined;
}

/** Where a heredoc whose lines start at `from` ends: its text's end (`body`) and past its closing marker's line (`end`). */
function heredocClose(text: string, from: number, marker: string): { body: number; end: number } | undefined {
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end).trim() === marker) return { body: start, end };
    start = end + 1;
  }
  return undefined;
}

/** Where an interpolation opened just before `from` closes (past its `}`), its own strings skipped; the line's end if it does not. */
function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length && text[i] !== "\n") {
    const ch = text[i]!;
    if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
      if (text[i] === '"') i++;
      continue;
    }
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i + 1;
    i++;
  }
  return i;
}
