import type { DetectContext } from "../../src/types.js";
import { isRecord, sibling } from "../../src/kit.js";
import { reportSiteSettings, settingPaths } from "../site-generators/settings.js";

/** A `_config.yml`: Jekyll's, or Hexo's or Jupyter Book's, with the services the site wires in. */
export async function reportSiteConfig(ctx: DetectContext, file: string): Promise<void> {
  const beside = sibling(file, "package.json");
  const hexoSite = ctx.exists(beside) && declaresHexo(await ctx.json(beside));
  const data = await ctx.yaml(file);
  const jekyll = !hexoSite && isJekyllConfig(file, data, (p) => ctx.exists(sibling(file, p)), ctx.lookup);
  if (jekyll) ctx.report({ ref: "format:jekyll-config", file });
  // The services the site wires into its pages (`google_analytics`, `disqus.shortname`): a
  // theme's own copy (themes/) is not the site's, and a Jupyter Book's names its own settings.
  const generator = /(^|\/)themes\//.test(file) ? undefined : jekyll ? "jekyll" : hexoSite ? "hexo" : ctx.exists(sibling(file, "_toc.yml")) ? "jupyter-book" : undefined;
  if (generator) reportSiteSettings(ctx, file, generator, settingPaths(data), (await ctx.text(file)) ?? "");
}

/**
 * `_config.yml` is Jekyll's site configuration, but Hexo names its own (and every theme's, under
 * themes/) the same, and so does Jupyter Book (beside its `_toc.yml`): those are told apart by
 * their place, their neighbours and their keys (the catalog's `site-config-key` matchers name the
 * keys of the others). An empty file is a minimal Jekyll site.
 */
export function isJekyllConfig(file: string, data: unknown, sibling: (name: string) => boolean, lookup: DetectContext["lookup"]): boolean {
  if (/(^|\/)themes\//.test(file) || sibling("_toc.yml")) return false;
  if (data === undefined || data === null) return true;
  if (typeof data !== "object" || Array.isArray(data)) return false;
  return !Object.keys(data).some((k) => lookup("site-config-key", k).some((id) => id !== "jekyll"));
}

/**
 * A Hexo site's package.json: `hexo init` writes the `hexo` package and a top-level `hexo` key (the
 * release that made the site) beside its `_config.yml`, which may hold only Jekyll-like keys.
 */
function declaresHexo(pkg: unknown): boolean {
  if (!isRecord(pkg)) return false;
  const data = pkg;
  if (data.hexo && typeof data.hexo === "object") return true;
  return ["dependencies", "devDependencies"].some((field) => {
    const deps = data[field];
    return Boolean(deps && typeof deps === "object" && Object.hasOwn(deps, "hexo"));
  });
}
