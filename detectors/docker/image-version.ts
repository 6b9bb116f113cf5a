import { versionFromTag } from "../../src/versions/image-tag.js";

/**
 * An image whose tags do not open with the release of the tool it holds: where to find it. A tag
 * that `release` matches gives the `release` group's text (read as versionFromTag reads a tag); one
 * that `none` matches names no release; any other is read whole.
 */
interface TagLayout {
  readonly image: RegExp;
  readonly release: RegExp;
  readonly none?: RegExp;
}

/** Tag layouts by image, one row per image family; the first whose `image` matches applies. */
const TAG_LAYOUTS: readonly TagLayout[] = [
  // Microsoft's Dev Container images (and their earlier home, mcr.microsoft.com/vscode/devcontainers)
  // lead with the image's own major: `1-3.12-bookworm` is Python 3.12 in release 1 of the image,
  // `0-18` Node.js 18. That major alone (`python:1`, `1-bookworm`) names no release: none of these
  // runtimes has a release 0, 1 or 2 that a dev container would run.
  { image: /^(?:vscode\/)?devcontainers\//, release: /^\d+-(?<release>\d.*)$/, none: /^[012](?:-[a-z].*)?$/ },
  // PostGIS's images: PostgreSQL's release, then PostGIS's (`16-3.4`, `9.6-2.5`, `16-3.4-alpine`,
  // kartoza's `16-3.4--v2024.03.17`); the first is the server's.
  { image: /^(?:postgis\/postgis|kartoza\/postgis)$/, release: /^(?<release>\d+(?:\.\d+)?)-\d/ },
  // Mark Shust's docker-magento images: the release of the service each holds, then the image's own
  // revision (`markoshust/magento-opensearch:2.12-0`, `magento-nginx:1.24-0`, `magento-php:8.3-fpm-2`).
  { image: /^markoshust\/magento-/, release: /^(?<release>\d+(?:\.\d+)*)-\d+$/ },
  // KeyDB: the platform first, the release after a `v` (`x86_64_v6.3.4`, `arm64_v6.3.4`, `alpine_x86_64_v6.3.4`).
  { image: /^eqalpha\/keydb$/, release: /^(?:alpine_)?(?:x86_64|arm64|amd64|aarch64)_v(?<release>\d+(?:\.\d+)*)$/ },
  // Deno's images put the variant first (`alpine-2.1.2`, `distroless-2.1.2`, `bin-2.1.2`).
  { image: /^denoland\/deno$/, release: /^(?:alpine|debian|distroless|ubuntu|bin)-(?<release>\d.*)$/ },
  // Airflow's slim images too (`slim-2.9.1`, `slim-2.9.1-python3.11`).
  { image: /^apache\/airflow$/, release: /^slim-(?<release>\d.*)$/ },
];

/**
 * The release an image's tag gives the tool the image holds: versionFromTag's reading of the tag,
 * or of the part TAG_LAYOUTS points at for an image whose tags lead with something else. (A tag
 * that is a commit hash names none, as versionFromTag reads every tag.)
 */
export function imageVersion(name: string, tag: string | undefined): string | undefined {
  const layout = tag ? TAG_LAYOUTS.find((l) => l.image.test(name)) : undefined;
  if (layout && tag) {
    const release = layout.release.exec(tag)?.groups?.release;
    if (release !== undefined) return versionFromTag(release);
    if (layout.none?.test(tag)) return undefined;
  }
  return versionFromTag(tag);
}
