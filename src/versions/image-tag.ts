/**
 * The version a container image tag or a CI setting names: `18-alpine` -> `18.0.0`,
 * `3.12-slim` -> `3.12`, `v2.0.1-buster` -> `2.0.1`, `8.0` -> `8.0`, `4.16.1-20231219` -> `4.16.1`; nothing for `latest`, `lts`,
 * code names, commit hashes or variables. A lone major is padded as the site writes it (`node:18` is 18.0.0).
 */
export function versionFromTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const trimmed = tag.trim();
  // No tag holds a line break (the patterns below could not match one, and retried each position).
  if (/[\n\r\u2028\u2029]/.test(trimmed)) return undefined;
  // A git commit's short or full hash (an image tagged per build, `jupyter/pyspark-notebook:4d70cf8da953`,
  // `app:3f2a9c1`; an action or a kustomization pinned to a commit): its leading digits are no release.
  if (/^[0-9a-f]{7,40}$/i.test(trimmed) && /[a-f]/i.test(trimmed) && /^\d/.test(trimmed)) return undefined;
  // A whole release followed by a numeric build date or packaging revision (`4.16.1-20231219`,
  // `3.9.6-1`): the release. Only after a full major.minor.patch, since a lone major before a
  // number is often two releases (postgis/postgis:14-3.4 is PostgreSQL 14 with PostGIS 3.4).
  // A suffix opening with a letter (`-r0`, `-alpine`) is the general case below.
  // An x-range over a whole major (a setup action's `python-version: 3.x`, `go-version: 1.x`) allows
  // every release of it: none, where `3.11.x` reads as its line (3.11) below.
  if (/^v?\d+\.[x*](?:$|[-_.+])/i.test(trimmed)) return undefined;
  const built = /^v?(\d+\.\d+\.\d+)[-_+]\d+(?:[-_.+]?[a-z0-9].*)?$/i.exec(trimmed);
  if (built) return built[1];
  const m = /^v?(\d+(?:\.\d+){0,3})(?:[-_+.]?[a-z].*)?$/i.exec(trimmed);
  if (!m) return undefined;
  const version = m[1]!;
  return /^\d+$/.test(version) ? `${version}.0.0` : version;
}
