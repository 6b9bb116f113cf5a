/** A composer.lock's entry of a package. */
export interface LockedPackage {
  version: string;
  license?: string;
  /** Installed from a folder of the repository (a `path` repository's package): not Packagist's. */
  local?: boolean;
}

/** Whether a composer.lock locks no package at all (an empty `packages` list). */
export function isEmptyLock(data: unknown): boolean {
  const d = (data ?? {}) as Record<string, unknown>;
  return Array.isArray(d.packages) && d.packages.length === 0;
}


/** The folders of a composer.lock's `path` repository packages (`dist.url`, relative to the lockfile). */
export function readPathPackages(data: unknown): string[] {
  const out: string[] = [];
  for (const section of ["packages", "packages-dev"]) {
    const list = (data as Record<string, unknown> | undefined)?.[section];
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const dist = (p as { dist?: { type?: unknown; url?: unknown } } | null)?.dist;
      if (dist?.type === "path" && typeof dist.url === "string") out.push(dist.url);
    }
  }
  return out;
}


/** composer.lock `packages` and `packages-dev`: name to version (without a leading v) and license. */
export function readComposerLock(data: unknown): Map<string, LockedPackage> {
  const out = new Map<string, LockedPackage>();
  for (const section of ["packages", "packages-dev"]) {
    const list = (data as Record<string, unknown> | undefined)?.[section];
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const { name, version, license, dist } = (p ?? {}) as { name?: unknown; version?: unknown; license?: unknown; dist?: { type?: unknown } };
      if (typeof name !== "string" || typeof version !== "string") continue;
      const entry: LockedPackage = { version: version.replace(/^v(?=\d)/, "") };
      if (dist?.type === "path") entry.local = true;
      const licenses = Array.isArray(license) ? license.filter((l): l is string => typeof l === "string") : [];
      if (licenses.length) entry.license = licenses.join(" OR ");
      out.set(name.toLowerCase(), entry);
    }
  }
  return out;
}


/**
 * The lower bound of a Composer constraint as it is written, when no composer.lock pins a
 * version: `^7.1.3` -> 7.1.3, `~5.7` -> 5.7, `2.6.*` -> 2.6, `>=7.2 <8` -> 7.2, `^7.2|^8.0` -> 7.2
 * (the first alternative). Not padded to three parts: the site writes `2.6.*` as 2.6, as it writes
 * a Gemfile's `~> 1.11` as 1.11. Undefined for what bounds nothing from below (`*`, `<2.0`,
 * `dev-master`, `2.1.x-dev`, `>=0`).
 */
export function lowestComposerVersion(constraint: string): string | undefined {
  const first = constraint.split("|")[0]!.trim();
  for (const token of first.replace(/@[a-z]+/gi, "").split(/[\s,]+/)) {
    const m = /^(?:\^|~|>=|==?)?v?(\d+(?:\.\d+)*)(?:\.\*)?(?:-(?:alpha|beta|rc|patch|p|pl)[.-]?\d*)?$/i.exec(token);
    if (m) return /^0(\.0)*$/.test(m[1]!) ? undefined : m[1];
  }
  return undefined;
}
