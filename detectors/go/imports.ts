import { blankComments, compareCodeUnits, dirOf } from "../../src/kit.js";

/** How many of a module's .go files are glanced at for their imports. */
export const MAX_IMPORT_READS = 200;
/** How many .go files one scan glances at in all, whatever the number of modules. */
export const MAX_IMPORT_READS_PER_SCAN = 1_000;

/**
 * The import paths a Go source file names: single `import "x"` lines (aliased, `_` and `.` ones
 * too) and `import ( ... )` blocks. Comments are blanked first; a string outside an import
 * declaration is not an import.
 */
export function goImports(source: string): string[] {
  // Strings and runes left whole (a `"a/*"` opens no comment); one pass, where a regex per unclosed
  // `/*` ran to the text's end from each.
  const text = blankComments(source, { line: ["//"], block: ["/*", "*/"], quotes: "\"'`", multiline: "`" });
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t]*import[ \t]*\(([^)]*)\)/gm)) {
    for (const s of m[1]!.matchAll(/"([^"\s]+)"|`([^`\s]+)`/g)) out.push(s[1] ?? s[2]!);
  }
  for (const m of text.matchAll(/^[ \t]*import[ \t]+(?:[\w.]+[ \t]+)?(?:"([^"\s]+)"|`([^`\s]+)`)/gm)) out.push(m[1] ?? m[2]!);
  return out;
}

/**
 * The .go files that belong to the module whose go.mod is `modFile`: those under its folder,
 * outside vendor/ and testdata/ and outside any nested module (a folder with a go.mod of its own).
 */
export function moduleSources(modFile: string, paths: readonly string[]): string[] {
  const root = dirOf(modFile);
  const prefix = root ? `${root}/` : "";
  const nested = paths
    .filter((p) => p !== modFile && p.endsWith("/go.mod") && p.startsWith(prefix))
    .map((p) => `${dirOf(p)}/`);
  return paths
    .filter((p) => p.endsWith(".go") && p.startsWith(prefix))
    .filter((p) => !/(?:^|\/)(?:vendor|testdata)\//.test(p.slice(prefix.length)))
    .filter((p) => !nested.some((n) => p.startsWith(n)))
    .sort(compareCodeUnits);
}

/** Whether `imported` is a package of the module `modulePath` (the module itself or a folder under it). */
export function importsModule(imported: Iterable<string>, modulePath: string): boolean {
  for (const p of imported) if (p === modulePath || p.startsWith(`${modulePath}/`)) return true;
  return false;
}
