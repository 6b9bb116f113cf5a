/**
 * The one order of text that decides anything written out: UTF-16 code units, as `<` compares
 * strings. It is the same on every machine, whatever the locale or the ICU data of the Node.js
 * build (`localeCompare` is not: a Danish locale puts `aa` after `z`, a Turkish one moves `ı`,
 * and the collation data differs between builds). It is also the site's own order: its
 * techstack.yml and techstack.md list upper case before lower case (`ESLint` before `Esbuild`,
 * `Yarn` before `npm`, `PHPUnit` before `PhpSpec`), and for ASCII paths it is `git ls-files`'s.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Text compared without case (`toLowerCase`, Unicode's default mapping, the same in every locale:
 * `I` is `i` in Turkish too), ties broken by code units so no two strings compare equal. Where
 * one file of several gives an entry its detection source (src/document/rank.ts), the first by
 * this order: `packages.config` before `StripeExample.Web.csproj` in one folder, as the site chose.
 */
export function compareIgnoringCase(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : compareCodeUnits(a, b);
}

/**
 * Items gathered by a key into groups, the largest group first, groups of one size by key in code
 * units; each group keeps its items in the order they came. The site lists packages so: one block
 * per registry, the registry with the most entries first.
 */
export function largestGroupsFirst<T>(items: Iterable<T>, keyOf: (item: T) => string): Array<[key: string, group: T[]]> {
  return [...groupedBy(items, keyOf)].sort(([a, x], [b, y]) => y.length - x.length || compareCodeUnits(a, b));
}

/** Items gathered by a key into groups, in the order each key first comes; each group keeps its items in the order they came. */
export function groupedBy<T, K = string>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) addToGroup(groups, keyOf(item), item);
  return groups;
}

/** Adds `item` to the group `groups` holds under `key`, a new group where there is none. */
export function addToGroup<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
