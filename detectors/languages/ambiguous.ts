import { baseName } from "../../src/kit.js";

/** What the whole file list says about extensions several languages share. */
export interface TreeFacts {
  extensions: ReadonlySet<string>;
  /** Objective-C implementation files (.m, .mm) without their extension: `ios/App/AppDelegate`. */
  objcStems: ReadonlySet<string>;
}

/** The facts, from the scan's paths grouped by extension (`DetectContext.byExtension`). */
export function treeFacts(byExtension: ReadonlyMap<string, readonly string[]>): TreeFacts {
  const objcStems = new Set<string>();
  for (const written of [".m", ".mm"]) {
    for (const path of byExtension.get(written) ?? []) {
      const stem = objcStem(path);
      if (stem !== undefined) objcStems.add(stem);
    }
  }
  // Only a shared extension (.m, .fs) asks which others the tree holds.
  let extensions: Set<string> | undefined;
  return {
    get extensions() {
      return (extensions ??= extensionsOf(byExtension));
    },
    objcStems,
  };
}

/** The lowercased extensions of the tree's files. */
function extensionsOf(byExtension: ReadonlyMap<string, readonly string[]>): Set<string> {
  const extensions = new Set<string>();
  for (const [written, paths] of byExtension) {
    if (paths.some((path) => hasExtension(baseName(path), written))) extensions.add(written.toLowerCase());
  }
  return extensions;
}

/**
 * Whether a file named `base`, listed under the extension `written` (`DetectContext.byExtension`),
 * has that extension: a name that only starts with a dot (`.gitignore`, listed under itself) has none.
 */
export function hasExtension(base: string, written: string): boolean {
  return written !== "" && base.length > written.length;
}

/**
 * The path of a `.m` or `.mm` file without its extension, as `/^(.+)\.mm?$/` would take it (a
 * stem of one line, not empty), with no regular expression run over every path of the tree.
 */
function objcStem(path: string): string | undefined {
  const cut = path.endsWith(".mm") ? 3 : path.endsWith(".m") ? 2 : 0;
  if (cut === 0 || path.length <= cut) return undefined;
  const stem = path.slice(0, -cut);
  return /[\n\r\u2028\u2029]/.test(stem) ? undefined : stem;
}

const hasAny = (facts: TreeFacts, list: readonly string[]) => list.some((e) => facts.extensions.has(e));

/**
 * Extensions two languages share, settled from the rest of the tree by paths alone (headers.ts reads
 * the text of some `.h` files later):
 * the catalog's `language` name to count instead, `undefined` to keep the extension's own answer.
 */
const RULES: Record<string, (path: string, facts: TreeFacts) => string | undefined> = {
  // Objective-C sources come with headers or an Xcode project; MATLAB's and Octave's do not.
  ".m": (_path, facts) => (hasAny(facts, [".h", ".mm", ".pbxproj", ".xib", ".storyboard", ".plist"]) ? undefined : "matlab"),
  // F# comes with a project or scripts; otherwise a .fs beside other shaders is a fragment shader.
  ".fs": (_path, facts) => (hasAny(facts, [".fsproj", ".fsx", ".fsi"]) ? undefined : hasAny(facts, [".vert", ".frag", ".glsl", ".vs"]) ? "glsl" : undefined),
  // Headers linguist reads as Objective-C (`#import`, `@interface`): a Swift target's bridging
  // header, and the interface of a class whose .m/.mm lies beside it (AppDelegate.h with
  // AppDelegate.mm). Other headers are C here; in a C++ or Objective-C tree their text may
  // still make them C++ or Objective-C (headers.ts).
  ".h": (path, facts) =>
    path.endsWith("-Bridging-Header.h") || facts.objcStems.has(path.slice(0, -2)) ? "objective-c" : undefined,
};

/** Whether files of this (lowercased) extension may be another language than the extension's own (`settle`). */
export function isShared(extension: string): boolean {
  return Object.hasOwn(RULES, extension);
}

/** The language ids for `path`, with shared extensions settled; `ids` is the extension's answer. */
export function settle(
  path: string,
  extension: string,
  ids: readonly string[],
  facts: TreeFacts,
  lookup: (kind: string, key: string) => readonly string[],
): readonly string[] {
  const rule = RULES[extension];
  if (!rule) return ids;
  const language = rule(path, facts);
  return language === undefined ? ids : lookup("language", language);
}
