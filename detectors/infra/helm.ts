import type { DetectContext } from "../../src/types.js";
import { dirOf, isRecord, joinInside, lineOfEach, repositoryGlob, sibling, yamlDocuments } from "../../src/kit.js";
import { reportImageRefs } from "../docker/image-findings.js";
import { chartImages } from "./manifests.js";
import { chartName } from "./chart-name.js";

/** A chart's default values (values.yaml beside Chart.yaml) name the images it deploys: `image: { repository: bitnami/redis, tag: 7.2.4 }`. */
export async function reportChartValues(ctx: DetectContext, file: string): Promise<void> {
  if (!ctx.exists(sibling(file, "Chart.yaml"))) return;
  const lineOfImage = lineOfEach((await ctx.text(file)) ?? "");
  // A values file writes the tag apart from the repository: an image's line is its name's last part's.
  reportImageRefs(ctx, file, chartImages(await ctx.yaml(file)), (image) => lineOfImage(image.split(":")[0]!.split("/").pop()!));
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
export async function reportHelmfile(ctx: DetectContext, file: string, reading: HelmfileReading = helmfileReading()): Promise<void> {
  reading.read.add(file);
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
  for (const path of nestedStates(ctx, file, nested, reading.globs)) if (!reading.read.has(path) && !isHelmfileName(path)) await reportHelmfile(ctx, path, reading);
}

/**
 * What a scan's helmfiles share: the state files read (a nested one that several name is read
 * once, and a loop ends), and each glob's matches, found once, MAX_NESTED_GLOBS of them at most:
 * a glob is tried on every YAML path of the tree.
 */
export interface HelmfileReading {
  read: Set<string>;
  globs: Map<string, readonly string[]>;
}

export function helmfileReading(): HelmfileReading {
  return { read: new Set(), globs: new Map() };
}

/** A state file Helmfile reads by its name, which the infra detector reads as one wherever it is kept. */
export function isHelmfileName(file: string): boolean {
  return /(^|\/)helmfile\.ya?ml(\.gotmpl)?$/.test(file) || /(^|\/)helmfile\.d\/[^/]+\.ya?ml(\.gotmpl)?$/.test(file);
}

/** How many nested state files a document's `helmfiles:` may name, how long a path may be, and how many globs a scan tries. */
const MAX_NESTED = 200;
const MAX_NESTED_PATH = 300;
const MAX_NESTED_GLOBS = 200;

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
function nestedStates(ctx: DetectContext, file: string, paths: readonly string[], globs: Map<string, readonly string[]>): string[] {
  const out = new Set<string>();
  for (const written of paths.slice(0, MAX_NESTED)) {
    const path = joinInside(dirOf(file), written);
    if (!path) continue;
    if (!/[*?]/.test(path)) {
      if (ctx.exists(path)) out.add(path);
      continue;
    }
    let matches = globs.get(path);
    if (!matches) {
      const test = globs.size < MAX_NESTED_GLOBS ? repositoryGlob(path) : undefined;
      if (!test) continue;
      const found: string[] = [];
      for (const extension of [".yaml", ".yml", ".gotmpl"]) for (const candidate of ctx.byExtension.get(extension) ?? []) if (test(candidate)) found.push(candidate);
      globs.set(path, (matches = found));
    }
    for (const match of matches) out.add(match);
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
