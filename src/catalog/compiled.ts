import type { CatalogSource, CatalogTool, MatcherTable } from "./types.js";

/**
 * The compiled catalog keeps each matcher kind's table as its JSON text, each registry's page list as
 * its slugs one a line and each tool as its JSON text beside its id: a scan reads a dozen of the 160
 * kinds, one or two page lists and the tools its keys name, so the rest are never parsed (resolve's
 * index reads every tool). scripts/build-catalog.mjs writes the texts one after another into
 * dist/catalog.txt and the rest, with where each text starts and ends there, into dist/catalog.json
 * (texts inside a JSON string cost a parse of their every escaped quote); `textsIn` puts the texts in
 * place, `compiledSource` reads that into catalog data whose tables, lists and tools are parsed when
 * first read, and `Catalog.extend` takes the texts still unread (`unreadText`) without reading them.
 */

/** By a deferred object (the data's `matchers` or `pages`), its texts. */
const TEXTS = new WeakMap<object, Readonly<Record<string, string>>>();

/** Catalog data in its compiled form: matcher tables, page lists and tools as text. */
export interface CompiledSource extends Omit<CatalogSource, "tools" | "matchers" | "pages"> {
  /** Each tool's JSON text, in the catalog's order. */
  tools?: string[];
  /** Each tool's id, in the same order. */
  tool_ids?: string[];
  matchers?: Record<string, string>;
  pages?: Record<string, string>;
}

/** Where a text starts and ends in dist/catalog.txt. */
type Span = readonly [number, number];

/** dist/catalog.json as written: each text as its span in dist/catalog.txt (`tools` a flat list of the spans' ends). */
export interface CompiledIndex extends Omit<CompiledSource, "tools" | "matchers" | "pages"> {
  tools?: number[];
  matchers?: Record<string, Span>;
  pages?: Record<string, Span>;
}

/** dist/catalog.json's data with the texts of dist/catalog.txt in place of their spans. */
export function textsIn(index: CompiledIndex, texts: string): CompiledSource {
  const text = ([start, end]: Span): string => texts.slice(start, end);
  const byKey = (spans: Record<string, Span>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const key of Object.keys(spans)) out[key] = text(spans[key]!);
    return out;
  };
  const tools: string[] = [];
  for (let i = 0; i + 1 < (index.tools?.length ?? 0); i += 2) tools.push(text([index.tools![i]!, index.tools![i + 1]!]));
  return { ...index, tools: index.tools && tools, matchers: index.matchers && byKey(index.matchers), pages: index.pages && byKey(index.pages) };
}

/** A compiled catalog's tools, each parsed when first read and then kept (every catalog built on the data shares them). */
export class CompiledTools {
  private readonly parsed: Array<CatalogTool | undefined>;
  constructor(
    readonly ids: readonly string[],
    private readonly texts: readonly string[],
    private readonly onRead: (tool: CatalogTool) => void,
  ) {
    this.parsed = new Array<CatalogTool | undefined>(texts.length);
  }
  tool(i: number): CatalogTool {
    let tool = this.parsed[i];
    if (!tool) {
      tool = JSON.parse(this.texts[i]!) as CatalogTool;
      this.parsed[i] = tool;
      this.onRead(tool);
    }
    return tool;
  }
  /** Whether tool i's text holds `needle` (a field's quoted name), without parsing it: a search for the few tools that give a rare field. */
  textHolds(i: number, needle: string): boolean {
    return this.parsed[i] !== undefined || this.texts[i]!.includes(needle);
  }
  all(): CatalogTool[] {
    return this.ids.map((_, i) => this.tool(i));
  }
}

/** By compiled catalog data, its tools (while its `tools` property is not read). */
const TOOLS = new WeakMap<object, CompiledTools>();

/**
 * Compiled catalog data read back: its tables, page lists and tools are parsed when a property is
 * first read; `onRead` is told of each tool as it is parsed.
 */
export function compiledSource(data: CompiledSource, onRead: (tool: CatalogTool) => void = () => {}): CatalogSource {
  const source = data as CatalogSource;
  const { tools, tool_ids: ids } = data;
  delete data.tool_ids;
  if (tools && ids) {
    const store = new CompiledTools(ids, tools, onRead);
    Object.defineProperty(source, "tools", {
      enumerable: true,
      configurable: true,
      get() {
        const value = store.all();
        Object.defineProperty(source, "tools", { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
    });
    TOOLS.set(source, store);
  }
  if (data.matchers) source.matchers = deferred(data.matchers, (text) => JSON.parse(text) as MatcherTable);
  if (data.pages) source.pages = deferred(data.pages, slugList);
  return source;
}

/** A page list's text as its slugs (an empty text is no slug). */
export function slugList(text: string): string[] {
  return text === "" ? [] : text.split("\n");
}

/** A compiled table's or page list's text, set apart from any value catalog data may hold. */
export class CompiledText {
  constructor(readonly text: string) {}
}

/**
 * The text of a deferred object's property not read yet, else undefined (the property was read, or
 * the object is no deferred one: a catalog file's, a caller's).
 */
export function unreadText(table: object, key: string): CompiledText | undefined {
  const texts = TEXTS.get(table);
  if (!texts || !Object.getOwnPropertyDescriptor(table, key)?.get) return undefined;
  return new CompiledText(texts[key]!);
}

/** Compiled catalog data's tools while its `tools` property is not read, else undefined. */
export function unreadTools(source: object): CompiledTools | undefined {
  const store = TOOLS.get(source);
  return store && Object.getOwnPropertyDescriptor(source, "tools")?.get ? store : undefined;
}

function deferred<T>(texts: Record<string, string>, parse: (text: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(texts)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = parse(texts[key]!);
        Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
    });
  }
  TEXTS.set(out, texts);
  return out;
}
