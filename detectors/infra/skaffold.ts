import type { DetectContext } from "../../src/types.js";
import { isRecord, isYamlTrue, lineOf, lineOfEach } from "../../src/kit.js";
import { chartName } from "./chart-name.js";

/** What a Skaffold configuration deploys, read from its documents (one per `---`-separated config). */
export interface SkaffoldUse {
  /** The globs of the Kubernetes manifests it applies, relative to its own folder (`kubernetes-manifests/*.yaml`). */
  manifests: string[];
  /** The remote charts its Helm releases install, by the chart's last part, with the chart's own release. */
  charts: Array<{ name: string; version?: string }>;
  /** Whether it deploys (or renders) anything with Helm. */
  helm: boolean;
}

/**
 * A Skaffold configuration's manifests and Helm releases, in its main pipeline and every profile:
 * `manifests.rawYaml` (v3 and later) or `deploy.kubectl.manifests` (earlier), and `helm.releases`
 * under `deploy` or `manifests`, where a `remoteChart` (`bitnami/redis`, an OCI URL; before v2, a
 * `chartPath` marked `remote: true`) is a chart by its last part and a `chartPath` a chart of the
 * repository's own. Undefined for a YAML of another
 * kind (no document with a `skaffold/` apiVersion). A remote manifest (a URL) is no file here.
 */
export function readSkaffold(docs: readonly unknown[]): SkaffoldUse | undefined {
  const configs = docs.filter((d): d is Record<string, unknown> => isRecord(d) && typeof d.apiVersion === "string" && d.apiVersion.startsWith("skaffold/"));
  if (configs.length === 0) return undefined;
  const use: SkaffoldUse = { manifests: [], charts: [], helm: false };
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "" && !v.includes("://")) : []);
  for (const config of configs) {
    const sections = [config, ...(Array.isArray(config.profiles) ? config.profiles.filter(isRecord) : [])];
    for (const section of sections) {
      const deploy = isRecord(section.deploy) ? section.deploy : {};
      const manifests = isRecord(section.manifests) ? section.manifests : {};
      use.manifests.push(...strings(manifests.rawYaml), ...strings(isRecord(deploy.kubectl) ? deploy.kubectl.manifests : undefined));
      for (const helm of [deploy.helm, manifests.helm]) {
        if (!isRecord(helm)) continue;
        use.helm = true;
        for (const release of Array.isArray(helm.releases) ? helm.releases : []) {
          if (!isRecord(release)) continue;
          // Before `remoteChart` (v2beta), a remote chart was a `chartPath` marked `remote: true`
          // (every scalar is read as a string).
          const chart = typeof release.remoteChart === "string" ? release.remoteChart : isYamlTrue(release.remote) && typeof release.chartPath === "string" ? release.chartPath : undefined;
          if (chart === undefined || /[{}$]/.test(chart)) continue;
          const name = chartName(chart);
          const version = typeof release.version === "string" && !/[{}$]/.test(release.version) ? release.version : undefined;
          if (name) use.charts.push({ name, version });
        }
      }
    }
  }
  return use;
}

/**
 * A Skaffold configuration's findings: the charts its Helm releases install from elsewhere, with the
 * chart's own release (a local `chartPath` is a chart of the repository's, read from its Chart.yaml).
 */
export async function reportSkaffold(ctx: DetectContext, file: string, use: SkaffoldUse): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  if (use.helm) ctx.report({ ref: "format:skaffold-helm-deploy", file, line: lineOf(text, "helm:") });
  const lineOfChart = lineOfEach(text);
  for (const c of use.charts) ctx.report({ ref: `helm-chart:${c.name}`, file, line: lineOfChart(c.name), declared: c.version });
}
