import type { CatalogSource, CatalogTool, MatcherTable, Registry } from "./types.js";
import { normalizeName } from "./normalize.js";

interface KindIndex {
  exact: Map<string, string[]>;
  /** Prefix keys, longest first. */
  prefixes: Array<[string, string[]]>;
  /** Every key as written, for kinds whose keys are patterns (`file`). */
  raw: Map<string, string[]>;
}

/**
 * The indexed catalog: tools by id, matchers by kind, registries. Lookups are map hits; a
 * prefix scan only runs over the few prefix keys of one kind.
 */
export class Catalog {
  readonly tools = new Map<string, CatalogTool>();
  readonly registries = new Map<string, Registry>();
  readonly categories: NonNullable<CatalogSource["categories"]> = {};
  private readonly kinds = new Map<string, KindIndex>();

  constructor(...sources: CatalogSource[]) {
    for (const source of sources) this.extend(source);
  }

  /** Adds tools, matchers and registries; a later source overrides an earlier one's entries. */
  extend(source: CatalogSource): this {
    for (const tool of source.tools ?? []) {
      const previous = this.tools.get(tool.id);
      this.tools.set(tool.id, previous ? { ...previous, ...tool } : tool);
    }
    for (const [kind, table] of Object.entries(source.registries ?? {})) this.registries.set(kind, table);
    for (const [kind, table] of Object.entries(source.matchers ?? {})) this.addMatchers(kind, table);
    Object.assign(this.categories, source.categories ?? {});
    return this;
  }

  /** The tools a `kind` key reveals: exact key first, else the longest matching prefix. */
  match(kind: string, name: string): CatalogTool[] {
    const index = this.kinds.get(kind);
    if (!index) return [];
    const key = this.normalize(kind, name);
    let ids = index.exact.get(key);
    if (!ids) {
      for (const [prefix, prefixIds] of index.prefixes) {
        if (key.startsWith(prefix)) {
          ids = prefixIds;
          break;
        }
      }
    }
    return ids ? this.toolsOf(ids) : [];
  }

  /** Every key of a kind as written (the `file` kind's keys are globs over paths). */
  entries(kind: string): ReadonlyMap<string, string[]> {
    return this.kinds.get(kind)?.raw ?? new Map();
  }

  kindNames(): string[] {
    return [...this.kinds.keys()];
  }

  toolsOf(ids: readonly string[]): CatalogTool[] {
    const out: CatalogTool[] = [];
    for (const id of ids) {
      const tool = this.tools.get(id);
      if (tool) out.push(tool);
    }
    return out;
  }

  normalize(kind: string, name: string): string {
    return normalizeName(name, this.registries.get(kind)?.normalize);
  }

  private addMatchers(kind: string, table: MatcherTable): void {
    let index = this.kinds.get(kind);
    if (!index) {
      index = { exact: new Map(), prefixes: [], raw: new Map() };
      this.kinds.set(kind, index);
    }
    // A later prefix key replaces an earlier identical one; the list is sorted once per source.
    const prefixes = new Map(index.prefixes);
    for (const [rawKey, value] of Object.entries(table)) {
      const ids = Array.isArray(value) ? value : [value];
      index.raw.set(rawKey, ids);
      if (rawKey.endsWith("*") && !rawKey.slice(0, -1).includes("*")) {
        prefixes.set(this.normalize(kind, rawKey.slice(0, -1)), ids);
      } else {
        index.exact.set(this.normalize(kind, rawKey), ids);
      }
    }
    index.prefixes = [...prefixes].sort((a, b) => b[0].length - a[0].length);
  }
}
