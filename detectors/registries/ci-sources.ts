import type { DetectContext } from "../../src/types.js";
import { isRecord } from "../../src/kit.js";
import { actionTargets } from "./action-targets.js";
import { commandTargets } from "./command-targets.js";
import { imageValues } from "./container-sources.js";
import type { AddFound, SourceReader } from "./found.js";

/** The private registries Dependabot is given to resolve from (`registries: { fury: { type: npm-registry, url } }`). */
export const DEPENDABOT_SOURCES: SourceReader = {
  takes: (file) => /^\.github\/dependabot\.ya?ml$/.test(file),
  async find(ctx, file, clean, add) {
    const data = await ctx.yaml(file);
    const registries = isRecord(data) && isRecord(data.registries) ? Object.values(data.registries) : [];
    for (const r of registries) if (isRecord(r) && typeof r.url === "string") add(r.url, () => Math.max(0, clean.indexOf(r.url as string)));
  },
};

/** A CI configuration's (or another script's) registries: its commands' targets, the images it builds and pulls, its workflow steps'. */
export async function ciTargets(ctx: DetectContext, file: string, base: string, clean: string, add: AddFound): Promise<void> {
  commandTargets(clean, add);
  // Cloud Build's `images:`, the images a build pushes when it ends
  if (/^cloudbuild\.ya?ml$/.test(base)) {
    const data = await ctx.yaml(file);
    const images = isRecord(data) && Array.isArray(data.images) ? data.images : [];
    const from = Math.max(0, clean.search(/^images[ \t]*:/m));
    for (const image of images) if (typeof image === "string") add(image, () => Math.max(0, clean.indexOf(image, from)));
  }
  // A CI job's own images (GitLab's `image:`, CircleCI's `docker: - image:`): pulled, so image-host
  if (/\.ya?ml$/.test(base)) imageValues(clean, add);
  if (file.startsWith(".github/workflows/")) actionTargets(await ctx.yaml(file), clean, add);
}
