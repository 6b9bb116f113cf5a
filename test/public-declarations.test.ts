import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// The package's declarations (dist/index.d.ts, the build's) are its API: what they export, and the
// members of the classes they export, is listed here, so that a new export or member is a decision
// made in this file (with a line in docs/api.md), not a side effect of an engine change. What the
// engine alone calls is marked @internal in the source and left out of the declarations (tsup's dts
// build with stripInternal).

let declarations: string;
beforeAll(() => {
  declarations = readFileSync(join(ROOT, "dist/index.d.ts"), "utf8");
});

/** The names of the declarations' export list, `type ` prefix kept. */
function exportedNames(): string[] {
  const list = /^export \{([^}]*)\}/m.exec(declarations)![1]!;
  return list.split(",").map((name) => name.trim()).filter(Boolean).sort();
}

/** A declared class's public members (no `private` ones), in order. */
function members(className: string): string[] {
  const start = declarations.indexOf(`declare class ${className} `);
  const body = declarations.slice(start, declarations.indexOf("\n}\n", start));
  return [...body.matchAll(/^ {4}(?:readonly |static |get |set )*([A-Za-z_$][\w$]*)[?]?[(:<;=]/gm)].map((m) => m[1]!).filter((name, i, all) => all.indexOf(name) === i);
}

describe("the published declarations", () => {
  it("export exactly the API, values and types", () => {
    expect(exportedNames()).toEqual([
      "Catalog", "DirectorySource", "ERROR_CODES", "GitRevisionSource", "MemorySource", "ParseError", "REPO_METADATA",
      "baseName", "bestMatch", "builtinCatalog", "builtinDetectors", "catalogWith", "detect", "diff", "dirOf", "formatDiff", "fullVersion", "groupMoves",
      "isClear", "isEmptyDiff", "isPackage", "isStackDocument", "isTechstackError", "joinInside", "lineOf", "lowestVersion", "parse", "parseCatalogFile",
      "readCatalogDir", "render", "resolve", "resolveTyped", "scan", "schema", "sectionOf", "toMarkdown", "toYaml",
      "type CatalogSource", "type CatalogTool", "type DetectContext", "type DetectOptions", "type DetectResult", "type Detector", "type DiffFormatOptions",
      "type FileEntry", "type FileSource", "type FileUrl", "type Finding", "type Format", "type JsonSchema", "type MatchedBy", "type MatcherTable", "type MoveGroup",
      "type ParsedStackDocument", "type Registry", "type RenderOptions", "type RepoFacts", "type Resolution", "type ScanProgress", "type ScanSignal", "type ScanTarget",
      "type ScanWarning", "type SourceMove", "type StackDiff", "type StackDocument", "type TechstackError", "type TechstackErrorCode", "type ToolChange",
      "type ToolEntry", "type TypedName", "type ValidationError", "type VersionDirection", "type Vulnerability",
      "validate",
    ]);
  });

  it("give the catalog's lookups, not what the engine alone asks of it (ranks' traits, release rules, matched keys)", () => {
    expect(members("Catalog")).toEqual([
      "tools", "registries", "categories", "constructor", "extend", "match", "ids", "knows", "versionless", "tableValue", "family", "entries", "kindNames", "toolsOf", "normalize",
    ]);
  });

  it("keep no declaration marked @internal, and no engine type left behind by one", () => {
    expect(declarations).not.toContain("@internal");
    for (const engineType of ["RankTraits", "AttributedFinding"]) expect(declarations, engineType).not.toMatch(new RegExp(`\\b${engineType}\\b`));
  });
});
