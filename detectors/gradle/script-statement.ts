import type { BuildScript } from "./build-script.js";
import type { StatementPlace } from "./script-blocks.js";
import { readBomImport, readDeclaration } from "./script-dependencies.js";
import { DECLARATION, JAVA_VERSION, PROPERTY_DEFAULT, PROPERTY_READ, VARIABLE, VERSION_PROPERTY, type CatalogPatterns } from "./script-patterns.js";
import { readPlugins } from "./script-plugins.js";
import { accessor } from "./version-catalog.js";

/** A build script being read: what it holds so far, its catalogs' accessor patterns, and its lines (block comments blanked, line comments cut). */
export interface ScriptReading {
  out: BuildScript;
  patterns: CatalogPatterns;
  lines: readonly string[];
}

/** One statement of the script's line `i` (from 0), read into the script. */
export function readStatement(reading: ScriptReading, statement: string, i: number, place: StatementPlace): void {
  const { out, patterns } = reading;
  const lineNo = i + 1;
  const core = place.inPlugins ? /^\s*(?:`([a-z][\w-]*)`|([a-z]\w*))\s*$/.exec(statement) : null;
  if (core && !["id", "kotlin", "alias"].includes(core[1] ?? core[2]!)) {
    out.plugins.push({ id: core[1] ?? core[2]!, line: lineNo });
    return;
  }
  const line = withValuesNamed(statement, patterns);
  readAssignments(out, line);
  const declaration = DECLARATION.exec(line);
  if (declaration) return readDeclaration(reading, declaration[1]!, declaration[2]!, i);
  if (readBomImport(out, line, lineNo)) return;
  readPlugins(out, line, lineNo, patterns, place.inIf);
  if (!place.inExt) readSdkLevel(out, line, patterns);
}

/**
 * The statement with the values it reads written as variables: a catalog version read in a script
 * (`version libs.versions.kotlin.get()`, `compileSdk = libs.versions.compileSdk.get().toInt()`) is a
 * variable named by its accessor; a property read, one named by the property.
 */
function withValuesNamed(statement: string, patterns: CatalogPatterns): string {
  return statement
    .replace(patterns.versions, (_, versions: string, key: string) => `${versions}.${accessor(key)}`)
    .replace(PROPERTY_READ, (_, a?: string, b?: string, c?: string) => `\${${a ?? b ?? c}}`)
    .replace(VERSION_PROPERTY, (_, version: string, a?: string, b?: string, c?: string, d?: string) => version + (a ?? b ?? c ?? d));
}

/** The variables a statement assigns (the first assignment of a name kept), the Java release, Compose. */
function readAssignments(out: BuildScript, line: string): void {
  // A value read from a Gradle property with a default, as Expo's Android template assigns its
  // API levels (`compileSdkVersion = Integer.parseInt(findProperty('android.compileSdkVersion') ?: '34')`):
  // the variable is the property, which gradle.properties may set, and the default is the
  // property's value where none does (gradle.properties is read first, and its value kept).
  const defaulted = line.includes("?:") ? PROPERTY_DEFAULT.exec(line) : null;
  if (defaulted) {
    const [, name, property, fallback] = defaulted as unknown as [string, string, string, string];
    if (!out.variables.has(name)) out.variables.set(name, `$${property}`);
    if (!out.variables.has(property)) out.variables.set(property, fallback);
  }
  const variable = VARIABLE.exec(line);
  if (variable) {
    const name = variable[1] ?? variable[3] ?? variable[6]!;
    const value = variable[2] ?? variable[4] ?? variable[5] ?? variable[7]!;
    if (!out.variables.has(name)) out.variables.set(name, value);
  }
  const java = JAVA_VERSION.exec(line);
  if (java && !out.javaVersion) out.javaVersion = (java[1] ?? java[2] ?? java[3]!).replace(/_/g, ".").replace(/^1\.(\d{2,})$/, "$1");
  if (/^\s*compose\s*(=\s*)?true\b/.test(line)) out.compose = true;
}

/** An Android module's `compileSdk` (the last set) and `minSdk` (the first), outside `ext {}`. */
function readSdkLevel(out: BuildScript, line: string, patterns: CatalogPatterns): void {
  const sdk = patterns.sdkLevel.exec(line);
  if (sdk?.[1] === "compile") out.compileSdk = sdk[2] ?? `$${sdk[3]}`;
  else if (sdk?.[1] === "min" && out.minSdk === undefined) out.minSdk = sdk[2] ?? `$${sdk[3]}`;
}
