import { offsetLines } from "../../src/kit.js";
import { nixCode } from "./nix-code.js";
import { readValue, type ValueBudget } from "./nix-value.js";

/** The attributes of a derivation or `mkShell` that list the packages it puts on the path. */
const PACKAGE_LISTS = ["packages", "buildInputs", "nativeBuildInputs", "propagatedBuildInputs", "nativeCheckInputs", "checkInputs"];

/** A flake.nix or shell.nix of more than this is not read (a generated file, or no shell of a project's). */
const MAX_LENGTH = 256 * 1024;
/** How many names deep a list attribute's value is followed (`buildInputs = common;`, `common = base ++ [ ... ];`). */
const MAX_HOPS = 3;
/** How many packages a file's reading gathers in all, names followed included. */
const MAX_WORK = 100_000;
/** How many characters of values a file's reading walks in all (values inside values are walked again). */
const MAX_SCAN = 4 * MAX_LENGTH;

/** One package a shell or derivation lists: its Nix attribute path as written (`pkgs.nodejs_20`), and its line. */
export type NixPackage = { path: string; line: number };

/**
 * The packages a flake.nix's or shell.nix's shells and derivations list, read as text (Nix, never
 * evaluated): the items of the lists its `packages`, `buildInputs`, `nativeBuildInputs` (and the
 * propagated and check ones) hold, `with pkgs; [ nodejs_20 python311 ]` or `[ pkgs.go_1_22 ]`,
 * also where that value is a name bound to such a list (`nativeBuildInputs = inputs;`), or an item
 * a name bound to a package (`nodejs = pkgs.nodejs_20;`), a few names deep. A parenthesized item is
 * read for its head, `(python311.withPackages (ps: [ ps.redis ]))` being python311 (what it wraps
 * are Python's own packages, no tools of the shell); sets are not entered (a list attribute in one
 * is read as its own); comments and strings are left out. Each package once, at its first line.
 */
export function readNixPackages(text: string): NixPackage[] {
  if (text.length > MAX_LENGTH) return [];
  const code = nixCode(text);
  const lineAt = offsetLines(code);
  const reader = new PackageReader(code, closingBrackets(code), nameBindings(code));
  const out = new Map<string, number>();
  for (const m of code.matchAll(new RegExp(`(?<![\\w.'-])(?:${PACKAGE_LISTS.join("|")})\\s*=(?!=)`, "g"))) {
    for (const [path, offset] of reader.read(m.index + m[0].length, false, 0)) if (!out.has(path)) out.set(path, lineAt(offset));
  }
  return [...out].map(([path, line]) => ({ path, line }));
}

/** Every `name = ` of the code, found once: the offsets past each, where the values a name may stand for start. */
function nameBindings(code: string): Map<string, number[]> {
  const bindings = new Map<string, number[]>();
  for (const m of code.matchAll(/(?<![\w.'-])([A-Za-z_][\w'-]*)\s*=(?!=)/g)) {
    const list = bindings.get(m[1]!) ?? [];
    list.push(m.index + m[0].length);
    bindings.set(m[1]!, list);
  }
  return bindings;
}

/**
 * The packages values list, names followed MAX_HOPS deep: what each name stands for read once (as
 * a list's item or as a list), and at most MAX_WORK packages gathered in all, so names bound to
 * names bound to long lists are read in linear time.
 */
class PackageReader {
  private readonly resolved = new Map<string, Map<string, number>>();
  private work = 0;
  private readonly budget: ValueBudget = { left: MAX_SCAN, nested: 0 };

  constructor(
    private readonly code: string,
    private readonly closers: Map<number, number>,
    private readonly bindings: Map<string, number[]>,
  ) {}

  /** The packages of the value at `from` (a list's item where `listed`), each at its offset, `hops` names followed to it. */
  read(from: number, listed: boolean, hops: number): Map<string, number> {
    const found = new Map<string, number>();
    readValue(this.code, this.closers, from, this.budget, listed, (path, at, bare) => {
      const targets = bare && hops < MAX_HOPS ? this.bindings.get(path) : undefined;
      const key = `${at.listed}:${path}`;
      if (targets && !this.resolved.has(key)) {
        this.resolved.set(key, new Map());
        const packages = new Map<string, number>();
        for (const start of targets) this.merge(packages, this.read(start, at.listed, hops + 1));
        this.resolved.set(key, packages);
      }
      const packages = targets ? this.resolved.get(key)! : undefined;
      // A name bound to nothing read as a package (`git = { ... };` elsewhere) is the package itself.
      if (packages && packages.size > 0) this.merge(found, packages);
      else if (at.listed) this.merge(found, [[path, at.offset]]);
    });
    return found;
  }

  /** Adds `from`'s packages to `into`, each counted as work, none once MAX_WORK is reached. */
  private merge(into: Map<string, number>, from: Iterable<[string, number]>): void {
    for (const [path, offset] of from) {
      if (this.work++ >= MAX_WORK) return;
      if (!into.has(path)) into.set(path, offset);
    }
  }
}

/** Each `{` and `(` of the code to the index of the bracket that closes it, found in one pass (one never closed has none). */
function closingBrackets(code: string): Map<number, number> {
  const out = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === "[" || c === "{" || c === "(") open.push(i);
    else if (c === "]" || c === "}" || c === ")") {
      const at = open.pop();
      if (at !== undefined) out.set(at, i);
    }
  }
  return out;
}

/**
 * The names a listed package is looked up by, in order: its path without a leading `pkgs.`
 * (`nodePackages.pnpm`), then, for a package of another package set than a language's
 * (`unstablePkgs.go_1_24`, not `python311Packages.redis`), its last name. And that name split into
 * its stem and release as nixpkgs writes one: `nodejs_20` and `nodejs-20_x` are nodejs 20,
 * `go_1_22` go 1.22, `python311` python 311 (whose digits the caller reads by the stem's rule).
 */
export function nixPackageNames(path: string): { names: string[]; stem?: string; digits?: string } {
  const own = path.replace(/^pkgs\./, "");
  const parts = own.split(".");
  const names = [own];
  if (parts.length === 2 && !/Packages(?:_[\d_]+)?$/.test(parts[0]!)) names.push(parts[1]!);
  const last = names[names.length - 1]!;
  if (last.includes(".") || last.length > 64) return { names };
  const m = /^([A-Za-z](?:[\w'-]*[A-Za-z])?)[-_]?(\d+(?:_\d+)*)(?:_x)?$/.exec(last);
  return m ? { names, stem: m[1], digits: m[2] } : { names };
}
