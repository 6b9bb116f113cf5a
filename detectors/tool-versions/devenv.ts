import { offsetLines } from "../../src/kit.js";
import { nixCode } from "./nix-code.js";
import { reportNixPackage } from "./nix-report.js";
import { readNixPackages } from "./nix-packages.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/** devenv's devenv.nix: the languages and services it enables, and its `packages = [ pkgs.nodejs_20 ]`, as a shell's. */
export const DEVENV: PinReader = {
  takes: (base) => base === "devenv.nix",
  async read(ctx, file) {
    const text = await ctx.text(file);
    if (text === undefined) return;
    for (const { name, version, line } of readDevenv(text)) {
      if (ctx.lookup("version-manager", name.toLowerCase()).length > 0) pin(ctx, file, line, name, version ?? "latest");
    }
    for (const item of readNixPackages(text)) reportNixPackage(ctx, file, item);
  },
};

const MAX_DEVENV_LENGTH = 64 * 1024;

/**
 * The languages and services a devenv.nix enables, read as text (Nix, never evaluated), each with
 * the `version` set for it and the line it is enabled on: `languages.python.enable = true;`,
 * `services.postgres = { enable = true; };` and `languages = { rust.enable = true; };`, with
 * `languages.python.version = "3.11";` or a `version` in its own set. Comments are left out; one
 * set to `false` is not enabled.
 */
export function readDevenv(text: string): Array<{ name: string; version?: string; line: number }> {
  // A devenv.nix is a page or two: a far longer one (generated, or no devenv file) is not read, so
  // no nesting of sets can make the reading slow.
  if (text.length > MAX_DEVENV_LENGTH) return [];
  return new DevenvSets(text).read();
}

/** A set's attribute name and its dot, as the attributes' pattern takes it. */
const NAMED = "([A-Za-z][\\w-]*)\\.";

/** A devenv.nix's languages and services, as its sets and attributes enable them and set their versions. */
class DevenvSets {
  /** The file's text, versions read from. */
  private readonly text: string;
  /**
   * The same with its comments and each string's content blanked (nixCode), the structure read
   * from: `"echo services.x.enable = true;"` enables nothing, and a brace in a script's `''...''`
   * or a `${...}` opens no set.
   */
  private readonly masked: string;
  private readonly lineAt: (offset: number) => number;
  private readonly enabled = new Map<string, number>();
  private readonly versions = new Map<string, string>();

  constructor(text: string) {
    this.text = text;
    this.masked = nixCode(text);
    this.lineAt = offsetLines(text);
  }

  /** Each enabled one, with the line it is enabled on and its version where one is set. */
  read(): Array<{ name: string; version?: string; line: number }> {
    // languages = { ruby.enable = true; python = { enable = true; }; };
    this.readGroupSets();
    // languages.python.enable = true;  languages.python.version = "3.11";
    this.readAttributes(0, this.masked.length, `(?:languages|services)\\.${NAMED}`);
    // languages.python = { enable = true; version = "3.11"; };
    this.readDottedSets();
    const { versions } = this;
    return [...this.enabled].map(([name, line]) => (versions.has(name) ? { name, version: versions.get(name)!, line } : { name, line }));
  }

  /**
   * `languages = { ... }` and `services = { ... }`: their `name.enable` attributes and each
   * `name = { ... }` set in them.
   */
  private readGroupSets(): void {
    this.eachOutermostSet(/(?<![\w.])(?:languages|services)\s*=\s*\{/g, 0, this.masked.length, (_, open) => {
      const close = this.closeOf(open);
      this.readAttributes(open + 1, close, NAMED);
      this.eachOutermostSet(/(?<![\w.])([A-Za-z][\w-]*)\s*=\s*\{/g, open + 1, close, (e, childOpen) => this.readSet(e[1]!, childOpen));
      return close;
    });
  }

  /** `languages.python = { ... }`: a language's or service's own set, named by its dotted path. */
  private readDottedSets(): void {
    this.eachOutermostSet(/(?<![\w.])(?:languages|services)\.([A-Za-z][\w-]*)\s*=\s*\{/g, 0, this.masked.length, (m, open) => this.readSet(m[1]!, open));
  }

  /**
   * Each `... = {` that `pattern` matches in masked[from, to), given to `read` with where its set
   * opens; `read` says where the set closes. A match inside a set already read (a nested `x = {`)
   * is passed over, so the reading stays linear however deep the sets nest.
   */
  private eachOutermostSet(pattern: RegExp, from: number, to: number, read: (m: RegExpMatchArray, open: number) => number): void {
    let readTo = -1;
    for (const m of this.masked.slice(from, to).matchAll(pattern)) {
      const at = from + m.index;
      if (at >= readTo) readTo = read(m, at + m[0].length - 1);
    }
  }

  /** `name.enable = true;` and `name.version = "...";` in masked[from, to) (`name.` empty: a set's own). */
  private readAttributes(from: number, to: number, prefix: string, fixed?: string): void {
    // Matched in the range's own text (a search from `from` would run on past `to` each time).
    const attribute = new RegExp(`(?<![\\w.])${prefix}(enable|version)\\s*=\\s*(true|"[^"]*")\\s*;`, "gd");
    for (const m of this.masked.slice(from, to).matchAll(attribute)) {
      const name = fixed ?? m[1]!;
      const key = fixed ? m[1]! : m[2]!;
      const value = fixed ? m[2]! : m[3]!;
      const [at, end] = m.indices![fixed ? 2 : 3]!;
      if (key === "enable") this.enabled.set(name, this.lineAt(from + m.index));
      else if (value !== "true") this.versions.set(name, this.text.slice(from + at + 1, from + end - 1));
    }
  }

  /** A language's or service's own set: its top-level attributes, its nested sets left out. Where it closes. */
  private readSet(name: string, open: number): number {
    const close = this.closeOf(open);
    let from = open + 1;
    for (let i = from; i <= close; i++) {
      if (this.masked[i] === "{" || i === close) {
        this.readAttributes(from, i, "", name);
        if (i < close) {
          i = this.closeOf(i);
          from = i + 1;
        }
      }
    }
    return close;
  }

  /** Where the `{ ... }` set opening at `open` closes (its nested sets included), or the text's end. */
  private closeOf(open: number): number {
    const { masked } = this;
    let depth = 0;
    for (let i = open; i < masked.length; i++) {
      if (masked[i] === "{") depth++;
      else if (masked[i] === "}" && --depth === 0) return i;
    }
    return masked.length;
  }
}
