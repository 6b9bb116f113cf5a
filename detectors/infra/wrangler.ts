import type { DetectContext } from "../../src/types.js";
import { lineOf } from "../../src/kit.js";

/**
 * Wrangler's configuration (wrangler.toml, .json, .jsonc; the file names Cloudflare Workers): a Cloudflare
 * Pages project's has `pages_build_output_dir`, the folder of the built site Pages serves.
 */
export async function reportWrangler(ctx: DetectContext, file: string): Promise<void> {
  const config = file.endsWith(".toml") ? await ctx.toml(file) : await ctx.json(file);
  const dir = config && typeof config === "object" ? (config as { pages_build_output_dir?: unknown }).pages_build_output_dir : undefined;
  if (typeof dir === "string") ctx.report({ ref: "format:cloudflare-pages-config", file, line: lineOf((await ctx.text(file)) ?? "", "pages_build_output_dir") });
}
