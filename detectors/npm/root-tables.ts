import { lineOf, textLines } from "../../src/kit.js";

/**
 * The tables of package.json that npm, Yarn, pnpm, Bun and Volta read themselves (`dependencies`,
 * `exports`, `pnpm`, `volta`...), read by the detector where they matter: no `manifest-key` of another tool.
 */
export const PACKAGE_FIELDS = new Set([
  "author", "bin", "browser", "bugs", "bundleDependencies", "bundledDependencies", "catalog", "catalogs", "config", "contributors",
  "dependencies", "dependenciesMeta", "devDependencies", "devEngines", "directories", "engines", "exports", "funding", "imports",
  "installConfig", "optionalDependencies", "overrides", "peerDependencies", "peerDependenciesMeta", "pnpm", "publishConfig",
  "repository", "resolutions", "scripts", "volta", "workspaces",
]);

/**
 * The line of a top-level key of a JSON text: the first line at the first key's indentation that
 * opens with it (`"release": {` and not the script `"release": "semantic-release"` above it).
 */
export function topLevelKeyLine(text: string, key: string): number | undefined {
  const lines = textLines(text);
  const indent = lines.map((l) => /^(\s*)"[^"]*"\s*:/.exec(l)?.[1]).find((i) => i !== undefined);
  if (indent === undefined) return lineOf(text, `"${key}"`);
  const at = lines.findIndex((l) => l.startsWith(`${indent}${JSON.stringify(key)}`) && /^\s*:/.test(l.slice(indent.length + JSON.stringify(key).length)));
  return at < 0 ? lineOf(text, `"${key}"`) : at + 1;
}
