import { textLines } from "../../src/kit.js";
/**
 * Dependencies declared as constants in a build's own Kotlin, Groovy or Java code (buildSrc and
 * included build-logic builds): `const val retrofit = "com.squareup.retrofit2:retrofit:${Versions.retrofit}"`
 * in an `object Deps`, used by the scripts as `implementation(Deps.retrofit)`. Read as text.
 */
export interface BuildSrcConstants {
  /** Version constants by simple name (`retrofit` for `Versions.retrofit`): only values that look like versions. */
  versions: Map<string, string>;
  /** Every `group:artifact[:version]` string literal, the version possibly still a `$reference`. */
  coordinates: { group: string; name: string; version?: string; line: number }[];
  /** Plugin ids a convention plugin applies (`pluginManager.apply("com.android.library")`, `id("kotlin-kapt")`). */
  plugins: { id: string; line: number }[];
  /**
   * Version catalog entries a convention plugin adds to the modules applying it
   * (`add("implementation", libs.findLibrary("room.runtime").get())`, `findBundle`), by alias.
   */
  catalogRefs?: { kind: "library" | "bundle"; alias: string; line: number }[];
  /** The API levels a convention plugin sets (`compileSdk = 34`, `defaultConfig.minSdk = 24`). */
  compileSdk?: string;
  minSdk?: string;
  /** `buildFeatures.compose = true` (or `compose = true` in its block): the modules build Jetpack Compose. */
  compose?: true;
}

/**
 * The same strings as `^\d+(?:\.\d+)*(?:[-.+][\w.-]+)?$`, which read `.1.2` both as release parts
 * and as a suffix (quadratic on a long one): a `-`/`.` suffix takes all the parts, only `+` needs them apart.
 */
const VERSION = /^\d+(?:[-.][\w.-]+|(?:\.\d+)*(?:\+[\w.-]+)?)$/;
/**
 * `const val x = "1.2"`, `val x: String = "1.2"`, `def x = '1.2'`, `static final String X = "1.2"`,
 * and a whole number (`const val compileSdk = 34`, `static final int COMPILE_SDK = 34`): an API level
 * the scripts read (`compileSdk = Versions.compileSdk`).
 */
const CONSTANT = /\b(?:val|var|def|String|int|Integer)\s+(\w+)\s*(?::\s*(?:String|Int)\s*)?=\s*(?:["']([^"'$]+)["']|(\d+)(?![\w.]))/g;
/** A coordinate literal: a group, an artifact, and an optional version (literal or `$ref`). */
const COORDINATE = /["']([a-zA-Z][\w.-]*):([a-zA-Z][\w.-]*)(?::([^"'\s@:]+))?(?:@\w+)?["']/g;
const CATALOG_REF = /\bfind(Library|Bundle)\(\s*"([\w.-]+)"\s*\)/g;
const SDK_LEVEL = /\b(compile|min)Sdk\s*=\s*(\d+)\b/;
const COMPOSE = /(?:^|[\s.])compose\s*=\s*true\b/;
const PLUGIN = /\b(?:pluginManager\.apply|apply|id)\s*\(\s*(?:plugin\s*=\s*)?["']([a-zA-Z][\w.-]+)["']\s*\)/g;

export function readBuildSrc(text: string): BuildSrcConstants {
  const out: BuildSrcConstants = { versions: new Map(), coordinates: [], plugins: [] };
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/^\s*(?:\/\/|\*).*$/, "");
    for (const m of line.matchAll(CONSTANT)) {
      const value = m[2] ?? m[3]!;
      if (VERSION.test(value) && !out.versions.has(m[1]!)) out.versions.set(m[1]!, value);
    }
    for (const m of line.matchAll(COORDINATE)) {
      // `junit:junit:4.13.2`, or without a version (a BOM gives it) only with a dotted group: `androidx.compose.ui:ui`.
      if (m[3] || m[1]!.includes(".")) out.coordinates.push({ group: m[1]!, name: m[2]!, version: m[3], line: i + 1 });
    }
    for (const m of line.matchAll(PLUGIN)) out.plugins.push({ id: m[1]!, line: i + 1 });
    for (const m of line.matchAll(CATALOG_REF)) (out.catalogRefs ??= []).push({ kind: m[1] === "Bundle" ? "bundle" : "library", alias: m[2]!, line: i + 1 });
    const sdk = SDK_LEVEL.exec(line);
    if (sdk?.[1] === "compile") out.compileSdk ??= sdk[2];
    else if (sdk) out.minSdk ??= sdk[2];
    if (COMPOSE.test(line)) out.compose = true;
  });
  return out;
}

/** `${Versions.retrofit}`, `$retrofitVersion` or a literal, against the version constants; undefined when unresolved. */
export function resolveBuildSrcVersion(version: string | undefined, versions: ReadonlyMap<string, string>): string | undefined {
  if (!version) return undefined;
  const out = version.replace(/\$\{?(?:[\w]+\.)*(\w+)\}?/g, (m, key: string) => versions.get(key) ?? m);
  return out.includes("$") ? undefined : out;
}
