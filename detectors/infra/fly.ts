import type { DetectContext } from "../../src/types.js";
import { lineOf } from "../../src/kit.js";
import { reportImageRef } from "../docker/image-findings.js";

/** A Fly app (fly.toml) deploying a prebuilt image (`[build] image = "flyio/postgres-flex:15.6"`): its software at the tag's release. */
export async function reportFlyToml(ctx: DetectContext, file: string): Promise<void> {
  const build = ((await ctx.toml(file)) as { build?: { image?: unknown } } | undefined)?.build;
  const image = build && typeof build === "object" ? build.image : undefined;
  if (typeof image === "string") reportImageRef(ctx, file, image.trim(), lineOf((await ctx.text(file)) ?? "", "image"));
}
