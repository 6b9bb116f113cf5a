import type { Detector } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, inFolder, isRecord, joinInside, sibling, textLines } from "../../src/kit.js";
import type { DetectContext } from "../../src/types.js";
import { readGemfile, readGemfileLock, readGemspec, type GemfileLock } from "./gemfile.js";
import { lowerBound } from "../../src/versions/range.js";
import { readImportmap } from "./importmap.js";
import { reportSiteSettings, settingPaths } from "../site-generators/settings.js";
import { RUBY_FILES } from "../files.js";

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
    // A gem of the repository another bundle installs by path (`gem "billing", path:
    // "engines/billing"`): that bundle's lockfile (its PATH section names the folder) resolved the
    // gemspec's runtime dependencies. The first such lockfile by path, for a gem without its own.
    const pathLocks = new Map<string, { lock: GemfileLock; lockPath: string }>();
    for (const lockPath of ctx.files.filter((f) => baseName(f) === "Gemfile.lock" || baseName(f) === "gems.locked").sort(compareCodeUnits)) {
      const lockText = await ctx.text(lockPath);
      if (!lockText) continue;
      const lock = readGemfileLock(lockText);
      for (const gem of lock.local) {
        const dir = joinInside(dirOf(lockPath), gem.remote);
        if (dir !== undefined && dir !== dirOf(lockPath) && gemFolders.has(dir) && !pathLocks.has(dir)) pathLocks.set(dir, { lock, lockPath });
      }
    }
    for (const file of ctx.files) {
      const base = baseName(file);
      if (base === "Gemfile" || base === "gems.rb") {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        if (base === "Gemfile" && !gemFolders.has(dirOf(file))) ctx.report({ ref: "format:gemfile", file });
        const gemfile = readGemfile(text);
        // The gems of the Gemfiles it evaluates into itself, declared in those files and locked
        // in its own lockfile (one level: what they include in turn is left).
        const gems = gemfile.gems.map((gem) => ({ gem, file }));
        // Each file once, however often it is included: a Gemfile naming one file 40,000 times read
        // and copied its gems as often, until the scan ran out of memory.
        const includedPaths = new Set<string>();
        for (const relative of gemfile.included) {
          const path = joinInside(dirOf(file), relative);
          if (path === undefined || path === file || includedPaths.has(path) || !ctx.exists(path)) continue;
          includedPaths.add(path);
          const includedText = await ctx.text(path);
          if (includedText !== undefined) gems.push(...readGemfile(includedText).gems.map((gem) => ({ gem, file: path })));
        }
        const lockPath = [sibling(file, "Gemfile.lock"), sibling(file, "gems.locked")].find((p) => ctx.exists(p));
        const lockText = lockPath ? await ctx.text(lockPath) : undefined;
        const lock = lockText ? readGemfileLock(lockText) : undefined;
        // First, so that a tool named by a plugin gem takes its own gem's version (ties keep the first).
        if (lock && lockPath) reportLockedExtras(ctx, file, gems.map(({ gem }) => gem.name), lock, lockPath, gemfile.gemspec);
        for (const { gem, file: declaredIn } of gems) {
          // `gem "engine", path: "engines/engine"`: a folder of the repository (or beside it), not a
          // RubyGems package, as a path dependency is none for npm, pip, pub, Composer or CocoaPods.
          if (gem.source === "path") continue;
          // The lockfile never lists the bundler gem among its specs: its BUNDLED WITH line is the
          // release that resolved the bundle (the one Bundler switches to), as it is Bundler's.
          const locked = lockedRelease(lock, gem.name);
          ctx.report({
            ref: `rubygems:${gem.name}`,
            file: declaredIn,
            line: gem.line,
            declared: gem.requirements.join(", ") || undefined,
            version: locked ?? lowerBound(gem.requirements),
            versionFile: locked ? lockPath : undefined,
            direct: true,
            dev: gem.groups.some((g) => g === "development" || g === "test"),
          });
        }
        // The Gemfile's `ruby` line when it names one release; else the RUBY VERSION the lockfile
        // recorded (the Ruby the bundle was resolved with, the version's file then), which beats
        // the lowest release a requirement allows (React Native's template writes `ruby ">= 2.6.10"`
        // beside a lockfile recording 3.1.2); else that lowest release.
        if (lock?.ruby && !(gemfile.ruby && gemfile.rubyPinned)) ctx.report({ ref: "runtime:ruby", file, version: lock.ruby, versionFile: lockPath });
        else ctx.report({ ref: "runtime:ruby", file, version: gemfile.ruby });
        // Bundler by name only: a lockfile and its BUNDLED WITH line come with every Bundler project,
        // and the site names Bundler only where the `bundler` gem is declared (the Gemfile, or this
        // repository's gemspec, whose runtime dependencies the lockfile's PATH section keeps). BUNDLED
        // WITH then gives the release.
        const bundlerFrom = gemfile.gems.some((g) => g.name === "bundler") ? file : bundlerGemspec(ctx, lock, lockPath);
        if (lock?.bundler && bundlerFrom) ctx.report({ ref: "runtime:bundler", file: bundlerFrom, version: lock.bundler, versionFile: lockPath });
      } else if (base.endsWith(".gemspec")) {
        const text = await ctx.text(file);
        if (text === undefined) continue;
        const ownLockPath = [sibling(file, "Gemfile.lock"), sibling(file, "gems.locked")].find((p) => ctx.exists(p));
        const lockText = ownLockPath ? await ctx.text(ownLockPath) : undefined;
        const own = { lock: lockText ? readGemfileLock(lockText) : undefined, lockPath: ownLockPath };
        const installedBy = ownLockPath ? undefined : pathLocks.get(dirOf(file));
        for (const dep of readGemspec(text)) {
          // Another bundle's lockfile resolved only the runtime dependencies it installs.
          const { lock, lockPath } = installedBy && !dep.dev ? installedBy : own;
          // `spec.add_development_dependency "bundler", "~> 2.0"` (older `bundle gem` templates): as for a Gemfile's.
          const locked = lockedRelease(lock, dep.name);
          ctx.report({
            ref: `rubygems:${dep.name}`,
            file,
            line: dep.line,
            declared: dep.requirements.join(", ") || undefined,
            version: locked ?? lowerBound(dep.requirements),
            versionFile: locked ? lockPath : undefined,
            direct: true,
            dev: dep.dev,
          });
        }
        // `spec.required_ruby_version = ">= 2.5.0"` (or a Gem::Requirement, or a list): the lowest Ruby it allows.
        const lines = textLines(text);
        const at = lines.findIndex((l) => /^\s*\w+\.required_ruby_version\s*=/.test(l.replace(/#.*$/, "")));
        if (at >= 0) {
          // Each quoted string, those holding a digit kept: a pattern asking for the digit inside the
          // quotes tried every place for it in a string never closed (100,000 digits: 20 s).
          const requirements = [...lines[at]!.replace(/#.*$/, "").matchAll(/["']([^"']*)["']/g)].map((x) => x[1]!).filter((r) => /\d/.test(r));
          const version = lowerBound(requirements);
          if (version) ctx.report({ ref: "runtime:ruby", file, line: at + 1, declared: requirements.join(", "), version });
        }
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
    }
  },
};

/**
 * The database adapters a Rails `config/database.yml` names (`adapter: postgresql`, quoted or not,
 * any environment's), lower-cased, each once at the line that first declares it: the environments
 * that repeat one (development, test, production) or take it through `<<: *default` point at that
 * line, not at the file's first. A commented-out `# adapter: mysql2` and an ERB value
 * (`<%= ENV["DB_ADAPTER"] %>`) give nothing.
 */
export function databaseAdapters(text: string): Array<{ adapter: string; line: number }> {
  const out: Array<{ adapter: string; line: number }> = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const adapter = /^[ \t]*adapter:[ \t]*["']?([\w-]+)/.exec(raw)?.[1]?.toLowerCase();
    if (adapter === undefined || seen.has(adapter)) return;
    seen.add(adapter);
    out.push({ adapter, line: i + 1 });
  });
  return out;
}

/**
 * The SMTP servers an Action Mailer configuration names as literals (`address: "smtp.sendgrid.net"`,
 * `:address => 'smtp.mailgun.org'`), with their line; commented lines and values read from the
 * environment (`ENV["SMTP_HOST"]`) give nothing. Each host once, at its first line (a file repeating
 * one 100,000 times gave as many findings, each carried through the document build).
 */
export function smtpHosts(text: string): Array<{ host: string; line: number }> {
  const out: Array<{ host: string; line: number }> = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const line = raw.replace(/^\s+/, "");
    if (line.startsWith("#")) return;
    for (const m of line.matchAll(/(?:^|[\s{,(:])["']?address["']?\s*(?::|=>)\s*["']([A-Za-z0-9.-]+\.[A-Za-z]{2,})["']/g)) {
      const host = m[1]!.toLowerCase();
      if (!seen.has(host)) out.push({ host, line: i + 1 });
      seen.add(host);
    }
  });
  return out;
}

/**
 * The Action Mailer delivery methods an environment sets (`config.action_mailer.delivery_method =
 * :postmark`, `:ses`), with their line: each one a gem registers for its service. Commented lines
 * give nothing; Rails' own methods (smtp, sendmail, file, test) are no service, and the catalog keys none.
 * Each method once, at its first line.
 */
export function deliveryMethods(text: string): Array<{ method: string; line: number }> {
  const out: Array<{ method: string; line: number }> = [];
  const seen = new Set<string>();
  textLines(text).forEach((raw, i) => {
    const method = /^\s*(?:config\.)?action_mailer\.delivery_method\s*=\s*:(\w+)/.exec(raw)?.[1]?.toLowerCase();
    if (method !== undefined && !seen.has(method)) out.push({ method, line: i + 1 });
    if (method !== undefined) seen.add(method);
  });
  return out;
}

/**
 * The domains of the S3-compatible services an Active Storage configuration points its S3 service
 * at (`endpoint: https://nyc3.digitaloceanspaces.com` -> `digitaloceanspaces.com`, the host's last
 * two labels, as each service's hosts vary by region or account), with their line. Commented lines
 * (the stock file's) and values read from the environment give nothing.
 */
export function storageEndpoints(text: string): Array<{ domain: string; line: number }> {
  const out: Array<{ domain: string; line: number }> = [];
  textLines(text).forEach((raw, i) => {
    const m = /^\s*endpoint:\s*["']?https?:\/\/([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?=[:/"'\s]|$)/.exec(raw);
    if (m) out.push({ domain: m[1]!.toLowerCase().split(".").slice(-2).join("."), line: i + 1 });
  });
  return out;
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
 * A gem's release in a Gemfile.lock: its spec's; for `bundler`, which the lockfile lists no spec
 * of, the BUNDLED WITH line's.
 */
function lockedRelease(lock: GemfileLock | undefined, name: string): string | undefined {
  return lock?.versions.get(name) ?? (name === "bundler" ? lock?.bundler : undefined);
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

/**
 * The gemspec of this repository's own gem that requires bundler at run time, as the lockfile's
 * PATH section records it (the gemspec itself, or the lockfile when that file is not there).
 */
function bundlerGemspec(ctx: DetectContext, lock: GemfileLock | undefined, lockPath: string | undefined): string | undefined {
  if (!lock || !lockPath) return undefined;
  const lockDir = dirOf(lockPath);
  for (const gem of lock.local) {
    if (!gem.dependencies.some((d) => d.name === "bundler")) continue;
    const dir = joinInside(lockDir, gem.remote);
    if (dir === undefined) continue; // a path outside the repository is not this project's gem
    const spec = inFolder(dir, `${gem.name}.gemspec`);
    return ctx.exists(spec) ? spec : lockPath;
  }
  return undefined;
}

/**
 * What the lockfile adds to a Gemfile: with `gemspec`, the gemspec's gems (its runtime ones under
 * PATH, its development ones in DEPENDENCIES), credited to the gemspec when it is there; and the
 * locked version of a tool's own gem when the Gemfile names only a plugin of it (rubocop-rails
 * pulls rubocop: RuboCop gets rubocop's version, never the plugin's).
 */
function reportLockedExtras(ctx: DetectContext, gemfile: string, declared: string[], lock: GemfileLock, lockPath: string, gemspec: boolean): void {
  const direct = new Set(declared);
  const lockDir = dirOf(lockPath);
  const own = new Set(lock.local.map((g) => g.name));
  if (gemspec) {
    for (const name of lock.dependencies) {
      if (direct.has(name) || !lock.versions.has(name)) continue;
      direct.add(name);
      ctx.report({ ref: `rubygems:${name}`, file: lockPath, version: lock.versions.get(name), direct: true });
    }
    for (const gem of lock.local) {
      const dir = joinInside(lockDir, gem.remote);
      if (dir === undefined) continue; // a path outside the repository is not this project's gem
      const spec = inFolder(dir, `${gem.name}.gemspec`);
      const file = ctx.exists(spec) ? spec : lockPath;
      for (const dep of gem.dependencies) {
        if (own.has(dep.name) || dep.name === "bundler" || direct.has(dep.name)) continue;
        direct.add(dep.name);
        const version = lock.versions.get(dep.name);
        ctx.report({ ref: `rubygems:${dep.name}`, file, declared: dep.requirement, version, versionFile: version ? lockPath : undefined, direct: true });
      }
    }
  }
  const tools = new Set([...direct].flatMap((name) => ctx.lookup("rubygems", name)));
  for (const name of direct) {
    for (const required of lock.requires.get(name) ?? []) {
      if (direct.has(required)) continue;
      const version = lock.versions.get(required);
      if (version && ctx.lookup("rubygems", required).some((id) => tools.has(id))) {
        ctx.report({ ref: `rubygems:${required}`, file: gemfile, version, versionFile: lockPath });
      }
    }
  }
}
