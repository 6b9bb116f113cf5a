import { offsetLines } from "../../src/kit.js";

/** The element paths (from `project`, namespace prefixes taken off) whose entries a pom declares. */
export type PomSection = "parent" | "dependencies" | "managed" | "plugins" | "managedPlugins" | "pluginDependencies" | "managedPluginDependencies";

const SECTIONS: ReadonlyMap<string, PomSection> = new Map([
  ["project/parent", "parent"],
  ["project/dependencies/dependency", "dependencies"],
  ["project/dependencyManagement/dependencies/dependency", "managed"],
  ["project/build/plugins/plugin", "plugins"],
  ["project/build/pluginManagement/plugins/plugin", "managedPlugins"],
  ["project/build/plugins/plugin/dependencies/dependency", "pluginDependencies"],
  ["project/build/pluginManagement/plugins/plugin/dependencies/dependency", "managedPluginDependencies"],
]);

/** Where a pom writes one entry: the line of its `<artifactId>`, and of its own `<version>` where it has one. */
export interface PomEntryLines {
  line: number;
  version?: number;
}

/**
 * Where a pom.xml declares each entry and each property: `entry("dependencies", "postgresql")` is
 * the first `<dependency>` of `<project><dependencies>` whose artifactId is `postgresql` (its
 * `<artifactId>` line, and its `<version>` line, before or after it); asked again for the same
 * name, the next such entry (a pom may list one artifact twice, under two groups). Undefined where
 * no entry is left. `<dependencyManagement>`, `<pluginManagement>`, plugins' own dependencies and
 * `<profiles>` are sections of their own: a managed entry is not where a dependency is declared.
 * `property("guava.version")` is the line of `<project><properties><guava.version>`. The parser
 * gives no positions, so the text is walked once, at the first question: elements by name,
 * comments, CDATA, processing instructions and the DOCTYPE skipped.
 */
export function pomDeclarations(text: string): { entry(section: PomSection, artifactId: string): PomEntryLines | undefined; property(name: string): number | undefined } {
  let read: ReturnType<typeof readEntries> | undefined;
  return {
    entry: (section, artifactId) => (read ??= readEntries(text)).entries.get(`${section}\0${artifactId}`)?.shift(),
    property: (name) => (read ??= readEntries(text)).properties.get(name),
  };
}

/** pomDeclarations' entries, by their `<artifactId>` line alone. */
export function pomLines(text: string): (section: PomSection, artifactId: string) => number | undefined {
  const declarations = pomDeclarations(text);
  return (section, artifactId) => declarations.entry(section, artifactId)?.line;
}

/** What the walk of a pom has found, and where it stands. */
interface PomWalk {
  text: string;
  lineAt: (offset: number) => number;
  /** The names of the elements open, outermost first. */
  stack: string[];
  /** The entries open (a plugin, then one of its dependencies), each with its artifactId and the lines seen so far. */
  open: OpenEntry[];
  entries: Map<string, PomEntryLines[]>;
  properties: Map<string, number>;
}

type OpenEntry = { section: PomSection; depth: number; artifactId?: string; line?: number; version?: number };

/** What is not an element, by how it opens, and the text that ends it; `<!--` before `<!`. */
const MARKUP: ReadonlyArray<[open: string, close: string]> = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
];

function readEntries(text: string): { entries: Map<string, PomEntryLines[]>; properties: Map<string, number> } {
  const walk: PomWalk = { text, lineAt: offsetLines(text), stack: [], open: [], entries: new Map(), properties: new Map() };
  const { stack, open } = walk;
  for (let at = text.indexOf("<"); at >= 0 && at < text.length; at = text.indexOf("<", at + 1)) {
    const skipped = skipMarkup(text, at);
    if (skipped !== undefined) {
      at = skipped;
      continue;
    }
    const end = text.indexOf(">", at);
    if (end < 0) break;
    const closing = text[at + 1] === "/";
    const name = localName(/^[^\s/>]+/.exec(text.slice(at + (closing ? 2 : 1), Math.min(end, at + 200)))?.[0] ?? "");
    if (closing) {
      const from = stack.lastIndexOf(name);
      if (from >= 0) stack.length = from;
      while (open.length > 0 && open[open.length - 1]!.depth > stack.length) closeEntry(walk);
    } else if (text[end - 1] !== "/") openElement(walk, name, at, end);
    at = end;
  }
  while (open.length > 0) closeEntry(walk);
  return { entries: walk.entries, properties: walk.properties };
}

/** The offset of the end of the comment, CDATA, processing instruction or declaration at `at`; undefined at an element. */
function skipMarkup(text: string, at: number): number | undefined {
  for (const [opener, close] of MARKUP) if (text.startsWith(opener, at)) return skipTo(text, close, at + opener.length);
  return undefined;
}

/** An element `name` opening at `at` (its tag ending at `end`): an entry begun, an open entry's artifactId or version, or a property. */
function openElement(walk: PomWalk, name: string, at: number, end: number): void {
  const { text, stack, open, lineAt } = walk;
  stack.push(name);
  const section = SECTIONS.get(stack.join("/"));
  const entry = open[open.length - 1];
  if (section) open.push({ section, depth: stack.length });
  else if (entry && stack.length === entry.depth + 1) {
    if (name === "artifactId" && entry.artifactId === undefined) {
      const valueEnd = text.indexOf("<", end + 1);
      entry.artifactId = text.slice(end + 1, valueEnd < 0 ? text.length : valueEnd).trim();
      entry.line = lineAt(at);
    } else if (name === "version" && entry.version === undefined) entry.version = lineAt(at);
  } else if (stack.length === 3 && stack[0] === "project" && stack[1] === "properties" && !walk.properties.has(name)) walk.properties.set(name, lineAt(at));
}

/** Closes the innermost open entry, recording its lines where it named an artifactId. */
function closeEntry(walk: PomWalk): void {
  const entry = walk.open.pop()!;
  if (entry.artifactId === undefined) return;
  const key = `${entry.section}\0${entry.artifactId}`;
  const lines = walk.entries.get(key) ?? [];
  lines.push({ line: entry.line!, ...(entry.version === undefined ? {} : { version: entry.version }) });
  walk.entries.set(key, lines);
}

/** The offset of the last character of `close` at or after `from`, or the text's end. */
function skipTo(text: string, close: string, from: number): number {
  const end = text.indexOf(close, from);
  return end < 0 ? text.length : end + close.length - 1;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
