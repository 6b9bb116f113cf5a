import { isRecord } from "../../../src/kit.js";
/**
 * deno.lock: the version Deno resolved for each `npm:` specifier of the import map.
 *
 * - version 4 and 5 (Deno 2): a top-level `specifiers` map, `"npm:zod@^3.22": "3.23.8"`;
 * - version 3: `packages.specifiers`, `"npm:zod@^3.22": "npm:zod@3.23.8"`;
 * - version 2: `npm.specifiers`, without the `npm:` prefix, `"zod@^3.22": "zod@3.23.8"`.
 *
 * A resolved npm version may carry its peers after an underscore (`18.3.1_react@18.3.1`).
 * Returns a lookup from a specifier (`npm:zod@^3.22`, `npm:lodash`) to the version.
 */
export function readDenoLock(data: unknown): (specifier: string) => string | undefined {
  const json = isRecord(data) ? data : {};
  const table = new Map<string, string>();
  const add = (specs: unknown, prefix: string) => {
    if (!isRecord(specs)) return;
    for (const [key, value] of Object.entries(specs)) {
      if (typeof value !== "string") continue;
      const spec = prefix + key;
      if (!spec.startsWith("npm:")) continue;
      // `3.23.8` (v4, v5), `npm:zod@3.23.8` (v3) or `zod@3.23.8` (v2), before any peer suffix.
      let version = value.replace(/^npm:/, "");
      if (!/^\d/.test(version)) version = version.replace(/^(@?[^@]+)@/, "");
      version = version.split("_")[0]!;
      if (/^\d+\.\d+/.test(version)) table.set(spec, version);
    }
  };
  add(json.specifiers, "");
  if (isRecord(json.packages)) add(json.packages.specifiers, "");
  if (isRecord(json.npm)) add(json.npm.specifiers, "npm:");
  return (specifier) => table.get(specifier);
}

