import type { StackDocument, ToolEntry } from "../types.js";

export interface ToolChange {
  name: string;
  package_url?: string;
  from?: string;
  to?: string;
}

export interface StackDiff {
  added: ToolEntry[];
  removed: ToolEntry[];
  /** Same tool or package, another version. */
  changed: ToolChange[];
}

/**
 * What changed between two stack documents, tool by tool: tools are keyed by name, packages by
 * their `package_url` (both case-insensitive); a changed version is a `ToolChange`.
 * @example
 * ```ts
 * const d = diff(parse(committedYaml), await detect("."));
 * d.changed; // [{ name: "React", from: "18.2.0", to: "18.3.1" }]
 * formatDiff(d, "markdown"); // a table for a pull-request comment
 * ```
 */
export function diff(before: StackDocument, after: StackDocument): StackDiff {
  const key = (t: ToolEntry) => (t.package_url ? `p:${t.package_url.toLowerCase()}` : `t:${t.name.toLowerCase()}`);
  const a = new Map(before.tools.map((t) => [key(t), t]));
  const b = new Map(after.tools.map((t) => [key(t), t]));
  const out: StackDiff = { added: [], removed: [], changed: [] };
  for (const [k, t] of b) if (!a.has(k)) out.added.push(t);
  for (const [k, t] of a) if (!b.has(k)) out.removed.push(t);
  for (const [k, t] of b) {
    const old = a.get(k);
    if (old && String(old.version ?? "") !== String(t.version ?? "")) {
      const change: ToolChange = { name: t.name };
      if (t.package_url) change.package_url = t.package_url;
      if (old.version !== undefined) change.from = String(old.version);
      if (t.version !== undefined) change.to = String(t.version);
      out.changed.push(change);
    }
  }
  return out;
}

/** True when nothing was added, removed or changed. */
export function isEmptyDiff(d: StackDiff): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

/** The diff as text for a terminal, or as Markdown for a pull-request comment. */
export function formatDiff(d: StackDiff, format: "text" | "markdown" = "text"): string {
  if (isEmptyDiff(d)) return format === "markdown" ? "No change to the tech stack.\n" : "no changes\n";
  const label = (t: { name: string; version?: unknown }) => `${t.name}${t.version ? ` ${String(t.version)}` : ""}`;
  if (format === "markdown") {
    const lines = ["| | Tool | Version |", "|:--|:--|:--|"];
    for (const t of d.added) lines.push(`| ➕ added | ${t.name} | ${t.version ?? ""} |`);
    for (const t of d.removed) lines.push(`| ➖ removed | ${t.name} | ${t.version ?? ""} |`);
    for (const c of d.changed) lines.push(`| 🔄 changed | ${c.name} | ${c.from ?? "?"} → ${c.to ?? "?"} |`);
    return `### Tech stack changes\n\n${lines.join("\n")}\n`;
  }
  return [
    ...d.added.map((t) => `+ ${label(t)}`),
    ...d.removed.map((t) => `- ${label(t)}`),
    ...d.changed.map((c) => `~ ${c.name} ${c.from ?? "?"} -> ${c.to ?? "?"}`),
  ].join("\n") + "\n";
}
