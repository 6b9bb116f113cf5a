import type { DetectContext } from "../../src/types.js";
import { isRecord, lineOf, sibling } from "../../src/kit.js";
import { reportSiteSettings, settingPaths } from "../site-generators/settings.js";

/**
 * A Hugo site's configuration under the name older sites give it (`config.toml`, `config.yaml`,
 * `config/_default/config.toml`): a name no one tool owns, so it counts only where it holds Hugo's
 * `baseURL` beside one of Hugo's own site keys (`languageCode`, `theme`, `module`, `params`, ...).
 * A theme's copy (`themes/<name>/`) and its demo (`exampleSite/`) are not the repository's site.
 */
export async function readHugoConfig(ctx: DetectContext, file: string): Promise<void> {
  if (/(^|\/)(themes\/[^/]+|exampleSite)\//.test(file)) return;
  // Many tools name their settings config.toml or config.yaml (Streamlit, Cargo, CircleCI, a Helm
  // template): glanced at first, so only one that starts a line with baseURL is parsed (and warned of).
  const glance = await ctx.peek(file);
  if (!glance || !/^baseurl[ \t]*[=:]/im.test(glance)) return;
  const data = file.endsWith(".toml") ? await ctx.toml(file) : await ctx.yaml(file);
  if (!isRecord(data)) return;
  const keys = Object.keys(data);
  const base = keys.find((k) => k.toLowerCase() === "baseurl");
  // Hugo's configuration folder (config/_default/) is its own layout: baseURL is enough there.
  const ownFolder = /(^|\/)config\/_default\/config\.[a-z]+$/.test(file);
  if (!base || !(ownFolder || keys.some((k) => HUGO_KEYS.has(k.toLowerCase())))) return;
  const text = (await ctx.text(file)) ?? "";
  ctx.report({ ref: "format:hugo-config", file, line: lineOf(text, base) });
  reportSiteSettings(ctx, file, "hugo", settingPaths(data), text);
}

/**
 * Hugo's own configuration file (hugo.toml, hugo.yaml, hugo.json, and their copies under config/, with
 * config/_default/services.toml),
 * which the catalog's file keys name Hugo from: the services it wires in (`[services.googleAnalytics]`,
 * `disqusShortname`), as in the older config.toml. A theme's copy and its demo are not the site's.
 */
export async function readHugoSettings(ctx: DetectContext, file: string): Promise<void> {
  if (/(^|\/)(themes\/[^/]+|exampleSite)\//.test(file)) return;
  // Hugo's configuration folder splits the file by its top-level keys: config/_default/services.toml
  // holds what hugo.toml's `[services]` would, beside that folder's hugo.toml or config.toml.
  const split = /(^|\/)config\/_default\/services\.[a-z]+$/.test(file);
  if (split && !["hugo", "config"].some((name) => ["toml", "yaml", "yml", "json"].some((ext) => ctx.exists(sibling(file, `${name}.${ext}`))))) return;
  const data = file.endsWith(".toml") ? await ctx.toml(file) : file.endsWith(".json") ? await ctx.json(file) : await ctx.yaml(file);
  if (!isRecord(data)) return;
  const settings = settingPaths(data).map((s) => (split ? { ...s, path: `services.${s.path}` } : s));
  reportSiteSettings(ctx, file, "hugo", settings, (await ctx.text(file)) ?? "");
}

/** Top-level keys of Hugo's site configuration that other generators' files do not hold together with `baseURL`. */
const HUGO_KEYS = new Set(["languagecode", "theme", "module", "params", "menu", "menus", "taxonomies", "markup", "paginate", "pagination", "permalinks", "defaultcontentlanguage", "outputs", "buildfuture", "builddrafts", "enablerobotstxt", "hascjklanguage", "summarylength"]);
