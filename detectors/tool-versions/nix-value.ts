/** How many parenthesized lists deep (`(with pkgs; [ ... ])` inside another) a value is read. */
const MAX_NESTED = 32;
/** Words of Nix's own, which name no package. */
const KEYWORDS = new Set(["if", "then", "else", "let", "in", "rec", "inherit", "assert", "or", "true", "false", "null", "import", "with"]);

/** nixpkgs' `lib.optional cond x` and `lib.optionals cond [ ... ]` (or `optional(s)` under `with lib;`). */
const OPTIONAL = /^(?:(?:pkgs\.)?lib\.)?optionals?$/;

/** An attribute path as Nix writes one: `nodejs_20`, `pkgs.go_1_22`, `nodePackages.pnpm`. */
const PATH = /[A-Za-z_][\w'-]*(?:\.[A-Za-z_][\w'-]*)*/y;

/** What a file's reading may still spend: characters walked, and parenthesized lists entered. */
export type ValueBudget = { left: number; nested: number };

/** Receives an attribute path, where it stands and whether it is listed, and whether it is a bare name. */
type PathSink = (path: string, at: { offset: number; listed: boolean }, bare: boolean) => void;

/** One value's reading: the code and its brackets, the file's budget, where paths go, and the reading's place. */
type ValueScan = {
  code: string;
  closers: Map<number, number>;
  budget: ValueBudget;
  emit: PathSink;
  /** Whether the value is itself an item, so its top level stands as packages. */
  listed: boolean;
  /** How many list brackets deep the reading is. */
  depth: number;
  /**
   * The terms left of a `lib.optional cond pkg` (or `optionals cond [ ... ]`) call: 2, its condition,
   * which names no package; 1, the package (or list) it adds.
   */
  optional: number;
};

/**
 * Each attribute path of the value starting at `from` (up to its `;`, or the bracket closing around
 * it), with whether it stands as a package (`listed`: a list's item, or the value's own top level
 * where the value is itself an item) and whether it is a bare name, which may be bound to another
 * value. Sets are passed over; a parenthesized item gives its head only.
 */
export function readValue(code: string, closers: Map<number, number>, from: number, budget: ValueBudget, listed: boolean, emit: PathSink): void {
  const scan: ValueScan = { code, closers, budget, emit, listed, depth: 0, optional: 0 };
  let i = from;
  while (i < code.length && budget.left-- > 0) {
    const c = code[i]!;
    if (c === ";" && scan.depth === 0) return;
    if (c === "[") {
      scan.depth++;
      scan.optional = 0;
    } else if (c === "]") {
      if (scan.depth === 0) return;
      scan.depth--;
    } else if (c === "}" || c === ")") return;
    else if (c === "{" || c === "(") {
      i = readBracketed(scan, i);
      continue;
    } else if (/[A-Za-z_]/.test(c) && !/[\w'.\-/<$]/.test(code[i - 1] ?? " ")) {
      i = readWord(scan, i);
      continue;
    }
    i++;
  }
}

/** The role the next term plays in a `lib.optional` call (see ValueScan.optional), taken off the count. */
function takeRole(scan: ValueScan): number {
  const role = scan.optional;
  if (scan.optional > 0) scan.optional--;
  return role;
}

/** Whether a term of the given role stands as a package where the reading is. */
function standsListed(scan: ValueScan, role: number): boolean {
  return scan.depth > 0 || scan.listed || role === 1;
}

/** A set or parenthesized term opening at `open`: a set passed over, a parenthesized one read for its head. Returns the index past it. */
function readBracketed(scan: ValueScan, open: number): number {
  const close = scan.closers.get(open) ?? scan.code.length;
  const role = takeRole(scan);
  if (scan.code[open] === "(" && role !== 2) readParenthesized(scan, open, close, role);
  return close + 1;
}

/** The head of a parenthesized term: a list it holds read, or the package it names emitted. */
function readParenthesized(scan: ValueScan, open: number, close: number, role: number): void {
  const { code, budget } = scan;
  let start = open + 1;
  while (start < close && /\s/.test(code[start]!)) start++;
  budget.left -= start - open;
  PATH.lastIndex = start;
  const head = PATH.exec(code)?.[0];
  // `(with pkgs; [ ... ])` and `(lib.optionals stdenv.isLinux [ ... ])` hold lists of packages;
  // `(python311.withPackages (ps: ...))` is the package it wraps, and a call (`callPackage
  // ./x.nix { }`) the package its head names.
  const item = standsListed(scan, role);
  if ((head === "with" || head?.startsWith("lib.optional")) && budget.nested < MAX_NESTED) {
    budget.nested++;
    // `with` and `lib.optional(s)` are read there too: the scope, the condition passed over.
    readValue(code, scan.closers, start + (head === "with" || OPTIONAL.test(head) ? 0 : head.length), budget, item, scan.emit);
    budget.nested--;
  } else if (head && !KEYWORDS.has(head) && item) scan.emit(head.replace(/\.(?:withPackages|withPlugins|override\w*)$/, ""), { offset: start, listed: true }, false);
}

/** The attribute path starting at `at`: a `with` scope skipped, a `lib.optional` call begun, or a path emitted. Returns the index past it. */
function readWord(scan: ValueScan, at: number): number {
  const { code, budget } = scan;
  PATH.lastIndex = at;
  const path = PATH.exec(code)![0];
  const i = at + path.length;
  budget.left -= path.length;
  if (path === "with") {
    // `with pkgs;` opens a scope and names no package.
    const semicolon = code.indexOf(";", i);
    const next = semicolon < 0 ? code.length : semicolon + 1;
    budget.left -= next - i;
    return next;
  }
  if (OPTIONAL.test(path)) scan.optional = 2;
  else if (code[i] !== "/" && code[i] !== "$" && !KEYWORDS.has(path)) {
    const role = takeRole(scan);
    if (role !== 2) scan.emit(path, { offset: at, listed: standsListed(scan, role) }, !path.includes("."));
  }
  return i;
}
