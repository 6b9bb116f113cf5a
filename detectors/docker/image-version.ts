import type { DetectContext, Finding } from "../../src/types.js";
import { yearLine, YEAR_RELEASES } from "../../src/catalog/year-releases.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { fullVersion } from "../../src/versions/range.js";

/**
 * An image whose tags do not open with the release of the tool it holds: where to find it. A tag
 * that `release` matches gives the `release` group's text (read as versionFromTag reads a tag); one
 * that `none` matches names no release; any other is read whole. An image that holds several tools
 * and names the release of each (pgvector's `0.7.4-pg16`) says where each is in `releases`, by
 * tool id; a tool whose pattern does not match the tag takes none.
 */
interface TagLayout {
  readonly image: RegExp;
  readonly release?: RegExp;
  readonly none?: RegExp;
  readonly releases?: Readonly<Record<string, RegExp>>;
  /**
   * Releases named by their line's year: the `release` group is a year, whose version the catalog's
   * `year-named-releases` gives for the image's tool (none for a year not listed).
   */
  readonly yearNamed?: boolean;
}

/**
 * What an image's release is read with from the catalog: the tools a `docker` key names, and the
 * `year-named-releases` table (the detector's context gives both).
 */
export type ImageCatalog = Pick<DetectContext, "lookup" | "tableValue">;

/**
 * The release a bare year names for the first of these tools whose lines are named by year, from
 * the catalog's `year-named-releases` (`tableValue`); undefined when the value is no year or none of
 * the tools is so named (the caller reads the value as it would), a release of undefined for a year
 * the tool's lines do not list.
 */
export function releaseOfYear(toolIds: readonly string[], value: string, tableValue: ImageCatalog["tableValue"]): { release: string | undefined } | undefined {
  const year = value.trim();
  if (!/^\d{4}$/.test(year)) return undefined;
  for (const id of toolIds) {
    const lines = tableValue(YEAR_RELEASES, id);
    if (lines !== undefined) return { release: yearLine(lines, year) };
  }
  return undefined;
}

/** Tag layouts by image, one row per image family; the first whose `image` matches applies. */
const TAG_LAYOUTS: readonly TagLayout[] = [
  // Microsoft's Dev Container images (and their earlier home, mcr.microsoft.com/vscode/devcontainers)
  // lead with the image's own major: `1-3.12-bookworm` is Python 3.12 in release 1 of the image,
  // `0-18` Node.js 18. That major alone (`python:1`, `1-bookworm`) names no release: none of these
  // runtimes has a release 0, 1 or 2 that a dev container would run.
  { image: /^(?:vscode\/)?devcontainers\//, release: /^\d+-(?<release>\d.*)$/, none: /^[012](?:-[a-z].*)?$/ },
  // PostGIS's images: PostgreSQL's release, then PostGIS's (`16-3.4`, `9.6-2.5`, `16-3.4-alpine`,
  // kartoza's `16-3.4--v2024.03.17`); the first is the server's. A lone major (`16`, `13-master`)
  // is PostgreSQL's, on whichever PostGIS the image was built with.
  {
    image: /^(?:postgis\/postgis|kartoza\/postgis|mdillon\/postgis)$/,
    release: /^(?<release>\d+(?:\.\d+)?)-\d/,
    releases: { postgresql: /^(?<release>\d+(?:\.\d+)?)(?![\d.])/, postgis: /^\d+(?:\.\d+)?-(?<release>\d+\.\d+(?:\.\d+)?)(?![\d.])/ },
  },
  // pgvector's images: PostgreSQL with the extension, tagged `pg16` (PostgreSQL's major alone) or
  // `0.7.4-pg16` and `0.8.0-pg17-bookworm` (pgvector's release, then PostgreSQL's major).
  {
    image: /^pgvector\/pgvector$/,
    releases: { pgvector: /^v?(?<release>\d+\.\d+\.\d+)-pg\d/, postgresql: /(?:^|-)pg(?<release>\d+)(?:-|$)/ },
  },
  // nikolaik's images hold Python and Node.js, each after its name (`python3.12-nodejs20`,
  // `python3.11-nodejs18-slim`).
  {
    image: /^nikolaik\/python-nodejs$/,
    releases: { python: /^python(?<release>\d+(?:\.\d+)*)(?:-|$)/, nodejs: /-nodejs(?<release>\d+(?:\.\d+)*)(?:-|$)/ },
  },
  // Bitnami's PHP-FPM image is tagged with PHP's release, which is PHP-FPM's (`8.2`, `8.2.15-debian-12-r4`);
  // its MariaDB Galera image with MariaDB's, not Galera's own numbering (`11.2`, `10.11.6`).
  { image: /^bitnami\/php-fpm$/, releases: { "php-fpm": /^(?<release>\d+(?:\.\d+)*)(?:-|$)/, php: /^(?<release>\d+(?:\.\d+)*)(?:-|$)/ } },
  { image: /^bitnami\/mariadb-galera$/, releases: { mariadb: /^(?<release>\d+(?:\.\d+)*)(?:-|$)/ } },
  // Supabase's PostgreSQL build: PostgreSQL's major and minor, then Supabase's own patch and build
  // (`15.8.1.085` is PostgreSQL 15.8, `17.6.1.009-orioledb` 17.6); Supabase itself takes none.
  { image: /^supabase\/postgres$/, releases: { postgresql: /^(?<release>\d+\.\d+)\.\d+\.\d+(?:-|$)/ } },
  // Timescale's HA images lead with PostgreSQL's release, then TimescaleDB's after `ts`
  // (`pg16.2-ts2.14.2-all`, `pg16-ts2.14`); `pg16` alone names no TimescaleDB release.
  { image: /^timescale\/timescaledb-ha$/, release: /^pg\d+(?:\.\d+)*-ts(?<release>\d+(?:\.\d+)*)(?:-|$)/, none: /^pg\d/ },
  // Mark Shust's docker-magento images: the release of the service each holds, then the image's own
  // revision (`markoshust/magento-opensearch:2.12-0`, `magento-nginx:1.24-0`, `magento-php:8.3-fpm-2`).
  { image: /^markoshust\/magento-/, release: /^(?<release>\d+(?:\.\d+)*)-\d+$/ },
  // KeyDB: the platform first, the release after a `v` (`x86_64_v6.3.4`, `arm64_v6.3.4`, `alpine_x86_64_v6.3.4`).
  { image: /^eqalpha\/keydb$/, release: /^(?:alpine_)?(?:x86_64|arm64|amd64|aarch64)_v(?<release>\d+(?:\.\d+)*)$/ },
  // Deno's images put the variant first (`alpine-2.1.2`, `distroless-2.1.2`, `bin-2.1.2`).
  { image: /^denoland\/deno$/, release: /^(?:alpine|debian|distroless|ubuntu|bin)-(?<release>\d.*)$/ },
  // Airflow's slim images too (`slim-2.9.1`, `slim-2.9.1-python3.11`).
  { image: /^apache\/airflow$/, release: /^slim-(?<release>\d.*)$/ },
  // Fluentd's images: its release, then the image's own revision (`v1.16-1`, `v1.16.2-1.1`); the
  // variants put theirs after a name (`v1.16-debian-1`), which the general reading handles.
  { image: /^(?:fluentd|fluent\/fluentd)$/, release: /^v?(?<release>\d+\.\d+(?:\.\d+)?)-\d+(?:\.\d+)?$/ },
  // Rocky Linux's and AlmaLinux's images: the release, then a build date (`9.3.20231119`,
  // `9.3-20231124`, `9.3-minimal-20231124`).
  { image: /^rockylinux(?:\/rockylinux)?$/, release: /^(?<release>\d+\.\d+)\.\d{8}(?:-|$)/ },
  { image: /^almalinux(?:\/\d+-[a-z]+)?$/, release: /^(?<release>\d+(?:\.\d+)?)(?:-[a-z]+)?-\d{8}$/ },
  // Umami's images lead with the database they are built for (`postgresql-v2.10.2`, `mysql-latest`).
  { image: /^umami-software\/umami$/, release: /^(?:postgresql|mysql)-v?(?<release>\d.*)$/ },
  // The servlet container first: PlantUML's server (`jetty-v1.2024.3`) and Camunda 7's platform (`run-7.20.0`).
  { image: /^plantuml\/plantuml-server$/, release: /^(?:jetty|tomcat)-v?(?<release>\d.*)$/ },
  { image: /^camunda\/camunda-bpm-platform$/, release: /^(?:run|tomcat|wildfly)-(?<release>\d.*)$/ },
  // tiangolo's images name the Python they run (`python3.11`, `python3.8-alpine3.10`, `python3.11-2024-03-11`).
  { image: /^tiangolo\//, release: /^python(?<release>\d+(?:\.\d+)*)(?:-|$)/ },
  // OCaml's opam images: the distribution first, the compiler after `ocaml-` (`ubuntu-22.04-ocaml-5.1`).
  { image: /^ocaml\/opam$/, release: /(?:^|-)ocaml-(?<release>\d+\.\d+(?:\.\d+)?)(?:-|$)/ },
  // Microsoft's SQL Server images are tagged by the product's year (`2022-latest`,
  // `2019-CU18-ubuntu-20.04`, the RHEL ones and the older mssql-server-linux's `2017-latest`): the
  // year names a release line, whose version is another number (SQL Server 2022 is 16.0), as a SQL
  // project's schema provider gives it (Sql160); a year the catalog's year-named-releases does not list names none.
  {
    image: /^(?:mssql\/(?:rhel\/)?server|microsoft\/mssql-server-linux)$/,
    release: /^(?<release>20\d\d)(?:-|$)/,
    yearNamed: true,
  },
  // WebLogic's four-part release, then the image's revision and OS (`14.1.1.0-11-ol8`).
  { image: /^middleware\/weblogic$/, release: /^(?<release>\d+\.\d+\.\d+\.\d+)(?:-|$)/ },
];

/**
 * The release an image's tag gives the tool the image holds: versionFromTag's reading of the tag,
 * or of the part TAG_LAYOUTS points at for an image whose tags lead with something else. (A tag
 * that is a commit hash names none, as versionFromTag reads every tag.) A tag naming a year-named
 * line takes its release from `catalog`, none without one.
 */
export function imageVersion(name: string, tag: string | undefined, catalog?: ImageCatalog): string | undefined {
  const layout = layoutOf(name, tag);
  if (layout?.release && tag) {
    const release = layout.release.exec(tag)?.groups?.release;
    if (release !== undefined) return layout.yearNamed ? catalog && releaseOfYear(catalog.lookup("docker", name), release, catalog.tableValue)?.release : versionFromTag(release);
  }
  if (layout?.none?.test(tag!)) return undefined;
  return versionFromTag(tag);
}

/** For an image that holds several tools, each one's release its tag names (pgvector 0.7.4 and PostgreSQL 16.0.0 for `0.7.4-pg16`). */
export function imageReleases(name: string, tag: string | undefined): Record<string, string> | undefined {
  const releases = layoutOf(name, tag)?.releases;
  if (!releases || !tag) return undefined;
  const out: Record<string, string> = {};
  for (const [id, pattern] of Object.entries(releases)) {
    const release = versionFromTag(pattern.exec(tag)?.groups?.release);
    if (release) out[id] = release;
  }
  return out;
}

/** What a finding of an image says: the image, its tag as declared, and the release or releases the tag names (a year's read from `catalog`). */
export function imageFinding(image: { name: string; tag?: string }, catalog: ImageCatalog): Pick<Finding, "ref" | "declared" | "version" | "versions"> {
  const out: Pick<Finding, "ref" | "declared" | "version" | "versions"> = { ref: `docker:${image.name}`, declared: image.tag, version: imageVersion(image.name, image.tag, catalog) };
  const versions = imageReleases(image.name, image.tag);
  if (versions) out.versions = versions;
  return out;
}

/**
 * imageFinding for an image a Dockerfile builds on, whose release the site writes with three parts:
 * a two-part one takes a zero patch (Ubuntu 18.04.0 for `FROM ubuntu:18.04`, Alpine Linux 3.2.0
 * for `FROM alpine:3.2`, as a lone major is 18.0.0 for `node:18`), where a compose service's image
 * keeps its tag's form (MySQL 8.0 for `mysql:8.0`). A release the tag does not write but names by
 * its line's year (SQL Server 16.0 for `2022-latest`) is kept as the catalog's year-named-releases
 * gives it, as it is from a compose file, a CI job or a SQL project.
 */
export function dockerfileImageFinding(image: { name: string; tag?: string }, catalog: ImageCatalog): Pick<Finding, "ref" | "declared" | "version" | "versions"> {
  const out = imageFinding(image, catalog);
  if (out.version && !namesYearLine(image.name, image.tag)) out.version = fullVersion(out.version);
  if (out.versions) out.versions = Object.fromEntries(Object.entries(out.versions).map(([id, v]) => [id, fullVersion(v)]));
  return out;
}

/** Whether an image's tag names its tool's release line by year (`mssql/server:2022-latest`). */
function namesYearLine(name: string, tag: string | undefined): boolean {
  const layout = layoutOf(name, tag);
  return layout?.yearNamed === true && layout.release !== undefined && layout.release.test(tag!);
}

function layoutOf(name: string, tag: string | undefined): TagLayout | undefined {
  return tag ? TAG_LAYOUTS.find((l) => l.image.test(name)) : undefined;
}
