import { textLines } from "../../src/kit.js";

/**
 * erlang.mk projects (Cowboy's, RabbitMQ's plugins): a Makefile that includes erlang.mk and lists
 * its dependencies in `DEPS` (development ones in `TEST_DEPS`, `BUILD_DEPS`, `DOC_DEPS`,
 * `SHELL_DEPS`), each fetched as its `dep_NAME` line says: `hex 3.1.0` (a Hex package at that
 * release), `git URL 2.12.0` (the library from its repository, at the tag if it is a release), `ln`
 * or `cp` (a local folder, left out); a package from erlang.mk's index may be pinned by
 * `dep_NAME_commit = 2.12.0`. Read as text; nothing is evaluated.
 */
export interface ErlangMkDependency {
  name: string;
  version?: string;
  dev: boolean;
  line: number;
}

const LISTS: ReadonlyMap<string, boolean> = new Map([["DEPS", false], ["TEST_DEPS", true], ["BUILD_DEPS", true], ["DOC_DEPS", true], ["SHELL_DEPS", true]]);

/** Whether a Makefile is an erlang.mk project's: it includes erlang.mk. */
export function isErlangMk(text: string): boolean {
  return /^[ \t]*-?include[ \t]+(?:\S*\/)?erlang\.mk[ \t]*$|^[ \t]*-?include[ \t]+\$\(if \$\(ERLANG_MK_FILENAME\)/m.test(text);
}

export function readErlangMk(text: string): ErlangMkDependency[] {
  const out: ErlangMkDependency[] = [];
  // Logical lines: a backslash continues one onto the next; each keeps the number of its first.
  const lines: Array<{ text: string; line: number }> = [];
  let open: { text: string; line: number } | undefined;
  textLines(text).forEach((raw, i) => {
    const current = open ?? { text: "", line: i + 1 };
    current.text += ` ${raw.replace(/\\$/, "")}`;
    if (raw.endsWith("\\")) open = current;
    else {
      lines.push(current);
      open = undefined;
    }
  });
  if (open) lines.push(open);
  const specs = new Map<string, string[]>();
  const commits = new Map<string, string>();
  for (const { text: raw } of lines) {
    const line = raw.replace(/#.*$/, "");
    // The value greedy, its trailing blanks trimmed after: a lazy value before `[ \t]*$` tried
    // every split of a long blank run.
    const dep = /^[ \t]*dep_([A-Za-z0-9_]+?)(_commit)?[ \t]*[:?]?=[ \t]*(.*)$/.exec(line);
    if (!dep) continue;
    const value = dep[3]!.trimEnd();
    if (dep[2]) commits.set(dep[1]!, value);
    else specs.set(dep[1]!, value.split(/\s+/));
  }
  const seen = new Set<string>();
  for (const { text: raw, line } of lines) {
    const m = /^[ \t]*([A-Z_]+)[ \t]*\+?[:?]?=[ \t]*(.*)$/.exec(raw.replace(/#.*$/, ""));
    const dev = m ? LISTS.get(m[1]!) : undefined;
    if (!m || dev === undefined) continue;
    for (const name of m[2]!.split(/\s+/).filter((n) => /^[a-z][a-z0-9_]*$/.test(n))) {
      if (seen.has(name)) continue;
      seen.add(name);
      const [fetch, , ref] = specs.get(name) ?? [];
      if (fetch === "ln" || fetch === "cp") continue;
      const pinned = fetch === "hex" ? specs.get(name)![1] : fetch === "git" || fetch === "git-subfolder" ? ref : commits.get(name);
      const version = /^v?(\d+(?:\.\d+)+)$/.exec(pinned ?? "")?.[1];
      out.push({ name, ...(version ? { version } : {}), dev, line });
    }
  }
  return out;
}
