import type { Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";
import { PHP_FILES } from "../files.js";
import type { LockedPackage } from "./composer-lock.js";
import { readPathLocks, reportComposerProject } from "./composer-report.js";
import { isDrupalInfo, isPluginHeader, isThemeHeader, isWooCommerceExtension, readWpEnv } from "./cms-files.js";

export { lowestComposerVersion, readComposerLock, readPathPackages } from "./composer-lock.js";
export { assetNamesake } from "./composer-report.js";
export { isPluginHeader, isThemeHeader, isWooCommerceExtension, wordpressRelease } from "./cms-files.js";

/**
 * PHP projects: composer.json `require` and `require-dev` with versions and licenses from the
 * composer.lock beside it (its other packages are reported as installed: they only lend a tool
 * its release); the `php` platform constraint; WordPress by its layout.
 */
export const phpDetector: Detector = {
  name: "php",
  files: PHP_FILES,
  async detect(ctx) {
    const pathLocks = await readPathLocks(ctx);
    // Each lockfile read once: a monorepo's root lockfile installs hundreds of path packages, and
    // each of them looked up its packages in it (2,000 packages of a 50,000-entry lockfile: 17 s).
    const lockedBy = new Map<string, Map<string, LockedPackage>>();
    for (const file of ctx.files.filter((f) => baseName(f) === "composer.json")) await reportComposerProject(ctx, file, pathLocks, lockedBy);
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
