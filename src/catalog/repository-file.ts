import type { FileSource, ScanWarning } from "../types.js";
import type { CatalogSource } from "./types.js";
import { storedTools, type Catalog } from "./catalog.js";
import { builtinCatalog, catalogWith, parseCatalogFile } from "./load.js";
import { catalogFileNotes, unknownMatcherTargets, type CatalogNote } from "./check-file.js";
import { decodeText } from "../scan/decode.js";
import { catalogOrigin, unusableCatalogFile } from "./file-origin.js";
import { yamlPathLines } from "../kit/yaml-lines.js";
import { nameCollisions } from "./name-collisions.js";
import { siteCategories } from "./known-categories.js";

/** The catalog file a repository may keep at its root. */
export const REPOSITORY_CATALOG = "techstack.catalog.yml";

/**
 * The built-in catalog, extended by a caller's catalog data and by the scanned repository's own
 * `techstack.catalog.yml`. That file is the repository's: one that cannot be read or used is a
 * warning naming it, and the scan goes on with the rest. The caller's data (a configuration's
 * `catalog:` file, the `catalog` option) is held to the same checks, each warning labelled with the
 * file parseCatalogFile read it from, else as the catalog option. `unread` holds the warnings that say
 * why a file was not read or not used, one a file, and `used` the data used.
 */
export async function catalogForScan(source: FileSource, extra: CatalogSource[]): Promise<{ catalog: Catalog; warnings: ScanWarning[]; used: UsedCatalogData[]; unread: ScanWarning[] }> {
  const { userFile, unread, warnings } = await readRepositoryCatalog(source);
  const sources = [...extra, ...(userFile ? [userFile] : [])];
  const catalog = catalogWith(...sources.filter((s) => !catalogOrigin(s)?.unusable));
  const used: UsedCatalogData[] = [];
  sources.forEach((data, i) => {
    const origin = catalogOrigin(data);
    const file = data === userFile ? REPOSITORY_CATALOG : (origin?.file ?? (extra.length > 1 ? `catalog option [${i}]` : "catalog option"));
    if (origin?.unusable) {
      const why = { file, ...lineField(origin.line), message: `not used: ${origin.unusable}` };
      unread.push(why);
      warnings.push(why);
    } else {
      used.push({ file, data });
      const lineOf = origin?.text === undefined ? () => undefined : yamlPathLines(origin.text);
      // Said in the file's line order (the checks find them in their own), a note without a line last.
      const notes = catalogNotes(data, catalog).map(({ message, at }) => ({ file, ...lineField(lineOf(at)), message }));
      warnings.push(...notes.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || 0));
    }
  });
  return { catalog, warnings, used, unread };
}

/** Catalog data a scan used, with the file it came from (`techstack.catalog.yml`, else as its warnings name it). */
export interface UsedCatalogData {
  file: string;
  data: CatalogSource;
}

/**
 * The repository's techstack.catalog.yml, parsed, with its warnings; `unread` those of them saying
 * what kept it from being read. One that cannot be parsed stands in as unusable data.
 */
async function readRepositoryCatalog(source: FileSource): Promise<{ userFile?: CatalogSource; warnings: ScanWarning[]; unread: ScanWarning[] }> {
  const notRead = (message: string) => {
    const why = { file: REPOSITORY_CATALOG, message };
    return { warnings: [why], unread: [why] };
  };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source.read(REPOSITORY_CATALOG, 1 << 20);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") return notRead(`not read: ${code === "E2BIG" ? "larger than 1 MiB" : (error as Error).message}`);
  }
  // Read as the scan reads a manifest: a UTF-8 BOM dropped, UTF-16 with a BOM (a Windows editor's
  // "Unicode", PowerShell's `>`) decoded, so the file means what it says however it was saved.
  const decoded = bytes ? decodeText(bytes) : undefined;
  if (!decoded) return { warnings: [], unread: [] };
  if ("binary" in decoded) return notRead("not used: binary content");
  const warnings = decoded.note ? [{ file: REPOSITORY_CATALOG, message: decoded.note }] : [];
  try {
    return { userFile: parseCatalogFile(decoded.text, REPOSITORY_CATALOG), warnings, unread: [] };
  } catch (error) {
    // Stands in for the file, so the scan says why it is not used, as it says it of a configuration's.
    return { userFile: unusableCatalogFile(REPOSITORY_CATALOG, error), warnings, unread: [] };
  }
}

/** A warning's `line`, where it is known. */
const lineField = (line: number | undefined): { line?: number } => (line === undefined ? {} : { line });

/** What of catalog data the scan will not use as its author meant: matchers naming no tool, catalogFileNotes', then names two tools share. */
function catalogNotes(data: CatalogSource, catalog: Catalog): CatalogNote[] {
  if (!data.tools?.length && !Object.keys(data.matchers ?? {}).length) return [];
  const known = { categories: siteCategories(builtinCatalog()), kinds: [...builtinCatalog().kindNames(), ...catalog.registries.keys(), "tool"] };
  return [...unknownMatcherTargets(data, (id) => catalog.tools.has(id)), ...catalogFileNotes(data, known), ...nameCollisions(data, storedTools(catalog))];
}
