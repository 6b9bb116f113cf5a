import type { Detector } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, joinInside, lineOf, lineOfEach, sibling } from "../../src/kit.js";
import { PHP_FILES } from "../files.js";

interface LockedPackage {
  version: string;
  license?: string;
  /** Installed from a folder of the repository (a `path` repository's package): not Packagist's. */
  local?: boolean;
}

/**
 * PHP projects: composer.json `require` and `require-dev` with versions and licenses from the
 * composer.lock beside it (its other packages are reported as installed: they only lend a tool
 * its release); the `php` platform constraint; WordPress by its layout.
 */
export const phpDetector: Detector = {
  name: "php",
  files: PHP_FILES,
  async detect(ctx) {
    // A package of the repository a project installs from a `path` repository (`packages/billing`):
    // that project's composer.lock records it (`dist.type: path`) and resolved its `require`. The
    // first such lockfile by path, for a package without its own.
    const pathLocks = new Map<string, string>();
    for (const lockPath of ctx.files.filter((f) => baseName(f) === "composer.lock").sort(compareCodeUnits)) {
      for (const folder of readPathPackages(await ctx.json(lockPath))) {
        const dir = joinInside(dirOf(lockPath), folder);
        if (dir !== undefined && dir !== dirOf(lockPath) && !pathLocks.has(dir)) pathLocks.set(dir, lockPath);
      }
    }
    // Each lockfile read once: a monorepo's root lockfile installs hundreds of path packages, and
    // each of them looked up its packages in it (2,000 packages of a 50,000-entry lockfile: 17 s).
    const lockedBy = new Map<string, Map<string, LockedPackage>>();
    for (const file of ctx.files.filter((f) => baseName(f) === "composer.json")) {
      const data = (await ctx.json(file)) as Record<string, unknown> | undefined;
      if (!data || typeof data !== "object") continue;
      const text = (await ctx.text(file)) ?? "";
      const ownLock = ctx.exists(sibling(file, "composer.lock"));
      const installedBy = ownLock ? undefined : pathLocks.get(dirOf(file));
      const lockPath = installedBy ?? sibling(file, "composer.lock");
      const lockData = ownLock || installedBy ? await ctx.json(lockPath) : undefined;
      const locked = lockedBy.get(lockPath) ?? readComposerLock(lockData);
      lockedBy.set(lockPath, locked);
      if (ownLock && lockData !== undefined && !locked.size && !isEmptyLock(lockData)) ctx.warn(lockPath, "no packages with a name and version");
      // `config.platform.php` pins the PHP version Composer resolves for: the version the project runs.
      const platform = (data.config as { platform?: Record<string, unknown> } | undefined)?.platform?.php;
      const declaredNames = new Set<string>();
      let requiresPhp = false;
      // Each package's line looked up in bounded work (30,000 packages each searched from the top took 9 to 35 s).
      const lineOfName = lineOfEach(text);
      for (const [section, dev] of [["require", false], ["require-dev", true]] as const) {
        const deps = data[section];
        if (deps === undefined) continue;
        if (!deps || typeof deps !== "object" || Array.isArray(deps)) {
          ctx.warn(file, `"${section}" is not an object`);
          continue;
        }
        for (const [name, constraint] of Object.entries(deps as Record<string, unknown>)) {
          const declared = typeof constraint === "string" ? constraint : "";
          if (name === "php") {
            requiresPhp = true;
            const pinned = typeof platform === "string" ? lowestComposerVersion(platform) : undefined;
            // `require.php` is the range the package supports, no release: the site versions PHP from
            // none (corpus goodwork and koel, held-out symfony-rest-sample and fetch-sym: 3 owners).
            ctx.report({ ref: "runtime:php", file, line: lineOf(text, '"php"'), declared: pinned ? (platform as string) : declared, version: pinned });
            continue;
          }
          // A required PHP extension names the service it talks to: ext-pdo_pgsql, ext-redis, ext-mongodb.
          const extension = /^ext-(.+)$/.exec(name);
          if (extension) ctx.report({ ref: `php-extension:${extension[1]!.toLowerCase()}`, file, line: lineOfName(`"${name}"`) });
          if (/^(ext|lib|composer)-/.test(name) || !name.includes("/")) continue;
          declaredNames.add(name.toLowerCase());
          // Another project's lockfile resolved only the `require` of the package it installs by path.
          const lock = installedBy && dev ? undefined : locked.get(name.toLowerCase());
          if (lock?.local) continue;
          // Asset Packagist's mirrors of npm and Bower packages (`npm-asset/dropzone`,
          // `bower-asset/jquery`): the npm namesake, not a package entry of its own, says which tool
          // each is, as a bower.json's packages do.
          const asset = assetNamesake(name);
          const line = lineOfName(`"${name}"`);
          if (asset) ctx.report({ ref: `npm:${asset}`, file, line, declared, version: lock?.version ?? lowestComposerVersion(declared), versionFile: lock ? lockPath : undefined });
          ctx.report({
            ref: `packagist:${name}`,
            file,
            line,
            declared,
            version: lock?.version ?? lowestComposerVersion(declared),
            versionFile: lock ? lockPath : undefined,
            license: lock?.license,
            direct: true,
            dev,
          });
        }
      }
      // A project that requires no `php` itself (Drupal's recommended-project leaves that to
      // drupal/core) but pins the platform's: the pin is still the release it runs on.
      if (!requiresPhp && typeof platform === "string") {
        const pinned = lowestComposerVersion(platform);
        if (pinned) ctx.report({ ref: "runtime:php", file, line: lineOf(text, '"php"'), declared: platform, version: pinned });
      }
      // The packages the lockfile installed that the project does not declare (phpstan/phpstan
      // under larastan/larastan): each may give its release to a tool the project shows without one.
      for (const [name, lock] of installedBy ? [] : locked) {
        if (declaredNames.has(name) || lock.local || !/^\d/.test(lock.version)) continue;
        const asset = assetNamesake(name);
        if (asset && ctx.lookup("npm", asset).length) ctx.report({ ref: `npm:${asset}`, file: lockPath, version: lock.version, versionFile: lockPath, installed: true });
        if (ctx.lookup("packagist", name).length === 0) continue;
        ctx.report({ ref: `packagist:${name}`, file, version: lock.version, versionFile: lockPath, license: lock.license, installed: true });
      }
    }
    // WordPress: its config file, a theme's style.css header (a theme repository has no
    // wp-content/ of its own; the `Theme Name:` header in the leading comment is WordPress's format),
    // or a plugin's main file, whose header holds `Plugin Name:` (a plugin repository holds that
    // file at its root, or one folder down in a repository of several plugins).
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === ".php-version") {
        // phpenv's and the Symfony CLI's pin: `8.3`, `8.3.7` (a `php-` prefix tolerated).
        const m = /^(?:php-?)?(\d+\.\d+(?:\.\d+)?)\s*$/i.exec(((await ctx.text(file)) ?? "").trim().split(/\r?\n/)[0] ?? "");
        if (m) ctx.report({ ref: "runtime:php", file, line: 1, version: m[1] });
        continue;
      }
      if (base.endsWith(".info.yml")) {
        // A Drupal extension's info file (a module repository holds only its own, beside its .module file).
        const text = await ctx.peek(file);
        if (text && isDrupalInfo(text)) ctx.report({ ref: "runtime:drupal", file });
        continue;
      }
      if (base === ".wp-env.json") {
        await readWpEnv(ctx, file);
        continue;
      }
      if (base === "wp-config.php" || base === "wp-config-sample.php") ctx.report({ ref: "runtime:wordpress", file });
      else if (base === "style.css") {
        const text = await ctx.text(file);
        if (text && isThemeHeader(text)) ctx.report({ ref: "runtime:wordpress", file });
      } else if (base.endsWith(".php")) {
        const text = await ctx.peek(file);
        if (text && isPluginHeader(text)) {
          ctx.report({ ref: "runtime:wordpress", file });
          if (isWooCommerceExtension(text)) ctx.report({ ref: "runtime:woocommerce", file });
        }
      }
    }
  },
};

/**
 * @wordpress/env's .wp-env.json: the WordPress a theme or plugin is developed against. Its `core` is
 * null (the latest release), a GitHub reference (`WordPress/WordPress#6.7.1`), a release's zip
 * (`https://wordpress.org/wordpress-6.5.zip`) or a local folder; only a release it names is a version
 * (not `#trunk`, a branch or a folder). WooCommerce among its `plugins`, as wordpress.org's zip of a
 * release (`https://downloads.wordpress.org/plugin/woocommerce.9.5.1.zip`, or the latest's
 * `woocommerce.zip`), is the store plugin the project runs beside.
 */
async function readWpEnv(ctx: Parameters<Detector["detect"]>[0], file: string): Promise<void> {
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
 * The npm name of an Asset Packagist package (asset-packagist.org, which Yii 2 and Drupal projects
 * add as a Composer repository): `npm-asset/dropzone` is npm's dropzone, `npm-asset/fortawesome--fontawesome-free`
 * its scoped `@fortawesome/fontawesome-free`, `bower-asset/jquery` Bower's jquery, the build npm
 * publishes under the same name.
 */
export function assetNamesake(name: string): string | undefined {
  const m = /^(npm|bower)-asset\/([a-z0-9][\w.-]*)$/i.exec(name);
  if (!m) return undefined;
  const scoped = m[1]!.toLowerCase() === "npm" ? /^([\w.-]+?)--([\w.-]+)$/.exec(m[2]!) : null;
  return (scoped ? `@${scoped[1]}/${scoped[2]}` : m[2]!).toLowerCase();
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

function isEmptyLock(data: unknown): boolean {
  const d = (data ?? {}) as Record<string, unknown>;
  return Array.isArray(d.packages) && d.packages.length === 0;
}

/** The folders of a composer.lock's `path` repository packages (`dist.url`, relative to the lockfile). */
export function readPathPackages(data: unknown): string[] {
  const out: string[] = [];
  for (const section of ["packages", "packages-dev"]) {
    const list = (data as Record<string, unknown> | undefined)?.[section];
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const dist = (p as { dist?: { type?: unknown; url?: unknown } } | null)?.dist;
      if (dist?.type === "path" && typeof dist.url === "string") out.push(dist.url);
    }
  }
  return out;
}

/** composer.lock `packages` and `packages-dev`: name to version (without a leading v) and license. */
export function readComposerLock(data: unknown): Map<string, LockedPackage> {
  const out = new Map<string, LockedPackage>();
  for (const section of ["packages", "packages-dev"]) {
    const list = (data as Record<string, unknown> | undefined)?.[section];
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const { name, version, license, dist } = (p ?? {}) as { name?: unknown; version?: unknown; license?: unknown; dist?: { type?: unknown } };
      if (typeof name !== "string" || typeof version !== "string") continue;
      const entry: LockedPackage = { version: version.replace(/^v(?=\d)/, "") };
      if (dist?.type === "path") entry.local = true;
      const licenses = Array.isArray(license) ? license.filter((l): l is string => typeof l === "string") : [];
      if (licenses.length) entry.license = licenses.join(" OR ");
      out.set(name.toLowerCase(), entry);
    }
  }
  return out;
}

/**
 * The lower bound of a Composer constraint as it is written, when no composer.lock pins a
 * version: `^7.1.3` -> 7.1.3, `~5.7` -> 5.7, `2.6.*` -> 2.6, `>=7.2 <8` -> 7.2, `^7.2|^8.0` -> 7.2
 * (the first alternative). Not padded to three parts: the site writes `2.6.*` as 2.6, as it writes
 * a Gemfile's `~> 1.11` as 1.11. Undefined for what bounds nothing from below (`*`, `<2.0`,
 * `dev-master`, `2.1.x-dev`, `>=0`).
 */
export function lowestComposerVersion(constraint: string): string | undefined {
  const first = constraint.split("|")[0]!.trim();
  for (const token of first.replace(/@[a-z]+/gi, "").split(/[\s,]+/)) {
    const m = /^(?:\^|~|>=|==?)?v?(\d+(?:\.\d+)*)(?:\.\*)?(?:-(?:alpha|beta|rc|patch|p|pl)[.-]?\d*)?$/i.exec(token);
    if (m) return /^0(\.0)*$/.test(m[1]!) ? undefined : m[1];
  }
  return undefined;
}
