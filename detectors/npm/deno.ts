import type { DetectContext } from "../../src/types.js";
import { lowestVersion } from "../../src/versions/range.js";
import { baseName, dirOf, isRecord, lineOf, nearestFolder } from "../../src/kit.js";
import { denoLockRedirects, readDenoLock } from "./lockfile/deno.js";

/** Deno's configuration files and the import map file older projects point them at. */
export const DENO_CONFIGS = ["deno.json", "deno.jsonc", "import_map.json"];

/**
 * CDNs that serve npm packages by name and version: esm.sh (with its `v135/` build prefix and
 * `*` for externalised dependencies), Skypack, unpkg, jsDelivr's npm path, esm.run and JSPM.
 */
const NPM_CDN = /^https?:\/\/(?:esm\.sh\/(?:v\d+\/)?\*?|cdn\.skypack\.dev\/|unpkg\.com\/|cdn\.jsdelivr\.net\/npm\/|esm\.run\/|jspm\.dev\/|ga\.jspm\.io\/npm:)((?:@[\w.-]+\/)?[\w.-]+)(?:@([^/?#]+))?/;

/** `npm:preact@^10.27`, `npm:/tailwindcss@3.4.1/` (a path inside the package). */
const NPM_SPECIFIER = /^npm:\/?((?:@[\w.-]+\/)?[\w.-]+)(?:@([^/]+))?/;

/** `jsr:@std/assert@^1.0.6`, `jsr:/@std/path@1/posix` (JSR names are always scoped). */
const JSR_SPECIFIER = /^jsr:\/?(@[\w.-]+\/[\w.-]+)(?:@([^/]+))?/;

/** A module of Deno's third-party registry, `https://deno.land/x/oak@v12.6.1/mod.ts` (the version optional). */
const DENO_LAND_X = /^https?:\/\/deno\.land\/x\/([\w-]+)(?:@([^/?#]+))?(?:[/?#]|$)/;

/**
 * Deno's import maps (deno.json, deno.jsonc, an import_map.json): the npm packages they import
 * (`"preact": "npm:preact@^10.27"`, or from a CDN that serves npm packages,
 * `https://esm.sh/preact@10.22.0`), the JSR packages (`"@std/assert": "jsr:@std/assert@^1.0.6"`,
 * kind `jsr`) and deno.land/x modules (`https://deno.land/x/oak@v12.6.1/`, kind `deno-land`). An
 * `npm:` or `jsr:` specifier takes the version the nearest deno.lock resolved for it; a URL carries
 * its own. JSR and deno.land/x are no registries of the site's: their modules name the tools the
 * catalog knows them as, with no package entry. A package of the repository's own (an npm package
 * `isSibling` knows, a Deno workspace member by its deno.json `name`) is none.
 */
export async function readDenoImportMaps(ctx: DetectContext, isSibling: (name: string) => boolean): Promise<void> {
  const denoLocks = new Map<string, string>();
  for (const file of ctx.files) if (baseName(file) === "deno.lock") denoLocks.set(dirOf(file), file);
  const configs = ctx.files.filter((f) => DENO_CONFIGS.includes(baseName(f)));
  const data = new Map<string, unknown>();
  for (const file of configs) data.set(file, await ctx.json(file));
  const members = new Set<string>();
  for (const value of data.values()) if (isRecord(value) && typeof value.name === "string") members.add(value.name);
  const locks = new Map<string, { data: unknown; lookup: (specifier: string) => string | undefined } | undefined>();
  for (const file of configs) {
    const config = data.get(file);
    const imports = isRecord(config) && isRecord(config.imports) ? config.imports : {};
    if (Object.keys(imports).length === 0) continue;
    const text = (await ctx.text(file)) ?? "";
    const lockDir = nearestFolder(dirOf(file), denoLocks);
    const lockPath = lockDir === undefined ? undefined : denoLocks.get(lockDir);
    if (lockPath && !locks.has(lockPath)) {
      const lockData = await ctx.json(lockPath);
      locks.set(lockPath, lockData === undefined ? undefined : { data: lockData, lookup: readDenoLock(lockData) });
    }
    const lock = lockPath ? locks.get(lockPath) : undefined;
    const locked = lock?.lookup;
    for (const spec of Object.values(imports)) {
      if (typeof spec !== "string") continue;
      const line = lineOf(text, spec);
      const npm = NPM_SPECIFIER.exec(spec);
      const m = npm ?? JSR_SPECIFIER.exec(spec);
      if (m) {
        const registry = npm ? "npm" : "jsr";
        const name = m[1]!;
        const range = m[2];
        if (registry === "npm" ? isSibling(name) : members.has(name)) continue;
        // A bare `npm:zod` is locked as written (v3) or with the any-version range Deno gives it (`npm:zod@*`, v4+).
        const lockedVersion = range ? locked?.(`${registry}:${name}@${range}`) : (locked?.(`${registry}:${name}`) ?? locked?.(`${registry}:${name}@*`));
        ctx.report({
          ref: `${registry}:${name}`,
          file,
          line,
          declared: range,
          version: lockedVersion ?? (range ? lowestVersion(range) : undefined),
          versionFile: lockedVersion ? lockPath : undefined,
          direct: true,
        });
        continue;
      }
      const cdn = NPM_CDN.exec(spec);
      if (cdn) {
        if (!isSibling(cdn[1]!)) ctx.report({ ref: `npm:${cdn[1]}`, file, line, declared: cdn[2], version: cdn[2] ? lowestVersion(cdn[2]) : undefined, direct: true });
        continue;
      }
      const module = DENO_LAND_X.exec(spec);
      if (module) {
        // A URL without a release takes the one deno.lock's redirects name for it, or for a module
        // below it (a prefix entry, `https://deno.land/x/oak/`).
        const targets = module[2] || !lock ? [] : denoLockRedirects(lock.data, spec).map((to) => DENO_LAND_X.exec(to));
        const redirected = targets.map((target) => (target && target[1] === module[1] ? moduleRelease(target[2]) : undefined)).find(Boolean);
        const version = redirected ?? moduleRelease(module[2]);
        ctx.report({ ref: `deno-land:${module[1]!.toLowerCase()}`, file, line, declared: module[2], version, versionFile: redirected ? lockPath : undefined, direct: true });
      }
    }
  }
}

/** A deno.land/x module's release as its URL writes it (`v12.6.1`, `0.32.0`); a branch or tag names none. */
function moduleRelease(written: string | undefined): string | undefined {
  const version = written?.replace(/^v(?=\d)/, "");
  return version && /^\d+\.\d+/.test(version) ? version : undefined;
}
