import type { CatalogSource, CatalogTool } from "./types.js";

interface Holder {
  id: string;
  name: string;
  what: "name" | "alias";
}

/**
 * Each name or alias a catalog file's tool gives that is, case aside, another tool's name or alias
 * among `tools` (the catalog the file is merged into): typed to `resolve` or `submit --manual`, it
 * names both tools, so neither is taken.
 */
export function nameCollisions(source: CatalogSource, tools: Iterable<CatalogTool>): string[] {
  const own = (source.tools ?? []).map((tool, i) => ({ tool, i, words: wordsOf(tool) })).filter((entry) => entry.words.length > 0);
  if (own.length === 0) return [];
  const holders = new Map<string, Holder[]>();
  for (const tool of tools) {
    for (const [what, word] of wordsOf(tool)) {
      const key = word.toLowerCase();
      holders.set(key, [...(holders.get(key) ?? []), { id: tool.id, name: tool.name, what }]);
    }
  }
  // A pair within the file is warned at its first tool only.
  const indexInFile = new Map(own.map((entry) => [entry.tool.id, entry.i]));
  const warnedAt = (holder: Holder, i: number) => (indexInFile.get(holder.id) ?? i) < i;
  const out: string[] = [];
  for (const { tool, i, words } of own) {
    for (const [what, word] of words) {
      const other = holders.get(word.toLowerCase())?.find((h) => h.id !== tool.id && !warnedAt(h, i));
      if (other) out.push(`tools[${i}] (${tool.id}): the ${what} '${word}' is, case aside, ${other.what === "name" ? "the name" : "an alias"} of ${other.name} (${other.id}) too: typed, it names both tools`);
    }
  }
  return out;
}

/** A tool's name and aliases, each with what it is. */
function wordsOf(tool: CatalogTool): Array<["name" | "alias", string]> {
  const name: Array<["name" | "alias", string]> = typeof tool.name === "string" && tool.name ? [["name", tool.name]] : [];
  return [...name, ...(Array.isArray(tool.aliases) ? tool.aliases : []).filter((a) => typeof a === "string" && a).map((a): ["alias", string] => ["alias", a])];
}
