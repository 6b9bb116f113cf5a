import type { DetectContext } from "../../src/types.js";
import { lineOf } from "../../src/kit.js";

/**
 * @wordpress/env's .wp-env.json: the WordPress a theme or plugin is developed against. Its `core` is
 * null (the latest release), a GitHub reference (`WordPress/WordPress#6.7.1`), a release's zip
 * (`https://wordpress.org/wordpress-6.5.zip`) or a local folder; only a release it names is a version
 * (not `#trunk`, a branch or a folder). WooCommerce among its `plugins`, as wordpress.org's zip of a
 * release (`https://downloads.wordpress.org/plugin/woocommerce.9.5.1.zip`, or the latest's
 * `woocommerce.zip`), is the store plugin the project runs beside.
 */
export async function readWpEnv(ctx: DetectContext, file: string): Promise<void> {
  const data = await ctx.json(file);
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    if (data !== undefined) ctx.warn(file, "not a JSON object");
    return;
  }
  const text = (await ctx.text(file)) ?? "";
  const env = data as Record<string, unknown>;
  ctx.report({ ref: "runtime:wordpress", file, line: lineOf(text, '"core"'), version: typeof env.core === "string" ? wordpressRelease(env.core) : undefined });
  const plugins = Array.isArray(env.plugins) ? env.plugins : [];
  // The first WooCommerce only: each line is looked up from the file's start, and a file of
  // thousands of them after a long first line took seconds per megabyte, squared.
  for (const plugin of plugins) {
    if (typeof plugin !== "string") continue;
    const woo = /^https?:\/\/downloads\.wordpress\.org\/plugin\/woocommerce(?:\.(\d+\.\d+(?:\.\d+)?))?\.zip$/i.exec(plugin.trim());
    if (!woo) continue;
    ctx.report({ ref: "runtime:woocommerce", file, line: lineOf(text, plugin), version: woo[1] });
    break;
  }
}


/** The WordPress release a .wp-env.json `core` names: `WordPress/WordPress#6.7.1`, `.../wordpress-6.5.zip`. */
export function wordpressRelease(core: string): string | undefined {
  const m = /^WordPress\/WordPress#(\d+\.\d+(?:\.\d+)?)$/i.exec(core.trim()) ?? /\/wordpress-(\d+\.\d+(?:\.\d+)?)\.zip$/i.exec(core.trim());
  return m?.[1];
}


/**
 * A Drupal 8+ extension's `<name>.info.yml`: a `type` of module, theme, profile or theme_engine and
 * the core release it runs on (`core_version_requirement: ^10 || ^11`, or Drupal 8's `core: 8.x`),
 * the keys Drupal requires of one. Other programs' `*.info.yml` files carry neither.
 */
export function isDrupalInfo(yml: string): boolean {
  return /^type\s*:\s*['"]?(module|theme|profile|theme_engine)['"]?\s*(#.*)?$/m.test(yml)
    && /^(core_version_requirement\s*:\s*\S|core\s*:\s*['"]?8\.x)/m.test(yml);
}


/** A WordPress theme's style.css: a leading comment with a `Theme Name:` line. */
export function isThemeHeader(css: string): boolean {
  const comment = /^\s*\/\*([\s\S]*?)\*\//.exec(css.slice(0, 8000));
  return Boolean(comment && /^[ \t*]*Theme Name\s*:\s*\S/im.test(comment[1]!));
}


/**
 * A WordPress plugin's main file: PHP whose first 8 KiB hold a `Plugin Name:` header line, the
 * part and the line form WordPress itself reads plugin headers from.
 */
export function isPluginHeader(php: string): boolean {
  const head = php.slice(0, 8192);
  return /^\s*<\?php/.test(head) && /^[ \t/*#@]*Plugin Name\s*:[ \t]*\S/im.test(head);
}


/**
 * A WooCommerce extension's main file: its plugin header declares the WooCommerce releases it
 * supports (`WC requires at least:`, `WC tested up to:`, the headers WooCommerce reads) or names
 * WooCommerce among the plugins it depends on (WordPress 6.5's `Requires Plugins:`, slugs
 * separated by commas).
 */
export function isWooCommerceExtension(php: string): boolean {
  const head = php.slice(0, 8192);
  if (/^[ \t/*#@]*WC (requires at least|tested up to)\s*:[ \t]*\S/im.test(head)) return true;
  const requires = /^[ \t/*#@]*Requires Plugins\s*:([^\r\n]*)/im.exec(head);
  return Boolean(requires && requires[1]!.split(",").some((slug) => slug.trim().toLowerCase() === "woocommerce"));
}
