import type { DetectContext } from "../../src/types.js";
import { dirOf, isRecord, joinInside, lineFinder } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * Azure Pipelines' tasks (`- task: UsePythonVersion@0`), by their name without the major version
 * and lowercased, as Azure reads them, for the catalog's `azure-task` keys; an installer task's
 * release input (`versionSpec: '3.12'`, `version: '1.22.x'`, `terraformVersion: 1.9.5`) is the
 * release of the tool it installs, as a setup action's is. Each task once per release.
 */
export function reportAzureTasks(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  // Each step's line from where the last was found: a task named again is found at its own line,
  // and 20,000 steps each searched from the top took 8 s.
  const lineOfTask = lineFinder(text);
  for (const step of tasksIn(data)) {
    const line = lineOfTask(step.task.trim());
    const name = step.task.trim().split("@")[0]!.trim().toLowerCase();
    if (!/^[\w.-]+$/.test(name)) continue;
    const inputs = isRecord(step.inputs) ? step.inputs : {};
    // (`\w` before the ending, not `\w+`: tried from every letter of a long name, `\w+` read the
    // name's rest each time.)
    const installer = /^use\w+|\w(?:tool|installer)$/.test(name);
    const raw = installer ? AZURE_VERSION_INPUTS.map((k) => inputs[k]).find((v) => typeof v === "string" || typeof v === "number") : undefined;
    const declared = raw === undefined || /\$[({]/.test(String(raw)) ? undefined : String(raw).trim();
    const id = `${name}@${declared ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    ctx.report({ ref: `azure-task:${name}`, file, line, declared, version: versionFromTag(declared) });
  }
}

/** The inputs of Azure's installer tasks that give the release installed. */
const AZURE_VERSION_INPUTS = ["versionSpec", "version", "terraformVersion", "helmVersionToInstall", "dockerVersion"];

/** Every step of a parsed Azure Pipelines file that runs a task (`task:` with its `inputs`). */
function tasksIn(data: unknown, out: Array<{ task: string; inputs?: unknown }> = [], depth = 0): Array<{ task: string; inputs?: unknown }> {
  if (depth > 50 || !data || typeof data !== "object") return out;
  if (!Array.isArray(data) && typeof (data as { task?: unknown }).task === "string") out.push(data as { task: string; inputs?: unknown });
  for (const value of Object.values(data as Record<string, unknown>)) tasksIn(value, out, depth + 1);
  return out;
}

/**
 * The repository's template files an Azure Pipelines file references (`- template: templates/deploy.yml`
 * as a stage, job, step or variables entry, `extends: { template: ... }`), and those they reference
 * in turn: stages and steps kept elsewhere, read as the pipeline's own for their tasks and images.
 * A path is relative to the file that names it (`/` opens one from the repository's root); one in
 * another repository (`deploy.yml@templates`) or built by an expression is not read.
 */
export async function readAzureTemplates(ctx: DetectContext, root: unknown, rootFile: string, report: (data: unknown, file: string, text: string) => void, seen = new Set<string>()): Promise<void> {
  // `seen` is the scan's: a template is read and reported once however many pipelines name it
  // (the same findings, of its own file), and a pipeline file read on its own is not read again
  // as another's template. (Each pipeline following its templates afresh, 300 files in a ring of
  // templates took 15 s; 2,000 took five minutes.)
  seen.add(rootFile);
  let read = 0;
  const queue = templatePaths(root, rootFile).filter((p) => ctx.exists(p));
  while (queue.length > 0 && read < MAX_AZURE_TEMPLATES) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    read++;
    const data = await ctx.yaml(file);
    if (data === undefined) continue;
    report(data, file, (await ctx.text(file)) ?? "");
    queue.push(...templatePaths(data, file).filter((p) => ctx.exists(p)));
  }
}

/** How many template files one pipeline reads at most. */
const MAX_AZURE_TEMPLATES = 100;

/** The repository paths of the `template:` references of a parsed pipeline file, resolved against the file's folder. */
function templatePaths(data: unknown, file: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 50 || !node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (key === "template" && typeof value === "string") {
        const path = resolveTemplate(value, file);
        if (path) out.push(path);
      } else if (key !== "inputs") walk(value, depth + 1); // a task's inputs are its own settings
    }
  };
  walk(data, 0);
  return out;
}

function resolveTemplate(ref: string, file: string): string | undefined {
  const raw = ref.trim();
  if (!raw || raw.includes("@") || /\$[({[]/.test(raw) || !/\.ya?ml$/i.test(raw)) return undefined;
  // `/` opens a path at the repository's root; one leading out of it (`../../x.yml`) names nothing here.
  return raw.startsWith("/") ? joinInside("", raw.replace(/^\/+/, "")) : joinInside(dirOf(file), raw);
}

/** An Azure Pipelines file the detector reads on its own (`azure-pipelines*.yml`, a `.azure-pipelines/` folder's). */
export function isAzurePipeline(file: string): boolean {
  return /(^|\/)azure-pipelines[^/]*$|(^|\/)\.azure-pipelines\//.test(file);
}
