import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, blankComments, isRecord, firstLineOf, oversized } from "../../src/kit.js";
import { parseYaml } from "../../src/parse/yaml.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { reportSiteSettings, settingPaths } from "./settings.js";
import { SITE_GENERATORS_FILES } from "../files.js";

/**
 * The configurations of static-site and documentation generators no package manifest covers, read
 * as text (never run): the services they wire into every page (an analytics tag, a comment thread,
 * a hosted search index), reported as the catalog's `site-setting` keys; and Read the Docs'
 * `.readthedocs.yaml`, whose `build.tools` pin the language releases its builds run. Jekyll's and
 * Hexo's `_config.yml` and Hugo's configuration are read by the ruby and go detectors, which tell
 * those files from others of the same name, with the same settings helper.
 */
export const siteGeneratorsDetector: Detector = {
  name: "site-generators",
  files: SITE_GENERATORS_FILES,
  async detect(ctx) {
    for (const file of ctx.files) {
      const base = baseName(file);
      if (/(^|\/)node_modules\//.test(file)) continue;
      if (base.startsWith("docusaurus.config.")) await readScriptConfig(ctx, file, "docusaurus");
      else if (/(^|\/)\.vitepress\/config\.[a-z]+$/.test(file)) await readScriptConfig(ctx, file, "vitepress");
      else if (/(^|\/)\.vuepress\/config\.[a-z]+$/.test(file)) await readScriptConfig(ctx, file, "vuepress");
      else if (base === "mkdocs.yml" || base === "mkdocs.yaml") await readMkdocs(ctx, file);
      else if (base === "pelicanconf.py") await readPelicanConf(ctx, file);
      else if (base === "book.toml") await readMdbook(ctx, file);
      else if (base === ".readthedocs.yml" || base === ".readthedocs.yaml") await readReadTheDocs(ctx, file);
    }
  },
};

/**
 * A JavaScript or TypeScript site configuration (docusaurus.config.ts, .vitepress/config.mts), read
 * as text: the object keys it opens a block under (`algolia: {`, `gtag: {`) and the keys it sets to
 * a string (`provider: 'algolia'`), each as `<generator>:<key>` or `<generator>:<key>=<value>`
 * (keys unnested: a script's structure is not parsed). Comments are blanked first.
 */
async function readScriptConfig(ctx: DetectContext, file: string, generator: string): Promise<void> {
  const text = await ctx.text(file);
  if (!text) return;
  // Lines are looked for in the blanked code too: a commented-out key above the live one is not its line.
  const code = blankComments(text, { line: ["//"], block: ["/*", "*/"], quotes: "\"'`" });
  return reportSiteSettings(ctx, file, generator, scriptSettings(code), code);
}

/** The settings of a script configuration whose comments are blanked. */
export function scriptSettings(code: string): Array<{ path: string; value: string; key: string }> {
  // Each key and value once (a file repeating one key 100,000 times gives one setting), at most 5,000.
  const out = new Map<string, { path: string; value: string; key: string }>();
  // A block's `{` is looked at, not taken: it may open the next key's object (`search: {provider: 'algolia'}`).
  for (const m of code.matchAll(/(?:^|[\s,{(])["']?([A-Za-z_$][\w$]{0,60})["']?[ \t]*:[ \t]*(?:(?=(\{))|["'`]([^"'`\n]{1,100})["'`])/g)) {
    const key = m[1]!;
    const setting = { path: key.toLowerCase(), value: m[2] ? "{}" : m[3]!.trim().toLowerCase(), key };
    out.set(`${setting.path}=${setting.value}`, setting);
    if (out.size >= 5000) break;
  }
  return [...out.values()];
}

/**
 * mkdocs.yml: Material's `extra.analytics.provider`, MkDocs' own older `google_analytics`. The
 * Python tags MkDocs' loader resolves (`!!python/name:material.extensions.emoji.twemoji`) are
 * dropped before reading: no plain YAML reader knows them.
 */
async function readMkdocs(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (!text) return;
  let data: unknown;
  try {
    data = parseYaml(text.replace(/!!python\/[\w/.:-]+/g, ""), file);
  } catch (error) {
    ctx.warn(file, `not readable as YAML: ${firstLineOf(error)}`);
    return;
  }
  // Read by its own call, the file is measured as ctx.yaml measures one: an alias bomb of a few KB
  // stands for more mappings than settingPaths can walk.
  const excess = oversized(data, true);
  if (excess) return ctx.warn(file, excess);
  reportSiteSettings(ctx, file, "mkdocs", settingPaths(data), text);
}

/**
 * pelicanconf.py, read as text: its top-level `NAME = "value"` assignments of a string literal
 * (`GOOGLE_ANALYTICS = 'UA-...'`, `DISQUS_SITENAME = 'blog'`), never run.
 */
async function readPelicanConf(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  if (!text) return;
  const settings = [...text.matchAll(/^([A-Z][A-Z0-9_]{0,60})[ \t]*=[ \t]*[rRuU]?(["'])([^"'\n]{1,200})\2/gm)].map((m) => ({ path: m[1]!.toLowerCase(), value: m[3]!.trim().toLowerCase(), key: m[1]! }));
  reportSiteSettings(ctx, file, "pelican", settings.slice(0, 5000), text);
}

/** book.toml: an mdBook (a `[book]` table) and the settings of its HTML output. */
async function readMdbook(ctx: DetectContext, file: string): Promise<void> {
  const glance = await ctx.peek(file);
  if (!glance || !/^\[book\]/m.test(glance)) return;
  const data = await ctx.toml(file);
  if (!isRecord(data) || !isRecord(data.book)) return;
  reportSiteSettings(ctx, file, "mdbook", settingPaths(data), (await ctx.text(file)) ?? "");
}

/** The languages Read the Docs' `build.tools` installs, by its names, as version managers' keys. */
const RTD_TOOLS: Readonly<Record<string, string>> = { python: "python", nodejs: "nodejs", ruby: "ruby", golang: "golang", rust: "rust" };

/**
 * .readthedocs.yaml: the releases its `build.tools` pin (`python: "3.12"`, `nodejs: "20"`; an
 * alias such as `latest` or a distribution such as `miniconda3-4.7` pins no release of the
 * language), and in a configuration without `build.tools` the older `python.version`.
 */
async function readReadTheDocs(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.yaml(file);
  if (!isRecord(data)) return;
  const text = (await ctx.text(file)) ?? "";
  const tools = isRecord(data.build) && isRecord(data.build.tools) ? data.build.tools : undefined;
  const pins: Array<[string, unknown]> = tools ? Object.entries(tools) : isRecord(data.python) ? [["python", data.python.version]] : [];
  for (const [tool, value] of pins) {
    const language = RTD_TOOLS[tool.toLowerCase()];
    const pinned = typeof value === "string" || typeof value === "number" ? String(value).trim() : undefined;
    if (!language || !pinned || !/^\d+(\.\d+){0,2}$/.test(pinned)) continue;
    const at = tools ? undefined : /^[ \t]+version[ \t]*:/m.exec(text);
    // The tool's line under `tools:` (a top-level `python:` section may come first).
    const from = Math.max(0, text.search(/^[ \t]+tools[ \t]*:/m));
    const under = tools ? text.indexOf(`${tool}:`, from) : -1;
    const line = under >= 0 ? text.slice(0, under).split("\n").length : at ? text.slice(0, at.index).split("\n").length : undefined;
    // `python: "3"` is whichever Python 3 Read the Docs builds with now: the language, no release.
    const version = language === "python" && !pinned.includes(".") ? undefined : versionFromTag(pinned);
    ctx.report({ ref: `version-manager:${language}`, file, line, declared: pinned, ...(version ? { version } : {}) });
  }
}
