/**
 * Reading the nodes src/parse/xml.ts gives (every element an array of its occurrences, attributes
 * under `@_`, an element's own text under `#text`, a text-only element as its string). Pure
 * accessors: the parser itself loads only where a file needs it.
 */

/** An element: its attributes (`@_Name`) and child elements by name. */
export type XmlNode = Record<string, unknown>;

/** An element's occurrences, text or nodes (a lone value as one, none for undefined). */
export function xmlValues(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The element nodes among an element's occurrences (text-only ones left out). */
export function xmlNodes(value: unknown): XmlNode[] {
  return xmlValues(value).filter((v) => v && typeof v === "object") as XmlNode[];
}

/** The first occurrence that is an element node. */
export function firstXmlNode(value: unknown): XmlNode | undefined {
  return xmlNodes(value)[0];
}

/** The first element node, or an empty one where there is none, so that a path of children reads on. */
export function xmlChild(value: unknown): XmlNode {
  return firstXmlNode(value) ?? {};
}

/** One occurrence's text, trimmed (`""` for an empty element); undefined for a node without text. */
export function xmlText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && typeof (value as XmlNode)["#text"] === "string") return ((value as XmlNode)["#text"] as string).trim();
  return undefined;
}

/** The first occurrence's text, as xmlText reads it. */
export function firstXmlText(value: unknown): string | undefined {
  return xmlText(xmlValues(value)[0]);
}
