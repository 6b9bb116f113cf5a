import type { StackDocument } from "../types.js";
import type { Registry } from "../catalog/types.js";
import { builtinCatalog } from "../catalog/load.js";
import { toYaml } from "./yaml.js";
import { toMarkdown } from "./markdown.js";

export type Format = "yaml" | "json" | "markdown";

/** The document as text: YAML as the site writes techstack.yml, JSON, or techstack.md. */
export function render(document: StackDocument, format: Format = "yaml", registries?: ReadonlyMap<string, Registry>): string {
  if (format === "json") return JSON.stringify(document, null, 2) + "\n";
  if (format === "markdown") return toMarkdown(document, registries ?? builtinCatalog().registries);
  return toYaml(document);
}
