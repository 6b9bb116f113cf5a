import type { AttributedFinding } from "../scan/run.js";
import { addToGroup } from "../kit.js";

/**
 * The ranks' keys, built one rank at a time over the findings of one entry: a column of numbers
 * per rank (lower is better), or, narrowed to the best alone, the findings still standing.
 * Each rank is a key of one finding (`each`) or of the class of findings it ties with so far
 * (`tied`: one package, one file's module), so the order is total and does not hang on the order
 * the findings come in.
 */
export class RankColumns {
  /** One column of keys per rank, for the whole order. */
  readonly keys: Float64Array[] = [];
  /**
   * The findings still standing: all of them for the whole order; for the best alone (`narrow`),
   * those best on every key so far, which all tie so far and so make one class.
   */
  live: number[];
  /** Which findings tie on every key so far, as one number each (the index of its class's first). */
  private tiedSoFar: Int32Array;
  private readonly n: number;

  constructor(
    private readonly found: readonly AttributedFinding[],
    private readonly narrow: boolean,
  ) {
    this.n = found.length;
    this.live = Array.from({ length: this.n }, (_, i) => i);
    this.tiedSoFar = new Int32Array(this.n);
  }

  /** A rank keyed by each finding alone. */
  each(key: (f: AttributedFinding, i: number) => number): void {
    const { found } = this;
    if (this.narrow) {
      const live = this.live;
      if (live.length < 2) return;
      // One pass for the values and the least; the standing ones copied only where some differ.
      const values = new Float64Array(live.length);
      let least = Infinity;
      let differ = false;
      for (let k = 0; k < live.length; k++) {
        const v = (values[k] = key(found[live[k]!]!, live[k]!));
        if (k > 0 && v !== values[0]) differ = true;
        if (v < least) least = v;
      }
      if (differ) this.live = live.filter((_, k) => values[k] === least);
      return;
    }
    const column = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) column[i] = key(found[i]!, i);
    this.keys.push(column);
    this.tiedSoFar = this.split((i) => column[i]!);
  }

  /**
   * A rank keyed by each class of findings tied so far (in one package, or one file and module) as
   * a whole: `key(members)` gives each member's key. `alone` is the key of a finding in a class of
   * its own (0 when not given).
   */
  tied(classOf: (i: number) => string | number, key: (members: number[]) => (i: number) => number, alone?: (i: number) => number): void {
    const live = this.live;
    if (live.length < 2) return;
    // Narrowed, the findings standing are one class so far: grouped by `classOf` alone, and where
    // each stands alone (a monorepo's many package.json files, each its own file) no group is made.
    let classes: Map<unknown, number[]>;
    if (this.narrow) {
      const of = live.map(classOf);
      const distinct = new Set(of).size;
      if (distinct === live.length) {
        if (alone) this.each((_, i) => alone(i));
        return;
      }
      classes = new Map();
      if (distinct === 1) classes.set(of[0], live);
      else live.forEach((i, k) => addToGroup(classes, of[k], i));
    } else {
      classes = new Map();
      const firsts = this.split(classOf);
      for (const i of live) addToGroup(classes, firsts[i]!, i);
    }
    const values = new Float64Array(this.n);
    for (const members of classes.values()) {
      const of = key(members);
      for (const i of members) values[i] = of(i);
    }
    this.each((_, i) => values[i]!);
  }

  /** The classes tied so far, split further by `by`. */
  private split(by: (i: number) => string | number): Int32Array {
    const firsts = new Map<number, Map<string | number, number>>();
    const next = new Int32Array(this.n);
    for (const i of this.live) {
      let within = firsts.get(this.tiedSoFar[i]!);
      if (!within) firsts.set(this.tiedSoFar[i]!, (within = new Map()));
      const k = by(i);
      const first = within.get(k);
      if (first === undefined) within.set(k, (next[i] = i));
      else next[i] = first;
    }
    return next;
  }
}

/** Each of `items` as a number, one for each distinct key `keyOf` gives it, from 0. */
export function numbered<T>(items: readonly T[], keyOf: (item: T) => string): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]!);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[i] = id;
  }
  return out;
}
