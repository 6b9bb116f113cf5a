import { textLines } from "../../src/kit.js";
/** The Go release a go.mod or go.work names: its `go` and `toolchain` directives. */
export interface GoRelease {
  go?: string;
  /** The line of the `go` directive. */
  goLine?: number;
  toolchain?: string;
  /** The line of the `toolchain` directive. */
  toolchainLine?: number;
}

/** What a go.mod declares. */
export interface GoMod extends GoRelease {
  module?: string;
  requires: Array<{ path: string; version: string; indirect: boolean; line: number }>;
  replaces: Map<string, { path: string; version?: string }>;
  excludes: Array<{ path: string; version: string }>;
  /** Go 1.24's `tool` directives: the package paths of the commands `go tool` runs (their modules are required `// indirect`). */
  tools: string[];
  /** Lines that are not go.mod syntax, as `line N: ...` (the rest is still read). */
  problems: string[];
}

const DIRECTIVES = new Set(["module", "go", "toolchain", "godebug", "require", "replace", "exclude", "retract", "tool", "ignore"]);

/** Reads go.mod: module, go and toolchain directives, require/replace/exclude/tool lines and blocks. */
export function readGoMod(text: string): GoMod {
  const mod: GoMod = { requires: [], replaces: new Map(), excludes: [], tools: [], problems: [] };
  let block: string | undefined;
  let blockLine = 0;
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (!line) continue;
    if (block) {
      if (line === ")") {
        block = undefined;
        continue;
      }
      directive(block, line, indirect, i + 1);
      continue;
    }
    const m = /^(\w+)\s*(\()?\s*(.*)$/.exec(line);
    if (!m || !DIRECTIVES.has(m[1]!)) {
      mod.problems.push(`line ${i + 1}: not a go.mod directive`);
      continue;
    }
    const [, keyword, open, rest] = m;
    if (open) {
      block = keyword;
      blockLine = i + 1;
    } else directive(keyword!, rest!, indirect, i + 1);
  }
  if (block) mod.problems.push(`line ${blockLine}: ${block} block is never closed`);
  if (!mod.module && (mod.requires.length || mod.go)) mod.problems.push("no module directive");
  return mod;

  function directive(keyword: string, rest: string, indirect: boolean, line: number): void {
    const words = rest.split(/\s+/).map(unquote);
    if (keyword === "module") mod.module = words[0];
    else if (keyword === "go") [mod.go, mod.goLine] = [words[0], line];
    else if (keyword === "toolchain") [mod.toolchain, mod.toolchainLine] = [words[0], line];
    else if (keyword === "require") {
      if (words.length >= 2 && /^v\d/.test(words[1]!)) mod.requires.push({ path: words[0]!, version: words[1]!, indirect, line });
      else mod.problems.push(`line ${line}: require without a module version`);
    } else if (keyword === "tool" && words[0]) mod.tools.push(words[0]);
    else if (keyword === "exclude" && words.length >= 2) mod.excludes.push({ path: words[0]!, version: words[1]! });
    else if (keyword === "replace") {
      const arrow = words.indexOf("=>");
      if (arrow > 0 && words[arrow + 1]) mod.replaces.set(words[0]!, { path: words[arrow + 1]!, version: words[arrow + 2] });
    }
  }
}

/** What a go.work declares: its Go release and the module folders it uses. */
export interface GoWork extends GoRelease {
  /** The `use` directives' folders. */
  uses: string[];
}

/** Reads go.work: the go and toolchain directives, and use lines and blocks. */
export function readGoWork(text: string): GoWork {
  const work: GoWork = { uses: [] };
  let inUse = false;
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\/\/.*$/, "").trim();
    if (inUse) {
      if (line === ")") inUse = false;
      else if (line) work.uses.push(unquote(line));
    } else if (/^use\s*\($/.test(line)) inUse = true;
    else if (/^use\s+/.test(line)) work.uses.push(unquote(line.slice(3).trim()));
    else if (/^go\s/.test(line)) [work.go, work.goLine] = [unquote(line.split(/\s+/)[1]!), i + 1];
    else if (/^toolchain\s/.test(line)) [work.toolchain, work.toolchainLine] = [unquote(line.split(/\s+/)[1]!), i + 1];
  }
  return work;
}

function unquote(s: string): string {
  return s.replace(/["`]/g, "");
}
