import type { AttributedFinding } from "../scan/run.js";
import { PatternIndex } from "../scan/select.js";
import { hasBaseName } from "../kit.js";

/**
 * What the catalog says of a finding's file and kind that the ranks (src/document/rank.ts) weigh,
 * so they name no ecosystem: a registry's `peer_manifests` and `cited_manifests`
 * (catalog/registries.yml); kinds.yml's `variant-files`, `tag-release` and `project-pin`. The
 * catalog gives its own (`Catalog.rankTraits`); without one, nothing has a trait.
 */
export interface RankTraits {
  /** Whether the finding's file is one of its registry's `peer_manifests` (npm's package.json). */
  peerManifest(f: AttributedFinding): boolean;
  /** Whether the finding's file is one of its registry's `cited_manifests` (Maven's pom.xml). */
  citedManifest(f: AttributedFinding): boolean;
  /** Whether a file is a variant read only when asked for (docker-compose.dev.yml beside docker-compose.yml). */
  variantFile(file: string): boolean;
  /** Whether the finding's kind declares an image tag (`docker`'s `7.0.11-jammy`), not a requirement. */
  tagRelease(f: AttributedFinding): boolean;
  /** Whether the finding's kind is one a project pins its own runtime with (.nvmrc, `engines`, .tool-versions). */
  projectPin(f: AttributedFinding): boolean;
}

/** Nothing has a trait (the ranks' default: a catalog passes its own). */
export const NO_RANK_TRAITS: RankTraits = { peerManifest: () => false, citedManifest: () => false, variantFile: () => false, tagRelease: () => false, projectPin: () => false };

/** The catalog data the traits are made of: by registry kind, manifests' base names; globs; lists of kinds. */
export interface RankTraitData {
  peer: ReadonlyMap<string, readonly string[]>;
  cited: ReadonlyMap<string, readonly string[]>;
  /** Globs of variant files, matched against a path in lower case. */
  variants: readonly string[];
  tagged: ReadonlySet<string>;
  pinning: ReadonlySet<string>;
}

/** The traits `data` gives (a finding's kind is the part of its ref before `:`). */
export function rankTraits(data: RankTraitData): RankTraits {
  // Asked of every finding of an entry, rank by rank (40,000 of one package in a monorepo): a kind
  // and a base name compared in place, not cut out of the ref and the path each time.
  const named = (byKind: ReadonlyMap<string, readonly string[]>) => {
    const tests = [...byKind].filter(([kind]) => kind && !kind.includes(":")).map(([kind, names]) => ({ prefix: `${kind}:`, names: names.filter((n) => n && !n.includes("/")) }));
    return (f: AttributedFinding) => {
      for (const { prefix, names } of tests) if (f.ref.startsWith(prefix)) return names.some((n) => hasBaseName(f.file, n));
      return false;
    };
  };
  const among = (kinds: ReadonlySet<string>) => {
    const prefixes = [...kinds].filter((kind) => kind && !kind.includes(":")).map((kind) => `${kind}:`);
    return (f: AttributedFinding) => prefixes.some((prefix) => f.ref.startsWith(prefix));
  };
  const index = new PatternIndex();
  for (const glob of data.variants) index.add(glob, 0);
  return {
    peerManifest: named(data.peer),
    citedManifest: named(data.cited),
    variantFile: data.variants.length ? (file) => index.match(file.toLowerCase()).length > 0 : () => false,
    tagRelease: among(data.tagged),
    projectPin: among(data.pinning),
  };
}
