import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, isDataYaml, sibling, type ParsedYamlDocuments } from "../../src/kit.js";
import { gitOpsApplies, readGitOpsTargets } from "./gitops-targets.js";
import { helmfileReading, type HelmfileReading } from "./helm.js";
import { inTestingPlace } from "./manifest-places.js";
import { readSkaffoldConfigs, SKAFFOLD, type SkaffoldConfigs } from "./skaffold-configs.js";
import { readTerraformLock } from "./terraform.js";
import type { TerragruntConfig } from "./terragrunt.js";

/** What the formats of one scan share, read before its files are reported. */
export interface InfraScan {
  /** Terraform's lockfiles' provider versions, by folder. */
  locks: Map<string, Map<string, string>>;
  /** Terragrunt configurations read so far: many units include one root.hcl. */
  terragrunt: Map<string, TerragruntConfig | undefined>;
  /** The state files helmfiles have read, and their nested globs' matches: each once a scan. */
  helmfiles: HelmfileReading;
  skaffolds: SkaffoldConfigs;
  /** The files GitOps objects' reading parsed, for the manifest pass to take (and drop). */
  parsedFirst: Map<string, ParsedYamlDocuments>;
  /**
   * Whether a YAML is applied: one a kustomization beside it lists or a GitOps object applies,
   * outside a test's place, or one a Skaffold configuration's globs apply (a Skaffold configuration
   * itself is none).
   */
  applied(file: string): boolean;
}

/** A kustomization lists the manifests of its folder: the YAML beside it are manifests. */
export const KUSTOMIZATIONS: readonly string[] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

export async function readInfraScan(ctx: DetectContext): Promise<InfraScan> {
  // The folders Flux Kustomizations and Argo CD Applications of the repository apply (GitOps
  // layouts keep manifests under names of their own: `clusters/production/`, `apps/guestbook/`).
  // The files it parses are parsed once: the manifest pass takes their documents (and drops them).
  const parsedFirst = new Map<string, ParsedYamlDocuments>();
  // The three readings start at once, before this detector first waits: a YAML read whole here is
  // not read again by a detector that only glances at it (the registries').
  const [locks, skaffolds, gitOpsTargets] = await Promise.all([
    readTerraformLocks(ctx),
    readSkaffoldConfigs(ctx),
    readGitOpsTargets(ctx, isDataYaml, parsedFirst),
  ]);
  const gitOps = gitOpsApplies(gitOpsTargets);
  const terragrunt = new Map<string, TerragruntConfig | undefined>();
  const helmfiles = helmfileReading();
  const applied = (file: string): boolean =>
    (!inTestingPlace(file) && (KUSTOMIZATIONS.some((k) => ctx.exists(sibling(file, k))) || gitOps(file))) || (!SKAFFOLD.test(baseName(file)) && skaffolds.applies(file));
  return { locks, terragrunt, helmfiles, skaffolds, parsedFirst, applied };
}

async function readTerraformLocks(ctx: DetectContext): Promise<Map<string, Map<string, string>>> {
  const locks = new Map<string, Map<string, string>>();
  for (const file of ctx.files.filter((f) => baseName(f) === ".terraform.lock.hcl")) {
    const text = await ctx.text(file);
    if (text !== undefined) locks.set(dirOf(file), readTerraformLock(text));
  }
  return locks;
}
