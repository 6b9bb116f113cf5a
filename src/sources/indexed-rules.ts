import type { Ignore } from "ignore";

/**
 * One .gitignore's rules, each tested only against the paths it can match: a rule's regular
 * expression (the `ignore` library's, so each pattern means what it meant) is filed under a literal
 * that every path it matches must hold, and a path asks only the rules filed under its own
 * literals, plus the few filed under none. A generated .gitignore of 5,000 `build42/*.tmp` lines
 * then costs a path a handful of tests, not 5,000.
 *
 * The literals, each read from the pattern and checked against the regular expression built from it
 * (a rule whose expression does not have the expected shape is filed under none, so is always tried):
 * - an anchored rule (`/dist`, `docs/build`, `build42/*.tmp`): its first segment, which must be the
 *   path's first;
 * - a rule that ends at the path's end (all but a trailing `/**`): its last segment (`cache`,
 *   `Thumbs.db`), which must be the path's last, or for `*.ext` the extension the last segment must
 *   end in.
 *
 * `test` answers as the library's rule scan answers for that one path: the last rule that matches
 * decides (ignored, or taken back by `!`). The path's folders are not looked at here: the caller
 * tests each folder first, through all the .gitignore files that apply, as git does.
 */
export class IndexedRules {
  private readonly byFirst = new Map<string, number[]>();
  private readonly byLast = new Map<string, number[]>();
  private readonly byExtension = new Map<string, number[]>();
  private readonly unfiled: number[] = [];

  private constructor(
    private readonly rules: readonly LibraryRule[],
    private readonly fold: (text: string) => string,
  ) {
    rules.forEach((rule, index) => {
      const [bucket, key] = this.fileOf(rule);
      if (!bucket) this.unfiled.push(index);
      else {
        const list = bucket.get(key);
        if (list) list.push(index);
        else bucket.set(key, [index]);
      }
    });
  }

  /**
   * The rules of a library instance, indexed; undefined where the library does not hold them as
   * this reads them (another major version), or a rule's expression cannot be built ("Regular
   * expression too large"): the caller then keeps asking the library.
   */
  static of(library: Ignore): IndexedRules | undefined {
    const rules = (library as unknown as { _rules?: { _rules?: unknown } })._rules?._rules;
    if (!Array.isArray(rules)) return undefined;
    const read: LibraryRule[] = [];
    let ignoreCase: boolean | undefined;
    for (const rule of rules as Array<Partial<LibraryRule>>) {
      if (typeof rule.body !== "string" || typeof rule.negative !== "boolean") return undefined;
      let regex: unknown;
      try {
        regex = rule.regex;
      } catch {
        return undefined;
      }
      if (!(regex instanceof RegExp)) return undefined;
      const folds = regex.flags.includes("i");
      if (ignoreCase !== undefined && folds !== ignoreCase) return undefined;
      ignoreCase = folds;
      read.push({ body: rule.body, negative: rule.negative, regex, byName: isByName(rule.body) });
    }
    return new IndexedRules(read, ignoreCase ? (text) => text.toLowerCase() : (text) => text);
  }

  /** How many rules there are. */
  get size(): number {
    return this.rules.length;
  }

  /** How many rules are filed under no literal, so tried on every path. */
  get unfiledCount(): number {
    return this.unfiled.length;
  }

  /**
   * The decision of the last rule matching a path (relative to the .gitignore's folder), as the
   * library's `{ ignored, unignored }`: `name` is its last segment, `first` its first (the name
   * itself for an entry of the .gitignore's own folder), `path` gives the whole of it (a folder's
   * ending in `/`), asked only where a rule needs it.
   */
  test(name: string, first: string, path: () => string, isDir: boolean): Decision {
    let best = -1;
    let whole: string | undefined;
    const nameTested = isDir ? `${name}/` : name;
    const scan = (indices: readonly number[] | undefined): void => {
      if (!indices) return;
      for (let i = indices.length - 1; i >= 0 && indices[i]! > best; i--) {
        const rule = this.rules[indices[i]!]!;
        if (rule.regex.test(rule.byName ? nameTested : (whole ??= path()))) {
          best = indices[i]!;
          return;
        }
      }
    };
    const folded = this.fold(name);
    scan(this.byLast.get(folded));
    const dot = folded.lastIndexOf(".");
    if (dot >= 0 && this.byExtension.size > 0) scan(this.byExtension.get(folded.slice(dot + 1)));
    if (this.byFirst.size > 0) scan(this.byFirst.get(this.fold(first)));
    scan(this.unfiled);
    if (best < 0) return NO_DECISION;
    return this.rules[best]!.negative ? TAKEN_BACK : IGNORED;
  }

  /** Where a rule is filed: [bucket, key], or [undefined, ""] for a rule tried on every path. */
  private fileOf(rule: LibraryRule): [Map<string, number[]> | undefined, string] {
    const source = rule.regex.source;
    const body = rule.body.endsWith("/") ? rule.body.slice(0, -1) : rule.body;
    const segments = body.split("/");
    const first = segments[0] === "" ? segments[1] : segments[0];
    const last = segments[segments.length - 1]!;
    // Anchored: the expression starts at the path's start with the first segment, whole.
    if (source.startsWith("^") && first !== undefined && this.usable(first)) {
      const rest = source.slice(1 + escaped(first).length);
      if (source.startsWith(escaped(first), 1) && SEGMENT_END.some((end) => rest.startsWith(end))) return [this.byFirst, this.fold(first)];
    }
    const end = SEGMENT_END.find((tail) => source.endsWith(tail) && tail !== "\\/");
    if (!end) return [undefined, ""];
    const before = source.slice(0, source.length - end.length);
    if (this.usable(last) && before.endsWith(escaped(last)) && startsSegment(before.slice(0, before.length - escaped(last).length))) {
      return [this.byLast, this.fold(last)];
    }
    // `*.ext`: any name ending in `.ext`, found through its extension.
    const suffix = last.slice(1);
    const dot = suffix.lastIndexOf(".");
    if (last.startsWith("*") && dot >= 0 && this.usable(suffix) && before.endsWith(`${ANY_IN_SEGMENT}${escaped(suffix)}`)) {
      return [this.byExtension, this.fold(suffix.slice(dot + 1))];
    }
    return [undefined, ""];
  }

  /** Whether a segment of a pattern is plain text that can be a key (compared folded, ASCII only where case is folded). */
  private usable(segment: string): boolean {
    if (!segment || /[*?[\]\\]/.test(segment)) return false;
    return this.fold("A") === "A" || /^[\x20-\x7e]*$/.test(segment);
  }
}

/** What the library keeps of one rule: its pattern (after `!` and escapes of a first `!` or `#`), its sign, its expression. */
type LibraryRule = { body: string; negative: boolean; regex: RegExp; byName: boolean };

/** The library's answer for one path. */
export type Decision = { readonly ignored: boolean; readonly unignored: boolean };
const NO_DECISION: Decision = Object.freeze({ ignored: false, unignored: false });
const IGNORED: Decision = Object.freeze({ ignored: true, unignored: false });
const TAKEN_BACK: Decision = Object.freeze({ ignored: false, unignored: true });

/** How the library's expressions end a segment: a slash, the path's end (a folder's trailing slash allowed), or a folder's slash at the end. */
const SEGMENT_END = ["\\/", "(?=$|\\/$)", "\\/$"];
/** The library's expression of a `*` inside a segment. */
const ANY_IN_SEGMENT = "[^\\/]*";

/** Whether an expression's text up to a segment stands at a segment's start: the path's start, a slash, or either. */
function startsSegment(before: string): boolean {
  return before === "^" || before.endsWith("(?:^|\\/)") || before.endsWith("\\/");
}

/** A literal as the library's expressions write it (it escapes `{` but not `}`; a `]` never reaches here). */
function escaped(text: string): string {
  return text.replace(/[\\^$.*+?()[{|/]/g, "\\$&");
}

/** A pattern with no slash but a trailing one matches the last segment only, so is tested on the name alone (as the library's own scan does). */
function isByName(body: string): boolean {
  const slash = body.indexOf("/");
  return slash < 0 || slash === body.length - 1;
}
