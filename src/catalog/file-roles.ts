import type { AttributedFinding } from "../scan/run.js";
import { PatternIndex } from "../scan/select.js";
import { baseName } from "../kit.js";

/**
 * What the catalog says of a finding's file that the ranks (src/document/rank.ts) weigh, so they name
 * no ecosystem: a registry's `peer_manifests` and `cited_manifests` (catalog/registries.yml) and the
 * `variant-files` of catalog/kinds.yml. The catalog gives its own (`Catalog.fileRoles`); without
 * one, no file has a role.
 */
export interface FileRoles {
  /** Whether the finding's file is one of its registry's `peer_manifests` (npm's package.json). */
  peerManifest(f: AttributedFinding): boolean;
  /** Whether the finding's file is one of its registry's `cited_manifests` (Maven's pom.xml). */
  citedManifest(f: AttributedFinding): boolean;
  /** Whether a file is a variant read only when asked for (docker-compose.dev.yml beside docker-compose.yml). */
  variantFile(file: string): boolean;
}

/** No file has a role (the ranks' default: a catalog passes its own). */
export const NO_FILE_ROLES: FileRoles = { peerManifest: () => false, citedManifest: () => false, variantFile: () => false };

/**
 * The roles of files the catalog's data gives: `peer` and `cited`, by registry kind (the part of a
 * ref before `:`), the base names of its peer and cited manifests; `variants`, globs of the
 * variant files, matched against a path in lower case.
 */
export function fileRoles(peer: ReadonlyMap<string, readonly string[]>, cited: ReadonlyMap<string, readonly string[]>, variants: readonly string[]): FileRoles {
  const named = (byKind: ReadonlyMap<string, readonly string[]>) => (f: AttributedFinding) => {
    if (!byKind.size) return false;
    const colon = f.ref.indexOf(":");
    return colon > 0 && byKind.get(f.ref.slice(0, colon))?.includes(baseName(f.file)) === true;
  };
  const index = new PatternIndex();
  for (const glob of variants) index.add(glob, 0);
  return {
    peerManifest: named(peer),
    citedManifest: named(cited),
    variantFile: variants.length ? (file) => index.match(file.toLowerCase()).length > 0 : () => false,
  };
}
