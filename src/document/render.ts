import { coded } from "../errors.js";
import type { ParsedStackDocument, StackDocument } from "../types.js";
import type { Registry } from "../catalog/types.js";
import { builtinCatalog } from "../catalog/load.js";
import type { Catalog } from "../catalog/catalog.js";
import { isCatalog } from "../catalog/is-catalog.js";
import { yamlPieces } from "./yaml.js";
import { jsonPieces } from "./json-pieces.js";
import { bigintIn } from "./json-unwritable.js";
import { toMarkdown } from "./markdown.js";
import { checkArgument, describeValue, isDocument, isFields, toolsProblem } from "./shape.js";

export type Format = "yaml" | "json" | "markdown";

/** How `render` writes techstack.md. */
export interface RenderOptions {
  /**
   * The catalog whose registries title the package tables and whose tools' `markdown_section` and
   * `markdown_sub_category` file the tools the site files apart from their category (default: the
   * built-in catalog; `catalogWith(parseCatalogFile(...))` for a repository's techstack.catalog.yml).
   */
  catalog?: Catalog;
  /** The registries that title the package tables (default: the catalog's). */
  registries?: ReadonlyMap<string, Registry>;
  /**
   * Where techstack.md sits in the repository, from its root (default `techstack.md`): the
   * README snippets link to it (`docs/techstack.md` gives `/docs/techstack.md`).
   */
  markdownPath?: string;
}

/** The names `render`'s options object may hold. */
const RENDER_OPTIONS = ["catalog", "registries", "markdownPath"];

/**
 * The document as text: `"yaml"` as the site writes techstack.yml, `"json"`, or `"markdown"` for
 * the techstack.md companion (its package tables are titled from the catalog's registries unless
 * `registries` is given, and its cards and snippet lines filed as the catalog says: the built-in
 * catalog unless `catalog` is given; a bare registries map is still taken for the options). Throws a
 * `TypeError` for any other format or option name, and for a tools entry that is no mapping with a name (naming
 * it: `render: /tools/1: a tool entry needs a name (a string)`). A document that leaves header facts
 * out (a hand-written file parsed) renders without them: its markdown leaves the name and date blank
 * ("This repository is built on..."), and counts the tools it lists. It takes what `parse` gives (a
 * `ParsedStackDocument`) as it is; one whose `tools` is no list is a `TypeError`.
 * @example
 * ```ts
 * const doc = await detect(".");
 * writeFileSync("techstack.yml", render(doc));
 * writeFileSync("techstack.md", render(doc, "markdown"));
 * writeFileSync("docs/techstack.md", render(doc, "markdown", { markdownPath: "docs/techstack.md" }));
 * ```
 * @param format `"yaml"` (the default), `"json"` or `"markdown"`
 */
export function render(document: StackDocument | ParsedStackDocument, format: Format = "yaml", options: RenderOptions | ReadonlyMap<string, Registry> = {}): string {
  return [...renderPieces(document, format, options)].join("");
}

/**
 * `render`'s text in pieces, in order, for a caller that writes each as it comes (the CLI's
 * `detect`): a document of 300,000 tools is 100 MB of text, held whole, then copied to be written.
 * Checks what `render` checks, before the first piece.
 */
export function renderPieces(document: StackDocument | ParsedStackDocument, format: Format = "yaml", options: RenderOptions | ReadonlyMap<string, Registry> = {}): Iterable<string> {
  if (format !== "yaml" && format !== "json" && format !== "markdown") throw coded(new TypeError(`render: unknown format '${String(format)}' (yaml, json or markdown)`), "TECHSTACK_UNKNOWN_FORMAT");
  if (!isDocument(document)) throw coded(new TypeError(`render: expected a stack document (with its tools list), not ${describeValue(document)}`), "TECHSTACK_INVALID_DOCUMENT");
  const problem = toolsProblem(document.tools as unknown[]);
  if (problem) throw coded(new TypeError(`render: ${problem}`), "TECHSTACK_INVALID_DOCUMENT");
  // null stands for no options, as undefined does.
  checkArgument("render", "options", options === null || options === undefined || options instanceof Map || isFields(options), "an object ({ catalog, registries, markdownPath }) or a Map of registries", options);
  // A misspelt name (markdownpath) would otherwise leave the default in place, silently, as detect's options do not.
  if (isFields(options) && !(options instanceof Map)) {
    const unknown = Object.keys(options).find((key) => !RENDER_OPTIONS.includes(key));
    if (unknown !== undefined) throw coded(new TypeError(`render: no option '${unknown}' (known: ${RENDER_OPTIONS.join(", ")})`), "TECHSTACK_BAD_OPTION");
  }
  if (format === "json") return codedJsonPieces(document as StackDocument);
  if (format === "markdown") {
    const { catalog = builtinCatalog(), registries, markdownPath } = options instanceof Map ? { registries: options, markdownPath: undefined } : ((options ?? {}) as RenderOptions);
    checkArgument("render", "catalog", isCatalog(catalog), "a Catalog (builtinCatalog(), catalogWith(...))", catalog);
    checkArgument("render", "registries", registries === undefined || registries instanceof Map, "a Map of registry kind to registry (catalog.registries)", registries);
    if (markdownPath !== undefined && typeof markdownPath !== "string") throw coded(new TypeError(`render: markdownPath must be a string, not ${describeValue(markdownPath)}`), "TECHSTACK_BAD_OPTION");
    return [toMarkdown(document as StackDocument, registries ?? catalog.registries, markdownPath || undefined, catalog)];
  }
  return yamlPieces(document as StackDocument);
}

/**
 * jsonPieces, whose refusal of a value JSON cannot write (a bigint: `version: 1n`) is a coded
 * TypeError naming where it is and what to give, not JSON.stringify's own uncoded words.
 */
function* codedJsonPieces(document: StackDocument): Generator<string> {
  try {
    yield* jsonPieces(document);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const found = bigintIn(document);
    const what = found ? `${found.path} is a bigint (${found.value}n), which JSON cannot write: give a number or a string` : `the document cannot be written as JSON (${error.message})`;
    throw coded(new TypeError(`render: ${what}`), "TECHSTACK_INVALID_DOCUMENT");
  }
}
