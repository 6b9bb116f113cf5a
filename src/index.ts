/**
 * techstack: what a repository is built with, as the stack-sharing site's `techstack.yml`.
 *
 * @example
 * ```ts
 * import { detect, render } from "techstack";
 * const document = await detect("./my-repo");
 * console.log(render(document, "yaml"));
 * ```
 */
export { detect, scan, type DetectOptions } from "./detect.js";
export type { ScanProgress } from "./scan/progress.js";
export type { RepoFacts } from "./document/build.js";
export type {
  Detector,
  DetectContext,
  DetectResult,
  FileEntry,
  FileSource,
  FileUrl,
  ScanSignal,
  ScanTarget,
  Finding,
  ScanWarning,
  ParsedStackDocument,
  StackDocument,
  ToolEntry,
  Vulnerability,
} from "./types.js";
export { REPO_METADATA } from "./constants.js";
export { DirectorySource } from "./sources/directory.js";
export { MemorySource } from "./sources/memory.js";
export { GitRevisionSource } from "./sources/git.js";
export { Catalog } from "./catalog/catalog.js";
export type { CatalogSource, CatalogTool, MatcherTable, Registry } from "./catalog/types.js";
export { builtinCatalog, catalogWith, readCatalogDir, parseCatalogFile } from "./catalog/load.js";
export { resolve, type Resolution } from "./catalog/resolve.js";
export type { MatchedBy } from "./catalog/resolve/readings.js";
export { isClear } from "./catalog/clear-match.js";
export { resolveTyped, type TypedName } from "./catalog/typed-release.js";
export { render, type Format, type RenderOptions } from "./document/render.js";
export { toYaml } from "./document/yaml.js";
export { toMarkdown, sectionOf } from "./document/markdown.js";
export { validate, isStackDocument, schema, type JsonSchema, type ValidationError } from "./document/validate.js";
export { parse, ParseError } from "./document/parse.js";
export { diff, formatDiff, groupMoves, isEmptyDiff, type DiffFormatOptions, type SourceMove, type StackDiff, type ToolChange } from "./document/diff.js";
export { isPackage } from "./document/move-groups.js";
export type { MoveGroup } from "./document/move-groups.js";
export type { VersionDirection } from "./versions/direction.js";
export { builtinDetectors } from "../detectors/index.js";
// Checked for a JavaScript caller's wrong argument; the engine uses the unchecked ones.
export { lowestVersion, bestMatch, fullVersion, dirOf, baseName, lineOf, joinInside } from "./public-api.js";
export { ERROR_CODES, isTechstackError, type TechstackError, type TechstackErrorCode } from "./errors.js";
