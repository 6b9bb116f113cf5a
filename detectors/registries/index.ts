import type { Detector } from "../../src/types.js";
import { baseName, blankComments, blankHashCommentLines, blankText, inUsageFolder, isRecord, lineCounter, replaceBlockComments } from "../../src/kit.js";
import { registryHost, registryKey } from "./registry-keys.js";
import { commandTargets } from "./command-targets.js";
import { actionTargets } from "./action-targets.js";
import { blankTemplates } from "./templates.js";
import { repositoryOwner } from "./repository-owner.js";
import { xmlBlocks } from "./xml-blocks.js";
import { composerSources } from "./composer-repositories.js";
import { REGISTRIES_FILES } from "../files.js";

/**
 * Package and container registries a repository's configuration names by their host: the
 * registries it resolves packages from or publishes to (.npmrc, .yarnrc(.yml), package.json's
 * `publishConfig`, a Gemfile's `source`, a gemspec's `allowed_push_host`, pip's index options in
 * requirements files, pip.conf and .pypirc, pyproject's Poetry, uv and PDM sources, a Pipfile's
 * `[[source]]`, NuGet.config's `packageSources`, Maven's repositories, mirrors and
 * distributionManagement, Gradle's `maven { url }`, composer.json's `repositories`, Cargo's
 * registries) and the registries a CI job logs in or pushes to (`docker login quay.io`,
 * `docker push <host>/<image>`, docker/login-action's `registry`, `npm publish --registry`), all
 * reported as `registry-host:<key>`; the registry host of an image a Dockerfile or compose service
 * pulls as `image-host:<key>` (a public registry's image is someone else's: only private
 * registries' keys name a tool there). A compose service that builds its own image and names it
 * on a registry pushes it there: `registry-host`. A composer.json version-control repository is
 * no registry: its host is `vcs-host:<key>` (a forge) and its type `composer-vcs:<type>` (see
 * composer-repositories.ts).
 *
 * Keys are host patterns, most specific first: the host with its first path segment and the host
 * itself (`gcr.io/acme`, `gcr.io`), then with its leading labels as one `*` (`*.fury.io`), AWS
 * account numbers and region labels always as `*` (`*.dkr.ecr.*.amazonaws.com`), and any host
 * with the first path segment (`*\/artifactory`). A `host:port` is tried first where a port is
 * given. Hosts written as variables or templates (`${REGISTRY}`, `${{ secrets.HOST }}`) name nothing.
 */
export const registriesDetector: Detector = {
  name: "registries",
  files: REGISTRIES_FILES,
  async detect(ctx) {
    const owner = await repositoryOwner(ctx);
    for (const file of ctx.files) {
      const base = baseName(file);
      // Files read only for the images they name: a glance, without a warning when one is large.
      const other = !/^(\.gitlab-ci\.yml|\.travis\.yml|bitbucket-pipelines\.yml|azure-pipelines\.yml|\.yarnrc\.yml|cloudbuild\.ya?ml|buildspec[^/]*\.ya?ml|\.drone\.yml|\.woodpecker\.ya?ml)$|^(docker-)?compose/.test(base) && !/^\.(github\/workflows|woodpecker|buildkite)\//.test(file) && !/^\.github\/dependabot\.ya?ml$/.test(file) && !file.endsWith(".circleci/config.yml") && /\.(ya?ml|json|tf)$/.test(base) && base !== "package.json" && base !== "composer.json";
      // Translations, site data and lockfiles hold YAML by the thousand and no image: not read.
      if (other && (/(^|\/)(locales?|i18n|translations?|_data|__snapshots__|\.github|\.circleci)\//i.test(file) || /^(pnpm-lock\.yaml|conda-lock\.yml)$/.test(base))) continue;
      // An example's, a test's or a page of documentation's manifest runs nowhere of the project's
      // own (`docs/eks.yaml`'s `123456789012.dkr.ecr...` is AWS's placeholder account, not a registry).
      if (other && inUsageFolder(file)) continue;
      const text = other ? await ctx.peek(file) : await ctx.text(file);
      if (text === undefined) continue;
      const clean = blankTemplates(text);
      const lineAt = lineCounter(clean);
      // An offset given as a search (a parsed value looked for in the text) is searched for only
      // when its url is reported: 30,000 compose services each searched from the top took 7 s.
      const found: Array<{ kind: FoundKind; url: string; at: number | (() => number) }> = [];
      const add = (url: string, at: number | (() => number), kind: FoundKind = "registry-host") => found.push({ kind, url, at });
      if (base === ".npmrc") {
        for (const m of clean.matchAll(/^[ \t]*(?:@[\w.-]+:)?registry[ \t]*=[ \t]*["']?(\S+?)["']?[ \t]*$/gm)) add(m[1]!, m.index!);
        for (const m of clean.matchAll(/^[ \t]*(\/\/[^\s:/]+(?::\d+)?(?:\/[^\s:]*)?):[\w-]+[ \t]*=/gm)) add(m[1]!, m.index!);
      } else if (base === ".yarnrc") {
        for (const m of clean.matchAll(/^[ \t]*["']?(?:@[\w.-]+:)?registry["']?[ \t]+["']?([^\s"']+)["']?/gm)) add(m[1]!, m.index!);
      } else if (base === ".yarnrc.yml") {
        const live = blankHashCommentLines(clean);
        for (const m of live.matchAll(/\bnpm(?:RegistryServer|PublishRegistry)[ \t]*:[ \t]*["']?([^\s"']+)/g)) add(m[1]!, m.index!);
        for (const m of live.matchAll(/^[ \t]+["']?((?:https?:)?\/\/[^\s"']+)["']?[ \t]*:[ \t]*$/gm)) add(m[1]!, m.index!);
      } else if (base === "bunfig.toml") {
        // Bun's `[install] registry` and `[install.scopes]`: a URL, or a table with its `url` (and a token).
        for (const url of bunRegistries(await ctx.toml(file))) add(url, () => Math.max(0, clean.indexOf(url)));
      } else if (base === "package.json") {
        const data = await ctx.json(file);
        const registry = isRecord(data) && isRecord(data.publishConfig) ? data.publishConfig.registry : undefined;
        if (typeof registry === "string") add(registry, Math.max(0, clean.indexOf(registry)));
      } else if (base === "Gemfile" || base === "gems.rb") {
        for (const m of clean.matchAll(/^[ \t]*source[ \t(]+["']([^"']+)["']/gm)) add(m[1]!, m.index!);
      } else if (base.endsWith(".gemspec")) {
        for (const m of blankHashCommentLines(clean).matchAll(/allowed_push_host["']?\s*(?:\]\s*)?(?:=|=>|:)\s*["']([^"']+)["']/g)) add(m[1]!, m.index!);
      } else if (/^(requirements|constraints)/.test(base) || file.includes("requirements/")) {
        for (const m of clean.matchAll(/^[ \t]*(?:--index-url|--extra-index-url|-i)(?:[ \t]*=[ \t]*|[ \t]+)(\S+)/gm)) add(m[1]!, m.index!);
      } else if (base === "pip.conf" || base === "pip.ini" || base === ".pypirc") {
        // `index-url = URL`, `extra-index-url =` (its further URLs on indented lines), `repository = URL`
        for (const m of clean.matchAll(/^[ \t]*(?:index-url|extra-index-url|index|repository)[ \t]*[=:][ \t]*(\S*)((?:\r?\n[ \t]+\S+)*)/gm)) {
          for (const url of [m[1]!, ...m[2]!.split(/\r?\n/).map((s) => s.trim())]) if (url) add(url, m.index!);
        }
      } else if (base === "pyproject.toml" || base === "Pipfile") {
        const data = await ctx.toml(file);
        for (const url of pythonSources(data)) add(url, () => Math.max(0, clean.indexOf(url)));
      } else if (/^nuget\.config$/i.test(base)) {
        for (const block of xmlBlocks(clean, ["packageSources"])) {
          for (const m of block.body.matchAll(/<add\b[^<>]*\bvalue\s*=\s*["']([^"']+)["']/gi)) add(m[1]!, block.at + m.index!);
        }
      } else if (base === "pom.xml" || base === "settings.xml") {
        const bare = replaceBlockComments(clean, blankText, "<!--", "-->");
        for (const block of xmlBlocks(bare, ["repositories", "pluginRepositories", "distributionManagement", "mirrors"])) {
          for (const m of block.body.matchAll(/<url>\s*([^<\s]+)\s*<\/url>/g)) add(m[1]!, block.at + m.index!);
        }
        // Jib's target image (`<to><image>gcr.io/acme/app</image></to>`): where the build pushes
        for (const m of bare.matchAll(/<to>\s*<image>\s*([^<\s]+)\s*<\/image>/g)) add(m[1]!, m.index!);
      } else if (base.endsWith(".gradle") || base.endsWith(".gradle.kts")) {
        // Comments blanked, not removed: an offset in the code is one in the text (for its line)
        const bare = blankComments(clean, { line: ["//"], block: ["/*", "*/"], quotes: "\"'" });
        for (const m of bare.matchAll(/\bmaven\s*\(\s*(?:url\s*=\s*)?(?:uri\s*\(\s*)?["']([^"']+)["']/g)) add(m[1]!, m.index!);
        // `maven { url = uri("...") }`, the url before or after a nested `credentials { }` block
        for (const m of bare.matchAll(/\bmaven\s*\{/g)) {
          const body = bare.slice(m.index! + m[0].length, m.index! + m[0].length + 600);
          const url = /^(?:[^{}]|\{[^{}]*\})*?\b(?:url|setUrl)\b\s*(?:=\s*)?\(?\s*(?:uri\s*\(\s*)?["']([^"']+)["']/.exec(body);
          if (url) add(url[1]!, m.index! + m[0].length + url.index + url[0].indexOf(url[1]!));
        }
        // Jib's target image (`jib { to { image = "gcr.io/acme/app" } }`, `jib.to.image = "..."`, the
        // Kotlin DSL's `to.image = "..."` inside `jib { }`), at the image's line (the match ends with its quote)
        for (const m of bare.matchAll(/\bto\s*(?:\{\s*|\.)image\s*=\s*["']([^"']+)["']/g)) add(m[1]!, m.index! + m[0].length - m[1]!.length - 1);
      } else if (base === "composer.json") {
        for (const { kind, name, written } of composerSources(await ctx.json(file))) add(name, () => Math.max(0, clean.indexOf(written)), kind);
      } else if (file.endsWith(".cargo/config") || file.endsWith(".cargo/config.toml")) {
        // `index = "..."` in `[registries.acme]`, `registry = "..."` in `[source.mirror]`, or either in
        // an inline table (`acme = { index = "sparse+https://..." }`, as Cargo's book writes them)
        for (const m of blankHashCommentLines(clean).matchAll(/(?:^|[{,])[ \t]*(?:index|registry)[ \t]*=[ \t]*["']([^"']+)["']/gm)) add(m[1]!, m.index!);
      } else if (/^(dockerfile|containerfile)$|^dockerfile\.|\.dockerfile$/i.test(base)) {
        for (const m of clean.matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)) add(m[1]!, m.index!, "image-host");
        commandTargets(clean, add);
      } else if (/^(docker-)?compose/.test(base)) {
        const data = await ctx.yaml(file);
        const services = isRecord(data) && isRecord(data.services) ? data.services : {};
        for (const service of Object.values(services)) {
          if (!isRecord(service) || typeof service.image !== "string") continue;
          // A service built here and named on a registry: the image the project pushes there.
          add(service.image, () => Math.max(0, clean.indexOf(service.image as string)), service.build !== undefined ? "registry-host" : "image-host");
        }
      } else if (/^\.github\/dependabot\.ya?ml$/.test(file)) {
        // The private registries Dependabot is given to resolve from (`registries: { fury: { type: npm-registry, url } }`)
        const data = await ctx.yaml(file);
        const registries = isRecord(data) && isRecord(data.registries) ? Object.values(data.registries) : [];
        for (const r of registries) if (isRecord(r) && typeof r.url === "string") add(r.url, () => Math.max(0, clean.indexOf(r.url as string)));
      } else if (other) {
        imageValues(clean, add);
      } else {
        commandTargets(clean, add);
        // Cloud Build's `images:`, the images a build pushes when it ends
        if (/^cloudbuild\.ya?ml$/.test(base)) {
          const data = await ctx.yaml(file);
          const images = isRecord(data) && Array.isArray(data.images) ? data.images : [];
          const from = Math.max(0, clean.search(/^images[ \t]*:/m));
          for (const image of images) if (typeof image === "string") add(image, () => Math.max(0, clean.indexOf(image, from)));
        }
        // A CI job's own images (GitLab's `image:`, CircleCI's `docker: - image:`): pulled, so image-host
        if (/\.ya?ml$/.test(base)) imageValues(clean, add);
        if (file.startsWith(".github/workflows/")) actionTargets(await ctx.yaml(file), clean, add);
      }
      const seen = new Set<string>();
      for (const { kind: pulled, url, at } of found) {
        // An image of the repository's own owner (quay.io/acme/api in github.com/acme/api) is one
        // it publishes there: the registry it hosts its images on, as a push would show.
        const kind = pulled === "image-host" && owner !== undefined && registryHost(url)?.segment === owner ? "registry-host" : pulled;
        // A version-control system is its type's name, a key as written; a host, its most specific key.
        const key = kind === "composer-vcs" ? (ctx.lookup(kind, url).length > 0 ? url : undefined) : registryKey(ctx, kind, url);
        if (!key || seen.has(`${kind}:${key}`)) continue;
        seen.add(`${kind}:${key}`);
        ctx.report({ ref: `${kind}:${key}`, file, line: lineAt(typeof at === "number" ? at : at()) });
      }
    }
  },
};

/** What a found address names: a registry, a pulled image's registry, a forge, or (composer.json's) a version-control system. */
type FoundKind = "registry-host" | "image-host" | "vcs-host" | "composer-vcs";

/**
 * The images a YAML, JSON or Terraform file names by value, as pulled images (image-host):
 * `image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/api:1.4`, a Helm value's `repository:`,
 * an ECS task definition's `"image":`, Terraform's `image = "..."`.
 */
function imageValues(text: string, add: (url: string, at: number, kind: "image-host") => void): void {
  for (const m of text.matchAll(/(?:^|[\s{,[-])["']?(?:image|repository|imageUri|image_uri)["']?[ \t]*[:=][ \t]*["']?([^\s"',}\]]+)/g)) {
    // At the value, on the key's line: the match starts at the character before the key, the
    // previous line's end where the key starts its line (GitLab CI's top-level `image:`).
    add(m[1]!, m.index! + m[0].length - m[1]!.length, "image-host");
  }
}

/** The index URLs of a pyproject's Poetry, uv and PDM sources, or a Pipfile's `[[source]]`. */
function pythonSources(data: unknown): string[] {
  if (!isRecord(data)) return [];
  const out: string[] = [];
  const urls = (list: unknown, field: string) => {
    for (const s of Array.isArray(list) ? list : []) if (isRecord(s) && typeof s[field] === "string") out.push(s[field] as string);
  };
  urls(data.source, "url");
  const tool = isRecord(data.tool) ? data.tool : {};
  if (isRecord(tool.poetry)) urls(tool.poetry.source, "url");
  if (isRecord(tool.pdm)) urls(tool.pdm.source, "url");
  if (isRecord(tool.uv)) {
    urls(tool.uv.index, "url");
    for (const field of ["index-url", "extra-index-url", "publish-url"]) {
      const v = tool.uv[field];
      for (const url of Array.isArray(v) ? v : [v]) if (typeof url === "string") out.push(url);
    }
  }
  return out;
}

/** The registry URLs a bunfig.toml's `[install]` table names: its `registry` and each of its `scopes`, a URL or `{ url = ... }`. */
export function bunRegistries(data: unknown): string[] {
  const install = isRecord(data) ? data.install : undefined;
  if (!isRecord(install)) return [];
  const url = (value: unknown) => (typeof value === "string" ? value : isRecord(value) && typeof value.url === "string" ? value.url : undefined);
  const scopes = isRecord(install.scopes) ? Object.values(install.scopes) : [];
  return [install.registry, ...scopes].map(url).filter((u): u is string => u !== undefined && u.trim() !== "");
}
