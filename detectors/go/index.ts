import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, dirOf } from "../../src/kit.js";
import { readGoMod, readGoWork, type GoMod, type GoRelease } from "./gomod.js";
import { readHugoConfig, readHugoSettings } from "./hugo.js";
import { goImports, importsModule, MAX_IMPORT_READS, MAX_IMPORT_READS_PER_SCAN, moduleSources } from "./imports.js";
import { GO_FILES } from "../files.js";

/**
 * Go modules: go.mod (`go` and `toolchain` directives, direct and indirect requirements,
 * replacements) and go.work workspaces. Modules are reported as `go:<module path>`; only direct
 * requirements become package entries, and a replaced module is reported under its replacement.
 * Also the site configuration of Hugo (the Go site generator) under its older, unowned name
 * `config.{toml,yaml,yml}`, and the services it and `hugo.{toml,yaml,yml,json}` wire in (see hugo.ts).
 */
export const goDetector: Detector = {
  name: "go",
  files: GO_FILES,
  async detect(ctx) {
    const glances = { left: MAX_IMPORT_READS_PER_SCAN };
    const mods = await readGoMods(ctx);
    const own = ownModules(mods);
    for (const file of ctx.files) {
      if (baseName(file).startsWith("config.")) {
        await readHugoConfig(ctx, file);
        continue;
      }
      if (baseName(file).startsWith("hugo.") || /(^|\/)config\/_default\/services\.[a-z]+$/.test(file)) {
        await readHugoSettings(ctx, file);
        continue;
      }
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const mod = mods.get(file);
      if (mod) await reportGoMod(ctx, file, mod, own, glances);
      else if (baseName(file) === "go.work") reportGoWork(ctx, file, text);
    }
  },
};

/** Each readable go.mod, parsed once for both the modules the repository declares and its report, by file. */
async function readGoMods(ctx: DetectContext): Promise<Map<string, GoMod>> {
  const mods = new Map<string, GoMod>();
  for (const file of ctx.files) {
    if (baseName(file) !== "go.mod") continue;
    const text = await ctx.text(file);
    if (text !== undefined) mods.set(file, readGoMod(text));
  }
  return mods;
}

/**
 * The modules this repository declares itself: one of them required by another (through a
 * go.work, or at the zero pseudo-version a local replace leaves) is the repository's own code,
 * not a published package (`github.com/acme/app/common` would be the site's unrelated "common").
 */
function ownModules(mods: ReadonlyMap<string, GoMod>): Set<string> {
  const own = new Set<string>();
  for (const mod of mods.values()) if (mod.module) own.add(mod.module);
  return own;
}

/** A go.work's Go release (it governs every module the go.work uses), and a warning for each module it uses that has no go.mod. */
function reportGoWork(ctx: DetectContext, file: string, text: string): void {
  const work = readGoWork(text);
  reportGoRelease(ctx, file, work);
  // The used modules have go.mod files of their own, scanned as such; a missing one is worth saying.
  for (const dir of work.uses) {
    const base = dirOf(file);
    const modFile = joinPath(base, dir, "go.mod");
    if (modFile !== undefined && !ctx.exists(modFile)) ctx.warn(file, `use ${dir}: no go.mod there`);
  }
}

/**
 * A go.mod (read as `mod`): its problems (as one warning), its Go release, and each module it requires (`own`: the
 * repository's own modules; `glances`: the .go files the scan may still read for imports).
 */
async function reportGoMod(ctx: DetectContext, file: string, mod: GoMod, own: Set<string>, glances: { left: number }): Promise<void> {
  if (mod.problems.length) {
    const more = mod.problems.length > 1 ? ` (and ${mod.problems.length - 1} more)` : "";
    ctx.warn(file, `${mod.problems[0]}${more}`);
  }
  reportGoRelease(ctx, file, mod);
  const imported = await modulesChosen(ctx, file, mod, glances);
  // A module that only pins tools (`tool` directives, every require `// indirect`: a monorepo's
  // `.citools/golangci-lint/go.mod`) has no code of its own: what it requires besides the
  // tools' modules is what the tools are built from, never this repository's choice, so not
  // even the modules the site names a tool from when `// indirect` (Protobuf, Prometheus).
  const toolsOnly = mod.tools.length > 0 && mod.requires.every((r) => r.indirect);
  const namedAnyway = (path: string) => !toolsOnly && ctx.lookup("go-indirect", path).length > 0;
  const onlyIndirect = (r: Require) => r.indirect && !importsModule(imported, r.path);
  // Such a module names the tools of its `go-indirect` key alone: that key may name fewer than its
  // `go` key (an indirect cloud.google.com/go/storage names Google Cloud Storage, not Google Cloud Platform).
  const indirectUse = (r: Require): IndirectUse => (!onlyIndirect(r) ? "chosen" : namedAnyway(r.path) ? "named-anyway" : "transitive");
  for (const r of mod.requires) reportRequire(ctx, file, mod, r, own, indirectUse(r));
}

/** How a required module counts: chosen by this module, indirect but naming its `go-indirect` tools, or a dependency's only. */
type IndirectUse = "chosen" | "named-anyway" | "transitive";

/**
 * The Go release a go.mod or go.work names: `toolchain go1.21.6` the release it is built with, the
 * `go` line only the lowest language version it needs (`go 1.21`). `toolchain default` names none.
 */
function reportGoRelease(ctx: DetectContext, file: string, release: GoRelease): void {
  const toolchain = /^go(\d+(?:\.\d+)*)/.exec(release.toolchain ?? "")?.[1];
  if (toolchain) ctx.report({ ref: "runtime:go", file, version: toolchain, line: release.toolchainLine });
  else if (release.go) ctx.report({ ref: "runtime:go", file, version: release.go, line: release.goLine });
}

/** One requirement of a go.mod. */
type Require = GoMod["requires"][number];

/**
 * What the module's own code chooses, though go.mod may write it `// indirect`: the packages its
 * .go files import (glanced at only where such a module would name a tool) and its `tool` commands.
 */
async function modulesChosen(ctx: DetectContext, file: string, mod: GoMod, glances: { left: number }): Promise<Set<string>> {
  // `// indirect` is a note `go mod tidy` keeps: a module written there but imported by this
  // module's own code is a direct dependency all the same (a `go get` the author never tidied).
  // Only worth a look when such a module would name a tool (most go.mod files list gRPC or
  // protobuf as indirect; few list nothing the catalog knows).
  const telling = mod.requires.some((r) => r.indirect && ctx.lookup("go", r.path).length > 0);
  const imported = telling ? await importsOf(ctx, file, glances) : new Set<string>();
  // Go 1.24's `tool` directive (`tool github.com/golangci/golangci-lint/cmd/golangci-lint`)
  // declares a command the module builds with; `go get -tool` writes its module `// indirect`,
  // as tools.go imports were: the module is this one's own choice, as an import is.
  for (const tool of mod.tools) imported.add(tool);
  return imported;
}

/** A required module as its package entry: under its replacement, if any, at the release the build uses. */
function reportRequire(ctx: DetectContext, file: string, mod: GoMod, r: Require, own: Set<string>, use: IndirectUse): void {
  const replaced = mod.replaces.get(r.path);
  const local = (replaced && /^\.{0,2}\//.test(replaced.path)) || (!replaced && own.has(r.path));
  const path = replaced && !local ? replaced.path : r.path;
  const version = goVersion(replaced?.version ?? r.version);
  // go.mod lists every module the build needs (indirect ones too since Go 1.17) at the version
  // the build selects: all are the module's dependencies, so all become package entries, as
  // the site lists them. A module replaced by a local folder is not a published package. An
  // `// indirect` module is only needed by other modules: it reveals no tool (a cloud SDK
  // pulls in oauth2, gRPC and protobuf whether or not this module uses them), except the
  // catalog's `go-indirect` modules, which the site names their `go-indirect` tools from all the same.
  // A replacement at a release (`=> github.com/gin-gonic/gin v1.10.0`) pins that one: it is
  // what the build uses, so it is what this go.mod declares of the module, not the `require`.
  const declared = replaced && !local && replaced.version ? replaced.version : r.version;
  const transitive = use === "transitive" || undefined;
  const matchFirst = use === "named-anyway" ? "go-indirect" : undefined;
  ctx.report({ ref: `go:${path}`, file, line: r.line, declared, version, direct: !local, transitive, ...(matchFirst ? { matchFirst } : {}) });
}

/**
 * The import paths of the module's .go files, glanced at: the first MAX_IMPORT_READS of them, and
 * no more than the scan has left (a monorepo of a hundred modules is not read file by file).
 */
async function importsOf(ctx: DetectContext, modFile: string, glances: { left: number }): Promise<Set<string>> {
  // The module's sources and the go.mod files of modules nested in it: no pass over every path per module.
  const candidates = [...(ctx.byExtension.get(".go") ?? []), ...(ctx.byExtension.get(".mod") ?? [])];
  const paths = moduleSources(modFile, candidates).slice(0, Math.min(MAX_IMPORT_READS, glances.left));
  glances.left -= paths.length;
  const sources = await Promise.all(paths.map((path) => ctx.peek(path)));
  return new Set(sources.flatMap((source) => (source ? goImports(source) : [])));
}

/** `v1.9.1` -> `1.9.1`; pseudo-versions and `+incompatible` keep their release part. */
export function goVersion(version: string): string {
  return version.replace(/^v/, "").replace(/\+incompatible$/, "").replace(/-(0\.)?\d{14}-[0-9a-f]{12}$/, "");
}

/** `base` + `dir` (a go.work `use` path, `./api`, `../x`) + `name`, normalised; undefined above the root. */
function joinPath(base: string, dir: string, name: string): string | undefined {
  const parts = base ? base.split("/") : [];
  for (const part of `${dir}/${name}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
