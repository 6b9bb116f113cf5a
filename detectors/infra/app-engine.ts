import type { DetectContext } from "../../src/types.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { gcpRuntime } from "./gcp-runtime.js";

/**
 * The language and release of an App Engine runtime: a standard environment's ID (`python312`), or
 * the flexible environment's bare language (`runtime: python`) with its release in
 * `runtime_config.runtime_version` where it pins one.
 */
export function appEngineRuntime(app: Record<string, unknown>): { language: string; declared: string; version?: string } | undefined {
  const runtime = String(app.runtime).toLowerCase();
  const id = gcpRuntime(runtime);
  if (!id) return undefined;
  if (/\d/.test(runtime)) return { language: id.language, declared: runtime, version: id.version };
  const config = app.runtime_config as { runtime_version?: unknown } | undefined;
  const pinned = config && typeof config === "object" ? config.runtime_version : undefined;
  const release = typeof pinned === "string" || typeof pinned === "number" ? String(pinned) : undefined;
  return { language: id.language, declared: release ?? runtime, version: release && /^\d+(\.\d+)*$/.test(release) ? versionFromTag(release) : undefined };
}

/** App Engine's app.yaml names the runtime its service runs on (`runtime: python312`). */
export function isAppEngineApp(data: unknown): boolean {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const runtime = (data as Record<string, unknown>).runtime;
  return typeof runtime === "string" && /^[a-z]+\d*$/.test(runtime);
}

/** An app.yaml holding App Engine's keys: the service's configuration, and the language and release its runtime names. */
export async function reportAppEngineApp(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.yaml(file);
  if (isAppEngineApp(data)) {
    ctx.report({ ref: "format:app-engine-config", file });
    // The runtime names the service's language and release (`python312` is Python 3.12).
    const runtime = appEngineRuntime(data as Record<string, unknown>);
    if (runtime) ctx.report({ ref: `gcp-runtime:${runtime.language}`, file, declared: runtime.declared, version: runtime.version });
  }
}
