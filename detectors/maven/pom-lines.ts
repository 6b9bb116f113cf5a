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

/**
 * Where a pom.xml declares each entry: `line("dependencies", "postgresql")` is the 1-based line of
 * the `<artifactId>` of the first `<dependency>` of `<project><dependencies>` whose artifactId is
 * `postgresql`; asked again for the same name, the next such entry's line (a pom may list one
 * artifact twice, under two groups). `<dependencyManagement>`, `<pluginManagement>`, plugins'
 * own dependencies and `<profiles>` are sections of their own: a managed entry is not where a
 * dependency is declared. Undefined where no entry is left. The parser gives no positions, so
 * the text is walked once, at the first question: elements by name, comments, CDATA, processing
 * instructions and the DOCTYPE skipped.
 */
export function pomLines(text: string): (section: PomSection, artifactId: string) => number | undefined {
  let entries: Map<string, number[]> | undefined;
  return (section, artifactId) => {
    entries ??= readEntries(text);
    return entries.get(`${section}\0${artifactId}`)?.shift();
  };
}

function readEntries(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const lineAt = offsetLines(text);
  const stack: string[] = [];
  /** The entries open (a plugin, then one of its dependencies), each with whether its artifactId was seen. */
  const open: Array<{ section: PomSection; depth: number; seen: boolean }> = [];
  for (let at = text.indexOf("<"); at >= 0 && at < text.length; at = text.indexOf("<", at + 1)) {
    if (text.startsWith("<!--", at)) {
      at = skipTo(text, "-->", at + 4);
      continue;
    }
    if (text.startsWith("<![CDATA[", at)) {
      at = skipTo(text, "]]>", at + 9);
      continue;
    }
    if (text.startsWith("<?", at)) {
      at = skipTo(text, "?>", at + 2);
      continue;
    }
    if (text.startsWith("<!", at)) {
      at = skipTo(text, ">", at + 2);
      continue;
    }
    const end = text.indexOf(">", at);
    if (end < 0) break;
    const closing = text[at + 1] === "/";
    const name = localName(/^[^\s/>]+/.exec(text.slice(at + (closing ? 2 : 1), Math.min(end, at + 200)))?.[0] ?? "");
    if (closing) {
      const from = stack.lastIndexOf(name);
      if (from >= 0) stack.length = from;
      while (open.length > 0 && open[open.length - 1]!.depth > stack.length) open.pop();
    } else if (text[end - 1] !== "/") {
      stack.push(name);
      const path = stack.join("/");
      const section = SECTIONS.get(path);
      const entry = open[open.length - 1];
      if (section) open.push({ section, depth: stack.length, seen: false });
      else if (entry && !entry.seen && name === "artifactId" && stack.length === entry.depth + 1) {
        entry.seen = true;
        const valueEnd = text.indexOf("<", end + 1);
        const artifactId = text.slice(end + 1, valueEnd < 0 ? text.length : valueEnd).trim();
        const key = `${entry.section}\0${artifactId}`;
        const lines = out.get(key);
        if (lines) lines.push(lineAt(at));
        else out.set(key, [lineAt(at)]);
      }
    }
    at = end;
  }
  return out;
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
