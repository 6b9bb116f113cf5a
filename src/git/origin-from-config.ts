import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ConfigEntry } from "./config-entries.js";
import { longestPrefix, prefixTrie, type PrefixNode } from "../catalog/prefix-trie.js";

/**
 * The configuration keys the remotes and their URLs are read from, as `git config --get-regexp`
 * takes them: every key of a remote (any of them names one, as `git remote` lists it: a
 * `remote.x.prune` alone too), its url among them, and the URL rewrites (`url.<base>.insteadOf`)
 * that `git remote get-url` applies. (`remote.pushDefault`, of two parts, names none.)
 */
export const REMOTE_URL_KEYS = "remote\\..*\\.[^.]*|url\\..*\\.insteadof";

/** The remotes' URLs a scan reads: origin's (a CI job's repository is told by it) and the header's. */
export interface RemoteUrls {
  /** origin's URL, "" without one. */
  origin: string;
  /** The URL the header's remote is read from: origin's, else the only remote's where there is one remote; "" where none gives one. */
  header: string;
  /** Every remote's URL by its name ("" for one without a url), in the order the configuration names them (remoteNamed tries each). */
  remotes: ReadonlyMap<string, string>;
}

/**
 * RemoteUrls from a listing of the configuration that holds the REMOTE_URL_KEYS entries, as `git
 * remote get-url` gives each: the remote's first url, rewritten by the longest `insteadOf` prefix
 * it starts with. Undefined where the listing cannot say: the repository keeps remotes in the
 * files git read before remotes were configuration (`remotes/`, `branches/` in its git folder,
 * `commonDir`, relative to `dir` or absolute), so git is asked.
 */
export function remoteUrlsFromConfig(entries: readonly ConfigEntry[], dir: string, commonDir: string): RemoteUrls | undefined {
  const remotes = configuredRemotes(entries);
  const origin = remotes.get("origin") ?? "";
  if (!origin && hasLegacyRemotes(resolve(dir, commonDir))) return undefined;
  return { origin, header: origin || (remotes.size === 1 ? [...remotes.values()][0]! : ""), remotes };
}

/** The remotes the configuration names (a key each, whatever it sets), with each one's first url as `git remote get-url` gives it, "" for none, in the order listed. */
export function configuredRemotes(entries: readonly ConfigEntry[]): Map<string, string> {
  const urls = new Map<string, string[]>();
  for (const [key, value] of entries) {
    const named = /^remote\.(.+)\.([^.]+)$/i.exec(key);
    if (!named) continue;
    const list = urls.get(named[1]!) ?? [];
    if (named[2]!.toLowerCase() === "url" && value !== undefined) list.push(value);
    urls.set(named[1]!, list);
  }
  // The rewrites gathered once: tried rewrite by rewrite for each remote, a configuration of
  // 20,000 remotes and as many rewrites took seconds.
  const rewrites = insteadOfTrie(entries);
  return new Map([...urls].map(([name, list]) => [name, list[0] === undefined ? "" : rewritten(list[0], rewrites)]));
}

/** The `url.<base>.insteadOf` prefixes, each to its base (the first listed where a prefix is given twice), walked a character at a time. */
function insteadOfTrie(entries: readonly ConfigEntry[]): PrefixNode<string> {
  const bases = new Map<string, string>();
  for (const [key, value] of entries) {
    if (value === undefined || !/^url\..*\.insteadof$/i.test(key) || bases.has(value)) continue;
    bases.set(value, key.slice(4, -".insteadof".length));
  }
  return prefixTrie(bases);
}

/** `url` with the longest `insteadOf` prefix it starts with replaced by that prefix's base, as git rewrites it. */
function rewritten(url: string, rewrites: PrefixNode<string>): string {
  const best = longestPrefix(rewrites, url);
  return best ? best.value + url.slice(best.key.length) : url;
}

/** Whether the git folder keeps a remote in a file of `remotes/` or `branches/` (git before 1.5 wrote them; later ones still read them). */
function hasLegacyRemotes(gitFolder: string): boolean {
  return ["remotes", "branches"].some((name) => {
    try {
      return readdirSync(join(gitFolder, name)).length > 0;
    } catch {
      return false;
    }
  });
}
