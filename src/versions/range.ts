import semver from "semver";

/**
 * The lowest version a declared range allows (`^18.2.0` -> `18.2.0`, `>=3.8` -> `3.8.0`), used
 * when no lockfile pins one. Undefined for what names no version: `*`, `latest`, URLs, git,
 * paths, workspace links.
 */
export function lowestVersion(range: string | undefined): string | undefined {
  if (!range) return undefined;
  const spec = range.trim().replace(/^npm:[^@]+@/, "");
  if (!spec || spec === "*" || spec === "x" || /^[a-z]+:|^\.{0,2}\/|^~\/|\/|^latest$|^next$/i.test(spec)) return undefined;
  try {
    const min = semver.minVersion(spec, { loose: true });
    if (!min || min.version === "0.0.0") return undefined;
    return min.version;
  } catch {
    return undefined;
  }
}

/** The highest of `versions` that `range` allows. */
export function bestMatch(versions: readonly string[], range: string | undefined): string | undefined {
  if (versions.length === 0) return undefined;
  if (versions.length === 1 || !range) return versions[0];
  try {
    return semver.maxSatisfying([...versions], range, { loose: true }) ?? undefined;
  } catch {
    return undefined;
  }
}

/** `v18.17.0` -> `18.17.0`; `18` -> `18.0.0`; `3.12` -> `3.12.0`; anything else unchanged. */
export function fullVersion(version: string): string {
  const v = version.trim().replace(/^v(?=\d)/, "");
  if (/^\d+$/.test(v)) return `${v}.0.0`;
  if (/^\d+\.\d+$/.test(v)) return `${v}.0`;
  return v;
}
