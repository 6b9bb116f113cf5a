import { compareCodeUnits, isRecord } from "../../../src/kit.js";
import type { Lockfile } from "./types.js";

/**
 * deno.lock: the version Deno resolved for each `npm:` and `jsr:` specifier of the import map (and,
 * for npm, of a package.json beside it).
 *
 * - version 4 and 5 (Deno 2): a top-level `specifiers` map, `"npm:zod@^3.22": "3.23.8"`,
 *   `"jsr:@std/assert@^1.0.6": "1.0.8"`;
 * - version 3: `packages.specifiers`, `"npm:zod@^3.22": "npm:zod@3.23.8"`, `"jsr:@std/assert@^0.221.0": "jsr:@std/assert@0.221.0"`;
 * - version 2: `npm.specifiers`, without the `npm:` prefix, `"zod@^3.22": "zod@3.23.8"` (npm only).
 *
 * A resolved npm version may carry its peers after an underscore (`18.3.1_react@18.3.1`).
 * Returns a lookup from a specifier (`npm:zod@^3.22`, `npm:lodash`, `jsr:@std/path@^1`) to the version.
 */
export function readDenoLock(data: unknown): (specifier: string) => string | undefined {
  const table = readSpecifiers(data);
  return (specifier) => table.get(specifier);
}

/**
 * deno.lock's `redirects` (version 3 and later): where a remote module asked for without a version
 * (`https://deno.land/x/sentry/index.mjs`) was redirected to, the URL of the release Deno fetched.
 * Returns a lookup from a prefix to the redirect targets of the URLs that start with it. The URLs
 * are sorted once, so each lookup is a binary search to the first, not a pass over all of them (an
 * import map of thousands of URLs beside a lockfile of thousands of redirects took minutes).
 */
export function denoLockRedirects(data: unknown): (prefix: string) => string[] {
  const redirects = isRecord(data) && isRecord(data.redirects) ? data.redirects : {};
  const sorted = Object.entries(redirects)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .sort(([a], [b]) => compareCodeUnits(a, b));
  return (prefix) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]![0].startsWith(prefix); i++) out.push(sorted[i]![1]);
    return out;
  };
}

/**
 * deno.lock as the lockfile of a package.json beside it: Deno 2 installs a package.json's
 * dependencies itself and locks each as the specifier `npm:<name>@<range>`. A wrapper's own
 * package (asked for at any range, `*`) is the one release the lockfile holds of that name. It
 * covers the package.json beside it and those of the workspace members it lists
 * (`workspace.members`, by folder), not a Node.js project in a folder below that Deno never installs.
 */
export function readDenoLockfile(data: unknown): Lockfile {
  const table = readSpecifiers(data);
  const workspace = isRecord(data) && isRecord(data.workspace) ? data.workspace : {};
  const members = isRecord(workspace.members) ? workspace.members : {};
  // Each npm package's releases, by name (`npm:@scope/name@range` split at the `@` after the name),
  // gathered once rather than by a pass over every specifier for each package asked.
  let releasesOf: Map<string, Set<string>> | undefined;
  return {
    covers: (importer) => importer === "" || Object.hasOwn(members, importer),
    resolve(name, range) {
      const version = table.get(`npm:${name}@${range}`) ?? (range === "*" ? table.get(`npm:${name}`) : undefined);
      if (version) return { version };
      if (range !== "*") return undefined;
      if (!releasesOf) {
        releasesOf = new Map();
        for (const [spec, release] of table) {
          const at = spec.indexOf("@", 5);
          if (!spec.startsWith("npm:") || at < 0) continue;
          const key = spec.slice(4, at);
          releasesOf.set(key, (releasesOf.get(key) ?? new Set()).add(release));
        }
      }
      const releases = releasesOf.get(name);
      return releases?.size === 1 ? { version: [...releases][0]! } : undefined;
    },
  };
}

function readSpecifiers(data: unknown): Map<string, string> {
  const json = isRecord(data) ? data : {};
  const table = new Map<string, string>();
  const add = (specs: unknown, prefix: string) => {
    if (!isRecord(specs)) return;
    for (const [key, value] of Object.entries(specs)) {
      if (typeof value !== "string") continue;
      const spec = prefix + key;
      if (!spec.startsWith("npm:") && !spec.startsWith("jsr:")) continue;
      // `3.23.8` (v4, v5), `npm:zod@3.23.8` (v3) or `zod@3.23.8` (v2), before any peer suffix.
      let version = value.replace(/^(?:npm|jsr):/, "");
      if (!/^\d/.test(version)) version = version.replace(/^(@?[^@]+)@/, "");
      version = version.split("_")[0]!;
      if (/^\d+\.\d+/.test(version)) table.set(spec, version);
    }
  };
  add(json.specifiers, "");
  if (isRecord(json.packages)) add(json.packages.specifiers, "");
  if (isRecord(json.npm)) add(json.npm.specifiers, "npm:");
  return table;
}
