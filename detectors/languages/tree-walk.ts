import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits } from "../../src/kit.js";
import { hasExtension, isShared, settle, treeFacts, type TreeFacts } from "./ambiguous.js";
import type { LinguistRules } from "./gitattributes.js";
import { readsHeaders } from "./headers.js";
import { LanguageTally } from "./tally.js";
import { exclusionTest } from "./vendored.js";

/** Folders whose extensionless files are scripts: their interpreter lines are read first. */
const SCRIPT_DIR = /(^|\/)(bin|script|scripts|hooks|\.githooks)\/[^/]+$/;

/** One extension as written, and what the catalog says of it: asked once for its whole group of paths. */
interface ExtensionGroup {
  written: string;
  extension: string;
  /** The extension's own languages. */
  ids: readonly string[];
  /** Several languages share it: the tree or the path settles which (ambiguous.ts). */
  shared: boolean;
  /** A template's extension (catalog kind `template-extension`): its files' first lines may name an interpreter. */
  template: boolean;
  /** The languages its left-out files still name where the bar counts none (catalog kind `left-out-extension`). */
  leftOut: readonly string[];
}

/**
 * One pass over the tree's paths, a group of one extension at a time: each file is counted under
 * its languages (by name or extension, .gitattributes overrides honoured, vendored, generated and
 * documentation paths left out), or set aside to be read, and what its name marks is noted.
 */
export class TreeWalk {
  readonly tally = new LanguageTally();
  /** Tools a file's name marks (catalog kind `repo-marker`). */
  readonly markers = new Set<string>();
  /** Root folders whose name starts with a dot (`.github/`), each looked up once as a repo-marker. */
  readonly dotFolders = new Set<string>();
  /** Extensionless files in script folders, whose interpreter lines are read first. */
  readonly scripts: string[] = [];
  /**
   * Extensionless files elsewhere (exercise folders of shell tasks, a repository's root): linguist
   * reads any file's interpreter line, so these are read too, after the script folders' own.
   */
  readonly otherScripts: string[] = [];
  /** Manifests that show their ecosystem's language (catalog kind `manifest-language`). */
  readonly manifests: string[] = [];
  /** Headers a C++ or Objective-C tree holds, whose text decides their language (headers.ts). */
  readonly headers: string[] = [];
  /**
   * Per language of catalog kind `left-out-extension`, the first path by path order of its files the
   * bar leaves out (vendored, generated or documentation): the language's source where none is counted.
   */
  readonly leftOut = new Map<string, string>();
  /** Template files whose first line may name an interpreter (a script template): linguist tries the interpreter line before the extension. */
  readonly templates: { path: string; ids: readonly string[] }[] = [];
  private readonly facts: TreeFacts;
  private readonly excludedByDefault = exclusionTest();
  /** A source map beside a file is a listed `.map` file: without one, no path is asked about it. */
  private readonly mapsListed: boolean;
  private readonly idsByExtension = new Map<string, readonly string[]>();
  private readHeaders: boolean | undefined;

  constructor(
    private readonly ctx: DetectContext,
    private readonly rulesFor: LinguistRules | undefined,
  ) {
    this.facts = treeFacts(ctx.byExtension);
    this.mapsListed = ctx.byExtension.has(".map");
  }

  walk(): void {
    for (const [written, group] of this.ctx.byExtension) this.group(written, group);
  }

  private group(written: string, paths: readonly string[]): void {
    const extension = written.toLowerCase();
    let ids = this.idsByExtension.get(extension);
    if (!ids) this.idsByExtension.set(extension, (ids = written ? this.ctx.lookup("extension", extension) : []));
    const named = written !== "";
    const group: ExtensionGroup = {
      written,
      extension,
      ids,
      shared: isShared(extension),
      template: named && this.ctx.lookup("template-extension", extension).length > 0,
      leftOut: named ? this.ctx.lookup("left-out-extension", extension) : [],
    };
    // The group's files counted under the extension's own languages, added up once at its end.
    let ofExtension = 0;
    for (const path of paths) if (this.file(path, group)) ofExtension++;
    if (ofExtension > 0) this.tally.add(ids, ofExtension);
  }

  /** One file counted, set aside or left out; whether it counts under its extension's own languages (added up by the group). */
  private file(path: string, group: ExtensionGroup): boolean {
    const { ctx } = this;
    const base = baseName(path);
    this.noteName(path, base);
    // Its exact name first; then its extension, which a name that only starts with a dot
    // (`.gitignore`) does not have.
    const byName = ctx.lookup("filename", base);
    const byPath = byName.length || !hasExtension(base, group.written) ? byName : group.shared ? settle(path, group.extension, group.ids, this.facts, ctx.lookup) : group.ids;
    const set = this.rulesFor ? attributesOf(this.rulesFor, path, base) : UNSET;
    const named = set.language !== undefined;
    const ids = set.language !== undefined ? ctx.lookup("language", set.language) : byPath;
    // A file of no language with an extension is neither counted nor read for an interpreter line.
    if (ids.length === 0 && group.written !== "") return false;
    // linguist counts a file only when it is detectable as well as not vendored, generated or
    // documentation; where no .gitattributes line says, the default rules do (asked only when the answer matters).
    const excluded = !set.detectable || (set.excluded ?? (this.excludedByDefault(path) || (this.mapsListed && compiledWithSourceMap(path, ctx.exists))));
    if (!excluded && ids.length === 0) (SCRIPT_DIR.test(path) ? this.scripts : this.otherScripts).push(path);
    if (excluded && set.detectable && group.leftOut.length > 0) this.noteLeftOut(path, group.leftOut);
    if (excluded || ids.length === 0 || this.setAside(path, ids, named, group)) return false;
    this.tally.counted++;
    if (ids === group.ids) return true;
    this.tally.add(ids);
    return false;
  }

  /**
   * A file whose text decides first, set aside to be read: a template's whose first line may name
   * an interpreter, a `.h` header of a tree that holds C++ or Objective-C (headers.ts). Whether it was.
   */
  private setAside(path: string, ids: readonly string[], named: boolean, group: ExtensionGroup): boolean {
    if (group.template && !named && ids === group.ids) {
      this.templates.push({ path, ids });
      return true;
    }
    if (!named && group.written === ".h" && isPlainHeader(ids) && (this.readHeaders ??= readsHeaders(this.facts))) {
      this.headers.push(path);
      return true;
    }
    return false;
  }

  /** A left-out file whose extension still names its language where the bar counts none (`left-out-extension`). */
  private noteLeftOut(path: string, languages: readonly string[]): void {
    for (const id of languages) {
      const first = this.leftOut.get(id);
      if (first === undefined || compareCodeUnits(path, first) < 0) this.leftOut.set(id, path);
    }
  }

  /** What a file's name marks: a tool (repo-marker), its root dot-folder, a manifest of its ecosystem's language. */
  private noteName(path: string, base: string): void {
    for (const id of this.ctx.lookup("repo-marker", base)) this.markers.add(id);
    if (path.charCodeAt(0) === 0x2e) {
      const slash = path.indexOf("/");
      if (slash > 0) this.dotFolders.add(path.slice(0, slash + 1));
    }
    // A workspace root's manifest read for its pins alone shows no language of the package scanned.
    if (this.ctx.lookup("manifest-language", base).length && !this.ctx.inheritedOnly(path)) this.manifests.push(path);
  }
}

/** What the .gitattributes lines matching a path set: `linguist-vendored`, `-generated` or `-documentation` (`excluded`), `linguist-detectable`, `linguist-language`. */
interface PathAttributes {
  excluded: boolean | undefined;
  detectable: boolean;
  language: string | undefined;
}

/** A path no .gitattributes line speaks of. */
const UNSET: PathAttributes = { excluded: undefined, detectable: true, language: undefined };

/** The attributes the matching lines set, later lines winning as in git (`=false` brings a default-excluded path back). */
function attributesOf(rulesFor: LinguistRules, path: string, base: string): PathAttributes {
  const set = { ...UNSET };
  for (const o of rulesFor(path, base)) {
    if (o.vendored !== undefined) set.excluded = o.vendored;
    if (o.documentation !== undefined) set.excluded = o.documentation;
    if (o.generated !== undefined) set.excluded = o.generated;
    if (o.detectable !== undefined) set.detectable = o.detectable;
    if (o.language) set.language = o.language;
  }
  return set;
}

/** A `.h` file's languages as its name and the tree leave them: C alone (no Objective-C twin). */
function isPlainHeader(ids: readonly string[]): boolean {
  return ids.length === 1 && ids[0] === "c-lang";
}

/**
 * A stylesheet or script with its source map beside it (`style.css` and `style.css.map`) is the
 * output of a compiler (Sass, TypeScript, a bundler): linguist leaves out as generated a .css or
 * .js file that ends by naming its source map, and that is the file such a pair holds.
 */
function compiledWithSourceMap(path: string, exists: (path: string) => boolean): boolean {
  return endsWithCssOrJs(path) && exists(`${path}.map`);
}

/** `/\.(css|js)$/i.test(path)`, by character codes: it runs on every path of the tree. */
function endsWithCssOrJs(path: string): boolean {
  const n = path.length;
  const lower = (i: number) => path.charCodeAt(n - i) | 0x20; // ASCII letters only, as a regular expression's `i` without `u`
  if (n >= 3 && lower(1) === 0x73 && lower(2) === 0x6a && path.charCodeAt(n - 3) === 0x2e) return true; // .js
  return n >= 4 && lower(1) === 0x73 && lower(2) === 0x73 && lower(3) === 0x63 && path.charCodeAt(n - 4) === 0x2e; // .css
}
