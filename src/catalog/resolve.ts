import Fuse from "fuse.js";
import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";

export interface Resolution {
  tool: CatalogTool;
  /** 0 to 1: 1 is an exact name, alias or slug; fuzzy matches score lower. */
  score: number;
  matchedBy: "name" | "alias" | "slug" | "fuzzy";
}

interface Entry {
  key: string;
  tool: CatalogTool;
  kind: "name" | "alias" | "slug";
}

const indexes = new WeakMap<Catalog, { exact: Map<string, Entry[]>; fuse: Fuse<Entry> }>();

/**
 * Finds the catalog tools a typed name means, best first: an exact name, alias or slug (also
 * without a trailing "js" or "db" and punctuation: "reactjs", "vue.js", "mongo"), then fuzzy
 * matches ranked by closeness and the tool's popularity. A caller can ask when the best score is
 * low or the first two are close.
 */
export function resolve(catalog: Catalog, query: string, limit = 5): Resolution[] {
  const index = indexFor(catalog);
  const q = normalize(query);
  if (!q) return [];
  const out = new Map<string, Resolution>();
  const add = (tool: CatalogTool, score: number, matchedBy: Resolution["matchedBy"]): void => {
    const current = out.get(tool.id);
    if (!current || current.score < score) out.set(tool.id, { tool, score, matchedBy });
  };
  for (const [key, exactScore] of [[q, 1], [stripSuffix(q), 0.97]] as const) {
    for (const e of index.exact.get(key) ?? []) add(e.tool, e.kind === "name" ? exactScore : exactScore - 0.01, e.kind);
  }
  for (const hit of index.fuse.search(q, { limit: 20 })) {
    const closeness = 1 - (hit.score ?? 1);
    const popularity = Math.log10(1 + (hit.item.tool.popularity ?? 0)) / 6;
    add(hit.item.tool, Math.min(0.9, closeness * 0.75 + popularity * 0.2), "fuzzy");
  }
  return [...out.values()].sort((a, b) => b.score - a.score || (b.tool.popularity ?? 0) - (a.tool.popularity ?? 0)).slice(0, limit);
}

function indexFor(catalog: Catalog): { exact: Map<string, Entry[]>; fuse: Fuse<Entry> } {
  let index = indexes.get(catalog);
  if (index) return index;
  const entries: Entry[] = [];
  for (const tool of catalog.tools.values()) {
    entries.push({ key: normalize(tool.name), tool, kind: "name" });
    entries.push({ key: normalize(tool.id), tool, kind: "slug" });
    for (const alias of tool.aliases ?? []) entries.push({ key: normalize(alias), tool, kind: "alias" });
  }
  const exact = new Map<string, Entry[]>();
  for (const e of entries) {
    for (const key of new Set([e.key, stripSuffix(e.key)])) {
      const list = exact.get(key) ?? [];
      list.push(e);
      exact.set(key, list);
    }
  }
  const fuse = new Fuse(entries, { keys: ["key"], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
  index = { exact, fuse };
  indexes.set(catalog, index);
  return index;
}

/** Lowercase, `+`/`#` spelled out, other punctuation and spaces dropped: "C#" -> "csharp", "Vue.js" -> "vuejs". */
export function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/\+\+/g, "plusplus")
    .replace(/#/g, "sharp")
    .replace(/[^a-z0-9]+/g, "");
}

function stripSuffix(key: string): string {
  return key.length > 4 ? key.replace(/(js|db|lang|css)$/, "") : key;
}
