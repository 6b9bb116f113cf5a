import { coded } from "../errors.js";
import type { StackDocument, ToolEntry } from "../types.js";
import { describeValue, isDocument, toolEntryProblem, toolsProblem } from "./shape.js";

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
 * their `package_url` (both case-insensitive); a changed version is a `ToolChange`. Throws a
 * `TypeError` naming an entry that is no mapping with a name (`diff: before's /tools/1: ...`).
 * @example
 * ```ts
 * const d = diff(parse(readFileSync("techstack.yml", "utf8")), await detect("."));
 * d.changed; // [{ name: "React", from: "18.2.0", to: "18.3.1" }]
 * formatDiff(d, "markdown"); // a table for a pull-request comment
 * ```
 */
export function diff(before: StackDocument, after: StackDocument): StackDiff {
  if (!isDocument(before) || !isDocument(after)) throw coded(new TypeError(`diff: expected two stack documents (with their tools lists), not ${describeValue(isDocument(before) ? after : before)}`), "TECHSTACK_INVALID_DOCUMENT");
  for (const [side, doc] of [["before", before], ["after", after]] as const) {
    const problem = toolsProblem(doc.tools);
    if (problem) throw coded(new TypeError(`diff: ${side}'s ${problem}`), "TECHSTACK_INVALID_DOCUMENT");
  }
  const a = new Map(before.tools.map((t) => [entryKey(t), t]));
  const b = new Map(after.tools.map((t) => [entryKey(t), t]));
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

/** What makes two entries one tool or package across documents: a package's page, else a tool's name, case aside. */
export function entryKey(t: ToolEntry): string {
  return t.package_url ? `p:${t.package_url.toLowerCase()}` : `t:${t.name.toLowerCase()}`;
}

/** True when nothing was added, removed or changed. */
export function isEmptyDiff(d: StackDiff): boolean {
  checkDiff("isEmptyDiff", d);
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}

/** Rows per Markdown table; a pull-request comment is limited to 65,536 characters. */
const MAX_ROWS = 200;

/**
 * The diff as text for a terminal (a line per change: `+ Prisma 5.8.0`, `- pg 8.11.0 (package)`,
 * `~ React 18.2.0 -> 18.3.1`; "no changes" when empty), or as Markdown for a pull-request comment:
 * a table of the tools, then one of the packages (each linked to its registry page; folded away
 * when tools changed too), at most 200 rows each.
 */
export function formatDiff(d: StackDiff, format: "text" | "markdown" = "text"): string {
  if (format !== "text" && format !== "markdown") throw coded(new TypeError(`formatDiff: unknown format '${String(format)}' (text or markdown)`), "TECHSTACK_UNKNOWN_FORMAT");
  checkDiff("formatDiff", d);
  if (isEmptyDiff(d)) return format === "markdown" ? "No change to the tech stack.\n" : "no changes\n";
  // A package has its registry page, or is a Maven coordinate (group:artifact; no tool name has a colon).
  const isPackage = (t: Entry) => Boolean(t.package_url) || t.name.includes(":");
  // In text, a package says so: "+ Prisma 5.8.0" and "+ prisma 5.8.0" read as one entry twice.
  const kind = (t: Entry) => (isPackage(t) ? " (package)" : "");
  const label = (t: Entry) => `${t.name}${t.version ? ` ${String(t.version)}` : ""}${kind(t)}`;
  if (format === "markdown") {
    const tools = rows(d, (t) => !isPackage(t), (t) => cell(t.name));
    const packages = rows(d, isPackage, (t) => (t.package_url ? `[${cell(t.name)}](${t.package_url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)})` : cell(t.name)));
    const out = ["### Tech stack changes", ""];
    if (tools.length) out.push(table("Tool", tools), "");
    if (packages.length) {
      const counts = summary(d, isPackage);
      if (tools.length) out.push(`<details><summary>Packages: ${counts}</summary>`, "", table("Package", packages), "", "</details>", "");
      else out.push(`Packages: ${counts}`, "", table("Package", packages), "");
    }
    return out.join("\n").replace(/\n+$/, "\n");
  }
  return [
    ...d.added.map((t) => `+ ${label(t)}`),
    ...d.removed.map((t) => `- ${label(t)}`),
    ...d.changed.map((c) => `~ ${c.name} ${c.from ?? "?"} -> ${c.to ?? "?"}${kind(c)}`),
  ].join("\n") + "\n";
}

type Entry = { name: string; package_url?: string | null; version?: unknown };

/** Table rows of the entries `keep` selects: added, removed, then changed; no version is "N/A", as the site's own tables write it. */
function rows(d: StackDiff, keep: (t: Entry) => boolean, name: (t: Entry) => string): string[] {
  const version = (v: unknown) => (v === undefined || v === null || v === "" ? "N/A" : cell(String(v)));
  const out = [
    ...d.added.filter(keep).map((t) => `| ➕ added | ${name(t)} | ${version(t.version)} |`),
    ...d.removed.filter(keep).map((t) => `| ➖ removed | ${name(t)} | ${version(t.version)} |`),
    ...d.changed.filter(keep).map((c) => `| 🔄 changed | ${name(c)} | ${version(c.from)} → ${version(c.to)} |`),
  ];
  if (out.length > MAX_ROWS) return [...out.slice(0, MAX_ROWS), `| | … and ${out.length - MAX_ROWS} more | |`];
  return out;
}

function table(what: string, lines: string[]): string {
  return [`| | ${what} | Version |`, "|:--|:--|:--|", ...lines].join("\n");
}

/** "2 added, 1 removed, 3 changed", leaving out what is zero. */
function summary(d: StackDiff, keep: (t: Entry) => boolean): string {
  const parts: Array<[number, string]> = [
    [d.added.filter(keep).length, "added"],
    [d.removed.filter(keep).length, "removed"],
    [d.changed.filter(keep).length, "changed"],
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(", ");
}

/** Text safe inside a Markdown table cell: no column break, no line break, no HTML. */
function cell(text: string): string {
  // `[` and `]` too: a package name such as "[x](https://...)" would otherwise be a link of its own.
  return text.replace(/[|[\]]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A diff as `diff` makes it, or a TypeError naming the function. */
function checkDiff(name: string, d: unknown): void {
  const value = d as Partial<Record<keyof StackDiff, unknown>> | null | undefined;
  if (!(Array.isArray(value?.added) && Array.isArray(value.removed) && Array.isArray(value.changed))) throw coded(new TypeError(`${name}: expected a diff ({ added, removed, changed }, as diff makes it), not ${describeValue(d)}`), "TECHSTACK_BAD_ARGUMENT");
  for (const list of ["added", "removed", "changed"] as const) {
    (value[list] as unknown[]).forEach((entry, i) => {
      const problem = toolEntryProblem(entry);
      if (problem) throw coded(new TypeError(`${name}: ${list}[${i}]: ${problem}`), "TECHSTACK_BAD_ARGUMENT");
    });
  }
}
