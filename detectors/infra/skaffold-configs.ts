import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, joinInside, repositoryGlob, yamlDocuments } from "../../src/kit.js";
import { readSkaffold, type SkaffoldUse } from "./skaffold.js";

/** A Skaffold configuration (skaffold.yaml, or a variant such as skaffold-dev.yaml), told by its `skaffold/` apiVersion. */
export const SKAFFOLD = /^skaffold([-_.][\w.-]*)?\.ya?ml$/;
/** How many manifest globs Skaffold configurations bring at most, and how long one may be: each is tried on every YAML file. */
const MAX_SKAFFOLD_GLOBS = 200;
const MAX_SKAFFOLD_GLOB = 300;

export interface SkaffoldConfigs {
  /** What each configuration uses, by file. */
  uses: Map<string, SkaffoldUse>;
  /** Whether a configuration's manifest globs take the file. */
  applies(file: string): boolean;
}

/**
 * The repository's Skaffold configurations, read before the other files: the manifests they apply
 * are Kubernetes manifests wherever they are kept (`kubernetes-manifests/*.yaml`, as Google's
 * samples keep them).
 */
export async function readSkaffoldConfigs(ctx: DetectContext): Promise<SkaffoldConfigs> {
  const uses = new Map<string, SkaffoldUse>();
  // Their globs are the repository's own writing: each once, a bounded number of bounded length,
  // matched segment by segment (globMatches), never by a regular expression that backtracks.
  const globs = new Map<string, (path: string) => boolean>();
  for (const file of ctx.files.filter((f) => SKAFFOLD.test(baseName(f)))) {
    const text = await ctx.text(file);
    if (text === undefined || !/^[ \t]*apiVersion:[ \t]*["']?skaffold\//m.test(text)) continue;
    const use = readSkaffold(yamlDocuments(ctx, file, text) ?? []);
    if (!use) continue;
    uses.set(file, use);
    for (const glob of use.manifests) {
      const path = glob.length <= MAX_SKAFFOLD_GLOB ? joinInside(dirOf(file), glob) : undefined;
      if (!path || globs.has(path) || globs.size >= MAX_SKAFFOLD_GLOBS) continue;
      // A `**` within a name is a `*` (`k8s/**.yaml`), as Skaffold's globbing reads it; a glob
      // of other syntax (braces, a class) is left out.
      const test = repositoryGlob(path);
      if (test) globs.set(path, test);
    }
  }
  const applies = (file: string): boolean => {
    for (const test of globs.values()) if (test(file)) return true;
    return false;
  };
  return { uses, applies };
}
