import type { DetectContext } from "../../src/types.js";
import { lineOfEach } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { reportImageRefs } from "../docker/image-findings.js";

/** What a kustomization pulls in from outside its folder. */
export interface KustomizeRefs {
  /** Remote bases on GitHub, as lowercase `owner/repo`, with the ref they pin (a tag, a branch or nothing). */
  remotes: Array<{ repo: string; ref?: string }>;
  /** Charts of its `helmCharts` field, with the chart's own release. */
  charts: Array<{ name: string; version?: string }>;
  /**
   * The images its `images` field sets in the manifests it builds: `newName` (else `name`) with
   * `newTag`, as written (`ghcr.io/acme/api:2.14.0`). An entry that only pins a digest names
   * nothing the manifests did not.
   */
  images: string[];
}

/**
 * A kustomization's remote bases and Helm charts. Kustomize fetches a `resources` (or the older
 * `bases`, or `components`) entry from Git when it is a repository URL
 * (`github.com/argoproj/argo-cd//manifests/cluster-install?ref=v2.9.3`, `git@github.com:owner/repo.git//dir`,
 * `https://github.com/owner/repo//dir?ref=main`) or a raw file
 * (`https://raw.githubusercontent.com/argoproj/argo-cd/v2.12.4/manifests/install.yaml`, the ref in the path;
 * a release's asset, `https://github.com/owner/repo/releases/download/v1.7.1/install.yaml`, the tag in the path).
 * Local paths name nothing here: the manifests beside the kustomization are read as manifests.
 */
export function readKustomization(doc: unknown): KustomizeRefs {
  const refs: KustomizeRefs = { remotes: [], charts: [], images: [] };
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return refs;
  const k = doc as { resources?: unknown; bases?: unknown; components?: unknown; helmCharts?: unknown; images?: unknown };
  for (const entry of [k.resources, k.bases, k.components].flatMap((list) => (Array.isArray(list) ? list : []))) {
    if (typeof entry !== "string") continue;
    const remote = remoteBase(entry.trim());
    if (remote) refs.remotes.push(remote);
  }
  for (const image of Array.isArray(k.images) ? k.images : []) {
    const i = image as { name?: unknown; newName?: unknown; newTag?: unknown } | null;
    const name = typeof i?.newName === "string" ? i.newName : typeof i?.name === "string" ? i.name : undefined;
    const tag = typeof i?.newTag === "string" && i.newTag.trim() ? i.newTag.trim() : undefined;
    if (name?.trim() && (tag !== undefined || typeof i?.newName === "string")) refs.images.push(tag ? `${name.trim()}:${tag}` : name.trim());
  }
  for (const chart of Array.isArray(k.helmCharts) ? k.helmCharts : []) {
    const c = chart as { name?: unknown; version?: unknown } | null;
    if (typeof c?.name === "string") refs.charts.push({ name: c.name, version: typeof c.version === "string" ? c.version : undefined });
  }
  return refs;
}

/** `owner/repo` and the pinned ref of a GitHub URL in one of the forms kustomize accepts; nothing for a local path. */
function remoteBase(entry: string): { repo: string; ref?: string } | undefined {
  const raw = /^https?:\/\/raw\.githubusercontent\.com\/([\w.-]+)\/([\w.-]+)\/([^/?#]+)\//i.exec(entry);
  if (raw) return { repo: `${raw[1]}/${raw[2]}`.toLowerCase(), ref: raw[3] };
  // A release's asset (`https://github.com/argoproj/argo-rollouts/releases/download/v1.7.1/install.yaml`,
  // as Argo Rollouts and cert-manager publish their install manifests): the release's tag.
  const asset = /^https?:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\/releases\/download\/([^/?#]+)\//i.exec(entry);
  if (asset) return { repo: `${asset[1]}/${asset[2]}`.toLowerCase(), ref: decodeURIComponent(asset[3]!) };
  const git = /^(?:(?:https?|ssh|git):\/\/)?(?:git@)?github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?(?=\/|\?|$)/i.exec(entry);
  if (!git) return undefined;
  const ref = /[?&](?:ref|version)=([^&#]+)/.exec(entry)?.[1];
  return { repo: `${git[1]}/${git[2]}`.toLowerCase(), ref };
}

/**
 * A kustomization's findings: what it pulls from elsewhere, a project's install manifests at the
 * release it pins (`github.com/argoproj/argo-cd//manifests/cluster-install?ref=v2.9.3` deploys Argo CD
 * 2.9.3) and its Helm charts (the chart's release, as for Chart.yaml).
 */
export async function reportKustomization(ctx: DetectContext, file: string): Promise<void> {
  const refs = readKustomization(await ctx.yaml(file));
  for (const r of refs.remotes) ctx.report({ ref: `kustomize-remote:${r.repo}`, file, declared: r.ref, version: versionFromTag(r.ref) });
  for (const c of refs.charts) ctx.report({ ref: `helm-chart:${c.name}`, file, declared: c.version });
  // Its `images` overrides: the image and tag an overlay deploys in place of its base's
  // (`newTag: "16.2"` for a base's `postgres:15`).
  if (refs.images.length > 0) {
    const lineOfImage = lineOfEach((await ctx.text(file)) ?? "");
    reportImageRefs(ctx, file, refs.images, (image) => lineOfImage(image.split(":")[0]!));
  }
}
