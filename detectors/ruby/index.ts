import type { Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { readGemfile, readGemfileLock, readGemspec } from "./gemfile.js";
import { lowestVersion } from "../../src/versions/range.js";

/**
 * Ruby projects: Gemfile gems with versions from the Gemfile.lock beside it, gemspec
 * dependencies, the Ruby version (Gemfile `ruby`, .ruby-version, the lockfile) and Bundler's,
 * and the database adapters of a Rails `config/database.yml`.
 */
export const rubyDetector: Detector = {
  name: "ruby",
  files: ["Gemfile", "gems.rb", "Gemfile.lock", "gems.locked", "*.gemspec", ".ruby-version", "config/database.yml"],
  async detect(ctx) {
    for (const file of ctx.files) {
      const base = baseName(file);
      const prefix = dirOf(file) ? `${dirOf(file)}/` : "";
      if (base === "Gemfile" || base === "gems.rb") {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        const gemfile = readGemfile(text);
        const lockPath = [`${prefix}Gemfile.lock`, `${prefix}gems.locked`].find((p) => ctx.exists(p));
        const lockText = lockPath ? await ctx.text(lockPath) : undefined;
        const lock = lockText ? readGemfileLock(lockText) : undefined;
        for (const gem of gemfile.gems) {
          const locked = lock?.versions.get(gem.name);
          ctx.report({
            ref: `rubygems:${gem.name}`,
            file,
            line: gem.line,
            declared: gem.requirements.join(", ") || undefined,
            version: locked ?? lowestGemVersion(gem.requirements),
            versionFile: locked ? lockPath : undefined,
            direct: true,
            dev: gem.groups.some((g) => g === "development" || g === "test"),
          });
        }
        // `gemspec` pulls in the gemspec's dependencies; the lockfile's DEPENDENCIES name them all.
        if (gemfile.gemspec && lock && lockPath) {
          const declared = new Set(gemfile.gems.map((g) => g.name));
          for (const name of lock.dependencies) {
            if (declared.has(name) || !lock.versions.has(name)) continue;
            ctx.report({ ref: `rubygems:${name}`, file: lockPath, version: lock.versions.get(name), direct: true });
          }
        }
        const ruby = gemfile.ruby ?? lock?.ruby;
        ctx.report({ ref: "runtime:ruby", file, version: ruby });
        if (lock?.bundler) ctx.report({ ref: "runtime:bundler", file: lockPath!, version: lock.bundler });
      } else if (base.endsWith(".gemspec")) {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        for (const dep of readGemspec(text)) {
          ctx.report({ ref: `rubygems:${dep.name}`, file, line: dep.line, declared: dep.requirements.join(", ") || undefined, version: lowestGemVersion(dep.requirements), direct: true, dev: dep.dev });
        }
      } else if (base === ".ruby-version") {
        const version = (await ctx.text(file))?.trim().replace(/^ruby-/, "");
        if (version && /^\d+\.\d+/.test(version)) ctx.report({ ref: "runtime:ruby", file, line: 1, version });
      } else if (file.endsWith("config/database.yml")) {
        const text = (await ctx.text(file)) ?? "";
        for (const m of text.matchAll(/^\s*adapter:\s*["']?([\w-]+)/gm)) ctx.report({ ref: `rails-adapter:${m[1]!.toLowerCase()}`, file });
      }
    }
  },
};

/** `~> 5.2`, `>= 5.2.1` -> the lowest allowed version. */
function lowestGemVersion(requirements: string[]): string | undefined {
  for (const r of requirements) {
    const v = lowestVersion(r.replace(/^~>\s*/, "~").replace(/\s+/g, ""));
    if (v) return r.startsWith("~>") ? r.replace(/^~>\s*/, "") : v;
  }
  return undefined;
}
