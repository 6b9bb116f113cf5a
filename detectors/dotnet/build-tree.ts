import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, joinInside, nearestFolder } from "../../src/kit.js";
import { packageItemDeclarations, type ItemLines } from "./item-lines.js";
import { expandProperties, importsOuterProps, readCentralVersions, readPackageItems, readProject, relativeImports, type DotnetProject } from "./project.js";
import { nugetRange } from "./versions.js";

/** The files that set central package versions, the first winning where both sit in one folder. */
export const CENTRAL_FILES = ["Directory.Packages.props", "Packages.props"];

/** A folder's central package versions (Directory.Packages.props, or the older Packages.props). */
interface CentralVersions {
  versions: Map<string, string>;
  file: string;
  importsOuter: boolean;
  project: DotnetProject;
}

/** A packages.lock.json: each package's release (the last target framework's), and by the range each framework requested it at. */
export interface NugetLock {
  versions: Map<string, string>;
  requested: Map<string, Map<string, string>>;
}

/** Directory.Build.targets' `PackageReference Update` versions and its properties. */
export interface TargetVersions {
  versions: Map<string, string>;
  properties: Map<string, string>;
  file: string;
}

/**
 * What MSBuild gives a tree's projects from outside their own files: the Directory.Build.props
 * above them, Directory.Build.targets, central package versions, and each folder's
 * packages.lock.json. The read* steps run in the order they are declared.
 */
export class DotnetBuildTree {
  /** The Directory.Build.props of each folder, with whether it imports the one above it. */
  readonly buildProps = new Map<string, DotnetProject & { importsOuter: boolean }>();
  /** Directory.Build.targets by folder. */
  readonly targetVersions = new Map<string, TargetVersions>();
  readonly central = new Map<string, CentralVersions>();
  /** packages.lock.json by folder. */
  readonly locks = new Map<string, NugetLock>();
  private readonly centralItems = new Map<string, (id: string) => ItemLines | undefined>();

  constructor(private readonly ctx: DetectContext) {}

  /**
   * A project file read with the properties of the files it imports by relative path (a shared
   * build/Versions.props holding `<NewtonsoftJsonVersion>`), which fill those it does not set.
   */
  async read(file: string, xml: unknown, seen = new Set<string>()): Promise<DotnetProject> {
    const project = readProject(xml);
    seen.add(file);
    for (const relative of relativeImports(xml)) {
      const path = joinInside(dirOf(file), relative);
      if (path === undefined || seen.has(path) || seen.size > 8 || !this.ctx.exists(path)) continue;
      const imported = await this.read(path, await this.ctx.xml(path), seen);
      for (const [k, v] of imported.properties) if (!project.properties.has(k)) project.properties.set(k, v);
    }
    return project;
  }

  /**
   * Properties of the nearest Directory.Build.props, which MSBuild imports into every project
   * below it (and into Directory.Packages.props): `Version="$(EfcoreVersion)"` resolves there.
   * A nested one that imports the one above it (GetPathOfFileAbove) sees that one's properties too.
   */
  async readBuildProps(): Promise<void> {
    for (const file of this.ctx.files.filter((f) => baseName(f) === "Directory.Build.props")) {
      const xml = await this.ctx.xml(file);
      this.buildProps.set(dirOf(file), { ...(await this.read(file, xml)), importsOuter: importsOuterProps(xml) });
    }
  }

  /**
   * Directory.Build.targets, imported after each project below it: `PackageReference Update`
   * items version the packages projects reference without one (before central package management).
   */
  async readBuildTargets(): Promise<void> {
    for (const file of this.ctx.files.filter((f) => baseName(f) === "Directory.Build.targets")) {
      const xml = await this.ctx.xml(file);
      const versions = new Map<string, string>();
      for (const p of readPackageItems(xml, "Update")) if (p.version) versions.set(p.id.toLowerCase(), p.version);
      this.targetVersions.set(dirOf(file), { versions, properties: readProject(xml).properties, file });
    }
  }

  /**
   * Directory.Packages.props (`PackageVersion`) or, before it, Microsoft.Build.CentralPackageVersions'
   * Packages.props (`PackageReference Update`): where both sit in one folder, the first wins.
   */
  async readCentralVersions(): Promise<void> {
    for (const file of this.ctx.files.filter((f) => CENTRAL_FILES.includes(baseName(f))).sort((a, b) => CENTRAL_FILES.indexOf(baseName(a)) - CENTRAL_FILES.indexOf(baseName(b)))) {
      if (this.central.has(dirOf(file))) continue;
      const versions = new Map<string, string>();
      const xml = await this.ctx.xml(file);
      const parsed = await this.read(file, xml);
      for (const [id, version] of readCentralVersions(xml)) versions.set(id, expandProperties(version, parsed.properties, this.inherited(dirOf(file))));
      this.central.set(dirOf(file), { versions, file, importsOuter: baseName(file) === "Directory.Packages.props" && importsOuterProps(xml, "Directory.Packages.props"), project: parsed });
    }
  }

  /**
   * Per folder: each package's release (the last target framework's), and by the range each
   * framework requested it at (`[6.0.*, )`), for a project that references one package at a
   * release per framework (`6.0.*` under a net6.0 condition, `8.0.*` under net8.0).
   * Calls `restored` with what each lockfile's project restores without declaring it (Serilog under
   * Serilog.AspNetCore, EF Core under a vendor's provider), in the lockfile's order.
   */
  async readLocks(restored: (file: string, id: string, version: string) => void): Promise<void> {
    for (const file of this.ctx.files.filter((f) => baseName(f) === "packages.lock.json")) {
      const data = (await this.ctx.json(file)) as { dependencies?: Record<string, Record<string, { type?: string; requested?: string; resolved?: string }>> } | undefined;
      const versions = new Map<string, string>();
      const requested = new Map<string, Map<string, string>>();
      const transitive = new Map<string, string>();
      for (const deps of Object.values(data?.dependencies ?? {})) {
        for (const [id, entry] of Object.entries(deps ?? {})) {
          if (typeof entry?.resolved !== "string") continue;
          versions.set(id.toLowerCase(), entry.resolved);
          if (typeof entry.requested === "string") {
            const byRange = requested.get(id.toLowerCase()) ?? new Map<string, string>();
            if (!byRange.has(nugetRange(entry.requested))) byRange.set(nugetRange(entry.requested), entry.resolved);
            requested.set(id.toLowerCase(), byRange);
          }
          if (entry.type === "Transitive" || entry.type === "CentralTransitive") transitive.set(id, entry.resolved);
        }
      }
      this.locks.set(dirOf(file), { versions, requested });
      for (const [id, version] of transitive) restored(file, id, version);
    }
  }

  /** The Directory.Build.props files a folder's projects import, nearest first. */
  propsChain(dir: string): DotnetProject[] {
    const chain: DotnetProject[] = [];
    for (let found = nearestFolder(dir, this.buildProps); found !== undefined; ) {
      const props = this.buildProps.get(found)!;
      chain.push(props);
      if (!props.importsOuter || found === "") break;
      found = nearestFolder(dirOf(found), this.buildProps);
    }
    return chain;
  }

  /** The nearest Directory.Build.props that sets target frameworks, else the nearest. */
  nearestProps(dir: string): DotnetProject | undefined {
    return this.propsChain(dir).find((p) => p.frameworks.length) ?? this.propsChain(dir)[0];
  }

  /** The properties a folder's projects inherit, the nearest file's first. */
  inherited(dir: string): Map<string, string> {
    const merged = new Map<string, string>();
    for (const props of this.propsChain(dir)) for (const [k, v] of props.properties) if (!merged.has(k)) merged.set(k, v);
    return merged;
  }

  /** What a Directory.Build.props file itself sees: the ones above it, where it imports them. */
  outerOf(file: string): Map<string, string> {
    return this.buildProps.get(dirOf(file))?.importsOuter && dirOf(file) !== "" ? this.inherited(dirOf(dirOf(file))) : new Map();
  }

  /** The Directory.Build.targets a folder's projects import, if any. */
  buildTargetsFor(dir: string): TargetVersions | undefined {
    const targetsDir = nearestFolder(dir, this.targetVersions);
    return targetsDir === undefined ? undefined : this.targetVersions.get(targetsDir);
  }

  /**
   * The central version of a package: the nearest Directory.Packages.props', else (where it
   * imports the one above it, as a nested folder's does) an outer one's.
   */
  centralFor(dir: string, id: string): { version: string; file: string } | undefined {
    for (let found = nearestFolder(dir, this.central); found !== undefined; ) {
      const entry = this.central.get(found)!;
      const version = entry.versions.get(id.toLowerCase());
      if (version !== undefined) return { version, file: entry.file };
      if (!entry.importsOuter || found === "") break;
      found = nearestFolder(dirOf(found), this.central);
    }
    return undefined;
  }

  /** Where the central file writes each package's version, read once per file (each id's first item). */
  async centralLines(file: string): Promise<(id: string) => ItemLines | undefined> {
    let lookup = this.centralItems.get(file);
    if (!lookup) {
      const read = packageItemDeclarations((await this.ctx.text(file)) ?? "");
      const first = new Map<string, ItemLines | undefined>();
      lookup = (id) => {
        const key = id.toLowerCase();
        if (!first.has(key)) first.set(key, read(id));
        return first.get(key);
      };
      this.centralItems.set(file, lookup);
    }
    return lookup;
  }
}
