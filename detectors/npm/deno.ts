import type { DetectContext } from "../../src/types.js";
import { lowestVersion } from "../../src/versions/range.js";
import { baseName, blankComments, dirOf, isRecord, joinInside, jsonStringLines, lineCounter, nearestFolder } from "../../src/kit.js";
import { denoLockRedirects, readDenoLock } from "./lockfile/deno.js";
import { DENO_CONFIGS, DENO_DEPS_FILES } from "./files.js";

/**
 * CDNs that serve npm packages by name and version: esm.sh (with its `v135/` or `stable/` build
 * prefix, `*` for externalised dependencies, and its options after `&` where an import map's
 * prefix entry leaves no room for a query, `react-dom@18.2.0&external=react/`; not its `gh/`,
 * `pr/` and `jsr/` paths, which serve no npm package), Skypack, unpkg, jsDelivr's npm path,
 * esm.run and JSPM.
 */
const NPM_CDN = /^https?:\/\/(?:esm\.sh\/(?:(?:v\d+|stable)\/)?(?!(?:gh|pr|jsr)\/)\*?|cdn\.skypack\.dev\/|unpkg\.com\/|cdn\.jsdelivr\.net\/npm\/|esm\.run\/|jspm\.dev\/|ga\.jspm\.io\/npm:)((?:@[\w.-]+\/)?[\w.-]+)(?:@([^/?#&]+))?/;

/** `npm:preact@^10.27`, `npm:/tailwindcss@3.4.1/` (a path inside the package). */
const NPM_SPECIFIER = /^npm:\/?((?:@[\w.-]+\/)?[\w.-]+)(?:@([^/]+))?/;

/** `jsr:@std/assert@^1.0.6`, `jsr:/@std/path@1/posix` (JSR names are always scoped). */
const JSR_SPECIFIER = /^jsr:\/?(@[\w.-]+\/[\w.-]+)(?:@([^/]+))?/;

/** A module of Deno's third-party registry, `https://deno.land/x/oak@v12.6.1/mod.ts` (the version optional). */
const DENO_LAND_X = /^https?:\/\/deno\.land\/x\/([\w-]+)(?:@([^/?#]+))?(?:[/?#]|$)/;

/** A specifier only Deno resolves: a JSR or npm one, or a module of deno.land (x/ or the std library). */
const DENO_ONLY = /^(?:jsr:|npm:|https?:\/\/deno\.land\/)/;

/**
 * The module specifier of an `import`, `export ... from` or dynamic `import()`, quoted. The bracket
 * is optional after one space run, not between two: 100,000 spaces before no quote took 40 s.
 */
const IMPORT_SPECIFIER = /\b(?:from|import)\s*(?:\(\s*)?(["'])([^"'\r\n]+)\1/g;

/** deps.ts files are a page of re-exports; a far longer file is no such list and is not read. */
const MAX_DEPS_LENGTH = 256 * 1024;

type DenoLock = { path: string; lookup: (specifier: string) => string | undefined; redirects: (prefix: string) => string[] };

/**
 * Deno's import maps (deno.json, deno.jsonc, an import_map.json, or the file a deno.json's
 * `importMap` names) and a Deno 1 project's deps.ts: the npm packages they import
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
  const loaded = new Map<string, DenoLock | undefined>();
  const lockOf = async (file: string): Promise<DenoLock | undefined> => {
    const dir = nearestFolder(dirOf(file), denoLocks);
    const path = dir === undefined ? undefined : denoLocks.get(dir);
    if (!path) return undefined;
    if (!loaded.has(path)) {
      const data = await ctx.json(path);
      loaded.set(path, data === undefined ? undefined : { path, lookup: readDenoLock(data), redirects: denoLockRedirects(data) });
    }
    return loaded.get(path);
  };
  const configs = ctx.files.filter((f) => DENO_CONFIGS.includes(baseName(f)));
  const data = new Map<string, unknown>();
  for (const file of configs) data.set(file, await ctx.json(file));
  // An import map under another name (`"importMap": "./import-map.json"`) is read as the config's own.
  for (const [file, config] of [...data]) {
    const named = isRecord(config) && typeof config.importMap === "string" && !/^[a-z]+:/i.test(config.importMap) ? joinInside(dirOf(file), config.importMap) : undefined;
    if (named && !data.has(named) && ctx.exists(named)) data.set(named, await ctx.json(named));
  }
  const members = new Set<string>();
  for (const value of data.values()) if (isRecord(value) && typeof value.name === "string") members.add(value.name);
  const specifier = new SpecifierReader(ctx, isSibling, members);
  for (const [file, config] of data) {
    const imports = isRecord(config) && isRecord(config.imports) ? config.imports : {};
    if (Object.keys(imports).length === 0) continue;
    const text = (await ctx.text(file)) ?? "";
    const lock = await lockOf(file);
    const lines = jsonStringLines(text);
    for (const spec of Object.values(imports)) if (typeof spec === "string") specifier.report(spec, file, lines.get(spec), lock);
  }
  // deps.ts: the specifiers its imports and re-exports name; one that only Deno resolves shows the
  // file is a Deno project's (format `deno-deps`, naming Deno).
  for (const file of ctx.files.filter((f) => DENO_DEPS_FILES.includes(baseName(f)))) {
    const text = await ctx.text(file);
    if (text === undefined) continue;
    const lock = await lockOf(file);
    const imports = readModuleImports(text);
    for (const { specifier: spec, line } of imports) specifier.report(spec, file, line, lock);
    const deno = imports.find(({ specifier: spec }) => DENO_ONLY.test(spec));
    if (deno) ctx.report({ ref: "format:deno-deps", file, line: deno.line });
  }
}

/**
 * The module specifiers a TypeScript module imports or re-exports (`import ... from 'x'`,
 * `export { a } from 'x'`, `import 'x'`, `import('x')`), each with its line; comments are left out.
 * A far longer text than a deps.ts (a bundle) is not read.
 */
export function readModuleImports(text: string): Array<{ specifier: string; line: number }> {
  if (text.length > MAX_DEPS_LENGTH) return [];
  // Comments blanked, their lines kept, strings left whole (a URL's `//`, esm.sh's `/*` prefix).
  const code = blankComments(text, { line: ["//"], block: ["/*", "*/"], quotes: "\"'`", multiline: "`" });
  const lineAt = lineCounter(code);
  return [...code.matchAll(IMPORT_SPECIFIER)].map((m) => ({ specifier: m[2]!, line: lineAt(m.index + m[0].indexOf(m[2]!)) }));
}

/** Reports what one specifier imports: an npm or JSR package, an npm CDN's package, a deno.land/x module. */
class SpecifierReader {
  constructor(
    private readonly ctx: DetectContext,
    private readonly isSibling: (name: string) => boolean,
    /** The names of the repository's own Deno packages (workspace members). */
    private readonly members: ReadonlySet<string>,
  ) {}

  report(spec: string, file: string, line: number | undefined, lock: DenoLock | undefined): void {
    const npm = NPM_SPECIFIER.exec(spec);
    const m = npm ?? JSR_SPECIFIER.exec(spec);
    if (m) {
      const registry = npm ? "npm" : "jsr";
      const name = m[1]!;
      const range = m[2];
      if (registry === "npm" ? this.isSibling(name) : this.members.has(name)) return;
      // A bare `npm:zod` is locked as written (v3) or with the any-version range Deno gives it (`npm:zod@*`, v4+).
      const locked = lock?.lookup;
      const lockedVersion = range ? locked?.(`${registry}:${name}@${range}`) : (locked?.(`${registry}:${name}`) ?? locked?.(`${registry}:${name}@*`));
      this.ctx.report({
        ref: `${registry}:${name}`,
        file,
        line,
        declared: range,
        version: lockedVersion ?? (range ? lowestVersion(range) : undefined),
        versionFile: lockedVersion ? lock!.path : undefined,
        direct: true,
      });
      return;
    }
    const cdn = NPM_CDN.exec(spec);
    if (cdn) {
      if (!this.isSibling(cdn[1]!)) this.ctx.report({ ref: `npm:${cdn[1]}`, file, line, declared: cdn[2], version: cdn[2] ? lowestVersion(cdn[2]) : undefined, direct: true });
      return;
    }
    const module = DENO_LAND_X.exec(spec);
    if (!module) return;
    // A URL without a release takes the one deno.lock's redirects name for it, or for a module
    // below it (a prefix entry, `https://deno.land/x/oak/`).
    const targets = module[2] || !lock ? [] : lock.redirects(spec).map((to) => DENO_LAND_X.exec(to));
    const redirected = targets.map((target) => (target && target[1] === module[1] ? moduleRelease(target[2]) : undefined)).find(Boolean);
    const version = redirected ?? moduleRelease(module[2]);
    this.ctx.report({ ref: `deno-land:${module[1]!.toLowerCase()}`, file, line, declared: module[2], version, versionFile: redirected ? lock!.path : undefined, direct: true });
  }
}

/** A deno.land/x module's release as its URL writes it (`v12.6.1`, `0.32.0`); a branch or tag names none. */
function moduleRelease(written: string | undefined): string | undefined {
  const version = written?.replace(/^v(?=\d)/, "");
  return version && /^\d+\.\d+/.test(version) ? version : undefined;
}
