import type { DetectContext, Detector } from "../../src/types.js";
import { baseName, dirOf, isRecord, nearestFolder, textLines } from "../../src/kit.js";
import { readCabal, readDependency, type CabalDependency, type CabalPackage } from "./cabal.js";
import { HASKELL_FILES } from "../files.js";

/**
 * Haskell packages: the `build-depends` of every stanza of a .cabal file, and the `dependencies` of
 * an hpack package.yaml (Stack's usual manifest, from which hpack writes the .cabal file), as Hackage
 * packages (GHC's boot packages such as `base` included: Hackage has a page for each). The package's
 * own name and its internal libraries, which executables and tests of the same package depend on,
 * are left out, as are the repository's other packages (a multi-package project's `core` that its
 * `api` depends on). A package.yaml beside a .cabal file is the same package: the .cabal file is read.
 *
 * Versions: the exact ones a project pins win over a constraint's lower bound: a
 * cabal.project.freeze's `constraints` (`any.aeson ==2.1.2.1`) and a stack.yaml's `extra-deps`
 * (`servant-0.20.1`, `hasql-1.6.4.4@sha256:...`), in the package's folder or above. (The versions a
 * Stackage snapshot resolves are not in the repository, so those packages keep their bound.)
 * Haskell's version is the GHC release a cabal.project's `with-compiler` or a stack.yaml names, or
 * the GHC series of a stack.yaml's LTS snapshot (the catalog's `stackage-lts-ghc` table).
 */
export const haskellDetector: Detector = {
  name: "haskell",
  files: HASKELL_FILES,
  async detect(ctx) {
    const pins = new Map<string, PackagePins>();
    await readStackFiles(ctx, pins);
    await reportCabalCompilers(ctx);
    await readFreezeFiles(ctx, pins);
    const packages = await readPackages(ctx);
    // The repository's own packages (a cabal.project's or stack.yaml's `packages`, `api/` beside
    // `core/`): one depending on another builds it from here, not from Hackage.
    const local = new Set(packages.flatMap(({ pkg }) => [...pkg.own]));
    for (const { file, pkg } of packages) {
      const folder = nearestFolder(dirOf(file), pins);
      reportDependencies(ctx, file, ownDependencies(pkg, local), folder === undefined ? undefined : pins.get(folder));
    }
  },
};

/** The exact versions a file pins for the packages of its folder and below, by package name. */
type PackagePins = { path: string; versions: Map<string, string> };

/** Each stack.yaml's `extra-deps` pins, by folder, and the GHC release it builds with reported. */
async function readStackFiles(ctx: DetectContext, pins: Map<string, PackagePins>): Promise<void> {
  for (const file of ctx.files.filter((f) => baseName(f) === "stack.yaml")) {
    const stack = await ctx.yaml(file);
    const versions = stackExtraDeps(stack);
    if (versions.size) pins.set(dirOf(file), { path: file, versions });
    const ghc = stackCompiler(stack, (series) => ctx.tableValue("stackage-lts-ghc", series));
    if (ghc) ctx.report({ ref: "runtime:haskell", file, version: ghc });
  }
}

/**
 * The GHC release a cabal-install project builds with (`with-compiler: ghc-9.6.4`), as asdf's
 * haskell plugin pins it: Haskell's version as the catalog keeps it.
 */
async function reportCabalCompilers(ctx: DetectContext): Promise<void> {
  for (const file of ctx.files.filter((f) => baseName(f) === "cabal.project")) {
    const ghc = /^with-compiler\s*:\s*ghc-(\d+(?:\.\d+)*)\s*$/im.exec((await ctx.text(file)) ?? "")?.[1];
    if (ghc) ctx.report({ ref: "runtime:haskell", file, version: ghc });
  }
}

/** Each cabal.project.freeze's pins, by folder: the freeze file pins every package of the build plan, so it wins over extra-deps there. */
async function readFreezeFiles(ctx: DetectContext, pins: Map<string, PackagePins>): Promise<void> {
  for (const file of ctx.files.filter((f) => baseName(f) === "cabal.project.freeze")) {
    const versions = freezeConstraints((await ctx.text(file)) ?? "");
    if (versions.size) pins.set(dirOf(file), { path: file, versions });
  }
}

/** Every .cabal file's package, and every hpack package.yaml's where no .cabal file is beside it. */
async function readPackages(ctx: DetectContext): Promise<Array<{ file: string; pkg: CabalPackage }>> {
  const cabalFolders = new Set(ctx.files.filter((f) => f.endsWith(".cabal")).map(dirOf));
  const packages: Array<{ file: string; pkg: CabalPackage }> = [];
  for (const file of ctx.files) {
    let pkg: CabalPackage | undefined;
    if (file.endsWith(".cabal")) {
      const text = await ctx.text(file);
      if (text !== undefined) pkg = readCabal(text);
    } else if (baseName(file) === "package.yaml" && !cabalFolders.has(dirOf(file))) {
      pkg = readHpack(await ctx.yaml(file));
    }
    if (pkg) packages.push({ file, pkg });
  }
  return packages;
}

/** A package's dependencies on no package of the repository, one each: a library's outranks the same one of a test suite. */
function ownDependencies(pkg: CabalPackage, local: ReadonlySet<string>): Map<string, CabalDependency> {
  const deps = new Map<string, CabalDependency>();
  for (const dep of pkg.dependencies) {
    if (pkg.own.has(dep.name) || local.has(dep.name)) continue;
    const known = deps.get(dep.name);
    if (!known || (known.dev && !dep.dev)) deps.set(dep.name, dep);
  }
  return deps;
}

/** Reports a package's dependencies as Hackage packages, a pinned version over the declared bound. */
function reportDependencies(ctx: DetectContext, file: string, deps: ReadonlyMap<string, CabalDependency>, pinned: PackagePins | undefined): void {
  for (const dep of deps.values()) {
    const exact = pinned?.versions.get(dep.name);
    ctx.report({
      ref: `hackage:${dep.name}`,
      file,
      declared: dep.declared,
      version: exact ?? dep.version,
      versionFile: exact ? pinned!.path : undefined,
      direct: true,
      dev: dep.dev,
    });
  }
}

/** The sections of an hpack package.yaml that declare a component each, and whether it is a dev one. */
const HPACK_SECTIONS: Array<[string, boolean, "one" | "many"]> = [
  ["library", false, "one"],
  ["executable", false, "one"],
  ["internal-libraries", false, "many"],
  ["executables", false, "many"],
  ["tests", true, "many"],
  ["benchmarks", true, "many"],
];

/**
 * An hpack package.yaml: its name, its internal libraries and the `dependencies` of the top level
 * and of every component (conditional `when` blocks included). Undefined for a package.yaml that is
 * not hpack's (pnpm also reads one): hpack's has a `name` and a component section or `source-dirs`.
 */
export function readHpack(data: unknown): CabalPackage | undefined {
  if (!isRecord(data) || typeof data.name !== "string") return undefined;
  if (!HPACK_SECTIONS.some(([key]) => key in data) && !("source-dirs" in data)) return undefined;
  const own = new Set<string>([data.name]);
  const dependencies: CabalDependency[] = [];
  const read = (section: unknown, dev: boolean): void => {
    if (!isRecord(section)) return;
    dependencies.push(...hpackDependencies(section.dependencies, dev));
    for (const when of Array.isArray(section.when) ? section.when : [section.when]) {
      if (!isRecord(when)) continue;
      read(when, dev);
      read(when.then, dev);
      read(when.else, dev);
    }
  };
  read(data, false);
  for (const [key, dev, shape] of HPACK_SECTIONS) {
    const value = data[key];
    if (shape === "one") read(value, dev);
    else if (isRecord(value)) {
      for (const [name, component] of Object.entries(value)) {
        if (key === "internal-libraries") own.add(name);
        read(component, dev);
      }
    }
  }
  return { own, dependencies };
}

/** hpack's `dependencies`: one string, a list of strings (or `{name, version}` maps), or a map of name to constraint. */
function hpackDependencies(value: unknown, dev: boolean): CabalDependency[] {
  const out: CabalDependency[] = [];
  const add = (entry: string) => {
    const dependency = readDependency(entry, dev);
    if (dependency) out.push(dependency);
  };
  if (typeof value === "string") value.split(",").forEach(add);
  else if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item === "string") add(item);
      else if (isRecord(item) && typeof item.name === "string") add(`${item.name} ${typeof item.version === "string" ? item.version : ""}`);
    }
  } else if (isRecord(value)) {
    for (const [name, constraint] of Object.entries(value)) {
      const version = typeof constraint === "string" ? constraint : isRecord(constraint) && typeof constraint.version === "string" ? constraint.version : "";
      add(`${name} ${version}`);
    }
  }
  return out;
}

/** stack.yaml's `extra-deps` written as package identifiers: `servant-0.20.1`, `hasql-1.6.4.4@sha256:...,4224`, `acme-0.3@rev:1`. */
export function stackExtraDeps(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const deps = isRecord(data) ? data["extra-deps"] : undefined;
  if (!Array.isArray(deps)) return out;
  for (const entry of deps) {
    if (typeof entry !== "string") continue;
    const m = /^([A-Za-z0-9][\w-]*?)-(\d+(?:\.\d+)*)(?:@\S*)?$/.exec(entry.trim());
    if (m) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** A cabal.project.freeze's exact constraints: `constraints: any.aeson ==2.1.2.1, any.base ==4.18.2.0, ...`. */
export function freezeConstraints(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let inside = false;
  for (const line of textLines(text)) {
    const field = /^([\w-]+)\s*:(.*)$/.exec(line);
    if (field) inside = field[1]!.toLowerCase() === "constraints";
    const value = field ? field[2]! : /^\s/.test(line) && inside ? line : "";
    if (!inside) continue;
    for (const entry of value.split(",")) {
      const m = /^\s*(?:any\.)?([A-Za-z0-9][\w-]*)\s*==\s*(\d+(?:\.\d+)*)\s*$/.exec(entry);
      if (m) out.set(m[1]!, m[2]!);
    }
  }
  return out;
}

/**
 * The GHC release a stack.yaml builds with: its `compiler` (`ghc-9.6.4`), or a compiler-only
 * snapshot (`resolver: ghc-9.6.4`, Stack 2.15's `snapshot:` too); else an LTS snapshot's GHC series,
 * which `ltsGhc` gives for the LTS major (`lts-22.6` and the snapshot file's URL, `.../lts/22/6.yaml`,
 * are GHC 9.6: an LTS series keeps one GHC minor, its point releases moving the patch). A nightly, or
 * an LTS series `ltsGhc` does not know, names no release.
 */
export function stackCompiler(data: unknown, ltsGhc: (series: string) => string | undefined = () => undefined): string | undefined {
  if (!isRecord(data)) return undefined;
  for (const key of ["compiler", "snapshot", "resolver"]) {
    const value = data[key];
    const m = typeof value === "string" ? /^ghc-(\d+(?:\.\d+)*)$/.exec(value.trim()) : null;
    if (m) return m[1];
  }
  for (const key of ["snapshot", "resolver"]) {
    const value = data[key];
    const lts = typeof value === "string" ? /^(?:lts-(\d+)\.\d+|https?:\/\/\S+\/lts\/(\d+)\/\d+\.yaml)$/.exec(value.trim()) : null;
    const series = lts ? ltsGhc(`lts-${lts[1] ?? lts[2]}`) : undefined;
    if (series && /^\d+\.\d+$/.test(series)) return series;
  }
  return undefined;
}
