import type { DetectContext } from "../../src/types.js";
import { dirOf, isRecord, joinInside, lineOfEach, repositoryGlob, sibling, splitImage, yamlDocuments } from "../../src/kit.js";
import { imageFinding } from "../docker/image-version.js";
import { chartImages } from "./manifests.js";
import { chartName } from "./chart-name.js";

/** A chart's default values (values.yaml beside Chart.yaml) name the images it deploys: `image: { repository: bitnami/redis, tag: 7.2.4 }`. */
export async function reportChartValues(ctx: DetectContext, file: string): Promise<void> {
  if (!ctx.exists(sibling(file, "Chart.yaml"))) return;
  const lineOfImage = lineOfEach((await ctx.text(file)) ?? "");
  for (const image of chartImages(await ctx.yaml(file))) {
    const ref = splitImage(image);
    if (ref) ctx.report({ ...imageFinding(ref), file, line: lineOfImage(image.split(":")[0]!.split("/").pop()!) });
  }
}

/**
 * A chart's dependencies, in Chart.yaml, or in requirements.yaml beside it: Helm 2's charts (apiVersion
 * v1) list them there, in the form Helm 3 moved into Chart.yaml (Ansible's requirements.yml is no chart's).
 */
export async function reportChartDependencies(ctx: DetectContext, file: string): Promise<void> {
  const dependencies = ((await ctx.yaml(file)) as { dependencies?: unknown } | null | undefined)?.dependencies;
  // A list, as Helm writes it: a mapping there (a chart name to its settings) is no list Helm reads.
  for (const d of (Array.isArray(dependencies) ? dependencies : []) as Array<{ name?: unknown; version?: unknown } | null>) {
    // A chart's version is the chart's own release line (Bitnami's postgresql chart 13.2 ships
    // PostgreSQL 16), not the version of the software it deploys.
    if (typeof d?.name === "string") ctx.report({ ref: `helm-chart:${d.name}`, file, declared: typeof d.version === "string" ? d.version : undefined });
  }
}

/**
 * Helmfile's releases: the chart each installs (`bitnami/redis`, an OCI URL, a local path, a
 * packaged chart) by its name, with the chart's own release. A state file is a Go template
 * (helmfile.yaml in Helmfile 0.x, helmfile.yaml.gotmpl in 1.x): a line holding only template
 * actions (`{{- if .Values.db.enabled }}`, `{{- end }}`) is read as a blank one, so the releases
 * it guards are read. Documents are split by `---` and read one by one where templating still
 * breaks some: the intact ones still name their charts, and a warning names the file and each
 * broken document's line.
 */
export async function reportHelmfile(ctx: DetectContext, file: string, seen: Set<string> = new Set()): Promise<void> {
  seen.add(file);
  const nested: string[] = [];
  for (const doc of yamlDocuments(ctx, file, withoutActionLines((await ctx.text(file)) ?? "")) ?? []) {
    nested.push(...nestedStatePaths(doc));
    const releases = (doc as { releases?: unknown } | null)?.releases;
    for (const release of Array.isArray(releases) ? releases : []) {
      const r = release as { chart?: unknown; version?: unknown } | null;
      if (typeof r?.chart !== "string" || /[{}$]/.test(r.chart)) continue;
      const name = chartName(r.chart);
      const version = typeof r.version === "string" && !/[{}$]/.test(r.version) ? r.version : undefined;
      if (name) ctx.report({ ref: `helm-chart:${name}`, file, declared: version });
    }
  }
  // The state files its `helmfiles:` list names, under names of their own (`apps/gitea.yaml.gotmpl`,
  // `helmfile-child.yaml`), are Helmfile's as well: read as this one, each once, loops cut.
  for (const path of nestedStates(ctx, file, nested)) if (!seen.has(path) && !isHelmfileName(path)) await reportHelmfile(ctx, path, seen);
}

/** A state file Helmfile reads by its name, which the infra detector reads as one wherever it is kept. */
export function isHelmfileName(file: string): boolean {
  return /(^|\/)helmfile\.ya?ml(\.gotmpl)?$/.test(file) || /(^|\/)helmfile\.d\/[^/]+\.ya?ml(\.gotmpl)?$/.test(file);
}

/** How many nested state files a helmfile's `helmfiles:` may name, and how long a path may be: each glob is tried on the tree's YAML. */
const MAX_NESTED = 200;
const MAX_NESTED_PATH = 300;

/**
 * The paths a state document's `helmfiles:` names (`- path: infra/helmfile.yaml`, or the path alone;
 * a glob across folders too), as written: not a remote one (`git::https://...@apps/x.yaml`), nor one a template or an
 * environment variable fills in.
 */
function nestedStatePaths(doc: unknown): string[] {
  const list = isRecord(doc) && Array.isArray(doc.helmfiles) ? doc.helmfiles.slice(0, MAX_NESTED) : [];
  const out: string[] = [];
  for (const entry of list) {
    const path = typeof entry === "string" ? entry : isRecord(entry) && typeof entry.path === "string" ? entry.path : undefined;
    if (path && path.length <= MAX_NESTED_PATH && !/::|:\/\/|[{}$]/.test(path)) out.push(path);
  }
  return out;
}

/** The tree's files the nested paths name, beside the helmfile naming them: a path as it is, a glob (every `apps/<name>/helmfile.yaml`) over its YAML. */
function nestedStates(ctx: DetectContext, file: string, paths: readonly string[]): string[] {
  const out = new Set<string>();
  for (const written of paths.slice(0, MAX_NESTED)) {
    const path = joinInside(dirOf(file), written);
    if (!path) continue;
    if (!/[*?]/.test(path)) {
      if (ctx.exists(path)) out.add(path);
      continue;
    }
    const test = repositoryGlob(path);
    if (!test) continue;
    const prefix = path.slice(0, path.search(/[*?]/));
    for (const extension of [".yaml", ".yml", ".gotmpl"]) for (const candidate of ctx.byExtension.get(extension) ?? []) if (candidate.startsWith(prefix) && test(candidate)) out.add(candidate);
  }
  return [...out];
}

/**
 * The text with each line that holds nothing but Go template actions (`{{ ... }}`, one or more)
 * blanked, its line break kept so lines keep their numbers. A line with text beside an action
 * (`namespace: {{ .Values.ns }}`) is left as written.
 */
export function withoutActionLines(text: string): string {
  if (!text.includes("{{")) return text;
  return text.replace(/^[^\S\r\n]*\{\{.*$/gm, (line) => (onlyActions(line) ? "" : line));
}

/** Whether a line is `{{ ... }}` actions and blanks only, found in one pass over it. */
function onlyActions(line: string): boolean {
  let at = 0;
  for (;;) {
    while (at < line.length && (line[at] === " " || line[at] === "\t")) at++;
    if (at >= line.length) return true;
    if (!line.startsWith("{{", at)) return false;
    const close = line.indexOf("}}", at + 2);
    if (close < 0) return false;
    at = close + 2;
  }
}
