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

const MOD_DIRECTIVES = new Set(["module", "go", "toolchain", "godebug", "require", "replace", "exclude", "retract", "tool", "ignore"]);
const WORK_DIRECTIVES = new Set(["go", "toolchain", "godebug", "use", "replace"]);

/** Reads go.mod: module, go and toolchain directives, require/replace/exclude/tool lines and blocks. */
export function readGoMod(text: string): GoMod {
  const mod: GoMod = { requires: [], replaces: new Map(), excludes: [], tools: [], problems: [] };
  mod.problems.push(...eachDirective(text, MOD_DIRECTIVES, mod, (keyword, words, line, indirect) => {
    if (keyword === "module") mod.module = words[0];
    else if (keyword === "require") {
      if (!(words.length >= 2 && /^v\d/.test(words[1]!))) return "require without a module version";
      mod.requires.push({ path: words[0]!, version: words[1]!, indirect, line });
    } else if (keyword === "tool" && words[0]) mod.tools.push(words[0]);
    else if (keyword === "exclude" && words.length >= 2) mod.excludes.push({ path: words[0]!, version: words[1]! });
    else if (keyword === "replace") {
      const arrow = words.indexOf("=>");
      if (arrow > 0 && words[arrow + 1]) mod.replaces.set(words[0]!, { path: words[arrow + 1]!, version: words[arrow + 2] });
    }
  }));
  if (!mod.module && (mod.requires.length || mod.go)) mod.problems.push("no module directive");
  return mod;
}

/** What a go.work declares: its Go release and the module folders it uses. */
export interface GoWork extends GoRelease {
  /** The `use` directives' folders. */
  uses: string[];
}

/** Reads go.work: the go and toolchain directives, and use lines and blocks. */
export function readGoWork(text: string): GoWork {
  const work: GoWork = { uses: [] };
  eachDirective(text, WORK_DIRECTIVES, work, (keyword, words) => {
    if (keyword === "use" && words[0]) work.uses.push(words[0]);
  });
  return work;
}

/**
 * Each directive of a go.mod or go.work, a block's lines (`require (` ... `)`) each as its keyword's,
 * with its words (unquoted, comments left out), its line and whether a `// indirect` comment marks
 * it. The `go` and `toolchain` directives are set into `release`; the others are handed to `visit`,
 * which returns what is wrong with one, if anything. Returns the problems in line order, as `line N:
 * ...`: those, the lines of no `known` keyword, and a block never closed (the rest is still read).
 */
function eachDirective(text: string, known: ReadonlySet<string>, release: GoRelease, visit: (keyword: string, words: string[], line: number, indirect: boolean) => string | void): string[] {
  const problems: string[] = [];
  let block: string | undefined;
  let blockLine = 0;
  const lines = textLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const indirect = /\/\/\s*indirect\b/.test(raw);
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (!line) continue;
    if (block) {
      if (line === ")") block = undefined;
      else directive(block, line, indirect, i + 1);
      continue;
    }
    const m = /^(\w+)\s*(\()?\s*(.*)$/.exec(line);
    if (!m || !known.has(m[1]!)) {
      problems.push(`line ${i + 1}: not a go.mod directive`);
      continue;
    }
    const [, keyword, open, rest] = m;
    if (open) {
      block = keyword;
      blockLine = i + 1;
    } else directive(keyword!, rest!, indirect, i + 1);
  }
  if (block) problems.push(`line ${blockLine}: ${block} block is never closed`);
  return problems;

  function directive(keyword: string, rest: string, indirect: boolean, line: number): void {
    const words = rest.split(/\s+/).map(unquote);
    if (keyword === "go") [release.go, release.goLine] = [words[0], line];
    else if (keyword === "toolchain") [release.toolchain, release.toolchainLine] = [words[0], line];
    else {
      const problem = visit(keyword, words, line, indirect);
      if (problem) problems.push(`line ${line}: ${problem}`);
    }
  }
}

function unquote(s: string): string {
  return s.replace(/["`]/g, "");
}
