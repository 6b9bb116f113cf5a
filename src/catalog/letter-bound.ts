/**
 * Cheap bounds on how many of a query's letters a key can pair with equal letters in an alignment
 * (a misspelling, or a near copy inside a longer key), read before the costlier edit distance and
 * Fuse: an alignment with k edits pairs at least length - k of the query's letters, so a key whose
 * bound is lower is more than k edits away, whatever those would say.
 */
export class QueryLetters {
  readonly length: number;
  /** Each distinct letter's slot, from 1 (0: a letter the query lacks): ASCII by table, the rest by map. */
  private readonly asciiSlots = new Uint8Array(128);
  private readonly otherSlots = new Map<number, number>();
  /** How often the query holds each slot's letter. */
  private readonly wanted: number[] = [0];
  /** Each slot's positions in the query, as bits, for the common subsequence. */
  private readonly positions: number[] = [0];
  private readonly window: Int32Array;
  /** The query's letterMask(), and how many of its letters set each bit of it. */
  private readonly mask: number = 0;
  private readonly bitLetters = new Int32Array(32);

  constructor(query: string) {
    this.length = query.length;
    for (let i = 0; i < query.length; i++) {
      const code = query.charCodeAt(i);
      const bit = letterBit(code);
      this.mask |= 1 << bit;
      this.bitLetters[bit]!++;
      let slot = this.slotOf(code);
      if (!slot) {
        slot = this.wanted.length;
        this.wanted.push(0);
        this.positions.push(0);
        if (code < 128) this.asciiSlots[code] = slot;
        else this.otherSlots.set(code, slot);
      }
      this.wanted[slot]!++;
      if (i < SUBSEQUENCE_LETTERS) this.positions[slot]! |= 1 << i;
    }
    this.window = new Int32Array(this.wanted.length);
  }

  /**
   * The most letters any `width` letters in a row of the key share with the query, each counted as
   * often as both hold it: an alignment with k edits spans at most length + k of the key's letters.
   */
  sharedInWindow(key: string, width: number): number {
    const window = this.window;
    window.fill(0);
    let shared = 0;
    let best = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = this.slotOf(key.charCodeAt(i));
      if (slot) {
        const held = window[slot]!;
        window[slot] = held + 1;
        if (held < this.wanted[slot]!) shared++;
      }
      if (i >= width) {
        const gone = this.slotOf(key.charCodeAt(i - width));
        if (gone) {
          const held = window[gone]! - 1;
          window[gone] = held;
          if (held < this.wanted[gone]!) shared--;
        }
      }
      if (shared > best) best = shared;
    }
    return best;
  }

  /**
   * The longest run of the query's letters the key holds in the same order (a longest common
   * subsequence, a bit per query letter); the query's length for a query too long for the bits.
   * An alignment's paired letters are such a run, and an adjacent swap keeps one of its two.
   */
  commonSubsequence(key: string): number {
    if (this.length > SUBSEQUENCE_LETTERS) return this.length;
    const all = (1 << this.length) - 1;
    let unmatched = all;
    for (let i = 0; i < key.length; i++) {
      const matches = unmatched & this.positions[this.slotOf(key.charCodeAt(i))]!;
      unmatched = ((unmatched + matches) | (unmatched - matches)) & all;
    }
    let common = 0;
    for (let left = ~unmatched & all; left; left &= left - 1) common++;
    return common;
  }

  /**
   * At least as many of the query's letters as the key holds a letter equal to, from the key's
   * letterMask() alone (letters that share a bit count as one another): no alignment pairs more,
   * so the common subsequence and any window's shared letters are no more. The cheapest bound, read
   * first.
   */
  lettersHeld(keyMask: number): number {
    let both = this.mask & keyMask;
    let held = 0;
    while (both) {
      const low = both & -both;
      held += this.bitLetters[31 - Math.clz32(low)]!;
      both ^= low;
    }
    return held;
  }

  /**
   * The fewest edits (insertions, deletions, substitutions) that make the query a run of the key's
   * letters, as Fuse's bitap reckons a match's errors (Myers' bit-parallel search, a bit per query
   * letter); 0, which rules out no key, for a query too long for the bits. Bitap matches with k
   * errors only where such a run is k edits or fewer away, so a key more edits away than Fuse
   * allows is no match of Fuse's.
   */
  editsToRun(key: string): number {
    if (this.length > SUBSEQUENCE_LETTERS) return 0;
    const all = (1 << this.length) - 1;
    const last = 1 << (this.length - 1);
    let plus = all;
    let minus = 0;
    let edits = this.length;
    let fewest = edits;
    for (let i = 0; i < key.length && fewest > 0; i++) {
      const equal = this.positions[this.slotOf(key.charCodeAt(i))]!;
      const vertical = equal | minus;
      const horizontal = ((((equal & plus) + plus) ^ plus) | equal) & all;
      let up = minus | ~(horizontal | plus);
      let down = plus & horizontal;
      if (up & last) edits++;
      else if (down & last) edits--;
      // A run may start anywhere in the key: the row above the query's first letter costs nothing, so nothing is shifted in.
      up = (up << 1) & all;
      down = (down << 1) & all;
      plus = (down | ~(vertical | up)) & all;
      minus = up & vertical;
      if (edits < fewest) fewest = edits;
    }
    return fewest;
  }

  private slotOf(code: number): number {
    return code < 128 ? this.asciiSlots[code]! : (this.otherSlots.get(code) ?? 0);
  }
}

/** A bit for each letter a text holds: a to z one each, every other letter one of six shared bits. */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << letterBit(text.charCodeAt(i));
  return mask;
}

function letterBit(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6);
}

/** The longest query whose letters fit the common subsequence's bits (30 keeps a sum of two under 2^31). */
const SUBSEQUENCE_LETTERS = 30;

/**
 * Whether a key is neither a misspelling of the query nor close enough to count, from a bound on
 * the letters an alignment of the two pairs (`common`): the edit distance is at least the longer
 * length less that, so the key is under 0.6 similar whatever the distance is. (Such a key is
 * never one letter off a query of five or more, resolve's other kind of misspelling: under 0.6 of
 * five letters or more leaves more than two unpaired.)
 */
export function tooFar(queryLength: number, keyLength: number, common: number): boolean {
  const longer = Math.max(queryLength, keyLength);
  return 5 * (longer - common) > 2 * longer;
}
