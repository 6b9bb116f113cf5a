import type { CatalogSource, MatcherTable } from "./types.js";

/**
 * The compiled catalog (dist/catalog.json) keeps each matcher kind's table as its JSON text and each
 * registry's page list as its slugs one a line: a scan reads a dozen of the 160 kinds and one or two
 * page lists, so the rest are never parsed. scripts/build-catalog.mjs writes that form; `compiledSource`
 * reads it back into catalog data whose tables and lists are parsed when first read, and
 * `Catalog.extend` takes the texts still unread (`unreadText`) without reading them.
 */

/** By a deferred object (the data's `matchers` or `pages`), its texts. */
const TEXTS = new WeakMap<object, Readonly<Record<string, string>>>();

/** Catalog data in its compiled form: matcher tables and page lists as text. */
export interface CompiledSource extends Omit<CatalogSource, "matchers" | "pages"> {
  matchers?: Record<string, string>;
  pages?: Record<string, string>;
}

/** Compiled catalog data read back: its tables and page lists are parsed when a property is first read. */
export function compiledSource(data: CompiledSource): CatalogSource {
  const source = data as CatalogSource;
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
