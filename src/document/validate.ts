import { Ajv, type ValidateFunction } from "ajv";
import schema from "./schema.json" with { type: "json" };

export { schema };

export interface ValidationError {
  /** JSON pointer to the offending value: `/tools/3/version`. */
  path: string;
  message: string;
}

let compiled: ValidateFunction | undefined;

/**
 * Checks a document against the stack document schema (`techstack/schema.json`).
 * @returns every problem with the JSON pointer of the offending value; an empty list means valid.
 * @example
 * ```ts
 * validate({ repo_name: "acme/app", tools: [{ name: "" }] });
 * // [{ path: "/tools/0/name", message: "must NOT have fewer than 1 characters" }]
 * ```
 */
export function validate(document: unknown): ValidationError[] {
  compiled ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (compiled(document)) return [];
  return (compiled.errors ?? []).map((e) => ({ path: e.instancePath || "/", message: `${e.message ?? "invalid"}${e.params && "additionalProperty" in e.params ? `: ${String(e.params.additionalProperty)}` : ""}` }));
}
