import { baseName, compareCodeUnits, dirOf, joinInside } from "../../src/kit.js";

/**
 * The version catalogs of a build, by the name scripts reach them with: `libs` for
 * gradle/libs.versions.toml, and each catalog the settings create from a file
 * (`versionCatalogs { create("deps") { from(files("gradle/deps.versions.toml")) } }`, Groovy's
 * `deps { from files('...') }`), whatever the file is called (`create("testDeps")` from
 * gradle/test-deps.versions.toml). A gradle/NAME.versions.toml the settings do not name is taken as
 * catalog NAME, as such builds name theirs.
 */
export function catalogFiles(files: readonly string[], settings: ReadonlyMap<string, string>, exists: (path: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const tomls = new Set(files.filter((f) => f.endsWith(".versions.toml")));
  const shallowFirst = [...settings.keys()].sort((a, b) => a.split("/").length - b.split("/").length || compareCodeUnits(a, b));
  for (const file of shallowFirst) {
    for (const { name, path } of declaredCatalogs(settings.get(file)!)) {
      const toml = joinInside(dirOf(file), path);
      // A declared catalog may be named anything (`gradle/deps.toml`): present in the tree is enough.
      if (toml !== undefined && (tomls.has(toml) || exists(toml)) && !out.has(name)) out.set(name, toml);
    }
  }
  const named = new Set(out.values());
  const libs = files.find((f) => f.endsWith("gradle/libs.versions.toml")) ?? files.find((f) => baseName(f) === "libs.versions.toml");
  if (libs && !out.has("libs") && !named.has(libs)) out.set("libs", libs);
  for (const toml of tomls) {
    const name = /^(?:.*\/)?gradle\/([A-Za-z_]\w*)\.versions\.toml$/.exec(toml)?.[1];
    if (name && !out.has(name) && !named.has(toml)) out.set(name, toml);
  }
  return out;
}

/** The opening of a catalog's block: `create("deps") {` (Kotlin) or `deps {` (Groovy); group 1 or 2 is its name. */
const CATALOG_BLOCK = String.raw`(?:\bcreate\s*\(\s*["']([A-Za-z_]\w*)["']\s*\)|(?<![\w.])([A-Za-z_]\w*))\s*\{\s*from\s*(?:\(\s*)?`;

/**
 * `create("deps") { from(files("gradle/deps.versions.toml")) }` (or `versionCatalogs.create(...)`,
 * or Groovy's `deps { from files('...') }`) in a settings script: each catalog's name and file.
 * The file may be a variable of the same script holding a plain string
 * (`val depsCatalog = "gradle/deps.toml"` ... `from(files(depsCatalog))`).
 */
export function declaredCatalogs(settings: string): Array<{ name: string; path: string }> {
  const out: Array<{ name: string; path: string }> = [];
  const strings = stringVariables(settings);
  const pattern = new RegExp(CATALOG_BLOCK + String.raw`files\s*\(\s*(?:["']([^"'\n]+\.toml)["']|([A-Za-z_]\w*)\s*\))`, "g");
  for (const m of settings.matchAll(pattern)) {
    const path = m[3] ?? strings.get(m[4]!);
    if (path?.endsWith(".toml")) out.push({ name: m[1] ?? m[2]!, path });
  }
  return out;
}

/**
 * Catalogs the settings take from a published artifact (`create("libs") { from("com.acme:catalog:1.4") }`):
 * each name and coordinates. Reading one needs its repository, so a scan cannot.
 */
export function publishedCatalogs(settings: string): Array<{ name: string; coordinates: string; group: string; artifact: string; version?: string; property?: string }> {
  // The release may be a Gradle property: `$micronautVersion`, `${micronautVersion}` or, in Kotlin,
  // `${providers.gradleProperty("micronautVersion").get()}`; `property` names it.
  const pattern = new RegExp(
    CATALOG_BLOCK + String.raw`["']([\w.-]+):([\w.-]+)(?::(?:\$\{providers\.gradleProperty\(\s*["']([\w.-]+)["']\s*\)\.get\(\)\}|\$\{?([\w.]+)\}?|([^"'\s$]+)))?["']`,
    "g",
  );
  return [...settings.matchAll(pattern)].map((m) => {
    const property = m[5] ?? m[6];
    const version = m[7];
    const coordinates = `${m[3]}:${m[4]}${version ? `:${version}` : property ? `:\${${property}}` : ""}`;
    return { name: m[1] ?? m[2]!, coordinates, group: m[3]!, artifact: m[4]!, version, property };
  });
}

/** `val x = "..."`, `var x = "..."`, `const val x = "..."`, `def x = '...'`, `String x = '...'`: plain strings only (no `$`). */
function stringVariables(script: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of script.matchAll(/(?<![\w.])(?:val|var|def|String)\s+([A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*(?:"([^"$\n\\]*)"|'([^'$\n\\]*)')/g)) {
    if (!out.has(m[1]!)) out.set(m[1]!, m[2] ?? m[3]!);
  }
  return out;
}
