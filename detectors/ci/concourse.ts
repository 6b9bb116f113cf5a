import type { DetectContext } from "../../src/types.js";
import { IMAGE_REFERENCE, isRecord, lineOfEach } from "../../src/kit.js";
import { reportImageRefs } from "../docker/image-findings.js";

/**
 * Concourse's pipelines (`jobs:` whose entries hold a `plan:`) and task files (`platform:` beside
 * `run:`), kept where a repository keeps its CI (ci/, concourse/, .concourse/, pipelines/): a
 * pipeline or task names Concourse; each task's `image_resource` (`source: { repository: golang,
 * tag: "1.22" }`) is the image it runs in; each resource's `type` (`s3`, `cf`, `registry-image`) is
 * named by the catalog's `concourse-resource` keys. A file that reads as neither is left alone,
 * unparsed (Helm templates and other CI systems' files live there too).
 */
export async function readConcourse(ctx: DetectContext, file: string): Promise<void> {
  const text = (await ctx.text(file)) ?? "";
  const pipeline = /^jobs[ \t]*:/m.test(text) && /^[ \t-]*plan[ \t]*:/m.test(text);
  const task = /^platform[ \t]*:/m.test(text) && /^run[ \t]*:/m.test(text);
  if (!pipeline && !task) return;
  const data = await ctx.yaml(file);
  if (!isRecord(data)) return;
  const isPipeline = Array.isArray(data.jobs) && data.jobs.some((j) => isRecord(j) && Array.isArray(j.plan));
  const isTask = typeof data.platform === "string" && isRecord(data.run);
  if (!isPipeline && !isTask) return;
  ctx.report({ ref: `format:concourse-${isPipeline ? "pipeline" : "task"}`, file });
  const lineOf = lineOfEach(text);
  reportImageRefs(ctx, file, taskImages(data), lineOf);
  if (!isPipeline) return;
  const seen = new Set<string>();
  for (const resource of Array.isArray(data.resources) ? data.resources : []) {
    const type = isRecord(resource) && typeof resource.type === "string" ? resource.type.trim().toLowerCase() : "";
    if (!type || seen.has(type)) continue;
    seen.add(type);
    ctx.report({ ref: `concourse-resource:${type}`, file, line: lineOf(`type: ${resource.type as string}`) });
  }
}

/** The images of every `image_resource` (a task's, inline in a pipeline or in a task file): `repository` with its `tag`. */
function taskImages(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "image_resource" && isRecord(value) && isRecord(value.source) && typeof value.source.repository === "string") {
      const tag = typeof value.source.tag === "string" || typeof value.source.tag === "number" ? String(value.source.tag) : undefined;
      const image = value.source.repository.trim() + (tag ? `:${tag.trim()}` : "");
      if (IMAGE_REFERENCE.test(image)) out.push(image);
    } else taskImages(value, out, depth + 1);
  }
  return out;
}
