/**
 * rebar3 (Erlang) projects, read as text, never evaluated: rebar.config's `{deps, [...]}` (the
 * top-level one and each profile's) and rebar.lock's locked Hex packages. rebar3 takes its packages
 * from Hex, as Mix does, so they are reported as `hex:` references.
 */

/** One dependency of rebar.config. */
export interface RebarDependency {
  /** The application name, as rebar.lock keys it. */
  name: string;
  /** The Hex package it installs when `{pkg, other}` renames it. */
  hexName?: string;
  /** The version requirement (`"2.12.0"`, `"~> 3.1"`); none for a bare atom. */
  requirement?: string;
  /** The profile it is declared in (`test`), when not the top-level `deps`. */
  profile?: string;
  /** Fetched from a git or hg repository, not from Hex: at no release, save a release tag's. */
  vcs?: boolean;
  /** The release a git source's `{tag, "2.12.0"}` pins. */
  tag?: string;
}

export interface RebarConfig {
  /** Hex dependencies, and git and hg ones (`vcs`); raw sources are left out. */
  deps: RebarDependency[];
  /** `{minimum_otp_vsn, "25"}`: the oldest Erlang/OTP release the project builds with. */
  minimumOtp?: string;
  /** What looked wrong (a term left open at the end of the file). */
  problems: string[];
}

/** rebar.config as text: the Hex dependencies of its `deps` lists and the minimum OTP release. */
export function readRebarConfig(text: string): RebarConfig {
  const out: RebarConfig = { deps: [], problems: [] };
  const { terms, problem } = topLevelTerms(text);
  if (problem) out.problems.push(problem);
  for (const term of terms) {
    const [key, value] = tupleElements(term);
    if (key === "deps" && value !== undefined) addDeps(out, listElements(value));
    else if (key === "minimum_otp_vsn" && value !== undefined) out.minimumOtp = stringValue(value);
    else if (key === "profiles" && value !== undefined) {
      for (const profile of listElements(value)) {
        const [name, options] = tupleElements(profile);
        if (name === undefined || options === undefined) continue;
        for (const option of listElements(options)) {
          const [optionKey, deps] = tupleElements(option);
          if (optionKey === "deps" && deps !== undefined) addDeps(out, listElements(deps), unquoteAtom(name));
        }
      }
    }
  }
  return out;
}

/** Each element of a `deps` list read (a profile's when `profile` is named), a dependency already listed in that profile kept once. */
function addDeps(out: RebarConfig, elements: string[], profile?: string): void {
  // Each profile's dependency once (a list repeating one keeps the first).
  const seen = new Set(out.deps.map((d) => `${d.profile ?? ""}:${d.name}`));
  for (const element of elements) {
    const dep = readDependency(element);
    if (!dep) continue;
    if (profile !== undefined) dep.profile = profile;
    const key = `${dep.profile ?? ""}:${dep.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.deps.push(dep);
  }
}

/** One element of a `deps` list: a bare atom (`cowboy`) or a tuple (`{cowboy, "2.12.0"}`); undefined for a source no registry or repository gives. */
function readDependency(element: string): RebarDependency | undefined {
  const atom = atomValue(element);
  if (atom !== undefined) return { name: atom };
  const [name, ...rest] = tupleElements(element);
  const app = name === undefined ? undefined : atomValue(name);
  if (app === undefined) return undefined;
  const dep: RebarDependency = { name: app };
  for (const part of rest) {
    const version = stringValue(part);
    if (version !== undefined) dep.requirement = version;
    else if (!readSource(dep, part)) return undefined;
  }
  if (dep.hexName === dep.name) delete dep.hexName;
  // rebar2's `{eredis, ".*", {git, ...}}`: the string is a pattern over the tag, not a release.
  if (dep.vcs) delete dep.requirement;
  return dep;
}

/**
 * A dependency tuple's source part, noted on `dep`: false for one that leaves the dependency out.
 * `{pkg, cowboy_fork}` installs another Hex package. `{git, Url, Ref}`, `{git_subdir, ...}` and
 * `{hg, ...}` fetch the library from its repository under its application's name (`{eredis, {git,
 * ...}}` is still the Redis client): it is named at no release (a ref is none). Anything else
 * (rebar2's `{raw, ...}`, a plugin's own source) is left out.
 */
function readSource(dep: RebarDependency, part: string): boolean {
  const [source, pkg, ref] = tupleElements(part);
  if (source === "pkg" && pkg !== undefined) dep.hexName = atomValue(pkg);
  else if (source === "git" || source === "git_subdir" || source === "hg") {
    dep.vcs = true;
    // `{tag, "2.12.0"}` (or "v2.12.0") pins that release; a branch or ref pins none.
    const [refKind, refValue] = tupleElements(ref ?? "");
    const tag = refKind === "tag" && refValue !== undefined ? /^v?(\d+(?:\.\d+)+)$/.exec(stringValue(refValue) ?? "")?.[1] : undefined;
    if (tag) dep.tag = tag;
  } else if (source !== undefined) return false;
  return true;
}

/** A rebar.lock package: the Hex package its application installs, at the release locked. */
export interface RebarLockedPackage {
  registryName: string;
  version: string;
}

/**
 * rebar.lock's Hex packages by application name: `{<<"cowboy">>,{pkg,<<"cowboy">>,<<"2.12.0">>},0}`
 * gives cowboy 2.12.0 (the trailing level, 0 for a declared dependency, is not kept). Both layouts:
 * the bare list of rebar3 before 3.5 and the `{"1.2.0", [...]}` one after.
 */
export function readRebarLock(text: string): Map<string, RebarLockedPackage> {
  const out = new Map<string, RebarLockedPackage>();
  const entry = /\{\s*<<"([^"]+)">>\s*,\s*\{\s*pkg\s*,\s*<<"([^"]+)">>\s*,\s*<<"([^"]+)">>(?:\s*,\s*<<"[^"]*">>)*\s*\}\s*,\s*\d+\s*\}/g;
  for (const m of text.matchAll(entry)) out.set(m[1]!, { registryName: m[2]!, version: m[3]! });
  return out;
}

/**
 * The top-level terms of an Erlang terms file (each ends with a full stop), comments dropped,
 * strings and quoted atoms kept whole. A term left open at the end is reported as a problem.
 */
function topLevelTerms(text: string): { terms: string[]; problem?: string } {
  const terms: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "%") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end - 1;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = closingQuote(text, i);
      current += text.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === "$" && i + 1 < text.length) {
      // A character literal ($", $%, $\n): two characters (three when escaped), never a delimiter.
      const width = text[i + 1] === "\\" ? 3 : 2;
      current += text.slice(i, i + width);
      i += width - 1;
      continue;
    }
    if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth = Math.max(0, depth - 1);
    // A full stop ends a term where whitespace, a comment or the end follows it (not `1.5`).
    if (c === "." && depth === 0 && /^(?:\s|%|$)/.test(text.slice(i + 1, i + 2))) {
      if (current.trim()) terms.push(current.trim());
      current = "";
      continue;
    }
    current += c;
  }
  return current.trim() ? { terms, problem: "the last term has no closing full stop or an unclosed bracket" } : { terms };
}

/** The index of the quote closing the string or quoted atom opened at `start` (backslash escapes). */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return text.length - 1;
}

/** The comma-separated elements of `{...}` (none when `term` is not a tuple). */
function tupleElements(term: string): string[] {
  const t = term.trim();
  return t.startsWith("{") && t.endsWith("}") ? splitTop(t.slice(1, -1)) : [];
}

/** The comma-separated elements of `[...]` (none when `term` is not a list). */
function listElements(term: string): string[] {
  const t = term.trim();
  return t.startsWith("[") && t.endsWith("]") ? splitTop(t.slice(1, -1)) : [];
}

/** Splits at the commas outside brackets and strings. */
function splitTop(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '"' || c === "'") i = closingQuote(inner, i);
    else if (c === "$") i += inner[i + 1] === "\\" ? 2 : 1;
    else if (c === "{" || c === "[" || c === "(") depth++;
    else if (c === "}" || c === "]" || c === ")") depth--;
    else if (c === "," && depth === 0) {
      parts.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

/** `cowboy` or `'cowboy'`: the atom's name; undefined for anything else. */
function atomValue(term: string): string | undefined {
  const t = term.trim();
  if (/^[a-z][A-Za-z0-9_@]*$/.test(t)) return t;
  const quoted = /^'((?:[^'\\]|\\.)*)'$/.exec(t);
  return quoted ? quoted[1] : undefined;
}

function unquoteAtom(term: string): string {
  return atomValue(term) ?? term.trim();
}

/** `"2.12.0"` or `<<"2.12.0">>`: the string; undefined for anything else. */
function stringValue(term: string): string | undefined {
  const m = /^(?:<<)?"((?:[^"\\]|\\.)*)"(?:>>)?$/.exec(term.trim());
  return m ? m[1] : undefined;
}
