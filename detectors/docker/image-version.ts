import { versionFromTag } from "../../src/versions/image-tag.js";

/** Microsoft's Dev Container images, today's and their earlier home (mcr.microsoft.com/vscode/devcontainers). */
const DEV_CONTAINER_IMAGE = /^(?:vscode\/)?devcontainers\//;

/**
 * PostGIS's images, tagged with PostgreSQL's release and then PostGIS's (`16-3.4`, `9.6-2.5`,
 * `16-3.4-alpine`, kartoza's `16-3.4--v2024.03.17`): the first is the release of the server they run.
 */
const POSTGIS_IMAGE = /^(?:postgis\/postgis|kartoza\/postgis)$/;

/**
 * Mark Shust's docker-magento images, tagged with the release of the service each holds and then the
 * image's own revision (`markoshust/magento-opensearch:2.12-0`, `magento-nginx:1.24-0`,
 * `magento-php:8.3-fpm-2`): the first is the service's.
 */
const DOCKER_MAGENTO_IMAGE = /^markoshust\/magento-/;

/**
 * KeyDB's image, tagged with the platform first and the release after a `v`
 * (`eqalpha/keydb:x86_64_v6.3.4`, `arm64_v6.3.4`, `alpine_x86_64_v6.3.4`).
 */
const KEYDB_IMAGE = "eqalpha/keydb";

/**
 * The release an image's tag gives the tool the image holds, as versionFromTag reads it; but a Dev
 * Container image's tag may lead with the image's own major (`1-3.12-bookworm` is Python 3.12 in
 * release 1 of the image, `0-18` Node.js 18), which is read past; that major alone (`1`,
 * `1-bookworm`) names no release. A PostGIS image's tag leads with PostgreSQL's release. (A tag
 * that is a commit hash names none, as versionFromTag reads every tag.)
 */
export function imageVersion(name: string, tag: string | undefined): string | undefined {
  if (tag && DEV_CONTAINER_IMAGE.test(name)) {
    const runtime = /^\d+-(\d.*)$/.exec(tag);
    if (runtime) return versionFromTag(runtime[1]);
    // The image's major alone (python:1, the latest Python of release 1 of the image): none of
    // these runtimes has a release 0, 1 or 2 that a dev container would run.
    if (/^[012](?:-[a-z].*)?$/.test(tag)) return undefined;
  }
  if (tag && POSTGIS_IMAGE.test(name)) {
    const server = /^(\d+(?:\.\d+)?)-\d/.exec(tag);
    if (server) return versionFromTag(server[1]);
  }
  if (tag && DOCKER_MAGENTO_IMAGE.test(name)) {
    const service = /^(\d+(?:\.\d+)*)-\d+$/.exec(tag);
    if (service) return versionFromTag(service[1]);
  }
  if (tag && name === KEYDB_IMAGE) {
    const release = /^(?:alpine_)?(?:x86_64|arm64|amd64|aarch64)_v(\d+(?:\.\d+)*)$/.exec(tag);
    if (release) return versionFromTag(release[1]);
  }
  // Deno's images put the variant first (denoland/deno:alpine-2.1.2, distroless-2.1.2, bin-2.1.2).
  if (tag && name === "denoland/deno") return versionFromTag(tag.replace(/^(?:alpine|debian|distroless|ubuntu|bin)-(?=\d)/, ""));
  // Airflow's slim images put the variant first too (apache/airflow:slim-2.9.1, slim-2.9.1-python3.11).
  if (tag && name === "apache/airflow") return versionFromTag(tag.replace(/^slim-(?=\d)/, ""));
  return versionFromTag(tag);
}
