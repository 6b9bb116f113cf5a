import picomatch from "picomatch";

/**
 * Which owners (detectors, file matchers) want a path. Literal base names (`package.json`) are
 * a map hit; other patterns are compiled once and tested against the base name (patterns without
 * `/`) or the whole path.
 */
export class PatternIndex {
  private readonly literal = new Map<string, number[]>();
  private readonly byBase: Array<[RegExp, number]> = [];
  private readonly byPath: Array<[RegExp, number]> = [];

  add(pattern: string, owner: number): void {
    const isBase = !pattern.includes("/");
    if (isBase && !/[*?[\]{}()!+@]/.test(pattern)) {
      const owners = this.literal.get(pattern) ?? [];
      if (!owners.includes(owner)) owners.push(owner);
      this.literal.set(pattern, owners);
      return;
    }
    const regex = picomatch.makeRe(pattern.replace(/^\.?\//, ""), { dot: true });
    (isBase ? this.byBase : this.byPath).push([regex, owner]);
  }

  /** The owners whose patterns match, each once, in ascending order. */
  match(path: string): number[] {
    const base = path.slice(path.lastIndexOf("/") + 1);
    const hit = this.literal.get(base);
    let out: number[] | undefined = hit ? [...hit] : undefined;
    for (const [regex, owner] of this.byBase) if (regex.test(base)) (out ??= []).push(owner);
    for (const [regex, owner] of this.byPath) if (regex.test(path)) (out ??= []).push(owner);
    if (!out) return [];
    return out.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
  }
}
