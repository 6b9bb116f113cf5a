/**
 * The version a container image tag or a CI setting names: `18-alpine` -> `18.0.0`,
 * `3.12-slim` -> `3.12`, `v2.0.1-buster` -> `2.0.1`, `8.0` -> `8.0`; nothing for `latest`, `lts`,
 * code names or variables. A lone major is padded as the site writes it (`node:18` is 18.0.0).
 */
export function versionFromTag(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const m = /^v?(\d+(?:\.\d+){0,3})(?:[-_+.]?[a-z].*)?$/i.exec(tag.trim());
  if (!m) return undefined;
  const version = m[1]!;
  return /^\d+$/.test(version) ? `${version}.0.0` : version;
}
