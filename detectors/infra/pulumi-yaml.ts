import type { DetectContext } from "../../src/types.js";
import { baseName, isRecord, sibling } from "../../src/kit.js";

/** How many resources of one program are read at most. */
const MAX_RESOURCES = 2000;

/**
 * The resource types a Pulumi YAML program declares (`runtime: yaml`; its `resources` in Pulumi.yaml
 * or a Main.yaml beside it), as the catalog keys them: `<package>:<module>:<Type>` lower-cased, the
 * module without its file part (`aws:s3/bucketV2:BucketV2` and `aws:s3:BucketV2` are both
 * `aws:s3:bucketv2`; a two-part token, `random:RandomPassword`, is of the `index` module), and an
 * azure-native web app's `kind` appended where it makes it a function app (`azure-native:web:webapp:functionapp`).
 * A program of another runtime (nodejs, python, go) keeps its resources in code, which is not read.
 */
export function pulumiYamlResources(project: unknown, program: unknown = project): string[] {
  if (!isRecord(project)) return [];
  const runtime = isRecord(project.runtime) ? project.runtime.name : project.runtime;
  if (runtime !== "yaml" || !isRecord(program) || !isRecord(program.resources)) return [];
  const keys = new Set<string>();
  for (const resource of Object.values(program.resources).slice(0, MAX_RESOURCES)) {
    if (!isRecord(resource) || typeof resource.type !== "string") continue;
    const parts = resource.type.trim().split(":");
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[\w./-]+$/.test(p))) continue;
    const [pkg, module, type] = parts.length === 3 ? parts : [parts[0], "index", parts[1]];
    let key = `${pkg}:${module!.split("/")[0]}:${type}`.toLowerCase();
    const kind = isRecord(resource.properties) ? resource.properties.kind : undefined;
    if (key === "azure-native:web:webapp" && typeof kind === "string" && kind.toLowerCase().includes("functionapp")) key += ":functionapp";
    keys.add(key);
  }
  return [...keys];
}

/** A Pulumi YAML program (`runtime: yaml`): the resource types it declares, in Pulumi.yaml or a Main.yaml beside it. */
export async function reportPulumiYaml(ctx: DetectContext, file: string): Promise<void> {
  const base = baseName(file);
  const project = base.startsWith("Main") ? await ctx.yaml(ctx.exists(sibling(file, "Pulumi.yaml")) ? sibling(file, "Pulumi.yaml") : sibling(file, "Pulumi.yml")) : await ctx.yaml(file);
  const program = base.startsWith("Main") ? await ctx.yaml(file) : project;
  for (const key of pulumiYamlResources(project, program)) ctx.report({ ref: `pulumi-resource:${key}`, file });
}
