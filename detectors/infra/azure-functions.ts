import type { DetectContext } from "../../src/types.js";
import { baseName, inUsageFolder, isRecord } from "../../src/kit.js";

/**
 * The files of an Azure Functions app, which name no package in every language (a PowerShell or
 * Java app, a JavaScript app of the v3 model, a C# script): the host's configuration (host.json,
 * `"version": "2.0"` beside the host's own settings), a function's bindings (function.json, with a
 * trigger), and Core Tools' local settings (local.settings.json's `FUNCTIONS_WORKER_RUNTIME`).
 * Each is read by content: the names alone are common.
 */
export function azureFunctionsFormat(base: string, data: unknown): string | undefined {
  if (!isRecord(data)) return undefined;
  if (base === "host.json") return data.version === "2.0" && HOST_KEYS.some((k) => k in data) ? "azure-functions-host" : undefined;
  if (base === "function.json") {
    const bindings = Array.isArray(data.bindings) ? data.bindings : [];
    return bindings.some((b) => isRecord(b) && typeof b.type === "string" && /trigger$/i.test(b.type) && b.direction === "in") ? "azure-functions-bindings" : undefined;
  }
  if (base === "local.settings.json") return isRecord(data.Values) && typeof data.Values.FUNCTIONS_WORKER_RUNTIME === "string" ? "azure-functions-local-settings" : undefined;
  return undefined;
}

/** The settings of the Functions host's host.json (2.x and later) besides its `version`. */
const HOST_KEYS = ["extensionBundle", "extensions", "functionTimeout", "managedDependency", "logging", "aggregator", "healthMonitor", "singleton", "watchDirectories", "customHandler", "concurrency", "retry", "functions"];

/** An Azure Functions app's own files (host.json, function.json, local.settings.json), by what they hold; a copy in an example or test folder runs nowhere. */
export async function reportAzureFunctionsFile(ctx: DetectContext, file: string): Promise<void> {
  // (A glance first: an unrelated file of one of these names, malformed, is not worth a warning.)
  if (inUsageFolder(file) || !/"(version|bindings|Values)"\s*:/.test((await ctx.peek(file)) ?? "")) return;
  const format = azureFunctionsFormat(baseName(file), await ctx.json(file));
  if (format) ctx.report({ ref: `format:${format}`, file });
}
