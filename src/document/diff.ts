import { MANUAL, REPO_METADATA } from "../constants.js";
import { coded } from "../errors.js";
import type { ParsedStackDocument, StackDocument, ToolEntry } from "../types.js";
import { printable } from "../kit/printable.js";
import { cell, htmlText, linkTarget } from "./markdown-text.js";
import { entryCount, groupByFiles, isPackage, withinCaps, type MoveGroup } from "./move-groups.js";
import { describeValue, isDocument, toolEntryProblem, toolsProblem } from "./shape.js";
import { versionDirection, type VersionDirection } from "../versions/direction.js";
import { pairEntries } from "./entry-pairs.js";

export interface ToolChange {
  name: string;
  package_url?: string;
  from?: string;
  to?: string;
  /** The file the new version is read from (the after document's `detection_source`), where it wrote one. */
  detection_source?: string;
  /**
   * `upgrade` where `to` is a later release than `from`, `downgrade` where an earlier one, as semver
   * orders them (`15` read as 15.0.0); absent where either is no such release (`jammy`), or missing.
   */
  direction?: VersionDirection;
}

/**
 * An entry of both documents that another file shows now: a manifest moved into a folder, a
 * Dockerfile renamed. `from` and `to` are its `detection_source` before and after, each absent
 * where that document wrote none.
 */
export interface SourceMove {
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
  /**
   * Same tool or package, detected from another file (whatever its version did). `diff` sets it
   * only when there is one, so a diff where nothing moved has the three lists alone; a diff made
   * without it reads as one where nothing moved. `isEmptyDiff` does not count it.
   */
  moved?: SourceMove[];
}

/**
 * What changed between two stack documents, tool by tool: tools are keyed by name, packages by
 * their `package_url` (both case-insensitive), an entry of one matched with one of the other
 * (pairEntries: a tool named twice has both entries compared, the same version first); a changed version is a `ToolChange`, and an entry
 * whose `detection_source` differs is a `SourceMove` in `moved` (set only when there is one). Throws a
 * `TypeError` naming an entry that is no mapping with a name (`diff: before's /tools/1: ...`).
 * Either side may be what `parse` gives (a `ParsedStackDocument`): one whose `tools` is no list
 * is a `TypeError` too.
 * @example
 * ```ts
 * const d = diff(parse(readFileSync("techstack.yml", "utf8")), await detect("."));
 * d.changed; // [{ name: "React", from: "18.2.0", to: "18.3.1" }]
 * formatDiff(d, "markdown"); // a table for a pull-request comment
 * ```
 */
export function diff(before: StackDocument | ParsedStackDocument, after: StackDocument | ParsedStackDocument): StackDiff {
  if (!isDocument(before) || !isDocument(after)) throw coded(new TypeError(`diff: expected two stack documents (with their tools lists), not ${describeValue(isDocument(before) ? after : before)}`), "TECHSTACK_INVALID_DOCUMENT");
  for (const [side, doc] of [["before", before], ["after", after]] as const) {
    const problem = toolsProblem(doc.tools as unknown[]);
    if (problem) throw coded(new TypeError(`diff: ${side}'s ${problem}`), "TECHSTACK_INVALID_DOCUMENT");
  }
  // Each side's tools are a list of entries with a name now (checked above), as diff reads them.
  // Entry by entry, a tool named twice too (a merged file's): one left over is added or removed.
  const { pairs, unmatched } = pairEntries(before.tools as ToolEntry[], after.tools as ToolEntry[]);
  const out: StackDiff = { added: pairs.filter((p) => !p.before).map((p) => p.after), removed: unmatched, changed: [] };
  for (const { before: old, after: t } of pairs) {
    if (old && String(old.version ?? "") !== String(t.version ?? "")) {
      const change: ToolChange = { name: t.name };
      if (t.package_url) change.package_url = t.package_url;
      // A version left empty (null, "") is none: the change has no `from` (or `to`), not "null".
      if (!noVersion(old.version)) change.from = String(old.version);
      if (!noVersion(t.version)) change.to = String(t.version);
      const source = sourceOf(t);
      if (source !== undefined) change.detection_source = source;
      const direction = versionDirection(change.from, change.to);
      if (direction) change.direction = direction;
      out.changed.push(change);
    }
  }
  const moved: SourceMove[] = [];
  for (const { before: old, after: t } of pairs) {
    if (!old) continue;
    const from = sourceOf(old);
    const to = sourceOf(t);
    if (from === to) continue;
    const move: SourceMove = { name: t.name };
    if (t.package_url) move.package_url = t.package_url;
    if (from !== undefined) move.from = from;
    if (to !== undefined) move.to = to;
    moved.push(move);
  }
  if (moved.length) out.moved = moved;
  return out;
}

function noVersion(v: unknown): boolean {
  return v === undefined || v === null || v === "";
}

/** A field's value as a file writes it (`true`, `MIT`); absent, null and the empty string are none. */
export function writtenValue(value: unknown): string | undefined {
  return value === undefined || value === null || value === "" ? undefined : String(value);
}

/** An entry's detection_source as the file writes it (as factChanges reads it). */
function sourceOf(t: ToolEntry): string | undefined {
  return writtenValue(t.detection_source);
}

/** True when nothing was added, removed or changed; an entry only detected from another file (`moved`) leaves it true. */
export function isEmptyDiff(d: StackDiff): boolean {
  checkDiff("isEmptyDiff", d);
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
}


/**
 * The diff as text for a terminal (a line per change: `+ Prisma 5.8.0`, `- pg 8.11.0 (package)`,
 * `~ React 18.2.0 -> 18.3.1`, a missing version `(none)`; "no changes" when nothing differs), or as
 * Markdown for a pull-request comment: a table of the tools, then one of the packages (each linked
 * to its registry page; folded away when tools changed too), at most 200 rows each (a missing
 * version "N/A"). Then, in both, the entries detected from another file, grouped by their pair of
 * files in `groupMoves`' order: `> NGINX moved from Dockerfile to Dockerfile.web`, or for a group
 * of several `> 42 packages moved from web/package.json to apps/web/package.json` with its names on
 * the line beneath (in Markdown, each group of several folded in a `<details>`, and all of them in
 * one, open when nothing else changed). Text shows at most 20 groups and 60 names, Markdown 100
 * groups and 200 names; a group lists all its names or none (saying so), except a first group
 * larger than the cap, which lists its first ones; the groups past the cap are counted. An entry
 * both moved and of another version is in both places. A diff whose only difference is `moved`
 * says so, never "No change". Where long names and paths would make the Markdown outgrow a
 * pull-request comment (65,536 characters), each of its caps is halved until it fits in 65,000.
 * The text is bounded alike: at most 60 changed entries (then how many more), its caps halved
 * while it outgrows 8,000 characters; `{ full: true }` lists every entry and name in text.
 * @param format `"text"` (the default) or `"markdown"`
 */
export function formatDiff(d: StackDiff, format: "text" | "markdown" = "text", options: DiffFormatOptions = {}): string {
  if (format !== "text" && format !== "markdown") throw coded(new TypeError(`formatDiff: unknown format '${String(format)}' (text or markdown)`), "TECHSTACK_UNKNOWN_FORMAT");
  checkDiff("formatDiff", d);
  const moved = d.moved ?? [];
  const empty = isEmptyDiff(d);
  if (empty && moved.length === 0) return format === "markdown" ? "No change to the tech stack.\n" : "no changes\n";
  // Long names and paths can make the full caps' rows outgrow a comment: the caps are halved until it fits.
  if (format === "markdown") return withinSize(MARKDOWN_CAPS, MAX_MARKDOWN, (caps) => markdownDiff(d, caps), (out) => out.length);
  return textDiff(d, options.full).text;
}

export interface DiffFormatOptions {
  /** Text: every entry, group and name, without the caps (Markdown keeps them: a comment's size sets them). */
  full?: boolean;
}

/**
 * The diff as text (see `formatDiff`), and whether its caps left out entries, moves or names: the
 * CLI then says how to list them all.
 */
export function textDiff(d: StackDiff, full = false): { text: string; leftOut: boolean } {
  if (isEmptyDiff(d) && !d.moved?.length) return { text: "no changes\n", leftOut: false };
  if (full) return textWithin(d, ALL);
  // As in Markdown: long names and paths can make the caps' lines outgrow a log's screenfuls.
  return withinSize(TEXT_CAPS, MAX_TEXT, (caps) => textWithin(d, caps), (out) => out.text.length);
}

/** The text of a diff that is not empty, within `caps`. */
function textWithin(d: StackDiff, caps: Caps): { text: string; leftOut: boolean } {
  // In text, a package says so: "+ Prisma 5.8.0" and "+ prisma 5.8.0" read as one entry twice.
  const kind = (t: Entry) => (isPackage(t) ? " (package)" : "");
  // Each name, version and path on its line as printable text: a newline in a manifest's key would
  // open a line of its own in a CI log (`::error::`, a workflow command to GitHub's runner).
  const label = (t: Entry) => `${printable(String(t.name))}${t.version ? ` ${printable(String(t.version))}` : ""}${kind(t)}`;
  const source = (v: unknown) => (v === undefined || v === null || v === "" ? NONE : printable(String(v)));
  const rows = [
    ...d.added.map((t) => `+ ${label(t)}`),
    ...d.removed.map((t) => `- ${label(t)}`),
    ...d.changed.map((c) => `~ ${printable(String(c.name))} ${source(c.from)} -> ${source(c.to)}${kind(c)}`),
  ];
  const more = rows.length - caps.rows;
  const moves = movesText(groupByFiles(d.moved ?? []), caps);
  const lines = [...rows.slice(0, caps.rows), ...(more > 0 ? [`  and ${more} more change${more === 1 ? "" : "s"}`] : []), ...moves.lines];
  return { text: lines.join("\n") + "\n", leftOut: more > 0 || moves.leftOut };
}

/**
 * The moves grouped by their pair of files, largest group first (then by the files' paths, in
 * code-unit order), each with its entries (tools first, then packages), as `formatDiff` lists them;
 * `moved` itself keeps diff's order and shape. Throws a `TypeError` for an argument that is no diff,
 * as `formatDiff` does.
 * @example
 * ```ts
 * const d = diff(parse(readFileSync("techstack.yml", "utf8")), await detect("."));
 * for (const g of groupMoves(d)) console.log(g.entries.length, g.from, g.to);
 * // 42 web/package.json apps/web/package.json
 * // 1 Dockerfile Dockerfile.web
 * ```
 */
export function groupMoves(d: StackDiff): MoveGroup[] {
  checkDiff("groupMoves", d);
  return groupByFiles(d.moved ?? []);
}

/** The Markdown of a diff that is not empty, within `caps`. */
function markdownDiff(d: StackDiff, caps: Caps): string {
  const moved = d.moved ?? [];
  const empty = isEmptyDiff(d);
  const tools = table(d, "Tool", (t) => !isPackage(t), (t) => cell(t.name), caps.rows);
  const packages = table(d, "Package", isPackage, packageLink, caps.rows);
  const out = ["### Tech stack changes", ""];
  if (empty) out.push(`No tool or version changed, but ${moved.length === 1 ? "1 entry is" : `${moved.length} entries are`} now detected from another file.`, "");
  if (tools) out.push(tools, "");
  if (packages) {
    const counts = summary(d, isPackage);
    if (tools) out.push(`<details><summary>Packages: ${counts}</summary>`, "", packages, "", "</details>", "");
    else out.push(`Packages: ${counts}`, "", packages, "");
  }
  if (moved.length) out.push(`<details${empty ? " open" : ""}><summary>Detected from another file: ${entryCount(moved)}</summary>`, "", ...movesMarkdown(groupByFiles(moved), caps), "</details>", "");
  return out.join("\n").replace(/\n+$/, "\n");
}

/** No version in the text format: as check's lines of other facts write it. */
const NONE = "(none)";

/** Caps of the entries and moves: in text a few screens of a log; in Markdown, rows a table, a pull-request comment's 65,536 characters. */
type Caps = { rows: number; groups: number; names: number };
const TEXT_CAPS: Caps = { rows: 60, groups: 20, names: 60 };
const MARKDOWN_CAPS: Caps = { rows: 200, groups: 100, names: 200 };
const ALL: Caps = { rows: Infinity, groups: Infinity, names: Infinity };

/** What the text's caps are halved to fit in. */
const MAX_TEXT = 8_000;

/** A pull-request comment holds 65,536 characters; the rest is room for a caller's own lines (the Action's marker). */
const MAX_MARKDOWN = 65_000;

/** What `make` gives within `caps`, each halved while its size outgrows `max` (down to one). */
function withinSize<T>(caps: Caps, max: number, make: (caps: Caps) => T, size: (out: T) => number): T {
  for (; ; caps = halved(caps)) {
    const out = make(caps);
    if (size(out) <= max || caps.rows + caps.groups + caps.names === 3) return out;
  }
}

/** Each cap half as large, down to one. */
function halved(caps: Caps): Caps {
  const half = (n: number) => Math.max(1, Math.floor(n / 2));
  return { rows: half(caps.rows), groups: half(caps.groups), names: half(caps.names) };
}

/** `> NGINX moved from Dockerfile to Dockerfile.web`; a group of several, its count, then its names indented beneath; whether the caps left any out. */
function movesText(groups: MoveGroup[], caps: Caps): { lines: string[]; leftOut: boolean } {
  const { shown, hidden } = withinCaps(groups, caps);
  const out: string[] = [];
  for (const { group, names } of shown) {
    const where = moveWords(group, printable);
    const [only] = group.entries;
    if (group.entries.length === 1 && only) out.push(`> ${printable(String(only.name))}${isPackage(only) ? " (package)" : ""} ${where}`);
    else out.push(`> ${entryCount(group.entries)} ${where}`, `    ${nameList(group, names, (t) => printable(String(t.name)), caps.names)}`);
  }
  if (hidden.groups) out.push(`  and ${moreMoves(hidden)}`);
  return { lines: out, leftOut: hidden.groups > 0 || shown.some(({ group, names }) => group.entries.length > 1 && names.length < group.entries.length) };
}

/** Each group a paragraph (one entry, or names left out) or a `<details>` whose summary gives the count and files, its body the names. */
function movesMarkdown(groups: MoveGroup[], caps: Caps): string[] {
  const { shown, hidden } = withinCaps(groups, caps);
  const out: string[] = [];
  for (const { group, names } of shown) {
    const [only] = group.entries;
    const list = nameList(group, names, packageLink, caps.names);
    if (group.entries.length === 1 && only) out.push(`${packageLink(only)} ${moveWords(group, codeSpan)}`, "");
    else if (names.length === 0) out.push(`${entryCount(group.entries)} ${moveWords(group, codeSpan)} (${list})`, "");
    else out.push(`<details><summary>${entryCount(group.entries)} ${moveWords(group, codeTag)}</summary>`, "", list, "", "</details>", "");
  }
  if (hidden.groups) out.push(`… and ${moreMoves(hidden)}`, "");
  return out;
}

/** "moved from A to B", each file as `show` writes it; "no file" where the document wrote none. */
function moveWords(group: MoveGroup, show: (path: string) => string): string {
  const file = (v: string | undefined) => (v === undefined || v === "" ? "no file" : show(v.replace(/[\r\n]+/g, " ")));
  return `moved from ${file(group.from)} to ${file(group.to)}`;
}

/** The names a group lists, tools then (after "packages:" where it has both) packages; that they are left out, or how many more. */
function nameList(group: MoveGroup, names: SourceMove[], show: (t: SourceMove) => string, cap: number): string {
  if (names.length === 0) return `names left out: at most ${cap} are listed`;
  const tools = names.filter((t) => !isPackage(t)).map(show);
  const packages = names.filter(isPackage).map(show);
  const listed = tools.length && packages.length ? `${tools.join(", ")}; packages: ${packages.join(", ")}` : [...tools, ...packages].join(", ");
  const more = group.entries.length - names.length;
  return more ? `${listed} … and ${more} more` : listed;
}

function moreMoves(hidden: { groups: number; entries: number }): string {
  return `${hidden.groups} more move${hidden.groups === 1 ? "" : "s"} of ${hidden.entries} entr${hidden.entries === 1 ? "y" : "ies"}`;
}

/** A path as Markdown code: a fence longer than any run of backticks in it. */
function codeSpan(path: string): string {
  const fence = "`".repeat(Math.max(0, ...(path.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^`|`$/.test(path) ? " " : "";
  return `${fence}${pad}${path}${pad}${fence}`;
}

/** A path as HTML code, for a `<summary>`: an HTML block, where Markdown is not read. */
function codeTag(path: string): string {
  return `<code>${htmlText(path.replace(/&/g, "&amp;"))}</code>`;
}

/** A package's name linked to its registry page (as techstack.md links it), else its name. */
function packageLink(t: Entry): string {
  return t.package_url ? `[${cell(t.name)}](${linkTarget(t.package_url)})` : cell(t.name);
}

type Entry = { name: string; package_url?: string | null; version?: unknown; detection_source?: unknown };

/**
 * The table of the entries `keep` selects, or "" for none: added, removed, then changed; no version
 * is "N/A", as the site's own tables write it. Each names the file it was found in (a removed one's,
 * before), so a reviewer sees why it changed without opening the stack file; a table none of whose
 * entries names one has no such column.
 */
function table(d: StackDiff, what: string, keep: (t: Entry) => boolean, name: (t: Entry) => string, maxRows: number): string {
  const version = (v: unknown) => (v === undefined || v === null || v === "" ? "N/A" : cell(String(v)));
  const rows: string[][] = [
    ...d.added.filter(keep).map((t) => ["➕ added", name(t), version(t.version), foundIn(t)]),
    ...d.removed.filter(keep).map((t) => ["➖ removed", name(t), version(t.version), foundIn(t)]),
    ...d.changed.filter(keep).map((c) => [changeLabel(c), name(c), `${version(c.from)} → ${version(c.to)}`, foundIn(c)]),
  ];
  if (rows.length === 0) return "";
  const files = rows.some((r) => r[3] !== "");
  const shown = rows.length > maxRows ? [...rows.slice(0, maxRows), ["", `… and ${rows.length - maxRows} more`, "", ""]] : rows;
  const line = (cells: string[]) => `|${(files ? cells : cells.slice(0, 3)).map((c) => (c ? ` ${c} ` : " ")).join("|")}|`;
  return [line(["", what, "Version", "Found in"]), files ? "|:--|:--|:--|:--|" : "|:--|:--|:--|", ...shown.map(line)].join("\n");
}

/**
 * A changed row's label: upgraded or downgraded where the versions are releases semver orders (read
 * from them, so a diff made by hand is labelled too), else changed, so a reviewer spots a rollback.
 */
function changeLabel(c: ToolChange): string {
  const direction = changeDirection(c);
  return direction === "upgrade" ? "⬆️ upgraded" : direction === "downgrade" ? "⬇️ downgraded" : "🔄 changed";
}

/** Which way a change moved its version, read from the versions themselves (a diff made by hand has no `direction`). */
function changeDirection(c: ToolChange): VersionDirection | undefined {
  return versionDirection(writtenValue(c.from), writtenValue(c.to));
}

/** Where an entry was found, for a table cell: its file as code, words for the repository's metadata and a tool added by hand, "" where none is written. */
function foundIn(t: Entry): string {
  const source = writtenValue(t.detection_source);
  if (source === undefined) return "";
  if (source === REPO_METADATA) return "repository metadata";
  if (source === MANUAL) return "added by hand";
  // In a table a `|` ends the cell even inside code: escaped, it is shown as itself.
  return codeSpan(source.replace(/[\r\n]+/g, " ")).replace(/\|/g, "\\|");
}

/** "2 added, 1 removed, 1 upgraded, 1 downgraded, 1 changed", leaving out what is zero; the changes counted as their rows are labelled. */
function summary(d: StackDiff, keep: (t: Entry) => boolean): string {
  const changed = d.changed.filter(keep);
  const moved = (way: VersionDirection | undefined) => changed.filter((c) => changeDirection(c) === way).length;
  const parts: Array<[number, string]> = [
    [d.added.filter(keep).length, "added"],
    [d.removed.filter(keep).length, "removed"],
    [moved("upgrade"), "upgraded"],
    [moved("downgrade"), "downgraded"],
    [moved(undefined), "changed"],
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(", ");
}

/** A diff as `diff` makes it, or a TypeError naming the function. */
function checkDiff(name: string, d: unknown): void {
  const value = d as Partial<Record<keyof StackDiff, unknown>> | null | undefined;
  if (!(Array.isArray(value?.added) && Array.isArray(value.removed) && Array.isArray(value.changed))) throw coded(new TypeError(`${name}: expected a diff ({ added, removed, changed }, as diff makes it), not ${describeValue(d)}`), "TECHSTACK_BAD_ARGUMENT");
  if (value.moved !== undefined && !Array.isArray(value.moved)) throw coded(new TypeError(`${name}: moved must be a list of entries (as diff makes it), not ${describeValue(value.moved)}`), "TECHSTACK_BAD_ARGUMENT");
  for (const list of ["added", "removed", "changed", "moved"] as const) {
    if (value[list] === undefined) continue;
    (value[list] as unknown[]).forEach((entry, i) => {
      const problem = toolEntryProblem(entry);
      if (problem) throw coded(new TypeError(`${name}: ${list}[${i}]: ${problem}`), "TECHSTACK_BAD_ARGUMENT");
    });
  }
}
