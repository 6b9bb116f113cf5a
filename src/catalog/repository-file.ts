import type { FileSource, ScanWarning } from "../types.js";
import type { CatalogSource } from "./types.js";
import type { Catalog } from "./catalog.js";
import { builtinCatalog, catalogWith, parseCatalogFile } from "./load.js";
import { catalogFileNotes, unknownMatcherTargets } from "./check-file.js";
import { decodeText } from "../scan/decode.js";

/** The catalog file a repository may keep at its root. */
export const REPOSITORY_CATALOG = "techstack.catalog.yml";

/**
 * The built-in catalog, extended by a caller's catalog data and by the scanned repository's own
 * `techstack.catalog.yml`. That file is the repository's: one that cannot be read or used is a
 * warning naming it, and the scan goes on with the rest; a matcher of it naming no tool is a
 * warning too.
 */
export async function catalogForScan(source: FileSource, extra: CatalogSource[]): Promise<{ catalog: Catalog; warnings: ScanWarning[] }> {
  const warnings: ScanWarning[] = [];
  let userFile: CatalogSource | undefined;
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source.read(REPOSITORY_CATALOG, 1 << 20);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") warnings.push({ file: REPOSITORY_CATALOG, message: `not read: ${code === "E2BIG" ? "larger than 1 MiB" : (error as Error).message}` });
  }
  // Read as the scan reads a manifest: a UTF-8 BOM dropped, UTF-16 with a BOM (a Windows editor's
  // "Unicode", PowerShell's `>`) decoded, so the file means what it says however it was saved.
  const decoded = bytes ? decodeText(bytes) : undefined;
  if (decoded && "binary" in decoded) warnings.push({ file: REPOSITORY_CATALOG, message: "not used: binary content" });
  else if (decoded) {
    if (decoded.note) warnings.push({ file: REPOSITORY_CATALOG, message: decoded.note });
    try {
      userFile = parseCatalogFile(decoded.text, REPOSITORY_CATALOG);
    } catch (error) {
      warnings.push({ file: REPOSITORY_CATALOG, message: `not used: ${(error as Error).message.replace(`${REPOSITORY_CATALOG}: `, "").split("\n")[0]}` });
    }
  }
  const catalog = catalogWith(...extra, ...(userFile ? [userFile] : []));
  if (userFile) {
    for (const message of unknownMatcherTargets(userFile, (id) => catalog.tools.has(id))) warnings.push({ file: REPOSITORY_CATALOG, message });
    const known = { categories: Object.values(catalog.categories).map((c) => c.name), kinds: [...builtinCatalog().kindNames(), ...catalog.registries.keys(), "tool"], subCategories: siteSubCategories(catalog) };
    for (const message of catalogFileNotes(userFile, known)) warnings.push({ file: REPOSITORY_CATALOG, message });
  }
  return { catalog, warnings };
}

/**
 * Each category's sub-categories, by the category's name: the site's list of them (every built-in
 * tool's pair is one of these: test/catalog.test.ts).
 */
function siteSubCategories(catalog: Catalog): Map<string, string[]> {
  return new Map(Object.values(catalog.categories).map(({ name, sub_categories }) => [name, Object.values(sub_categories)]));
}
