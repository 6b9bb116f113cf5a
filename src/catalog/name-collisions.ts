import type { CatalogSource, CatalogTool } from "./types.js";
import type { CatalogNote } from "./check-file.js";
import type { YamlStep } from "../kit/yaml-lines.js";

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
export function nameCollisions(source: CatalogSource, tools: Iterable<CatalogTool>): CatalogNote[] {
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
  const out: CatalogNote[] = [];
  for (const { tool, i, words } of own) {
    for (const [what, word, at] of words) {
      const other = holders.get(word.toLowerCase())?.find((h) => h.id !== tool.id && !warnedAt(h, i));
      if (!other) continue;
      const message = `tools[${i}] (${tool.id}): the ${what} '${word}' is, case aside, ${other.what === "name" ? "the name" : "an alias"} of ${other.name} (${other.id}) too: typed, it names both tools`;
      out.push({ message, at: ["tools", i, ...at] });
    }
  }
  return out;
}

/** A tool's name and aliases, each with what it is and its path in the tool (`["aliases", 1]`). */
function wordsOf(tool: CatalogTool): Word[] {
  const name: Word[] = typeof tool.name === "string" && tool.name ? [["name", tool.name, ["name"]]] : [];
  const aliases = Array.isArray(tool.aliases) ? tool.aliases : [];
  return [...name, ...aliases.flatMap((a, j): Word[] => (typeof a === "string" && a ? [["alias", a, ["aliases", j]]] : []))];
}

type Word = ["name" | "alias", string, YamlStep[]];
