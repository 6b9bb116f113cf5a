import type { Catalog } from "./catalog.js";
import type { CatalogTool } from "./types.js";
import type { Index } from "./resolve-index.js";
import { nameWords } from "./name-keys.js";
import { holdsRun, listedHolding } from "./site-list.js";

/**
 * Whether the name of a tool of the site's list, typed exactly, more likely means something else,
 * by what the site's own data says, and what to offer beside it: undefined where nothing does
 * (the tool is the sure pick), else the tools to offer (none, for a name that names no other tool).
 *
 * - Another tool's longer name holds its words ("fiber" in react-three-fiber, "atlas" in MongoDB
 *   Atlas, "neptune" in Amazon Neptune, "fpm" in PHP-FPM, "zend" in Zend Framework): a catalog
 *   tool's whatever its figure (the catalog holds the tools the site's stacks use, the list those
 *   under ten stacks); a listed one's where more popular and another's maker is named before them
 *   ("hydra" in ORY Hydra; one opening with them, "Botium Speech Processing" or "Swiss Army Kube for
 *   Kubeflow", is mostly the same maker's other product). The three most popular are offered.
 * - A name of two letters or fewer ("zk", "dx", "m3"): 8 of the list's 11 such names are an
 *   abbreviation a user types for something else (ZooKeeper, developer experience).
 * - A word of the site's kinds of tools ("llm", of "LLM Security"): a kind, not a tool.
 *
 * The list's popularity figure says nothing here: of its names a user types meaning another thing
 * (sso, Dex, DID, Duo, fpm, LLM, Fiber) and those meaning the listed tool (fzf, Gym, Hue, CUE, act),
 * both run from 30 to 220.
 */
export function otherMeanings(catalog: Catalog, index: Index, tool: CatalogTool): CatalogTool[] | undefined {
  const words = nameWords(tool.name);
  const popularity = tool.popularity ?? 0;
  const opens = (name: string): boolean => nameWords(name).slice(0, words.length).join(" ") === words.join(" ");
  const listed = listedHolding(catalog, words).filter((t) => (t.popularity ?? 0) > popularity && !opens(t.name));
  const holders = [...catalogHolding(index, words), ...listed];
  if (holders.length) return holders.sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0)).slice(0, OFFERED);
  const key = words.join("");
  if (key.length <= 2 || (words.length === 1 && index.kindWords.has(key))) return [];
  return undefined;
}

/** The most tools holding a listed name that are offered beside it. */
const OFFERED = 3;

/** By index, the catalog's tools of two or more words by each word of their names (normalized). */
const byWord = new WeakMap<Index, Map<string, Array<{ tool: CatalogTool; words: string[] }>>>();

/** The catalog's tools whose longer names hold some words as a run of their own. */
function catalogHolding(index: Index, words: readonly string[]): CatalogTool[] {
  let map = byWord.get(index);
  if (!map) {
    byWord.set(index, (map = new Map()));
    for (const names of index.openings.values()) {
      for (const name of names) {
        for (const word of new Set(name.words)) {
          const holding = map.get(word);
          if (holding) holding.push(name);
          else map.set(word, [name]);
        }
      }
    }
  }
  return (map.get(words[0] ?? "") ?? []).filter((name) => holdsRun(name.words, words)).map((name) => name.tool);
}
