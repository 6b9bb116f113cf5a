import picomatch from "picomatch";

/**
 * Which owners (detectors, file matchers) want a path, in one pass per path with no per-pattern
 * work for the common cases: literal base names (`package.json`) and extensions (`*.csproj`)
 * are map hits, path patterns are only tried on paths under their literal first folder
 * (`.github/...`), and braces are expanded first so `{a,b}` alternatives become literals.
 * A pattern without `/` matches a base name in any folder; a leading `/` anchors it at the root
 * (`/.travis.yml`: the file the service reads, not a copy in an example folder).
 */
export class PatternIndex {
  private readonly literal = new Map<string, number[]>();
  private readonly rootLiteral = new Map<string, number[]>();
  private readonly byExtension = new Map<string, number[]>();
  /** Base-name globs, grouped by the longest literal run a matching name must contain. */
  private readonly byBase = new GlobGroups();
  private readonly byFirstFolder = new Map<string, Glob[]>();
  /** Path patterns that start with a glob but end with a literal name, keyed by that name (WEB-INF's faces-config.xml). */
  private readonly byLastName = new Map<string, Glob[]>();
  /** Root globs (`/*.yml`): tried on paths without a folder only, grouped by their literal run. */
  private readonly rootGlobs = new GlobGroups();
  /** Any other path pattern (a requirements folder's `*.txt` at any depth), grouped by the longest literal run a matching path must contain. */
  private readonly byPath = new GlobGroups();

  add(pattern: string, owner: number): void {
    const rooted = pattern.startsWith("/");
    for (const expanded of expandBraces(pattern.replace(/^\.?\//, ""))) this.addOne(expanded, owner, rooted);
  }

  /** The owners whose patterns match, each once, in ascending order. */
  match(path: string): readonly number[] {
    // Called for every listed path, most of which match nothing: no closure or copy per call,
    // and each group of globs sharing a literal run is passed over with one substring test.
    const slash = path.lastIndexOf("/");
    const base = slash < 0 ? path : path.slice(slash + 1);
    let out: number[] | undefined;
    const literal = this.literal.get(base);
    if (literal) out = [...literal];
    if (slash < 0) {
      const root = this.rootLiteral.get(path);
      if (root) out = out ? out.concat(root) : [...root];
    }
    for (let dot = base.indexOf(".", 1); dot >= 0; dot = base.indexOf(".", dot + 1)) {
      const owners = this.byExtension.get(base.slice(dot));
      if (owners) out = out ? out.concat(owners) : [...owners];
    }
    out = this.byBase.test(base, out);
    if (slash >= 0) out = testAll(this.byFirstFolder.get(path.slice(0, path.indexOf("/"))), path, out);
    out = testAll(this.byLastName.get(base), path, out);
    if (slash < 0) out = this.rootGlobs.test(path, out);
    out = this.byPath.test(path, out);
    if (!out) return NONE;
    return out.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
  }

  private addOne(pattern: string, owner: number, rooted: boolean): void {
    if (rooted && !pattern.includes("/")) {
      if (!GLOB_CHARS.test(pattern)) return addTo(this.rootLiteral, pattern, owner);
      this.rootGlobs.add(longestLiteral(pattern), new Glob(pattern, owner));
      return;
    }
    if (!pattern.includes("/")) {
      if (!GLOB_CHARS.test(pattern)) return addTo(this.literal, pattern, owner);
      const ext = /^\*(\.[^*?[\]{}()!+@]+)$/.exec(pattern);
      if (ext) return addTo(this.byExtension, ext[1]!, owner);
      this.byBase.add(longestLiteral(pattern), new Glob(pattern, owner));
      return;
    }
    const glob = new Glob(pattern, owner);
    const first = pattern.slice(0, pattern.indexOf("/"));
    const last = pattern.slice(pattern.lastIndexOf("/") + 1);
    if (!GLOB_CHARS.test(first)) addGlob(this.byFirstFolder, first, glob);
    else if (!GLOB_CHARS.test(last)) addGlob(this.byLastName, last, glob);
    else this.byPath.add(longestLiteral(pattern), glob);
  }
}

/** The longest run of a glob without glob characters: a cheap test every match must pass first. */
function longestLiteral(pattern: string): string {
  // Character classes, brace alternatives and extglob groups stand for text of their own: cut them out whole.
  const bare = pattern.replace(/\[[^\]]*\]|\{[^}]*\}|[@!+*?]\([^)]*\)/g, "*");
  // Split at "/" too: `**/` may stand for no folder at all, so "/requirements/" is not a needle.
  return bare.split(/[*?[\]{}()!+@|/]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
}

const GLOB_CHARS = /[*?[\]{}()!+@]/;
/** What most paths match: one shared empty answer. */
const NONE: readonly number[] = Object.freeze([]);

/**
 * A glob and its owner. Its regular expression is made when a path first reaches it: most globs
 * are never tried in a scan (no path has their literal run or first folder), and making all of
 * them up front cost a small repository's scan a sixth of its time.
 */
class Glob {
  private regex: RegExp | undefined;

  constructor(
    private readonly pattern: string,
    readonly owner: number,
  ) {}

  test(text: string): boolean {
    return (this.regex ??= picomatch.makeRe(this.pattern, { dot: true })).test(text);
  }
}

/** Adds the owners of the globs that match `text` to `out`. */
function testAll(globs: readonly Glob[] | undefined, text: string, out: number[] | undefined): number[] | undefined {
  if (globs) for (const glob of globs) if (glob.test(text)) (out ??= []).push(glob.owner);
  return out;
}

/**
 * Globs grouped by a literal run every match must contain: one regular expression made of the
 * runs tells whether any group can match (most names and paths contain none of them), and only
 * the groups whose run is there are tried.
 */
class GlobGroups {
  private readonly groups = new Map<string, Glob[]>();
  private any: RegExp | undefined;

  add(needle: string, glob: Glob): void {
    addGlob(this.groups, needle, glob);
    this.any = undefined;
  }

  /** Adds the owners of the globs that match `text` to `out`. */
  test(text: string, out: number[] | undefined): number[] | undefined {
    if (this.groups.size === 0) return out;
    this.any ??= new RegExp([...this.groups.keys()].map((needle) => needle.replace(/[\\^$.*+?()[\]{}|\/]/g, "\\$&")).join("|"));
    if (!this.any.test(text)) return out;
    for (const [needle, globs] of this.groups) if (text.includes(needle)) out = testAll(globs, text, out);
    return out;
  }
}

function addGlob(map: Map<string, Glob[]>, key: string, glob: Glob): void {
  const list = map.get(key) ?? [];
  list.push(glob);
  map.set(key, list);
}

function addTo(map: Map<string, number[]>, key: string, owner: number): void {
  const owners = map.get(key) ?? [];
  if (!owners.includes(owner)) owners.push(owner);
  map.set(key, owners);
}

/** The most literal patterns one pattern's braces are expanded into; past it the glob engine reads them. */
const MAX_EXPANSIONS = 256;

/**
 * `a{b,c}d{e,f}` -> abde, abdf, acde, acdf; nested braces are left to the glob engine, and so is a
 * pattern that would expand into more than MAX_EXPANSIONS (`{a,b}` 24 times over, in a repository's
 * catalog file, is 16 million patterns: the scan never ended).
 */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const expand = (p: string): boolean => {
    const m = /\{([^{}]*)\}/.exec(p);
    if (!m || !m[1]!.includes(",")) return out.push(p) <= MAX_EXPANSIONS;
    const head = p.slice(0, m.index);
    const tail = p.slice(m.index + m[0].length);
    return m[1]!.split(",").every((option) => expand(head + option + tail));
  };
  return expand(pattern) ? out : [pattern];
}
