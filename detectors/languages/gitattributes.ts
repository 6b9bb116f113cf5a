import type { DetectContext } from "../../src/types.js";
import { addToGroup, boundedPicomatch, compareCodeUnits, dirOf, MAX_PICOMATCH_STARS, messageOf, repositoryGlob, textLines } from "../../src/kit.js";

/** What a `.gitattributes` line says about linguist for the paths it matches. */
export interface LinguistOverride {
  match: (path: string) => boolean;
  /**
   * A pattern without glob characters, the path (with a slash) or base name (without) it is equal
   * to: `overridesFor` finds such rules by lookup, so a generated file listing thousands of paths
   * is not tested against every file.
   */
  literal?: { path: string } | { base: string };
  vendored?: boolean;
  generated?: boolean;
  documentation?: boolean;
  /** `linguist-detectable=false` (or `-linguist-detectable`): the files' language is left out of the bar whatever else says. */
  detectable?: boolean;
  language?: string;
}

/** The linguist rules of the lines that match a path (`base` its base name), in file order. */
export type LinguistRules = (path: string, base: string) => LinguistOverride[];

/**
 * The rules of the tree's .gitattributes files, read in path order, or undefined where none says
 * anything of linguist. A line left out is a warning.
 */
export async function readLinguistRules(ctx: DetectContext): Promise<LinguistRules | undefined> {
  const overrides: LinguistOverride[] = [];
  const attributeFiles = (ctx.byExtension.get(".gitattributes") ?? []).filter((p) => p === ".gitattributes" || p.endsWith("/.gitattributes")).sort(compareCodeUnits);
  for (const file of attributeFiles) {
    const text = await ctx.text(file);
    const skipped = (line: number, reason: string) => ctx.warn(file, `line ${line} left out: ${reason.slice(0, 120)}`);
    if (text !== undefined) for (const rule of readGitattributes(text, dirOf(file), skipped)) overrides.push(rule); // not push(...): 200,000 rules overflow the stack
  }
  return overrides.length ? overridesFor(overrides) : undefined;
}

/**
 * Reads the linguist attributes of a .gitattributes file in folder `dir` ("" at the root):
 * `linguist-vendored`, `linguist-generated`, `linguist-documentation` (set, `=true`, `=false`,
 * or unset with `-`), `linguist-detectable` and `linguist-language=Name`. A glob pattern the engine refuses (one longer
 * than its 65,536 characters) is left out and told to `skipped` with its line.
 */
export function readGitattributes(text: string, dir: string, skipped: (line: number, reason: string) => void = () => {}): LinguistOverride[] {
  const out: LinguistOverride[] = [];
  textLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const [pattern, ...attrs] = line.split(/\s+/);
    if (!pattern || attrs.length === 0) return;
    const override = linguistOverride(attrs);
    if (!override) return;
    try {
      setPattern(override, pattern, dir);
    } catch (error) {
      skipped(i + 1, messageOf(error));
      return;
    }
    out.push(override);
  });
  return out;
}

/** A line's linguist attributes, matching no path yet; undefined where it sets none. */
function linguistOverride(attrs: readonly string[]): LinguistOverride | undefined {
  const override: LinguistOverride = { match: () => false };
  let relevant = false;
  for (const attr of attrs) {
    const m = /^(-|!)?linguist-(vendored|generated|documentation|detectable|language)(?:=(.*))?$/.exec(attr);
    if (!m) continue;
    relevant = true;
    const [, unset, key, value] = m;
    if (key === "language") {
      if (value) override.language = value.toLowerCase();
    } else {
      override[key as "vendored" | "generated" | "documentation" | "detectable"] = !unset && value !== "false";
    }
  }
  return relevant ? override : undefined;
}

/** The paths the line's pattern matches, in the file in folder `dir`; throws for a pattern the engine refuses. */
function setPattern(override: LinguistOverride, pattern: string, dir: string): void {
  if (!pattern.endsWith("/") && !GLOB_CHARACTERS.test(pattern)) {
    // No glob to compile: the path, or a base name below the file's folder, compared as text.
    const prefix = dir ? `${dir}/` : "";
    if (pattern.includes("/")) {
      const path = prefix + pattern.replace(/^\//, "");
      override.literal = { path };
      override.match = (p) => p === path;
    } else {
      override.literal = { base: pattern };
      const inFolder = `/${pattern}`;
      override.match = (p) => (!prefix || p.startsWith(prefix)) && (p === pattern || p.endsWith(inFolder));
    }
  } else override.match = matcher(pattern, dir);
}

/** The longest pattern matched (picomatch's own limit). */
const MAX_PATTERN = 65_536;

/** What makes a pattern a glob for picomatch (wildcards, classes, braces, extglobs, negation, escapes). */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;

/**
 * The rules that apply to each path, in their order (later lines win, as in git): those of literal
 * patterns found by lookup, the others tested one by one.
 */
export function overridesFor(overrides: readonly LinguistOverride[]): LinguistRules {
  const byPath = new Map<string, number[]>();
  const byBase = new Map<string, number[]>();
  const globs: number[] = [];
  overrides.forEach((o, i) => {
    const literal = o.literal;
    if (literal && "path" in literal) addToGroup(byPath, literal.path, i);
    else if (literal) addToGroup(byBase, literal.base, i);
    else globs.push(i);
  });
  if (byPath.size === 0 && byBase.size === 0) return (path) => overrides.filter((o) => o.match(path));
  return (path, base) => {
    const found: number[] = [];
    for (const i of byPath.get(path) ?? []) found.push(i);
    // A base-name rule of a folder's .gitattributes applies below that folder only.
    for (const i of byBase.get(base) ?? []) if (overrides[i]!.match(path)) found.push(i);
    for (const i of globs) if (overrides[i]!.match(path)) found.push(i);
    return found.sort((a, b) => a - b).map((i) => overrides[i]!);
  };
}

function matcher(pattern: string, dir: string): (path: string) => boolean {
  // A pattern ending in a slash matches folders only, and git's attributes of a folder do not
  // reach the files inside it (gitattributes(5): write `path/**`), so it matches no file.
  if (pattern.endsWith("/")) return () => false;
  // A pattern with a slash is anchored at the file's folder; one without matches base names anywhere below.
  const glob = pattern.replace(/^\//, "");
  if (glob.length > MAX_PATTERN) throw new Error(`the pattern is longer than ${MAX_PATTERN} characters`);
  const basename = !pattern.includes("/");
  // Stars and question marks only, as nearly every rule is written: matched segment by segment
  // (kit's repositoryGlob), never by a regular expression that backtracks (picomatch's took 94 s
  // for `*a*a*a*a*a*a*a*a*a*b` against one name of 60 characters).
  const simple = repositoryGlob(glob);
  let test: (path: string) => boolean;
  if (simple) test = basename ? (path) => simple(path.slice(path.lastIndexOf("/") + 1)) : simple;
  else {
    // Classes, braces and extglobs go to picomatch, with few enough stars that its backtracking stays small.
    const bounded = boundedPicomatch(glob, { basename });
    if (!bounded) throw new Error(`more than ${MAX_PICOMATCH_STARS} wildcards beside a class or brace`);
    test = bounded;
  }
  const prefix = dir ? `${dir}/` : "";
  return (path) => {
    if (prefix && !path.startsWith(prefix)) return false;
    return test(path.slice(prefix.length));
  };
}
