import type { AttributedFinding } from "../scan/run.js";
import { anyGlob, hasBaseName, refKind, refName } from "../kit.js";
import { withoutMajorSuffix } from "./major-suffix.js";

/**
 * What the catalog says of a finding's file, kind and name that the ranks (src/document/rank.ts),
 * the version rules and the comparing of package names with tools (src/document/names.ts) weigh,
 * so they name no ecosystem: a registry's `peer_manifests`, `cited_manifests`, `major_suffix` and
 * `typings_prefix` (catalog/registries.yml); kinds.yml's `variant-files`, `tag-release`,
 * `project-pin`, `workspace-pin` and `ci-step`. The catalog gives its own (`Catalog.rankTraits`); without one, nothing has a trait.
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
  /** Whether the finding's kind is one a workspace's root file pins for every member (its runtime, its package manager). */
  workspacePin(f: AttributedFinding): boolean;
  /** Whether the finding's kind is a CI file's step naming a tool (a workflow's action, a Travis service), not the CI service itself. */
  ciStep(f: AttributedFinding): boolean;
  /** A ref without its registry's `major_suffix` (`go:example.com/acme/v2` is `go:example.com/acme`); else the ref. */
  majorless(ref: string): string;
  /** Whether a ref's name starts with its registry's `typings_prefix` (`npm:@types/node`): type declarations, not a tool. */
  typings(ref: string): boolean;
}

/** Nothing has a trait (the ranks' default: a catalog passes its own). */
export const NO_RANK_TRAITS: RankTraits = { peerManifest: () => false, citedManifest: () => false, variantFile: () => false, tagRelease: () => false, projectPin: () => false, workspacePin: () => false, ciStep: () => false, majorless: (ref) => ref, typings: () => false };

/** The catalog data the traits are made of: by registry kind, manifests' base names; globs; lists of kinds. */
export interface RankTraitData {
  peer: ReadonlyMap<string, readonly string[]>;
  cited: ReadonlyMap<string, readonly string[]>;
  /** Globs of variant files, matched against a path in lower case. */
  variants: readonly string[];
  tagged: ReadonlySet<string>;
  pinning: ReadonlySet<string>;
  /** Kinds a workspace's root file pins for every member (`workspace-pin`); none when left out. */
  workspacePinning?: ReadonlySet<string>;
  /** Kinds of a CI file's steps (`ci-step`); none when left out. */
  steps?: ReadonlySet<string>;
  /** By registry kind, its `major_suffix`. */
  majorSuffixes?: ReadonlyMap<string, string>;
  /** By registry kind, its `typings_prefix`. */
  typingsPrefixes?: ReadonlyMap<string, string>;
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
  const variant = anyGlob(data.variants);
  const suffixes = data.majorSuffixes ?? new Map<string, string>();
  const typings = data.typingsPrefixes ?? new Map<string, string>();
  return {
    peerManifest: named(data.peer),
    citedManifest: named(data.cited),
    variantFile: (file) => variant(file.toLowerCase()),
    tagRelease: among(data.tagged),
    projectPin: among(data.pinning),
    workspacePin: among(data.workspacePinning ?? new Set()),
    ciStep: among(data.steps ?? new Set()),
    majorless: suffixes.size
      ? (ref) => {
          const kind = refKind(ref);
          const suffix = suffixes.get(kind);
          return suffix === undefined ? ref : `${kind}:${withoutMajorSuffix(refName(ref), suffix)}`;
        }
      : (ref) => ref,
    typings: typings.size
      ? (ref) => {
          const prefix = typings.get(refKind(ref));
          return prefix !== undefined && refName(ref).startsWith(prefix);
        }
      : () => false,
  };
}
