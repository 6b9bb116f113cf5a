/**
 * Conan's files, read as text: a conanfile.txt's `[requires]` and tool sections, a conanfile.py's
 * `requires` attributes and `self.requires(...)` calls (never run), and the exact releases a
 * conan.lock records (Conan 2's `requires` lists and Conan 1's `graph_lock` nodes).
 */
import { isRecord, lineCounter, textLines } from "../../src/kit.js";

/** One reference `name/version[@user/channel][#revision]`; `version` may be a range `[>=1.2 <2]`. */
export interface ConanRequirement {
  name: string;
  declared: string;
  /** For the build or the tests only (`tool_requires`, `build_requires`, `test_requires`). */
  dev: boolean;
  line: number;
}

const REFERENCE = /^([a-z0-9_][a-z0-9_+.-]*)\/(\[[^\]]*\]|[^@#\s/]+)/i;
const DEV_SECTIONS = new Set(["tool_requires", "build_requires", "test_requires"]);

/** The references of a conanfile.txt's `[requires]`, `[tool_requires]`, `[build_requires]` and `[test_requires]`. */
export function readConanfileTxt(text: string): ConanRequirement[] {
  const out: ConanRequirement[] = [];
  let section = "";
  textLines(text).forEach((raw, index) => {
    const line = raw.replace(/#.*/, "").trim();
    const header = /^\[([\w]+)\]$/.exec(line);
    if (header) section = header[1]!.toLowerCase();
    else if (section === "requires" || DEV_SECTIONS.has(section)) {
      const ref = REFERENCE.exec(line);
      if (ref) out.push({ name: ref[1]!, declared: ref[2]!, dev: section !== "requires", line: index + 1 });
    }
  });
  return out;
}

const PY_ATTRIBUTE = /^[ \t]*(requires|tool_requires|build_requires|test_requires)\s*=\s*/gm;
const PY_CALL = /\bself\.(requires|tool_requires|build_requires|test_requires)\s*\(\s*(["'])([^"']*)\2/g;

/**
 * The references of a conanfile.py: class attributes (`requires = "a/1.0", "b/2.0"`, a tuple or a
 * list, over several lines) and calls in `requirements()` / `build_requirements()`. An f-string or
 * a reference built from variables names no version and is left out.
 */
export function readConanfilePy(text: string): ConanRequirement[] {
  const out: ConanRequirement[] = [];
  const attributeLine = lineCounter(text);
  for (const m of text.matchAll(PY_ATTRIBUTE)) {
    const dev = m[1] !== "requires";
    const start = m.index! + m[0].length;
    for (const s of attributeStrings(text, start)) {
      const ref = REFERENCE.exec(s.value);
      if (ref && !s.value.includes("{")) out.push({ name: ref[1]!, declared: ref[2]!, dev, line: attributeLine(s.offset) });
    }
  }
  const callLine = lineCounter(text);
  for (const m of text.matchAll(PY_CALL)) {
    const ref = REFERENCE.exec(m[3]!);
    if (ref && !m[3]!.includes("{")) out.push({ name: ref[1]!, declared: ref[2]!, dev: m[1] !== "requires", line: callLine(m.index!) });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The string literals of one attribute's value: a single string, or a bracketed list up to its closing bracket. */
function attributeStrings(text: string, start: number): Array<{ value: string; offset: number }> {
  const open = text[start];
  const bracketed = open === "(" || open === "[";
  const close = bracketed ? text.indexOf(open === "(" ? ")" : "]", start) : text.indexOf("\n", start);
  const end = close < 0 ? Math.min(text.length, start + 4096) : Math.min(close, start + 4096);
  const out: Array<{ value: string; offset: number }> = [];
  for (const m of text.slice(start, end).matchAll(/(["'])([^"'\n]*)\1/g)) out.push({ value: m[2]!, offset: start + m.index! });
  return out;
}

/** name -> the release a conan.lock locked it at. */
export function readConanLock(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const take = (ref: unknown) => {
    if (typeof ref !== "string") return;
    const m = REFERENCE.exec(ref);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  };
  if (!isRecord(data)) return out;
  // Conan 2: { "version": "0.5", "requires": ["zlib/1.3.1#rev%time"], "build_requires": [...] }
  for (const key of ["requires", "build_requires", "python_requires"]) {
    const list = data[key];
    if (Array.isArray(list)) list.forEach(take);
  }
  // Conan 1: { "graph_lock": { "nodes": { "1": { "ref": "zlib/1.2.11#rev" } } } }
  const nodes = isRecord(data.graph_lock) ? data.graph_lock.nodes : undefined;
  if (isRecord(nodes)) for (const node of Object.values(nodes)) if (isRecord(node)) take(node.ref);
  return out;
}

/**
 * The release a reference's version asks for: the version itself, or a range's lowest
 * (`[>=1.80 <2]`, `[~1.2]`, `[^3.0]`); none for `system` or a range with no lower end.
 */
export function conanRelease(declared: string): string | undefined {
  if (!declared.startsWith("[")) return /^\d/.test(declared) ? declared : undefined;
  for (const token of declared.slice(1, -1).split(/[\s,]+/)) {
    const lowest = /^(?:>=|~|\^|=)?v?(\d[\w.-]*)$/.exec(token)?.[1];
    if (lowest) return lowest;
  }
  return undefined;
}
