/** Reading the XML parser's nodes of an MSBuild file: every element an array, attributes under `@_`, text under `#text`. */

export type Node = Record<string, unknown>;

/** The element nodes of a value (text items left out). */
export function all(value: unknown): Node[] {
  return Array.isArray(value) ? (value.filter((v) => v && typeof v === "object") as Node[]) : [];
}

/** Element values, text or nodes. */
export function values(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

export function first(value: unknown): Node | undefined {
  return all(value)[0];
}

export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && typeof (value as Node)["#text"] === "string") return ((value as Node)["#text"] as string).trim();
  return undefined;
}
