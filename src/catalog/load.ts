import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkArgument } from "../document/shape.js";
import { coded } from "../errors.js";
import yaml from "js-yaml";
import { Catalog, deepFreeze, markBuiltinTools, shareCatalog } from "./catalog.js";
import type { CatalogSource, CatalogTool, MatcherTable } from "./types.js";
import { compareCodeUnits } from "../kit.js";
import { catalogFileProblem, catalogFileProblemAt } from "./check-file.js";
import { compiledSource, textsIn, unreadTools, type CompiledIndex } from "./compiled.js";
import { knowsSiteList } from "./site-list.js";
import { noteCatalogOrigin } from "./file-origin.js";
import { yamlPathLine } from "../kit/yaml-lines.js";

let builtin: Catalog | undefined;
let builtinData: CatalogSource | undefined;

/**
 * The catalog shipped with techstack, loaded once per process and shared by every scan of it: its
 * tools are frozen as it hands them out, its maps refuse `set`, `delete` and `clear`, and its
 * `extend` throws (`catalogWith` makes an extended copy).
 */
export function builtinCatalog(): Catalog {
  builtin ??= knowsSiteList(shareCatalog(new Catalog(builtinSource())));
  return builtin;
}

/**
 * The built-in catalog extended by catalog data (a repository's `techstack.catalog.yml` as
 * `parseCatalogFile` reads it), as a scan's `catalog` option extends it: for `resolve`.
 */
export function catalogWith(...sources: CatalogSource[]): Catalog {
  for (const source of sources as unknown[]) {
    if (typeof source !== "object" || source === null || Array.isArray(source)) throw coded(new TypeError(`catalogWith: expected catalog data ({ tools, matchers }), not ${source === null ? "null" : Array.isArray(source) ? "a list" : typeof source === "string" ? "a string (parseCatalogFile reads a file's text)" : typeof source}`), "TECHSTACK_BAD_ARGUMENT");
    // Held to what a catalog file is held to: a tool without its id failed deep inside.
    const problem = catalogDataProblem(source);
    if (problem) throw coded(new TypeError(`catalogWith: ${problem}`), "TECHSTACK_INVALID_CATALOG");
  }
  // Built on the built-in data itself: a copy made from the indexed catalog loses what its
  // lookups do not return (a matcher list's opening `~`).
  if (!sources.length) return builtinCatalog();
  const catalog = knowsSiteList(new Catalog(builtinSource(), ...sources));
  SOURCES.set(catalog, sources);
  return catalog;
}

/** The sources each `catalogWith` catalog was built with on the built-in data. */
const SOURCES = new WeakMap<Catalog, CatalogSource[]>();

/**
 * A catalog built on the built-in data (`builtinCatalog`, `catalogWith`) with tools of the site's list
 * that `resolve` found added to it (site-list.ts), so a document can name them: a new catalog, as
 * `catalogWith` makes; the one given is left as it is. Another catalog is given back unchanged.
 */
export function catalogHolding(catalog: Catalog, tools: readonly CatalogTool[]): Catalog {
  const sources = catalog === builtin ? [] : SOURCES.get(catalog);
  if (!sources || tools.length === 0) return catalog;
  return catalogWith(...sources, { tools: [...tools] });
}

/** What is wrong with catalog data given in code, as a catalog file's would be said, or undefined. */
export function catalogDataProblem(source: unknown): string | undefined {
  return catalogFileProblem(source, isBuiltinTool);
}

/** Whether `id` is a built-in tool's: asked of the built-in catalog's map, as the compiled data parses a tool only when it is asked for. */
const isBuiltinTool = (id: string): boolean => builtinCatalog().tools.has(id);

/** The built-in catalog's data, read once per process (a catalog built on it never changes it). */
export function builtinSource(): CatalogSource {
  if (!builtinData) {
    builtinData = readBuiltinSource();
    // What a caller can reach of the data through a catalog built on it (every catalog of the process
    // shares it): the tools, frozen as a catalog hands each out, and the registries and categories.
    // (Compiled data marks each tool as it parses it: reading `tools` here would parse them all.)
    if (!unreadTools(builtinData)) markBuiltinTools(builtinData.tools ?? []);
    deepFreeze(builtinData.registries);
    deepFreeze(builtinData.categories);
  }
  return builtinData;
}

/** The compiled `catalog.json` beside the bundle, else the YAML sources. */
function readBuiltinSource(): CatalogSource {
  // An ES module bundled into a CommonJS file (esbuild --format=cjs of an app written with import) has
  // no import.meta.url: techstack's code is in the app's file, its catalog left behind.
  const url = (import.meta as { url?: string }).url;
  if (!url) throw catalogNotFound("the app's CommonJS bundle");
  const here = dirname(fileURLToPath(url));
  const compiled = join(here, "catalog.json");
  // Its tools are the built-in data's, each marked so as it is parsed (see builtinSource).
  // Both files or neither: a copy that left catalog.txt behind is told as one that left both.
  if (existsSync(compiled) && existsSync(join(here, "catalog.txt"))) return readCompiledCatalog(here, (tool) => markBuiltinTools([tool]));
  for (let dir = here, i = 0; i < 4; i++, dir = dirname(dir)) {
    const sources = join(dir, "catalog");
    if (existsSync(join(sources, "registries.yml"))) return readCatalogDir(sources);
  }
  // Where a bundler copied techstack's code into an app's own file, catalog.json stayed behind.
  throw catalogNotFound(here);
}

/**
 * The compiled catalog of a folder (`catalog.json` and `catalog.txt`, as the build writes them into
 * dist/): its tables, page lists and tools are parsed when first read (`compiled.ts`), `onRead` told of
 * each tool as it is.
 */
export function readCompiledCatalog(dir: string, onRead?: (tool: CatalogTool) => void): CatalogSource {
  const index = JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8")) as CompiledIndex;
  return compiledSource(textsIn(index, readFileSync(join(dir, "catalog.txt"), "utf8")), onRead);
}

function catalogNotFound(where: string): Error {
  const message =
    `techstack: its catalog (catalog.json and catalog.txt) is not beside its code in ${where}; a bundle must leave techstack external ` +
    "(esbuild --external:techstack, webpack's externals, Next.js serverExternalPackages) so it loads from node_modules with its catalog";
  return coded(new Error(message), "TECHSTACK_CATALOG_NOT_FOUND");
}

/**
 * Reads a catalog source folder: `categories.yml`, `registries.yml`, `families.yml` (maps of kind
 * to key to Maven group), `kinds.yml` (traits of finding kinds), `pages/<kind>.txt` (the site's
 * package pages, one slug a line),
 * `tools/*.yml` (lists of tools) and `matchers/*.yml` (maps of kind to key to tool ids). Throws an
 * Error naming the folder where it is missing or a file, and naming a file that is not YAML.
 */
export function readCatalogDir(dir: string): CatalogSource {
  checkArgument("readCatalogDir", "dir", typeof dir === "string", "a string", dir);
  // A mistyped path would otherwise read as a folder with no catalog files: an empty catalog, silently.
  let info;
  try {
    info = statSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === "ENOENT" || code === "ENOTDIR";
    throw coded(new Error(missing ? `readCatalogDir: no such directory: ${dir}` : `readCatalogDir: ${dir} cannot be read (${code ?? String(error)})`), missing ? "TECHSTACK_NO_SUCH_DIRECTORY" : "TECHSTACK_UNREADABLE_DIRECTORY");
  }
  if (!info.isDirectory()) throw coded(new Error(`readCatalogDir: not a directory: ${dir}`), "TECHSTACK_NOT_A_DIRECTORY");
  const source: Required<Pick<CatalogSource, "tools" | "matchers">> & CatalogSource = { tools: [], matchers: {} };
  const load = (file: string): unknown => yamlOf(readFileSync(file, "utf8"), file);
  if (existsSync(join(dir, "categories.yml"))) source.categories = load(join(dir, "categories.yml")) as CatalogSource["categories"];
  if (existsSync(join(dir, "registries.yml"))) source.registries = load(join(dir, "registries.yml")) as CatalogSource["registries"];
  if (existsSync(join(dir, "families.yml"))) source.families = load(join(dir, "families.yml")) as CatalogSource["families"];
  if (existsSync(join(dir, "kinds.yml"))) source.kinds = load(join(dir, "kinds.yml")) as CatalogSource["kinds"];
  for (const file of textFiles(join(dir, "pages"))) {
    const lines = readFileSync(file, "utf8").split(/\r?\n/).map((l) => l.trim());
    (source.pages ??= {})[basename(file, ".txt")] = lines.filter((l) => l && !l.startsWith("#"));
  }
  for (const file of yamlFiles(join(dir, "tools"))) {
    const tools = load(file);
    if (Array.isArray(tools)) source.tools.push(...(tools as CatalogTool[]));
  }
  for (const file of yamlFiles(join(dir, "matchers"))) {
    const kinds = (load(file) ?? {}) as Record<string, MatcherTable>;
    for (const [kind, table] of Object.entries(kinds)) Object.assign((source.matchers[kind] ??= {}), table);
  }
  return source;
}

/**
 * Reads a user catalog file (`techstack.catalog.yml`): `tools`, `matchers`, `registries`,
 * `families`, `kinds` keys. Throws an Error saying where (the `filename` given, else
 * `parseCatalogFile`) when the file is not YAML or holds something the catalog cannot use (an
 * unknown key, a tool without an id, a new tool without a name, a matcher naming something other
 * than tool ids). A scan given the data labels its warnings about it with `filename`.
 */
export function parseCatalogFile(text: string, filename?: string): CatalogSource {
  checkArgument("parseCatalogFile", "text", typeof text === "string", "a string (the file's text)", text);
  checkArgument("parseCatalogFile", "filename", filename === undefined || typeof filename === "string", "a string", filename);
  const raw = yamlOf(text, filename);
  const problem = catalogFileProblemAt(raw, isBuiltinTool);
  if (problem) {
    const line = yamlPathLine(text, problem.at);
    throw withLine(coded(new Error(`${filename ?? "parseCatalogFile"}${line === undefined ? "" : `:${line}`}: ${problem.message}`), "TECHSTACK_INVALID_CATALOG"), line);
  }
  const data = (raw ?? {}) as CatalogSource;
  const source = { tools: data.tools ?? [], matchers: data.matchers ?? {}, registries: data.registries, families: data.families, kinds: data.kinds };
  return filename === undefined ? source : noteCatalogOrigin(source, { file: filename, text });
}

/** A catalog file's YAML; its syntax error (js-yaml's, saying where) carries the catalog's error code and its line. */
function yamlOf(text: string, filename: string | undefined): unknown {
  try {
    return yaml.load(text, { filename });
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const mark = (error as { mark?: { line?: unknown } }).mark;
    throw withLine(coded(error, "TECHSTACK_INVALID_CATALOG"), typeof mark?.line === "number" ? mark.line + 1 : undefined);
  }
}

/** `error` with the line (from 1) of the file it is about, where known, as its `line`. */
function withLine<E extends Error>(error: E, line: number | undefined): E {
  return line === undefined ? error : Object.assign(error, { line });
}

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort(compareCodeUnits)
    .map((f) => join(dir, f));
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .sort(compareCodeUnits)
    .map((f) => join(dir, f));
}
