import { baseName, dirOf, joinInside } from "../../src/kit.js";

/**
 * The version catalogs of a build, by the name scripts reach them with: `libs` for
 * gradle/libs.versions.toml, and each catalog the settings create from a file
 * (`versionCatalogs { create("deps") { from(files("gradle/deps.versions.toml")) } }`, Groovy's
 * `deps { from files('...') }`), whatever the file is called (`create("testDeps")` from
 * gradle/test-deps.versions.toml). A gradle/NAME.versions.toml the settings do not name is taken as
 * catalog NAME, as such builds name theirs.
 */
export function catalogFiles(files: readonly string[], settings: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const tomls = new Set(files.filter((f) => f.endsWith(".versions.toml")));
  const shallowFirst = [...settings.keys()].sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
  for (const file of shallowFirst) {
    for (const { name, path } of declaredCatalogs(settings.get(file)!)) {
      const toml = joinInside(dirOf(file), path);
      if (toml !== undefined && tomls.has(toml) && !out.has(name)) out.set(name, toml);
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

/**
 * `create("deps") { from(files("gradle/deps.versions.toml")) }` (or `versionCatalogs.create(...)`,
 * or Groovy's `deps { from files('...') }`) in a settings script: each catalog's name and file.
 */
export function declaredCatalogs(settings: string): Array<{ name: string; path: string }> {
  const out: Array<{ name: string; path: string }> = [];
  const pattern = /(?:\bcreate\s*\(\s*["']([A-Za-z_]\w*)["']\s*\)|(?<![\w.])([A-Za-z_]\w*))\s*\{\s*from\s*(?:\(\s*)?files\s*\(\s*["']([^"'\n]+\.toml)["']/g;
  for (const m of settings.matchAll(pattern)) out.push({ name: m[1] ?? m[2]!, path: m[3]! });
  return out;
}
