import type { DetectContext } from "../../src/types.js";
import { posix } from "node:path";
import { dirOf, inFolder, isRecord, lineOfEach, splitImage } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { substitute } from "./substitute.js";
import type { DockerScan } from "./scan-state.js";
import { reportImageRef } from "./image-findings.js";

/**
 * A dev container configuration: its image, the base images of the Dockerfile it builds with
 * args, and the tools its Dev Container Features install. The spec's places:
 * .devcontainer/devcontainer.json, one folder per configuration below it
 * (.devcontainer/python/devcontainer.json), or .devcontainer.json at the root.
 */
export async function reportDevcontainer(scan: DockerScan, file: string): Promise<void> {
  const { ctx } = scan;
  const data = (await ctx.json(file)) as { image?: unknown; features?: unknown; build?: unknown; dockerFile?: unknown } | undefined;
  if (typeof data?.image === "string") reportImageRef(ctx, file, data.image);
  // A Dockerfile built with `build.args` (`"VARIANT": "3.11-bullseye"` for the Dockerfile's
  // `FROM mcr.microsoft.com/vscode/devcontainers/python:0-${VARIANT}`), as VS Code's templates
  // wrote them: the image those args give. The Dockerfile's path is relative to the
  // configuration's folder (`build.dockerfile`, or the legacy top-level `dockerFile`).
  const build = readDevcontainerBuild(data);
  if (build) {
    const dockerfile = posix.normalize(inFolder(dirOf(file), build.dockerfile));
    if (!dockerfile.startsWith("../") && !dockerfile.startsWith("/")) await scan.builtImage(dockerfile, new Map([...build.args].map(([k, v]) => [k, substitute(v, new Map(), true)])));
  }
  // Its Dev Container Features (`"ghcr.io/devcontainers/features/python:1": { "version": "3.11" }`,
  // or the legacy `"python": "3.11"`): each the tool it installs, at the version option given.
  const features = data?.features;
  if (!features || typeof features !== "object" || Array.isArray(features)) return;
  const lineOfFeature = lineOfEach((await ctx.text(file)) ?? "");
  for (const [id, options] of Object.entries(features as Record<string, unknown>)) {
    const name = featureName(id);
    if (!name) continue;
    // A feature the catalog does not list by id is looked up by the tool it is named for,
    // among the version managers' names (featureTool).
    const ref = ctx.lookup("devcontainer-feature", name).length > 0 ? `devcontainer-feature:${name}` : featureTool(name, ctx);
    if (!ref) continue;
    const option = typeof options === "string" ? options : options && typeof options === "object" ? (options as { version?: unknown }).version : undefined;
    const declared = typeof option === "string" ? option : undefined;
    // `"version": "none"` installs nothing (a feature kept in the file, switched off).
    if (declared?.trim().toLowerCase() === "none") continue;
    ctx.report({ ref, file, line: lineOfFeature(id), declared, version: versionFromTag(declared) });
  }
}

/**
 * The Dockerfile a dev container configuration builds (relative to its folder) and the build
 * args it passes: `build: { dockerfile, args }`, or the legacy top-level `dockerFile` beside
 * `build.args`. Undefined when it builds none or passes no args (args must be strings).
 */
export function readDevcontainerBuild(data: unknown): { dockerfile: string; args: Map<string, string> } | undefined {
  if (!isRecord(data)) return undefined;
  const build = isRecord(data.build) ? data.build : undefined;
  const dockerfile = typeof build?.dockerfile === "string" ? build.dockerfile : typeof data.dockerFile === "string" ? data.dockerFile : undefined;
  if (!dockerfile?.trim() || !isRecord(build?.args)) return undefined;
  const args = new Map<string, string>();
  for (const [k, v] of Object.entries(build.args)) if (typeof v === "string" || typeof v === "number") args.set(k, String(v));
  return args.size ? { dockerfile: dockerfile.trim(), args } : undefined;
}

/**
 * A Dev Container Feature's id without its registry, major or digest, lowercased:
 * `ghcr.io/devcontainers/features/python:1` is `devcontainers/features/python`; a legacy short id
 * (`node`) stays as it is. A local feature (`./local-feature`) or a tarball URL names none.
 */
export function featureName(id: string): string | undefined {
  const trimmed = id.trim();
  if (/^\.{0,2}\/|^https?:/i.test(trimmed)) return undefined;
  // An OCI reference, read as an image's: registry host, major tag and digest dropped.
  return splitImage(trimmed)?.name;
}

/**
 * The version manager's name of the tool a feature installs, where the catalog does not list the
 * feature itself: collections name a feature for its tool (`ghcr.io/devcontainers-extra/features/pulumi`,
 * `.../kubectl-asdf` through asdf's plugin, `.../ant-sdkman`, `.../heroku-cli`), and its `version`
 * option is that tool's release, as a `.tool-versions` line's is. The catalog's `version-manager`
 * keys say which tool a name is and whether its release is the tool's (`heroku` is the CLI's).
 */
function featureTool(name: string, ctx: DetectContext): string | undefined {
  // The official features (and their legacy short ids) are listed one by one: those the catalog
  // leaves out name no tool (`azure-cli` is in Azure's samples' templates whether or not a project
  // deploys to Azure, and the site names no Azure for them).
  if (!name.includes("/") || name.startsWith("devcontainers/features/")) return undefined;
  const base = name.slice(name.lastIndexOf("/") + 1).replace(/-(asdf|sdkman|homebrew|apt-get|apt)$/, "");
  for (const tool of [base, base.replace(/-cli$/, "")]) if (tool && ctx.lookup("version-manager", tool).length > 0) return `version-manager:${tool}`;
  return undefined;
}
