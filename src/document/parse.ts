import { coded } from "../errors.js";
import yaml from "js-yaml";
import type { ParsedStackDocument, StackDocument } from "../types.js";
import { textByBom } from "../scan/decode.js";
import { firstLineOf } from "../kit/text.js";
import { checkArgument, isFields, toolsProblem } from "./shape.js";

/**
 * Marks a ParseError of any copy of techstack: the ESM and CommonJS builds, both loaded in one process
 * (an ESM app whose CommonJS dependency requires techstack too), each have their own class.
 */
const PARSE_ERROR = Symbol.for("techstack.ParseError");

/**
 * What `parse` throws: the text is neither YAML nor JSON, or its top is not a mapping. `instanceof
 * ParseError` holds also for one thrown by the package's other build (ESM or CommonJS) loaded beside it.
 */
export class ParseError extends Error {
  override readonly name = "ParseError";
  /** Its code among the API's errors (`ERROR_CODES`). */
  readonly code = "TECHSTACK_PARSE_ERROR" as const;
  /** 1-based line of the problem, when the parser knows it. */
  readonly line: number | undefined;
  /** 1-based column of the problem, when the parser knows it. */
  readonly column: number | undefined;

  constructor(message: string, options: { line?: number | undefined; column?: number | undefined; cause?: unknown } = {}) {
    checkArgument("ParseError", "options", isFields(options), "an object ({ line, column, cause })", options);
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.line = options.line;
    this.column = options.column;
    Object.defineProperty(this, PARSE_ERROR, { value: true });
  }

  /** Any copy's ParseError for ParseError itself; a subclass keeps the ordinary prototype test. */
  static override [Symbol.hasInstance](value: unknown): value is ParseError {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return isParseErrorItself(this) && typeof value === "object" && value !== null && (value as { [PARSE_ERROR]?: unknown })[PARSE_ERROR] === true;
  }
}

/**
 * Whether `constructor` is ParseError, not a subclass. Asked outside the class body: a class that
 * names itself inside its body is renamed by the bundler (`class _ParseError`), and a logged error
 * would then read "_ParseError: ...".
 */
function isParseErrorItself(constructor: unknown): boolean {
  return constructor === ParseError;
}

/**
 * Reads an existing techstack.yml (or its JSON form). YAML uses the core schema: `version: 0.1`
 * is a number, `true` a boolean, and `last_updated_on` stays the string the site wrote. A field
 * the types call a string keeps the text written: a hand-edited `version: 3.10` is "3.10".
 * Throws a `ParseError` when the text is not YAML or JSON, or its top is not a mapping; it does
 * not validate (see `validate`), so its type says only what any such file gives: a
 * `ParsedStackDocument`, whose header fields may be missing and whose `tools` may be no list.
 * @example
 * ```ts
 * const doc = parse(readFileSync("techstack.yml", "utf8"));
 * const entries = Array.isArray(doc.tools) ? doc.tools : []; // a hand-edited file's tools may be no list
 * validate(doc); // [] when it conforms: then it reads as a StackDocument
 * diff(doc, await detect(".")); // diff and render take it as it is
 * ```
 */
export function parse(input: string): ParsedStackDocument {
  const text = textOf(input);
  return documentOf(parseData(text), text);
}

/**
 * The parsed data of `text` as a stack document: a missing or empty `tools` list empty, strings as
 * written. A `tools` of another kind (`tools: 5`) is kept as written, for `validate` to report as
 * the CLI's validate does, not replaced by a list that hides it.
 */
function documentOf(data: Record<string, unknown>, text: string): StackDocument {
  const doc = data as unknown as StackDocument;
  if (doc.tools === undefined || doc.tools === null) doc.tools = [];
  keepStringsAsWritten(doc, text);
  return doc;
}

/**
 * The core schema with YAML 1.1's merge key, which the site's writer (Ruby's Psych) reads: a
 * hand-edited file may share fields between entries (`<<: *sentry`), and `<<` is no field of a
 * stack document. The every-scalar-a-string reading below merges alike, so its entries line up.
 */
const MERGE = (yaml as unknown as { types: { merge: yaml.Type } }).types.merge;
const STACK_SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [MERGE] });
const WRITTEN_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [MERGE] });

/** The fields the document's types call strings; the rest (version, counts, flags) keep their YAML types. */
const DOCUMENT_STRINGS = ["repo_name", "report_id", "repo_type", "timestamp", "requested_by", "provider", "branch"];
const TOOL_STRINGS = ["name", "description", "website_url", "package_url", "version", "license", "category", "sub_category", "image_url", "detection_source_url", "detection_source", "last_updated_by", "last_updated_on"];
const VULNERABILITY_STRINGS = ["name", "cve_id", "cve_url", "detected_date", "severity", "first_patched"];

/**
 * A hand-edited file writes `version: 3.10` plainly (the site's writer quotes it): the core
 * schema reads the number 3.1, which `write` would carry over as 3.1, in a file `validate` then
 * rejects. Such a field takes the text as written (read again with every scalar a string); in JSON,
 * a number's decimal text.
 */
function keepStringsAsWritten(doc: StackDocument, text: string): void {
  let raw: unknown;
  const rawDocument = (): Record<string, unknown> | undefined => {
    if (raw === undefined) {
      try {
        raw = text.trimStart().startsWith("{") ? null : yaml.load(text, { schema: WRITTEN_SCHEMA });
      } catch {
        raw = null;
      }
    }
    return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  };
  const fix = (target: Record<string, unknown>, keys: readonly string[], written: () => unknown) => {
    for (const key of keys) {
      const value = target[key];
      if (typeof value !== "number" && typeof value !== "boolean") continue;
      const text = (written() as Record<string, unknown> | undefined)?.[key];
      target[key] = typeof text === "string" ? text : String(value);
    }
  };
  const item = (list: unknown, i: number) => (Array.isArray(list) && list[i] && typeof list[i] === "object" ? (list[i] as Record<string, unknown>) : undefined);
  fix(doc as unknown as Record<string, unknown>, DOCUMENT_STRINGS, rawDocument);
  if (!Array.isArray(doc.tools)) return;
  doc.tools.forEach((tool, i) => {
    if (!tool || typeof tool !== "object") return;
    const writtenTool = () => item(rawDocument()?.tools, i);
    fix(tool as unknown as Record<string, unknown>, TOOL_STRINGS, writtenTool);
    if (Array.isArray(tool.vulnerabilities)) {
      tool.vulnerabilities.forEach((v, j) => {
        if (v && typeof v === "object") fix(v as unknown as Record<string, unknown>, VULNERABILITY_STRINGS, () => item(writtenTool()?.vulnerabilities, j));
      });
    }
  });
}

/** The file's top mapping as written (no `tools` added where it has none), for `validate`. */
export function parseData(input: string): Record<string, unknown> {
  const text = textOf(input);
  const trimmed = text.trimStart();
  let data: unknown;
  try {
    data = trimmed.startsWith("{") ? JSON.parse(trimmed) : yaml.load(text, { schema: STACK_SCHEMA });
  } catch (error) {
    const conflict = conflictLine(text);
    if (conflict) throw new ParseError(`an unresolved merge conflict: ${conflict.marker} on line ${conflict.line}`, { line: conflict.line, column: 1, cause: error });
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const message = firstLineOf(error);
    throw new ParseError(message, { line: mark?.line === undefined ? undefined : mark.line + 1, column: mark?.column === undefined ? undefined : mark.column + 1, cause: error });
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new ParseError("not a stack document: expected a mapping at the top");
  return data as Record<string, unknown>;
}

/**
 * The first line git's merge left a conflict marker on (`<<<<<<< HEAD`, diff3's `|||||||`,
 * `=======`, `>>>>>>> branch`): two branches that each refreshed the file, merged. Asked only of a
 * file that does not parse, where YAML's own words for it ("end of the stream or a document
 * separator is expected") tell a reviewer nothing.
 */
function conflictLine(text: string): { marker: string; line: number } | undefined {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((line) => /^(?:(?:<{7}|\|{7}|>{7})(?: |$)|={7}$)/.test(line));
  return i < 0 ? undefined : { marker: lines[i]!.slice(0, 7), line: i + 1 };
}

/**
 * `parse`, for a file that is compared or carried over (check, write, diff): the top must hold a
 * `tools` list (an empty `tools:` too), so another file given by mistake (a package.json) is not
 * read as an empty stack; every tool entry must be a mapping with a name (and a `package_url`,
 * where it has one, a string), since entries are matched by them. Throws a `ParseError` naming
 * the first entry that is not (`/tools/1: ...`).
 */
export function parseComparable(input: string): StackDocument {
  // Parsed once: the checks read the data as loaded, then it becomes the document.
  const text = textOf(input);
  const data = parseData(text);
  if (!("tools" in data)) throw new ParseError("not a stack document: it has no tools list");
  if (data.tools !== null && !Array.isArray(data.tools)) throw new ParseError("not a stack document: tools is not a list");
  const doc = documentOf(data, text);
  const problem = toolsProblem(doc.tools);
  if (problem) throw new ParseError(problem);
  return doc;
}

/** The text of a file: the bytes readFileSync gives without an encoding are decoded by their BOM (UTF-16 as a Windows editor saves it), else as UTF-8. */
function textOf(input: unknown): string {
  const text = input instanceof Uint8Array ? textByBom(input) : input;
  if (typeof text !== "string") throw coded(new TypeError(`parse: expected the text of a techstack.yml (a string), not ${text === null ? "null" : typeof text}`), "TECHSTACK_BAD_ARGUMENT");
  return text;
}
