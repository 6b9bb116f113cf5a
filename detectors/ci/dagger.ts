import type { DetectContext } from "../../src/types.js";
import { inUsageFolder, isRecord } from "../../src/kit.js";

/** A Dagger module's `engineVersion` (`v0.13.3`): the Dagger engine release it was made with and runs on. */
export async function reportDaggerModule(ctx: DetectContext, file: string): Promise<void> {
  if (inUsageFolder(file)) return;
  const data = await ctx.json(file);
  const engine = isRecord(data) && typeof data.engineVersion === "string" ? data.engineVersion.trim() : "";
  if (/^v?\d+\.\d+\.\d+$/.test(engine)) ctx.report({ ref: "format:dagger-engine", file, declared: engine, version: engine.replace(/^v/, "") });
}
