import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOfEach } from "../../src/kit.js";

/**
 * A file of a `.buildkite/` folder that holds no pipeline. One named `pipeline*` is one (the agent
 * uploads pipeline.yml by default; pipeline.release.yml), and a step uploads any other
 * (`buildkite-agent pipeline upload .buildkite/release.yml`), a pipeline by its content: a `steps`
 * list, or a list of steps (the form before `steps:`), not of other entries. The folder holds other YAML too: the
 * docker-compose plugin's compose file, the agent's cache definitions.
 */
export function isBuildkiteNonPipeline(file: string, data: unknown): boolean {
  if (!file.startsWith(".buildkite/") || /^pipeline[^/]*$/.test(file.slice(".buildkite/".length))) return false;
  if (Array.isArray(data)) return !(data.length > 0 && data.every(isStep));
  return !(isRecord(data) && Array.isArray(data.steps));
}

/** The keys that make a record a Buildkite step: a command step's, or a wait, block, input, trigger or group step's. */
const STEP_KEYS = ["command", "commands", "label", "plugins", "wait", "block", "input", "trigger", "group"];

/**
 * Whether a list entry is a step: a record with a step's key, or a step written as its type alone
 * (`- wait`). A list of other records (a build matrix's `{ image: node:18 }`) is data.
 */
function isStep(entry: unknown): boolean {
  if (typeof entry === "string") return entry === "wait" || entry === "block" || entry === "input";
  return isRecord(entry) && STEP_KEYS.some((key) => key in entry);
}

/**
 * Buildkite's plugins (`plugins: [docker-compose#v5.4.1]`, or a map of the plugin to its
 * settings), by their name without the release (`#v5.4.1`) for the catalog's `buildkite-plugin`
 * keys; a plugin of another owner keeps its `owner/` (`acme/lint`). Each once.
 */
export function reportBuildkitePlugins(ctx: DetectContext, data: unknown, file: string, text: string): void {
  const seen = new Set<string>();
  const lineOfPlugin = lineOfEach(text);
  for (const ref of pluginsIn(data)) {
    const name = ref.trim().split("#")[0]!.replace(/^(?:https?:\/\/)?github\.com\//i, "").replace(/-buildkite-plugin(?:\.git)?$/i, "").replace(/^buildkite-plugins\//i, "").toLowerCase();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    ctx.report({ ref: `buildkite-plugin:${name}`, file, line: lineOfPlugin(ref), declared: ref.split("#")[1] });
  }
}

/** The plugin references of every `plugins:` list of a parsed Buildkite pipeline. */
function pluginsIn(data: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 50 || !data || typeof data !== "object") return out;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "plugins" && Array.isArray(value)) {
      for (const plugin of value) {
        if (typeof plugin === "string") out.push(plugin);
        else if (isRecord(plugin)) out.push(...Object.keys(plugin));
      }
    } else if (key === "plugins" && isRecord(value)) out.push(...Object.keys(value));
    else pluginsIn(value, out, depth + 1);
  }
  return out;
}
