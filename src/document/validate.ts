import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import schemaJson from "./schema.json" with { type: "json" };
import type { StackDocument } from "../types.js";

/** A JSON Schema (draft-07) object, as `techstack/schema.json` holds it. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly [keyword: string]: unknown;
}

/**
 * The stack document's JSON Schema (draft-07), the same object as `techstack/schema.json`.
 * Typed by hand so that the declaration files name a type instead of inlining the JSON.
 */
export const schema: JsonSchema = schemaJson;

export interface ValidationError {
  /** JSON pointer to the offending value: `/tools/3/version`. */
  path: string;
  message: string;
}

let compiled: ValidateFunction | undefined;

/**
 * Checks a document against the stack document schema (`techstack/schema.json`), and that its
 * `detected_tools_count` is the number of entries listed. It takes any value: one of the wrong kind
 * (`null`, `5`, a list) is a problem at `/`, never a TypeError, as judging a value is its work.
 * @returns every problem with the JSON pointer of the offending value; an empty list means valid.
 * @example
 * ```ts
 * validate({ repo_name: "acme/app", tools: [{ name: "" }] });
 * // [{ path: "/tools/0/name", message: "must NOT have fewer than 1 characters" }]
 * ```
 */
export function validate(document: unknown): ValidationError[] {
  // verbose: each error carries its schema, whose description says the form a pattern or list wants.
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  const errors = compiled(document) ? [] : (compiled.errors ?? []).map((e) => ({ path: e.instancePath || "/", message: messageOf(e) }));
  // What no schema keyword says: the count the header shows is the number of entries listed.
  const { detected_tools_count: count, tools } = (document ?? {}) as { detected_tools_count?: unknown; tools?: unknown };
  if (typeof count === "number" && Array.isArray(tools) && count !== tools.length) {
    errors.push({ path: "/detected_tools_count", message: `must equal the number of tools listed (${tools.length}), not ${count}` });
  }
  return errors;
}

/**
 * Whether a value is a stack document: `validate` finds nothing in it. A type guard, so a parsed
 * file narrows to `StackDocument` once it holds: `tools` a list of `ToolEntry`, each field present
 * of the kind the type gives it. It asks what the schema asks and no more: `repo_name` and `tools`
 * present, `detected_tools_count` (where given) the number of entries. The site's own files may
 * lack other header fields (one of the 59 in our corpus has no `version`), and a hand-written one
 * may hold only those two, so read a header field other than `repo_name` as possibly missing.
 * @example
 * ```ts
 * const doc = parse(readFileSync("techstack.yml", "utf8"));
 * if (isStackDocument(doc)) console.log(doc.tools.map((tool) => tool.name).join(", "));
 * else console.log(validate(doc)); // what it lacks, with each problem's JSON pointer
 * ```
 */
export function isStackDocument(value: unknown): value is StackDocument {
  return validate(value).length === 0;
}

/** An error in words: a value of the wrong form says the form its field's description gives ("must be a web address (...)"). */
function messageOf(e: ErrorObject): string {
  const description = (e.parentSchema as { description?: unknown } | undefined)?.description;
  if (e.keyword === "pattern" && typeof description === "string") return `must be ${description[0]!.toLowerCase()}${description.slice(1).replace(/\.$/, "")}`;
  return `${e.message ?? "invalid"}${e.params && "additionalProperty" in e.params ? `: ${String(e.params.additionalProperty)}` : ""}`;
}
