import type { BuildScript } from "./build-script.js";
import type { CatalogPatterns } from "./script-patterns.js";

/**
 * The plugins a statement applies or declares: `id("x") version "1"`, `kotlin("jvm")`,
 * `alias(libs.plugins.x)`, `apply plugin: 'x'` (conditional inside an `if` block). A bare
 * identifier after `version` is a variable (`kotlin("jvm") version kotlinVersion`).
 */
export function readPlugins(out: BuildScript, line: string, lineNo: number, patterns: CatalogPatterns, inIf: boolean): void {
  // `id("x") version "1" apply false` (or `apply(false)`): the version for the projects that apply it.
  const declaredOnly = /\bapply\s*(?:\(\s*false\s*\)|false\b)/.test(line) ? { declaredOnly: true as const } : {};
  // The chained form (`id("x").version("1.0").apply(false)`, the KMM template's root script) too.
  const plugin = /^\s*id\s*(?:\(\s*)?["']([\w.-]+)["']\s*(?:\)\s*)?(?:(?:\.\s*)?version\s*(?:\(\s*)?(?:["']([^"']+)["']|([A-Za-z_][\w.]*)\s*(?:\)\s*)?(?:$|\/\/|(?:\.\s*)?apply\b)))?/.exec(line);
  if (plugin) out.plugins.push({ id: plugin[1], version: plugin[2] ?? (plugin[3] ? `$${plugin[3]}` : undefined), line: lineNo, ...declaredOnly });
  // (Blanks are read by one `\s*` before an optional `)` or `.`, never by two in a row: a line
  // ending in a long blank run is one pass.)
  const kotlin = /^\s*kotlin\s*\(\s*["']([\w.-]+)["']\s*\)(?:(?:\s+version\s+|\s*\.\s*version\s*\(\s*)(?:["']([^"']+)["']|([A-Za-z_][\w.]*)\s*(?:\)\s*)?(?:$|\/\/|(?:\.\s*)?apply\b)))?/.exec(line);
  if (kotlin) out.plugins.push({ id: `org.jetbrains.kotlin.${kotlin[1]}`, version: kotlin[2] ?? (kotlin[3] ? `$${kotlin[3]}` : undefined), line: lineNo, ...declaredOnly });
  const alias = patterns.alias.exec(line);
  if (alias) out.plugins.push({ catalogAccessor: alias[1], line: lineNo, ...declaredOnly });
  const apply = /apply\s*(?:\(\s*)?plugin\s*[:=]\s*["']([\w.-]+)["']/.exec(line);
  if (apply) out.plugins.push({ id: apply[1], line: lineNo, ...(inIf ? { conditional: true as const } : {}) });
}
