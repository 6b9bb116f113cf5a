// Prefix keys by character: the longest key a name starts with, found in one walk down the name.

/** A character of the prefix keys: the key that ends here and its value, if one does, and the characters that follow. */
export class PrefixNode<T> {
  key: string | undefined = undefined;
  value: T | undefined = undefined;
  next: Map<number, PrefixNode<T>> | undefined = undefined;
}

/**
 * The longest prefix key `key` starts with. Walked character by character down a trie rather than
 * tried key by key: npm has over a hundred prefix keys and Maven several hundred, and a lockfile's
 * 20,000 packages, nearly all of them matching none, tried each of them.
 */
export function longestPrefix<T>(trie: PrefixNode<T>, key: string): { key: string; value: T } | undefined {
  let node = trie;
  let found: PrefixNode<T> | undefined;
  for (let i = 0; ; i++) {
    if (node.value !== undefined) found = node;
    if (i === key.length) break;
    const next = node.next?.get(key.charCodeAt(i));
    if (!next) break;
    node = next;
  }
  return found && { key: found.key!, value: found.value! };
}

export function prefixTrie<T>(prefixes: ReadonlyMap<string, T>): PrefixNode<T> {
  const root = new PrefixNode<T>();
  for (const [prefix, value] of prefixes) {
    let node = root;
    for (let i = 0; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = new PrefixNode<T>()));
      node = child;
    }
    node.key = prefix;
    node.value = value;
  }
  return root;
}
