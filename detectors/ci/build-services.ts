import type { DetectContext } from "../../src/types.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { baseName, isRecord, lineOfEach } from "../../src/kit.js";
import { cloudBuildImages } from "./cloud-build.js";
import { readCodebuildRuntimes } from "./codebuild.js";

/** Cloud Build's or CodeBuild's configuration, by a file's name (`cloudbuild-staging.yaml`, `buildspec-deploy.yml`). */
export type BuildService = "cloudBuild" | "codeBuild";

/** Which services a file matcher names already (from cloudbuild.yaml, buildspec.yml). */
export type NamedBuildServices = Record<BuildService, boolean>;

/**
 * The services a file matcher names already: a config under another name beside one adds nothing,
 * and the usual file stays the service's source.
 */
export function namedBuildServices(files: readonly string[]): NamedBuildServices {
  return {
    cloudBuild: files.some((f) => /^cloudbuild\.(ya?ml|json)$/.test(baseName(f))),
    codeBuild: files.some((f) => /^buildspec\.ya?ml$/.test(baseName(f))),
  };
}

/**
 * The service whose configuration a file's name makes it a candidate for. Cloud Build and CodeBuild
 * run a file at the path their trigger or project is set to: one anywhere, outside example folders.
 */
export function buildServiceOf(file: string): BuildService | undefined {
  if (/^cloudbuild[^/]*\.(ya?ml|json)$/.test(baseName(file))) return "cloudBuild";
  if (/^buildspec[^/]*\.ya?ml$/.test(baseName(file))) return "codeBuild";
  return undefined;
}

/** What a Cloud Build config or a CodeBuild buildspec shows: its format under another name, its images or runtimes. */
export function readBuildConfig(ctx: DetectContext, service: BuildService, named: NamedBuildServices, data: unknown, file: string, text: string): void {
  if (service === "cloudBuild") {
    // A build config under another name (cloudbuild-staging.yaml, cloudbuild.gke.yaml) is one by
    // its `steps`, where the tree holds no cloudbuild.yaml, from which the file matcher names the service.
    const images = cloudBuildImages(data);
    if (images.length > 0 && !named.cloudBuild) ctx.report({ ref: "format:cloud-build-config", file });
    reportImageRefs(ctx, file, images, lineOfEach(text));
    return;
  }
  // A buildspec under another name (buildspec-deploy.yml) is one by its `phases`, where the tree
  // holds no buildspec.yml, from which the file matcher names the service.
  const isBuildspec = isRecord(data) && isRecord(data.phases);
  if (isBuildspec && !named.codeBuild) ctx.report({ ref: "format:codebuild-buildspec", file });
  if (isBuildspec) readCodebuildRuntimes(ctx, data, file, text);
}
