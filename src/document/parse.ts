import yaml from "js-yaml";
import type { StackDocument } from "../types.js";

/**
 * Reads an existing techstack.yml (or its JSON form). YAML uses the core schema: `version: 0.1`
 * is a number, `true` a boolean, and `last_updated_on` stays the string the site wrote.
 * Throws when the text is not YAML or JSON, or its top is not a mapping; it does not validate.
 * @example
 * ```ts
 * const doc = parse(readFileSync("techstack.yml", "utf8"));
 * doc.tools.filter((t) => t.package_url).length; // the package entries
 * ```
 */
export function parse(text: string): StackDocument {
  const trimmed = text.trimStart();
  const data = trimmed.startsWith("{") ? JSON.parse(trimmed) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error("not a stack document: expected a mapping at the top");
  const doc = data as StackDocument;
  if (!Array.isArray(doc.tools)) doc.tools = [];
  return doc;
}
