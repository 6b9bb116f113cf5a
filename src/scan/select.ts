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
  /** Base-name globs, each with the longest literal run a matching name must contain. */
  private readonly byBase: Array<[RegExp, number, string]> = [];
  private readonly byFirstFolder = new Map<string, Array<[RegExp, number]>>();
  /** Path patterns that start with a glob but end with a literal name, keyed by that name (META-INF's persistence.xml). */
  private readonly byLastName = new Map<string, Array<[RegExp, number]>>();
  /** Root globs (`/*.yml`): tried on paths without a folder only. */
  private readonly rootGlobs: Array<[RegExp, number, string]> = [];
  /** Any other path pattern (a requirements folder's `*.txt` at any depth), with the longest literal run a matching path must contain. */
  private readonly byPath: Array<[RegExp, number, string]> = [];

  add(pattern: string, owner: number): void {
    const rooted = pattern.startsWith("/");
    for (const expanded of expandBraces(pattern.replace(/^\.?\//, ""))) this.addOne(expanded, owner, rooted);
  }

  /** The owners whose patterns match, each once, in ascending order. */
  match(path: string): number[] {
    const slash = path.lastIndexOf("/");
    const base = slash < 0 ? path : path.slice(slash + 1);
    let out: number[] | undefined;
    const push = (owners: readonly number[] | undefined): void => {
      if (owners) for (const o of owners) (out ??= []).push(o);
    };
    push(this.literal.get(base));
    if (slash < 0) push(this.rootLiteral.get(path));
    for (let dot = base.indexOf(".", 1); dot >= 0; dot = base.indexOf(".", dot + 1)) push(this.byExtension.get(base.slice(dot)));
    for (const [regex, owner, needle] of this.byBase) if (base.includes(needle) && regex.test(base)) (out ??= []).push(owner);
    if (slash >= 0) {
      const first = path.slice(0, path.indexOf("/"));
      for (const [regex, owner] of this.byFirstFolder.get(first) ?? []) if (regex.test(path)) (out ??= []).push(owner);
    }
    for (const [regex, owner] of this.byLastName.get(base) ?? []) if (regex.test(path)) (out ??= []).push(owner);
    if (slash < 0) for (const [regex, owner, needle] of this.rootGlobs) if (path.includes(needle) && regex.test(path)) (out ??= []).push(owner);
    for (const [regex, owner, needle] of this.byPath) if (path.includes(needle) && regex.test(path)) (out ??= []).push(owner);
    if (!out) return [];
    return out.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
  }

  private addOne(pattern: string, owner: number, rooted: boolean): void {
    if (rooted && !pattern.includes("/")) {
      if (!GLOB_CHARS.test(pattern)) return addTo(this.rootLiteral, pattern, owner);
      this.rootGlobs.push([picomatch.makeRe(pattern, { dot: true }), owner, longestLiteral(pattern)]);
      return;
    }
    if (!pattern.includes("/")) {
      if (!GLOB_CHARS.test(pattern)) return addTo(this.literal, pattern, owner);
      const ext = /^\*(\.[^*?[\]{}()!+@]+)$/.exec(pattern);
      if (ext) return addTo(this.byExtension, ext[1]!, owner);
      this.byBase.push([picomatch.makeRe(pattern, { dot: true }), owner, longestLiteral(pattern)]);
      return;
    }
    const regex = picomatch.makeRe(pattern, { dot: true });
    const first = pattern.slice(0, pattern.indexOf("/"));
    const last = pattern.slice(pattern.lastIndexOf("/") + 1);
    if (!GLOB_CHARS.test(first)) addRegex(this.byFirstFolder, first, regex, owner);
    else if (!GLOB_CHARS.test(last)) addRegex(this.byLastName, last, regex, owner);
    else this.byPath.push([regex, owner, longestLiteral(pattern)]);
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

function addRegex(map: Map<string, Array<[RegExp, number]>>, key: string, regex: RegExp, owner: number): void {
  const list = map.get(key) ?? [];
  list.push([regex, owner]);
  map.set(key, list);
}

function addTo(map: Map<string, number[]>, key: string, owner: number): void {
  const owners = map.get(key) ?? [];
  if (!owners.includes(owner)) owners.push(owner);
  map.set(key, owners);
}

/** `a{b,c}d{e,f}` -> abde, abdf, acde, acdf; nested braces are left to the glob engine. */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m || !m[1]!.includes(",")) return [pattern];
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return m[1]!.split(",").flatMap((option) => expandBraces(head + option + tail));
}
