import type { StackDocument } from "../types.js";
import { toYaml } from "./yaml.js";

export type Format = "yaml" | "json";

/** The document as text: YAML as the site writes it, or JSON. */
export function render(document: StackDocument, format: Format = "yaml"): string {
  if (format === "json") return JSON.stringify(document, null, 2) + "\n";
  return toYaml(document);
}
