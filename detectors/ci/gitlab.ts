import type { DetectContext } from "../../src/types.js";
import { compareCodeUnits, globSegmentsMatcher, lineOf, MAX_PICOMATCH_STARS, starRuns, lineOfEach } from "../../src/kit.js";
import { imagesIn } from "./images.js";
import { reportImageRefs } from "../docker/image-findings.js";

/**
 * The files of the repository that .gitlab-ci.yml includes (`include: .gitlab/ci/build.yml`,
 * `- local: /ci/*.yml`, and what they include in turn): jobs kept elsewhere, read as the root
 * file's own for their images and a Pages job. Templates, other projects' files, components and
 * remote URLs are not in the repository.
 */
export async function readGitlabIncludes(ctx: DetectContext, root: unknown): Promise<void> {
  const seen = new Set([".gitlab-ci.yml"]);
  const globs = new Set<string>();
  const queue = localIncludes(root, ctx.paths, (p) => ctx.exists(p), globs);
  while (queue.length > 0 && seen.size <= MAX_GITLAB_INCLUDES) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const data = await ctx.yaml(file);
    if (data === undefined) continue;
    const text = (await ctx.text(file)) ?? "";
    reportImageRefs(ctx, file, imagesIn(data), lineOfEach(text));
    if (publishesPages(data)) ctx.report({ ref: "format:gitlab-pages-job", file, line: lineOf(text, "pages:") });
    reportGitlabTemplates(ctx, data, file, text);
    queue.push(...localIncludes(data, ctx.paths, (p) => ctx.exists(p), globs));
  }
}

/**
 * The templates GitLab ships that a CI file includes (`include: - template: Terraform/Base.gitlab-ci.yml`):
 * `gitlab-template:<path>`, lowercased and without `.gitlab-ci.yml`, for the catalog's keys (the
 * jobs of a deploy or test template run the tool or deploy to the service it is named for).
 */
export function reportGitlabTemplates(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const include = (data as { include?: unknown } | null)?.include;
  // GitLab runs at most 150 includes a pipeline; past MAX_GITLAB_INCLUDES each template's line search
  // from the top of the text would only be a hostile file's cost.
  const entries = (Array.isArray(include) ? include : include === undefined ? [] : [include]).slice(0, MAX_GITLAB_INCLUDES);
  const seen = new Set<string>();
  for (const entry of entries) {
    const template = (entry as { template?: unknown } | null)?.template;
    if (typeof template !== "string") continue;
    const name = template.trim().replace(/\.gitlab-ci\.ya?ml$/i, "").toLowerCase();
    if (!/^[\w./-]+$/.test(name) || seen.has(name)) continue;
    seen.add(name);
    ctx.report({ ref: `gitlab-template:${name}`, file, line: lineOf(text, template) });
  }
}

/** How many included files one pipeline's configuration reads at most, and how many globs it matches against the tree. */
const MAX_GITLAB_INCLUDES = 100;
const MAX_GITLAB_GLOBS = 20;

/** The repository paths a GitLab CI file's `include` names: local paths and `local:` entries, with `*` (one folder) and `**` (any depth) globs. */
function localIncludes(data: unknown, paths: readonly string[], exists: (path: string) => boolean, globs: Set<string>): string[] {
  const include = (data as { include?: unknown } | null)?.include;
  const entries = Array.isArray(include) ? include : include === undefined ? [] : [include];
  const out: string[] = [];
  for (const entry of entries) {
    const local = typeof entry === "string" ? (/^https?:\/\//i.test(entry.trim()) ? undefined : entry) : (entry as { local?: unknown } | null)?.local;
    if (typeof local !== "string" || !local.trim()) continue;
    const path = local.trim().replace(/^\.?\//, "");
    if (!path.includes("*")) {
      if (exists(path)) out.push(path);
      continue;
    }
    // Each glob once, and a bounded number of them, of a few stars each (`.gitlab/ci/**/*.yml`):
    // each is matched against every YAML path of the tree.
    if (globs.has(path) || globs.size >= MAX_GITLAB_GLOBS || starRuns(path) > MAX_PICOMATCH_STARS) continue;
    globs.add(path);
    // `configs/**.yml` is any .yml below configs/: a `**` within a name is a `**` folder before it.
    const matches = globSegmentsMatcher(path.split("/").flatMap((seg) => (seg !== "**" && seg.includes("**") ? ["**", seg.replace(/\*{2,}/g, "*")] : [seg])));
    // GitLab includes YAML files only.
    out.push(...paths.filter((p) => /\.ya?ml$/.test(p) && matches(p)).sort(compareCodeUnits));
  }
  return out;
}

/**
 * A GitLab CI job that publishes a GitLab Pages site: the job named `pages`, or one with the
 * `pages:` keyword (GitLab 17.9 and later) set to anything but false (scalars are read as strings;
 * a value is compared, not converted: String() of a mapping with a `toString` key threw).
 */
export function publishesPages(data: unknown): boolean {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  return Object.entries(data as Record<string, unknown>).some(([name, job]) => {
    if (!job || typeof job !== "object" || Array.isArray(job)) return false;
    const pages = (job as { pages?: unknown }).pages;
    return name === "pages" || ("pages" in job && pages !== "false" && pages !== false);
  });
}
