import yaml from "js-yaml";
import type { StackDocument } from "../types.js";

/** What `parse` throws: the text is neither YAML nor JSON, or its top is not a mapping. */
export class ParseError extends Error {
  override readonly name = "ParseError";
  /** 1-based line of the problem, when the parser knows it. */
  readonly line: number | undefined;
  /** 1-based column of the problem, when the parser knows it. */
  readonly column: number | undefined;

  constructor(message: string, options: { line?: number | undefined; column?: number | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.line = options.line;
    this.column = options.column;
  }
}

/**
 * Reads an existing techstack.yml (or its JSON form). YAML uses the core schema: `version: 0.1`
 * is a number, `true` a boolean, and `last_updated_on` stays the string the site wrote.
 * Throws a `ParseError` when the text is not YAML or JSON, or its top is not a mapping; it does
 * not validate (see `validate`).
 * @example
 * ```ts
 * const doc = parse(readFileSync("techstack.yml", "utf8"));
 * doc.tools.filter((t) => t.package_url).length; // the package entries
 * ```
 */
export function parse(text: string): StackDocument {
  const trimmed = text.trimStart();
  let data: unknown;
  try {
    data = trimmed.startsWith("{") ? JSON.parse(trimmed) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    throw new ParseError(message, { line: mark?.line === undefined ? undefined : mark.line + 1, column: mark?.column === undefined ? undefined : mark.column + 1, cause: error });
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new ParseError("not a stack document: expected a mapping at the top");
  const doc = data as StackDocument;
  if (!Array.isArray(doc.tools)) doc.tools = [];
  return doc;
}
