import type { StackDocument } from "../types.js";
import type { Registry } from "../catalog/types.js";
import { builtinCatalog } from "../catalog/load.js";
import { toYaml } from "./yaml.js";
import { toMarkdown } from "./markdown.js";
import { describeValue, isDocument } from "./shape.js";

export type Format = "yaml" | "json" | "markdown";

/**
 * The document as text: `"yaml"` as the site writes techstack.yml, `"json"`, or `"markdown"` for
 * the techstack.md companion (its package tables are titled from the catalog's registries unless
 * `registries` is given). Throws a `TypeError` for any other format.
 * @example
 * ```ts
 * const doc = await detect(".");
 * writeFileSync("techstack.yml", render(doc));
 * writeFileSync("techstack.md", render(doc, "markdown"));
 * ```
 */
export function render(document: StackDocument, format: Format = "yaml", registries?: ReadonlyMap<string, Registry>): string {
  if (format !== "yaml" && format !== "json" && format !== "markdown") throw new TypeError(`render: unknown format '${String(format)}' (yaml, json or markdown)`);
  if (!isDocument(document)) throw new TypeError(`render: expected a stack document (with its tools list), not ${describeValue(document)}`);
  if (format === "json") return JSON.stringify(document, null, 2) + "\n";
  if (format === "markdown") return toMarkdown(document, registries ?? builtinCatalog().registries);
  return toYaml(document);
}
