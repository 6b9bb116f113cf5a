import type { DetectContext } from "../../src/types.js";
import { blankHashCommentLines, isRecord, textLines } from "../../src/kit.js";

/**
 * Values that switch a setting off (a YAML file is read with every scalar as a string: `false`,
 * `null`, `~`; TOML's booleans are not plain values at all).
 */
const UNSET: ReadonlySet<string> = new Set(["", "false", "null", "~", "no", "off", "none"]);

/** How deep, and how many settings, a site configuration is walked (a hostile file holds no more). */
const MAX_DEPTH = 4;
const MAX_SETTINGS = 5000;

/**
 * The settings a site generator's parsed configuration sets to a non-empty value, as dotted paths of
 * lower-cased keys (`services.googleanalytics.id`), each with its value lower-cased and its own key
 * as written. A list gives its first plain value and is not walked further (its entries hold no
 * setting a service is named by); an empty or switched-off value (`google_analytics:` of a stock theme file, `false`) sets nothing.
 */
export function settingPaths(data: unknown): Array<{ path: string; value: string; key: string }> {
  const out: Array<{ path: string; value: string; key: string }> = [];
  const walk = (node: Record<string, unknown>, prefix: string, depth: number): void => {
    for (const [key, value] of Object.entries(node)) {
      if (out.length >= MAX_SETTINGS) return;
      const path = prefix + key.toLowerCase();
      if (isRecord(value)) {
        if (depth < MAX_DEPTH) walk(value, `${path}.`, depth + 1);
      } else {
        // A list of plain values (MkDocs' older `google_analytics: ['UA-XXXX', 'auto']`) by its first.
        const first = Array.isArray(value) ? value[0] : value;
        if ((typeof first === "string" && !UNSET.has(first.trim().toLowerCase())) || typeof first === "number" || typeof first === "bigint") out.push({ path, value: String(first).trim().toLowerCase(), key });
      }
    }
  };
  if (isRecord(data)) walk(data, "", 1);
  return out;
}

/**
 * Report the settings of a site configuration the catalog's `site-setting` keys name a service by:
 * `<generator>:<path>` (a setting that is there at all, `jekyll:google_analytics`) or
 * `<generator>:<path>=<value>` (one whose value names it, `mkdocs:extra.analytics.provider=google`).
 * Each key once, at the first line that writes its own key, whole-line `#` comments left out (a
 * setting commented out above the live one, in YAML, TOML or Python).
 */
export function reportSiteSettings(ctx: DetectContext, file: string, generator: string, settings: ReadonlyArray<{ path: string; value: string; key: string }>, text: string): void {
  const seen = new Set<string>();
  let lines: string[] | undefined;
  for (const { path, value, key } of settings) {
    for (const setting of [`${generator}:${path}`, `${generator}:${path}=${value}`]) {
      if (seen.has(setting) || setting.length > 200 || ctx.lookup("site-setting", setting).length === 0) continue;
      seen.add(setting);
      lines ??= textLines(blankHashCommentLines(text));
      const at = lines.findIndex((l) => l.includes(key));
      ctx.report({ ref: `site-setting:${setting}`, file, line: at >= 0 ? at + 1 : undefined });
    }
  }
}
