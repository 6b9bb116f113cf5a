import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * Azure Pipelines' tasks (`- task: UsePythonVersion@0`), by their name without the major version
 * and lowercased, as Azure reads them, for the catalog's `azure-task` keys; an installer task's
 * release input (`versionSpec: '3.12'`, `version: '1.22.x'`, `terraformVersion: 1.9.5`) is the
 * release of the tool it installs, as a setup action's is. Each task once per release.
 */
export function reportAzureTasks(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  for (const step of tasksIn(data)) {
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
    ctx.report({ ref: `azure-task:${name}`, file, line: lineOf(text, step.task), declared, version: versionFromTag(declared) });
  }
}

/** The inputs of Azure's installer tasks that give the release installed. */
const AZURE_VERSION_INPUTS = ["versionSpec", "version", "terraformVersion", "helmVersionToInstall"];

/** Every step of a parsed Azure Pipelines file that runs a task (`task:` with its `inputs`). */
function tasksIn(data: unknown, out: Array<{ task: string; inputs?: unknown }> = [], depth = 0): Array<{ task: string; inputs?: unknown }> {
  if (depth > 50 || !data || typeof data !== "object") return out;
  if (!Array.isArray(data) && typeof (data as { task?: unknown }).task === "string") out.push(data as { task: string; inputs?: unknown });
  for (const value of Object.values(data as Record<string, unknown>)) tasksIn(value, out, depth + 1);
  return out;
}
