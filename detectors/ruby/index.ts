import type { Detector } from "../../src/types.js";
import { baseName, dirOf, textLines } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import { readImportmap } from "./importmap.js";
import { RUBY_FILES } from "../files.js";
import { reportGemfile } from "./bundle.js";
import { readPathLocks, reportGemspec } from "./gemspec.js";
import { reportSiteConfig } from "./site-config.js";
import { databaseAdapters, deliveryMethods, smtpHosts, storageEndpoints } from "./rails-config.js";

export { databaseAdapters, deliveryMethods, smtpHosts } from "./rails-config.js";

/**
 * Ruby projects: Gemfile gems with versions from the Gemfile.lock beside it, gemspec
 * dependencies, the Ruby version (Gemfile `ruby`, .ruby-version, the lockfile) and Bundler's,
 * the database adapters of a Rails `config/database.yml`, the mail services its environments send
 * through (an SMTP `address` or the `delivery_method` in `config/environments/*.rb`), the npm packages its importmap pins
 * (`config/importmap.rb`), the S3-compatible services its Active Storage services point at
 * (`config/storage.yml`), and Jekyll from its `_config.yml` (with the services a Jekyll, Hexo or
 * Jupyter Book `_config.yml` wires in: `google_analytics`, `disqus.shortname`; ../site-generators).
 */
export const rubyDetector: Detector = {
  name: "ruby",
  files: RUBY_FILES,
  async detect(ctx) {
    // The folders of gems: a Gemfile beside a gemspec is that gem's development bundle, and the
    // gemspec, not the Gemfile, is what shows RubyGems there.
    const gemFolders = new Set(ctx.files.filter((f) => f.endsWith(".gemspec")).map(dirOf));
    const pathLocks = await readPathLocks(ctx, gemFolders);
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === "Gemfile" || base === "gems.rb") {
        await reportGemfile(ctx, file, gemFolders);
      } else if (base.endsWith(".gemspec")) {
        await reportGemspec(ctx, file, pathLocks);
      } else if (base === ".ruby-version") {
        // `ruby-3.1.2`, and rvm's `3.1.2@gemset` (the gemset is not part of the version).
        let version: string | undefined = textLines((await ctx.text(file))?.trim() ?? "")[0]!.trim().replace(/^ruby-/, "").replace(/@.*$/, "");
        // A requirement (`>= 2.7.6`, as React Native's template writes, read by its Gemfile): the lowest it allows.
        if (version && /^(>=|~>)\s*\d/.test(version)) version = lowerBound(version);
        if (version && /^\d+\.\d+/.test(version)) ctx.report({ ref: "runtime:ruby", file, line: 1, version });
      } else if (file === "config/database.yml" || file.endsWith("/config/database.yml")) {
        const text = (await ctx.text(file)) ?? "";
        for (const { adapter, line } of databaseAdapters(text)) ctx.report({ ref: `rails-adapter:${adapter}`, file, line });
      } else if (file === "config/importmap.rb" || file.endsWith("/config/importmap.rb")) {
        // The npm packages a Rails app pins without a package.json: each shows its tool at the
        // pinned release, with no package entry (the app declares no npm dependency).
        const text = (await ctx.text(file)) ?? "";
        for (const pin of readImportmap(text)) ctx.report({ ref: `npm:${pin.name}`, file, line: pin.line, version: pin.version });
      } else if (file === "config/storage.yml" || file.endsWith("/config/storage.yml")) {
        const text = (await ctx.text(file)) ?? "";
        for (const { domain, line } of storageEndpoints(text)) ctx.report({ ref: `storage-endpoint:${domain}`, file, line });
      } else if (/(^|\/)config\/environments\/[^/]+\.rb$/.test(file)) {
        const text = (await ctx.text(file)) ?? "";
        for (const { host, line } of smtpHosts(text)) ctx.report({ ref: `smtp-host:${host}`, file, line });
        for (const { method, line } of deliveryMethods(text)) {
          if (ctx.lookup("mailer-delivery-method", method).length > 0) ctx.report({ ref: `mailer-delivery-method:${method}`, file, line });
        }
      } else if (base === "_config.yml") {
        await reportSiteConfig(ctx, file);
      }
    }
  },
};
