import type { SourceMove } from "./diff.js";

/**
 * The entries that moved between the same two files: a package.json moved into apps/web/ moves
 * every package it lists at once. `from` and `to` are as each entry's `SourceMove` has them.
 */
export interface MoveGroup {
  /** The file before (`detection_source`), absent where the first document wrote none. */
  from?: string;
  /** The file after, absent where the second document writes none. */
  to?: string;
  /** The entries, tools first, then packages, each kind in `moved`'s order; never empty. */
  entries: SourceMove[];
}

/**
 * Moves grouped by their pair of files: the largest group first, then by the file before and the
 * file after (code-unit order, so any locale reads the same; no file sorts first).
 */
export function groupByFiles(moved: readonly SourceMove[]): MoveGroup[] {
  const groups = new Map<string, MoveGroup>();
  for (const m of [...moved.filter((t) => !isPackage(t)), ...moved.filter(isPackage)]) {
    // JSON tells an absent file from an empty name: they are two pairs, as diff tells them apart.
    const key = JSON.stringify([m.from ?? null, m.to ?? null]);
    let group = groups.get(key);
    if (!group) {
      group = { ...(m.from !== undefined && { from: m.from }), ...(m.to !== undefined && { to: m.to }), entries: [] };
      groups.set(key, group);
    }
    group.entries.push(m);
  }
  return [...groups.values()].sort((a, b) => b.entries.length - a.entries.length || byCodeUnit(a.from, b.from) || byCodeUnit(a.to, b.to));
}

/** A group as a format shows it: the names it lists (all its entries, the first ones, or none). */
export interface ShownGroup {
  group: MoveGroup;
  names: SourceMove[];
}

/**
 * Which groups and names fit the caps: at most `groups` groups, then the rest counted; names while
 * at most `names` are listed in all, each group's all or none (the first group alone, when it holds
 * more, lists its first `names`), so a group is never split across the cap and every group shown
 * says how many it moved.
 */
export function withinCaps(groups: readonly MoveGroup[], caps: { groups: number; names: number }): { shown: ShownGroup[]; hidden: { groups: number; entries: number } } {
  let left = caps.names;
  const shown = groups.slice(0, caps.groups).map((group, i) => {
    const size = group.entries.length;
    const fits = size <= left || i === 0;
    const names = fits ? group.entries.slice(0, left) : [];
    left -= names.length;
    return { group, names };
  });
  const rest = groups.slice(caps.groups);
  return { shown, hidden: { groups: rest.length, entries: rest.reduce((n, g) => n + g.entries.length, 0) } };
}

/**
 * Whether an entry of a document or a diff is a package rather than a tool: it has its registry
 * page, or is a Maven coordinate (group:artifact; no tool name has a colon). `techstack diff` and
 * the GitHub Action's counts tell them apart by it.
 * @example
 * ```ts
 * isPackage({ name: "react", package_url: "https://www.npmjs.com/react" }); // true
 * isPackage({ name: "org.slf4j:slf4j-api" }); // true
 * isPackage({ name: "React" }); // false
 * ```
 */
export function isPackage(t: { name: string; package_url?: string | null }): boolean {
  return Boolean(t.package_url) || t.name.includes(":");
}

/** "1 tool and 41 packages", "42 packages", "3 tools". */
export function entryCount(entries: readonly SourceMove[]): string {
  const packages = entries.filter(isPackage).length;
  const tools = entries.length - packages;
  const parts: string[] = [];
  if (tools) parts.push(`${tools} tool${tools === 1 ? "" : "s"}`);
  if (packages) parts.push(`${packages} package${packages === 1 ? "" : "s"}`);
  return parts.join(" and ");
}

function byCodeUnit(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}
