import type { DetectContext } from "../../src/types.js";
import { baseName, compareCodeUnits, textLines } from "../../src/kit.js";
import { readBuildScript, type BuildScript } from "./build-script.js";
import { accessor, readVersionCatalog, type VersionCatalog } from "./version-catalog.js";
import { readBuildSrc, type BuildSrcConstants } from "./build-src.js";
import { catalogFiles } from "./catalogs.js";
import { buildOfFiles, PerBuild } from "./builds.js";

/** Of the files selected, the code ones are those BUILD_SRC (files.ts) selected. */
const isBuildSrc = (file: string) => /\.(?:kt|groovy|java)$/.test(file);

/** Shallow paths first, then by code units: the root's declarations win over a subproject's. */
export const shallowFirst = (a: string, b: string) => a.split("/").length - b.split("/").length || compareCodeUnits(a, b);

/** A value assigned in a script (an `ext` map's coordinate, a list of them), with the file that writes it. */
interface Assigned {
  values: string[];
  file: string;
}

/** The coordinates a dependency declared by name stands for, with the file that wrote them. */
export interface Coordinates {
  group: string;
  name: string;
  version?: string;
  file: string;
}

/**
 * What a tree's Gradle builds declare, read as text: gradle.properties, the settings scripts, the
 * version catalogs, every build script and the buildSrc code; and how a script's references to
 * them (`$x`, `libs.retrofit`, `deps.room.runtime`, `Versions.okhttp`) resolve.
 *
 * Each Gradle build of the tree (the folder of its settings file) keeps its own properties,
 * catalogs, plugin versions and families, so a repository holding two builds (a library and its
 * sample, a guide's `initial/` and `complete/`) versions each build's artifacts from its own
 * declarations. The whole tree's first declarations stay the fallback, for projects no
 * settings file covers and builds that declare nothing of their own.
 * The read* steps run in the order they are declared.
 */
export class GradleModel {
  readonly buildOf: (file: string) => string;
  /** gradle.properties, then the catalogs' versions and the scripts' variables: `$x` in a script. */
  readonly shared = new PerBuild<string>();
  /** The tree's gradle.properties alone. */
  properties = new Map<string, string>();
  /** Each settings script's text, shallow first. */
  readonly settings = new Map<string, string>();
  /** The version catalogs of each build by the name scripts use (`libs`, `deps`), each with its file. */
  readonly catalogs = new PerBuild<{ file: string; catalog: VersionCatalog }>();
  readonly scripts = new Map<string, BuildScript>();
  /** The scripts that test for google-services.json. */
  readonly servicesFileTests = new Set<string>();
  /** Where each script value is assigned (the file an `ext` map's coordinate cites), its lists and aliases. */
  private readonly assigned = new PerBuild<Assigned>();
  private readonly lists = new PerBuild<Assigned>();
  private readonly aliases = new PerBuild<string>();
  /** buildSrc's code files, each with its constants. */
  readonly buildSrc = new Map<string, BuildSrcConstants>();
  /** buildSrc's version constants, the first file's first. */
  readonly buildSrcVersions = new Map<string, string>();

  constructor(private readonly ctx: DetectContext) {
    this.buildOf = buildOfFiles(ctx.files);
  }

  async readProperties(): Promise<void> {
    for (const file of this.ctx.files.filter((f) => baseName(f) === "gradle.properties").sort(shallowFirst)) {
      for (const line of textLines((await this.ctx.text(file)) ?? "")) {
        const m = /^\s*([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
        if (m) this.shared.setFirst(this.buildOf(file), m[1]!, m[2]!.trimEnd());
      }
    }
    this.properties = new Map(this.shared.tree);
  }

  async readSettings(): Promise<void> {
    for (const file of this.ctx.files.filter((f) => /^settings\.gradle(\.kts)?$/.test(baseName(f))).sort(shallowFirst)) this.settings.set(file, (await this.ctx.text(file)) ?? "");
  }

  async readCatalogs(): Promise<void> {
    const builds = [...new Set(["", ...[...this.settings.keys()].map(this.buildOf)])];
    for (const build of builds) {
      const own = (f: string) => this.buildOf(f) === build;
      const ownSettings = new Map([...this.settings].filter(([file]) => own(file)));
      for (const [name, file] of catalogFiles(this.ctx.files.filter(own), ownSettings, (path) => this.ctx.exists(path))) {
        const data = await this.ctx.toml(file);
        if (data !== undefined) this.catalogs.setFirst(build, name, { file, catalog: readVersionCatalog(data, await this.ctx.text(file)) });
      }
    }
  }

  /**
   * Every script parsed before any is reported: variables and plugin versions declared in one
   * script (the root's buildscript ext, the settings' pluginManagement) are used by the others.
   */
  async readScripts(): Promise<void> {
    const catalogNames = this.catalogs.tree.size ? [...this.catalogs.tree.keys()] : ["libs"];
    for (const file of this.ctx.files.filter((f) => /\.gradle(\.kts)?$/.test(f)).sort(shallowFirst)) {
      const text = await this.ctx.text(file);
      if (text !== undefined) this.scripts.set(file, readBuildScript(text, catalogNames));
      if (text?.includes("google-services.json")) this.servicesFileTests.add(file);
    }
    for (const [build, own] of this.catalogs.entries()) {
      for (const [name, { catalog }] of own) for (const [key, version] of catalog.versions) this.shared.setFirst(build, `${name}.versions.${key}`, version);
    }
    for (const [file, script] of this.scripts) {
      const build = this.buildOf(file);
      for (const [k, v] of script.variables) {
        this.shared.setFirst(build, k, v);
        this.assigned.setFirst(build, k, { values: [v], file });
      }
      for (const [k, values] of script.lists) this.lists.setFirst(build, k, { values, file });
      for (const [k, v] of script.aliases) this.aliases.setFirst(build, k, v);
    }
  }

  /**
   * buildSrc: version constants of every file first (Versions.kt beside Deps.kt), used by the
   * scripts too (`implementation("g:a:${Versions.okhttp}")`); its own coordinates are reported apart.
   */
  async readBuildSrc(): Promise<void> {
    for (const file of this.ctx.files.filter(isBuildSrc)) {
      const text = await this.ctx.text(file);
      if (text !== undefined) this.buildSrc.set(file, readBuildSrc(text));
    }
    for (const code of this.buildSrc.values()) for (const [k, v] of code.versions) if (!this.buildSrcVersions.has(k)) this.buildSrcVersions.set(k, v);
  }

  /** The catalog an accessor of a file reaches (`deps` of `deps.spring.boot`) and the key it names there (`spring.boot`). */
  catalogOf(file: string, path: string | undefined): { file: string; catalog: VersionCatalog; key: string } | undefined {
    const dot = path ? path.indexOf(".") : -1;
    const named = dot > 0 ? this.catalogs.get(this.buildOf(file), path!.slice(0, dot)) : undefined;
    return named && { ...named, key: accessor(path!.slice(dot + 1)) };
  }

  /** A version as a script of `file` writes it, its `$x` read from the script's own variables, then its build's, then the tree's. */
  resolveIn(file: string, vars: ReadonlyMap<string, string> = new Map()): (v: string | undefined) => string | undefined {
    return (v) => {
      if (!v) return undefined;
      const build = this.buildOf(file);
      let out = v;
      for (let i = 0; i < 3 && out.includes("$"); i++) {
        // The qualifiers are taken whole (a lookahead and its back-reference): `project.` read both
        // as a qualifier and as part of the name was tried every way along a long chain of them.
        out = out.replace(/\$\{?(?=((?:(?:project|rootProject|ext)\.|extra\[")*))\1([\w.]+?)"?\]?\}?(?=$|[^\w.])/g, (m, _qualifiers: string, k: string) => vars.get(k) ?? this.shared.get(build, k) ?? this.fromBuildSrc(k) ?? m);
      }
      return out.includes("$") ? undefined : out;
    };
  }

  /** `Versions.okhttp`: a constant of an object of the build's own code. */
  private fromBuildSrc(k: string): string | undefined {
    return /^[A-Z]\w*\.\w+$/.test(k) ? this.buildSrcVersions.get(k.slice(k.indexOf(".") + 1)) : undefined;
  }

  /**
   * The coordinates a dependency declared by name stands for (`implementation libs.retrofit`,
   * `kapt deps.room.compiler`): the string or list the script or its build assigns to that name,
   * through the aliases it assigns (`deps.room = room`), with the file that wrote it.
   */
  referenced(file: string, script: BuildScript, reference: string | undefined): Coordinates[] | undefined {
    if (!reference) return undefined;
    const build = this.buildOf(file);
    const lookup = (name: string, depth: number): Assigned | undefined => {
      const own = script.variables.get(name);
      if (own !== undefined) return { values: [own], file };
      const list = script.lists.get(name);
      if (list) return { values: list, file };
      const value = this.assigned.get(build, name) ?? this.lists.get(build, name);
      if (value) return value;
      if (depth > 4) return undefined;
      // `deps.room.runtime` where `deps.room = room`: `room.runtime`.
      for (let dot = name.lastIndexOf("."); dot > 0; dot = name.lastIndexOf(".", dot - 1)) {
        const prefix = name.slice(0, dot);
        const alias = script.aliases.get(prefix) ?? this.aliases.get(build, prefix);
        if (alias !== undefined) return lookup(alias + name.slice(dot), depth + 1);
      }
      const alias = script.aliases.get(name) ?? this.aliases.get(build, name);
      return alias === undefined ? undefined : lookup(alias, depth + 1);
    };
    const found = lookup(reference, 0);
    if (!found) return undefined;
    const resolve = this.resolveIn(file, script.variables);
    const out: Coordinates[] = [];
    for (const value of found.values) {
      // A list's entry written as a name (`[deps.a, deps.b]`) is that name's coordinates.
      const notation = /^\$\{[\w.]+\}$/.test(value) ? (resolve(value) ?? value) : value;
      const [group, name, version] = notation.split(":");
      const g = resolve(group);
      const n = resolve(name);
      if (g && n && /^[\w.-]+$/.test(g) && /^[\w.-]+$/.test(n)) out.push({ group: g, name: n, version: version?.split("@")[0], file: found.file });
    }
    return out.length ? out : undefined;
  }

  /** A plugin's id and version, from the script or the version catalog it reads, and the file that writes the version. */
  pluginOf(file: string, p: BuildScript["plugins"][number]): { id: string | undefined; version: string | undefined; versionFile: string } {
    const c = this.catalogOf(file, p.catalogAccessor);
    const fromCatalog = c?.key.startsWith("plugins.") ? c.catalog.plugins.get(c.key.slice("plugins.".length)) : undefined;
    return { id: p.id ?? fromCatalog?.id, version: p.version ?? fromCatalog?.version, versionFile: p.version === undefined && fromCatalog?.version ? c!.file : file };
  }
}
