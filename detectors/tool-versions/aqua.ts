import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits, dirOf, globSegmentsMatcher, isRecord, MAX_PICOMATCH_STARS, starRuns, textLines } from "../../src/kit.js";
import { pin } from "./pin.js";
import type { PinReader } from "./pin-reader.js";

/**
 * aqua's configuration: `packages` of its registry, `- name: hashicorp/terraform@v1.7.5` (or a
 * `version` beside the name), the same `owner/repo` packages mise's `aqua:` backend installs. Its
 * `import` entries (`- import: aqua/*.yaml`) list more packages in files beside it.
 */
export const AQUA: PinReader = {
  takes: (base) => /^\.?aqua\.ya?ml$/.test(base),
  async read(ctx, file) {
    for (const imported of await readAquaPackages(ctx, file)) await readAquaPackages(ctx, imported);
  },
};

/** How many `import` globs of an aqua.yaml are matched against the tree, and how many files they read at the most. */
const MAX_AQUA_IMPORT_GLOBS = 20;
const MAX_AQUA_IMPORTS = 100;

/**
 * One aqua configuration's packages, each pinned at its line: `- name: hashicorp/terraform@v1.7.5`
 * (or a `version` beside the name). Returns the files of the repository its `import` entries'
 * globs match (relative to its folder), for the caller to read in turn (one level: aqua's own).
 */
async function readAquaPackages(ctx: DetectContext, file: string): Promise<string[]> {
  const data = await ctx.yaml(file);
  const text = (await ctx.text(file)) ?? "";
  const packages = isRecord(data) && Array.isArray(data.packages) ? data.packages : [];
  // Each package's line, found in one pass (a lookup from the top per package would be
  // quadratic in a long file).
  const lines = new Map<string, number>();
  textLines(text).forEach((l, i) => {
    const named = /^[\s-]*name:\s*["']?([^\s"'@#]+)/.exec(l);
    if (named && !lines.has(named[1]!)) lines.set(named[1]!, i + 1);
  });
  const imports = new Set<string>();
  for (const item of packages) {
    if (isRecord(item) && typeof item.import === "string" && imports.size < MAX_AQUA_IMPORT_GLOBS) imports.add(item.import.trim());
    if (!isRecord(item) || typeof item.name !== "string") continue;
    const m = /^([\w.-]+\/[\w.-]+(?:\/[\w.-]+)*)(?:@(\S+))?$/.exec(item.name.trim());
    if (!m) continue;
    const tag = m[2] ?? (typeof item.version === "string" ? item.version : undefined);
    // A project's own tag form that opens with its name (golang/go's `go1.22.2`, jqlang/jq's
    // `jq-1.7.1`) is that release.
    const last = m[1]!.slice(m[1]!.lastIndexOf("/") + 1).toLowerCase();
    const version = tag !== undefined && tag.toLowerCase().startsWith(last) && /^-?\d/.test(tag.slice(last.length)) ? tag.slice(last.length).replace(/^-/, "") : tag;
    pin(ctx, file, lines.get(m[1]!), `aqua:${m[1]!}`, version ?? "latest");
  }
  const folder = dirOf(file);
  const out = new Set<string>();
  for (const glob of imports) {
    // Within the repository only, a few stars at the most (`aqua/*.yaml`, `aqua/**/*.yaml`).
    if (!glob || glob.startsWith("/") || glob.split("/").includes("..") || starRuns(glob) > MAX_PICOMATCH_STARS) continue;
    const matches = globSegmentsMatcher((folder ? `${folder}/${glob}` : glob).replace(/(^|\/)\.\//g, "$1").split("/"));
    for (const path of ctx.paths) {
      if (out.size >= MAX_AQUA_IMPORTS) break;
      // A configuration of its own (`aqua/aqua.yaml`) is read as one.
      if (/\.ya?ml$/.test(path) && !/^\.?aqua\.ya?ml$/.test(baseName(path)) && matches(path)) out.add(path);
    }
  }
  return [...out].sort(compareCodeUnits);
}
