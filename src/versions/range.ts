import semver from "semver";

/** The one release a requirement allows (`8.6.0`, `=8.6.0`, `v8.6.0`); undefined for a range. */
export function pinnedVersion(requirement: string): string | undefined {
  return semver.clean(requirement) ?? undefined;
}

/**
 * The lowest version a declared range allows (`^18.2.0` -> `18.2.0`, `>=3.8` -> `3.8.0`), used
 * when no lockfile pins one. Undefined for what names no version: `*`, `latest`, URLs, git,
 * paths, workspace links.
 */
export function lowestVersion(range: string | undefined): string | undefined {
  if (!range) return undefined;
  // Worked out once a range: a monorepo's 40,000 package.json files declaring `^4.17.21` asked
  // semver the same question 40,000 times. The cache is emptied when full, so it stays small.
  const known = lowest.get(range);
  if (known !== undefined || lowest.has(range)) return known;
  if (lowest.size >= LOWEST_CACHED) lowest.clear();
  const version = lowestOf(range);
  lowest.set(range, version);
  return version;
}
const lowest = new Map<string, string | undefined>();
const LOWEST_CACHED = 10_000;

function lowestOf(range: string): string | undefined {
  // An alias (`npm:string-width@^4.2.0`, `npm:@vue/vue-loader-v15@^15.9.8`) stands for its range.
  const spec = range.trim().replace(/^npm:(?:@[^/@]+\/)?[^@]+@/, "");
  if (!spec || spec === "*" || spec === "x" || /^[a-z]+:|^\.{0,2}\/|^~\/|\/|^latest$|^next$/i.test(spec)) return undefined;
  try {
    const min = semver.minVersion(spec, { loose: true });
    if (!min || min.version === "0.0.0") return undefined;
    return min.version;
  } catch {
    return undefined;
  }
}

/**
 * The lowest version a requirement of `operator version` clauses allows, as the requirement writes
 * it: the syntax RubyGems (`"~> 5.2", ">= 5.2.1"`), Terraform (`>= 1.3, < 2.0`) and Hex
 * (`~> 1.7 and < 1.8`) share. The first clause that bounds from below (`>=`, `~>`, `=`, `==`, a
 * bare version) names it; `<`, `<=`, `!=` and `>` (whose lowest version cannot be written) name
 * none, nor does a zero bound (`>= 0.0.0` is Mix's "any version"); of alternatives (`or`) the
 * first is read. Not `lowestVersion`: npm's semantics differ for these operators (a bare `5.2` is
 * a range there, an exact version here) and it pads (`^18.2` is 18.2.0), where the bound of these
 * is written as it stands (the site writes `~> 1.11, >= 1.11.3` as 1.11).
 */
export function lowerBound(requirement: string | readonly string[] | undefined): string | undefined {
  const text = typeof requirement === "string" ? requirement : (requirement ?? []).join(",");
  const first = text.split(/(?<!\s)\s+or\s+|\|\|/)[0]!;
  for (const clause of first.split(/,|(?<!\s)\s+and\s+/)) {
    const version = /^\s*(?:(?:~>|>=|==?)\s*)?v?(\d+(?:[-+.][0-9A-Za-z]+)*)\s*$/.exec(clause)?.[1];
    if (version && !/^0(\.0)*$/.test(version)) return version;
  }
  return undefined;
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

/**
 * The order of two releases by their leading numbers (`4.11.4` after `3.3.10`, `10.0` after
 * `9.9.9`); what follows the numbers (`+incompatible`, `-beta`) is not compared.
 */
export function compareReleases(a: string, b: string): number {
  const parts = (v: string): number[] => (/^v?(\d+(?:\.\d+)*)/.exec(v.trim())?.[1] ?? "").split(".").filter(Boolean).map(Number);
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
