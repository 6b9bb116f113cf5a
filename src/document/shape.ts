import { coded, type TechstackErrorCode } from "../errors.js";
/** Whether a value is a stack document as the functions that read one need it: an object with its tools list. */
export function isDocument(value: unknown): boolean {
  return typeof value === "object" && value !== null && Array.isArray((value as { tools?: unknown }).tools);
}

/** A wrong argument as an error message names it: null, a list, an object, or the value. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") {
    const keys = Object.keys(value);
    return keys.length ? `an object of ${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", ..." : ""}` : "an empty object";
  }
  return typeof value === "string" ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value) : String(value);
}

/** A TypeError naming the public function, its argument and what it wants, where `ok` is false. */
export function checkArgument(fn: string, argument: string, ok: boolean, wanted: string, value: unknown, code: TechstackErrorCode = "TECHSTACK_BAD_ARGUMENT"): void {
  if (!ok) throw coded(new TypeError(`${fn}: ${argument} must be ${wanted}, not ${describeValue(value)}`), code);
}

/** Whether a value is an object of fields (not null, not a list). */
export function isFields(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Why a value is no tool entry the document functions can read (they key entries by name, packages
 * by `package_url`), or undefined: a mapping with a name (a string, not blank), its `package_url`,
 * where it has one, a string.
 */
export function toolEntryProblem(entry: unknown): string | undefined {
  if (!isFields(entry)) return "a tool entry must be a mapping";
  if (typeof entry.name !== "string" || !entry.name.trim()) return "a tool entry needs a name (a string)";
  if (entry.package_url !== undefined && entry.package_url !== null && typeof entry.package_url !== "string") return "package_url must be a string";
  return undefined;
}

/** The first entry of a document's tools list that is no readable tool entry, as `/tools/1: problem`; undefined when all are. */
export function toolsProblem(tools: readonly unknown[]): string | undefined {
  for (let i = 0; i < tools.length; i++) {
    const problem = toolEntryProblem(tools[i]);
    if (problem) return `/tools/${i}: ${problem}`;
  }
  return undefined;
}
