import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, lineCounter } from "../../src/kit.js";
import { registryHost, registryKey } from "./registry-keys.js";
import { ciTargets } from "./ci-sources.js";
import { imageValues } from "./container-sources.js";
import type { AddFound, Found } from "./found.js";
import { holdsNoImageOfItsOwn, readForImagesOnly } from "./image-files.js";
import { SOURCE_READERS } from "./source-readers.js";
import { PIP_REQUIREMENTS_SOURCES } from "./python-sources.js";
import { pipIncludedFiles } from "./pip-included.js";
import { blankTemplates } from "./templates.js";
import { repositoryOwner } from "./repository-owner.js";
import { REGISTRIES_FILES } from "../files.js";

/**
 * Package and container registries a repository's configuration names by their host: the
 * registries it resolves packages from or publishes to (.npmrc, .yarnrc(.yml), package.json's
 * `publishConfig`, a Gemfile's `source`, a gemspec's `allowed_push_host`, pip's index options in
 * requirements files (and the files they include under another name), pip.conf and .pypirc, pyproject's Poetry, uv and PDM sources, a Pipfile's
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
    const pipIncluded = await pipIncludedFiles(ctx);
    const pipOnly = new Set(pipIncluded);
    for (const file of [...ctx.files, ...pipIncluded]) {
      const base = baseName(file);
      const reader = pipOnly.has(file) ? PIP_REQUIREMENTS_SOURCES : SOURCE_READERS.find((r) => r.takes(file, base));
      const imagesOnly = readForImagesOnly(file, base, reader);
      if (imagesOnly && holdsNoImageOfItsOwn(file)) continue;
      const text = imagesOnly ? await ctx.peek(file) : await ctx.text(file);
      if (text === undefined) continue;
      const clean = blankTemplates(text);
      const found: Found[] = [];
      const add: AddFound = (url, at, kind = "registry-host") => found.push({ kind, url, at });
      if (reader) await reader.find(ctx, file, clean, add);
      else if (imagesOnly) imageValues(clean, add);
      else await ciTargets(ctx, file, base, clean, add);
      reportFound(ctx, file, lineCounter(clean), found, owner);
    }
  },
};

/** Each found address's most specific key, once a file, at its line. */
function reportFound(ctx: DetectContext, file: string, lineAt: (offset: number) => number, found: readonly Found[], owner: string | undefined): void {
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
