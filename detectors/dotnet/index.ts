import { packageItemDeclarations, packageItemLines, type ItemLines } from "./item-lines.js";
import type { Detector } from "../../src/types.js";
import { baseName, dirOf, joinInside, nearestFolder, sibling } from "../../src/kit.js";
import { expandProperties, frameworkOf, importsOuterProps, readCentralVersions, readPackageItems, readPackagesConfig, readProject, relativeImports, type DotnetProject } from "./project.js";
import { readPaketDependencies, readPaketLock, readPaketLockGroups, readPaketReferences } from "./paket.js";
import { DOTNET_FILES } from "../files.js";

/**
 * .NET: SDK-style and old-style project files (PackageReference, target frameworks, the SDK:
 * Microsoft.NET.Sdk.Web is ASP.NET Core), central package versions from Directory.Packages.props
 * (or the Packages.props of the older Microsoft.Build.CentralPackageVersions SDK),
 * packages.config, packages.lock.json resolved versions, global.json's SDK and dotnet tools.
 */
const CENTRAL_FILES = ["Directory.Packages.props", "Packages.props"];

/**
 * The version a NuGet reference pins: as written, a floating one by its fixed prefix
 * (`3.2.*` is 3.2, as `2.6.*` is for Composer). A range restores the lowest version it allows, as
 * a bare `1.2.3` (at least 1.2.3) does: an exact `[1.2.3]` and an inclusive lower bound
 * (`[1.2.3, )`, `[1.0,2.0)`) give that version; an exclusive or missing lower bound (`(1.0,)`,
 * `(,2.0]`) and unresolved properties give none.
 */
export function nugetVersion(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const floating = /^(\d+(?:\.\d+)*)\.\*$/.exec(version.trim());
  if (floating) return floating[1];
  const range = /^\[\s*(\d[\w.+-]*)\s*(?:\]|,[^,]*[\])])$/.exec(version.trim());
  if (range) return range[1];
  return /[[(*$]/.test(version) ? undefined : version;
}

export const dotnetDetector: Detector = {
  name: "dotnet",
  files: DOTNET_FILES,
  async detect(ctx) {
    // A project file read with the properties of the files it imports by relative path (a shared
    // build/Versions.props holding `<NewtonsoftJsonVersion>`), which fill those it does not set.
    const read = async (file: string, xml: unknown, seen = new Set<string>()): Promise<DotnetProject> => {
      const project = readProject(xml);
      seen.add(file);
      for (const relative of relativeImports(xml)) {
        const path = joinInside(dirOf(file), relative);
        if (path === undefined || seen.has(path) || seen.size > 8 || !ctx.exists(path)) continue;
        const imported = await read(path, await ctx.xml(path), seen);
        for (const [k, v] of imported.properties) if (!project.properties.has(k)) project.properties.set(k, v);
      }
      return project;
    };
    // Properties of the nearest Directory.Build.props, which MSBuild imports into every project
    // below it (and into Directory.Packages.props): `Version="$(EfcoreVersion)"` resolves there.
    // A nested one that imports the one above it (GetPathOfFileAbove) sees that one's properties too.
    const buildProps = new Map<string, DotnetProject & { importsOuter: boolean }>();
    for (const file of ctx.files.filter((f) => baseName(f) === "Directory.Build.props")) {
      const xml = await ctx.xml(file);
      buildProps.set(dirOf(file), { ...(await read(file, xml)), importsOuter: importsOuterProps(xml) });
    }
    /** The Directory.Build.props files a folder's projects import, nearest first. */
    const propsChain = (dir: string): DotnetProject[] => {
      const chain: DotnetProject[] = [];
      for (let found = nearestFolder(dir, buildProps); found !== undefined; ) {
        const props = buildProps.get(found)!;
        chain.push(props);
        if (!props.importsOuter || found === "") break;
        found = nearestFolder(dirOf(found), buildProps);
      }
      return chain;
    };
    const nearestProps = (dir: string): DotnetProject | undefined => propsChain(dir).find((p) => p.frameworks.length) ?? propsChain(dir)[0];
    const inherited = (dir: string): Map<string, string> => {
      const merged = new Map<string, string>();
      for (const props of propsChain(dir)) for (const [k, v] of props.properties) if (!merged.has(k)) merged.set(k, v);
      return merged;
    };
    // What a Directory.Build.props file itself sees: the ones above it, where it imports them.
    const outerOf = (file: string): Map<string, string> => (buildProps.get(dirOf(file))?.importsOuter && dirOf(file) !== "" ? inherited(dirOf(dirOf(file))) : new Map());
    // Directory.Build.targets, imported after each project below it: `PackageReference Update`
    // items version the packages projects reference without one (before central package management).
    const targetVersions = new Map<string, { versions: Map<string, string>; properties: Map<string, string>; file: string }>();
    for (const file of ctx.files.filter((f) => baseName(f) === "Directory.Build.targets")) {
      const xml = await ctx.xml(file);
      const versions = new Map<string, string>();
      for (const p of readPackageItems(xml, "Update")) if (p.version) versions.set(p.id.toLowerCase(), p.version);
      targetVersions.set(dirOf(file), { versions, properties: readProject(xml).properties, file });
    }
    const central = new Map<string, { versions: Map<string, string>; file: string; importsOuter: boolean; project: DotnetProject }>();
    // Directory.Packages.props (`PackageVersion`) or, before it, Microsoft.Build.CentralPackageVersions'
    // Packages.props (`PackageReference Update`): where both sit in one folder, the first wins.
    for (const file of ctx.files.filter((f) => CENTRAL_FILES.includes(baseName(f))).sort((a, b) => CENTRAL_FILES.indexOf(baseName(a)) - CENTRAL_FILES.indexOf(baseName(b)))) {
      if (central.has(dirOf(file))) continue;
      const versions = new Map<string, string>();
      const xml = await ctx.xml(file);
      const parsed = await read(file, xml);
      for (const [id, version] of readCentralVersions(xml)) versions.set(id, expandProperties(version, parsed.properties, inherited(dirOf(file))));
      central.set(dirOf(file), { versions, file, importsOuter: baseName(file) === "Directory.Packages.props" && importsOuterProps(xml, "Directory.Packages.props"), project: parsed });
    }
    // Per folder: each package's release (the last target framework's), and by the range each
    // framework requested it at (`[6.0.*, )`), for a project that references one package at a
    // release per framework (`6.0.*` under a net6.0 condition, `8.0.*` under net8.0).
    const locks = new Map<string, { versions: Map<string, string>; requested: Map<string, Map<string, string>> }>();
    for (const file of ctx.files.filter((f) => baseName(f) === "packages.lock.json")) {
      const data = (await ctx.json(file)) as { dependencies?: Record<string, Record<string, { type?: string; requested?: string; resolved?: string }>> } | undefined;
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
      locks.set(dirOf(file), { versions, requested });
      // What the project restores without declaring it (Serilog under Serilog.AspNetCore, EF Core under
      // a vendor's provider): its release may go to a tool the project shows without one.
      for (const [id, version] of transitive) if (ctx.lookup("nuget", id).length) ctx.report({ ref: `nuget:${id}`, file, version, versionFile: file, installed: true });
    }
    // The central version of a package: the nearest Directory.Packages.props', else (where it
    // imports the one above it, as a nested folder's does) an outer one's.
    const centralFor = (dir: string, id: string): { version: string; file: string } | undefined => {
      for (let found = nearestFolder(dir, central); found !== undefined; ) {
        const entry = central.get(found)!;
        const version = entry.versions.get(id.toLowerCase());
        if (version !== undefined) return { version, file: entry.file };
        if (!entry.importsOuter || found === "") break;
        found = nearestFolder(dirOf(found), central);
      }
      return undefined;
    };
    // Where the central file writes each package's version, read once per file (each id's first item).
    const centralItems = new Map<string, (id: string) => ItemLines | undefined>();
    const centralLines = async (file: string): Promise<(id: string) => ItemLines | undefined> => {
      let lookup = centralItems.get(file);
      if (!lookup) {
        const read = packageItemDeclarations((await ctx.text(file)) ?? "");
        const first = new Map<string, ItemLines | undefined>();
        lookup = (id) => {
          const key = id.toLowerCase();
          if (!first.has(key)) first.set(key, read(id));
          return first.get(key);
        };
        centralItems.set(file, lookup);
      }
      return lookup;
    };
    // C#, F# and Visual Basic projects (not a .sqlproj, a database's): global.json gives way to them.
    const hasProjects = ctx.files.some((f) => /\.(cs|fs|vb)proj$/i.test(f));

    for (const file of ctx.files) {
      const base = baseName(file);
      // Directory.Build.props is imported by every project below it: its frameworks and package
      // references (analyzers, shared test packages) are the projects' own.
      if (/\.(cs|fs|vb)proj$/.test(base) || base === "Directory.Build.props") {
        // A Directory.Build.props was read above, with its imports.
        const project = (base === "Directory.Build.props" && buildProps.get(dirOf(file))) || (await read(file, await ctx.xml(file)));
        if (base === "Directory.Build.props") {
          const outer = outerOf(file);
          for (const p of project.packages) if (p.version) p.version = expandProperties(p.version, project.properties, outer);
        } else {
          const outer = inherited(dirOf(file));
          project.frameworks = project.frameworks.flatMap((f) => expandProperties(f, project.properties, outer).split(";").filter(Boolean));
          for (const p of project.packages) if (p.version) p.version = expandProperties(p.version, project.properties, outer);
          // A packages.config beside an old-style project declares its packages; the HintPaths into the
          // packages folder only point at what it restored, so a package both name is that file's (the
          // site credits them to packages.config: corpus StripeExample, held-out meal-plan-generator and
          // ResolutionBuddy). One only a HintPath names stays the project's.
          const config = sibling(file, "packages.config");
          if (project.hintPathPackages && ctx.exists(config)) {
            const declared = new Set(readPackagesConfig(await ctx.xml(config)).map((p) => p.id.toLowerCase()));
            const hinted = new Set(project.hintPathPackages);
            project.packages = project.packages.filter((p) => !(hinted.has(p.id) && declared.has(p.id.toLowerCase())));
          }
          const language = base.endsWith(".fsproj") ? "fsharp" : base.endsWith(".vbproj") ? "vb" : "csharp";
          ctx.report({ ref: `dotnet-language:${language}`, file });
        }
        const frameworks = project.frameworks.map(frameworkOf).filter((f): f is NonNullable<typeof f> => Boolean(f));
        for (const f of frameworks) ctx.report({ ref: `dotnet-framework:${f.family}`, file, version: f.version });
        // A project that sets no framework of its own builds for the one Directory.Build.props sets
        // (reported there): its SDK's release is that framework's.
        const outerFrameworks = base === "Directory.Build.props" || frameworks.length ? [] : (nearestProps(dirOf(file))?.frameworks ?? []).flatMap((f) => f.split(";")).map(frameworkOf).filter((f): f is NonNullable<typeof f> => Boolean(f));
        const targets = frameworks.length ? frameworks : outerFrameworks;
        const target = targets[0];
        // ASP.NET Core 2.x apps reference its shared framework as a package whose version is the
        // ASP.NET Core release (Microsoft.AspNetCore.App 2.1.1 on netcoreapp2.1): the SDK says so too.
        const shared = project.packages.find((p) => /^microsoft\.aspnetcore\.(app|all)$/i.test(p.id) && p.version && /^\d+(\.\d+)+$/.test(p.version));
        const sdk = project.sdk?.toLowerCase();
        // A NuGet-delivered SDK pinned at a release (`Godot.NET.Sdk/4.2.1`) gives its own; Microsoft's
        // SDKs name the platform of the target framework (`Microsoft.NET.Sdk.Web/8.0.100` pins the .NET
        // SDK's release, not ASP.NET Core's).
        const own = sdk?.startsWith("microsoft.net.sdk") ? undefined : project.sdkVersion;
        if (sdk) ctx.report({ ref: `dotnet-sdk:${sdk}`, file, version: own ?? ((sdk === "microsoft.net.sdk.web" && shared?.version) || target?.version) });
        if (project.webApplication) ctx.report({ ref: "dotnet-sdk:aspnet-web-application", file, version: target?.version });
        // A project on another SDK that references ASP.NET Core's shared framework (a class library
        // of controllers or middleware, a Functions app's ASP.NET Core integration) builds on it, at
        // its target framework's release, as the Web SDK's projects do.
        for (const name of new Set(project.frameworkReferences.map((f) => f.toLowerCase()))) ctx.report({ ref: `dotnet-framework-reference:${name}`, file, version: target?.version });
        // NuGet is in use where a project references packages; a project without any (a console
        // app on the bare SDK) restores nothing from it. A .NET Core or .NET 5+ target framework
        // names .NET Core; the .NET platform beside it comes with those packages (catalog `dotnet-platform`).
        // A Paket project references its packages in the paket.references beside it, not in the project file.
        const paketReferences = base === "Directory.Build.props" ? undefined : sibling(file, "paket.references");
        const paketPackages = paketReferences !== undefined && ctx.exists(paketReferences) && readPaketReferences((await ctx.text(paketReferences)) ?? "").length > 0;
        if (project.packages.length > 0 || paketPackages) {
          ctx.report({ ref: "format:nuget-references", file });
          // (Its frameworks, or those Directory.Build.props sets for it.)
          for (const f of targets) ctx.report({ ref: `dotnet-platform:${f.family}`, file, version: f.version });
        }
        const lock = locks.get(dirOf(file));
        const targetsDir = nearestFolder(dirOf(file), targetVersions);
        const buildTargets = targetsDir === undefined ? undefined : targetVersions.get(targetsDir);
        const lines = packageItemDeclarations((await ctx.text(file)) ?? "");
        for (const p of project.packages) {
          const centralVersion = p.version ? undefined : centralFor(dirOf(file), p.id);
          const asked = p.version ?? centralVersion?.version;
          const locked = (asked !== undefined ? lock?.requested.get(p.id.toLowerCase())?.get(nugetRange(asked)) : undefined) ?? lock?.versions.get(p.id.toLowerCase());
          const fromCentral = centralVersion?.version;
          const updated = p.version || fromCentral ? undefined : buildTargets?.versions.get(p.id.toLowerCase());
          const fromTargets = updated && expandProperties(updated, project.properties, buildTargets!.properties, inherited(dirOf(file)));
          const version = locked ?? p.version ?? fromCentral ?? fromTargets;
          const at = lines(p.id);
          // A version written apart from the item (a child <Version>, the central PackageVersion) is part of its declaration.
          const centralAt = fromCentral && !locked ? (await centralLines(centralVersion!.file))(p.id) : undefined;
          const also = [...(at?.version === undefined ? [] : [{ file, line: at.version }]), ...(centralAt ? [{ file: centralVersion!.file, line: centralAt.version ?? centralAt.line }] : [])];
          ctx.report({
            ref: `nuget:${p.id}`,
            file,
            ...(at === undefined ? {} : { line: at.line, ...(also.length ? { alsoDeclaredAt: also } : {}) }),
            declared: p.version,
            version: nugetVersion(version),
            versionFile: locked ? sibling(file, "packages.lock.json") : fromCentral ? centralVersion!.file : fromTargets ? buildTargets!.file : undefined,
            direct: true,
          });
        }
      } else if (CENTRAL_FILES.includes(base)) {
        const entry = central.get(dirOf(file));
        if (entry?.file !== file) continue;
        if (entry.versions.size > 0) ctx.report({ ref: "format:nuget-references", file });
        // GlobalPackageReference: a package (an analyzer, Source Link) every project references
        // (the file was read with its imports above).
        const parsed = entry.project;
        const globalLines = packageItemLines((await ctx.text(file)) ?? "");
        for (const p of parsed.globalPackages) {
          const version = p.version && expandProperties(p.version, parsed.properties, inherited(dirOf(file)));
          const line = globalLines(p.id);
          ctx.report({ ref: `nuget:${p.id}`, file, ...(line === undefined ? {} : { line }), version: nugetVersion(version), direct: true });
        }
      } else if (base === "Directory.Build.targets") {
        // Its `Include` items are references of every project below it, as Directory.Build.props' are.
        const xml = await ctx.xml(file);
        const properties = targetVersions.get(dirOf(file))?.properties ?? new Map<string, string>();
        const lock = locks.get(dirOf(file));
        const included = readPackageItems(xml, "Include");
        if (included.length) ctx.report({ ref: "format:nuget-references", file });
        const includedLines = packageItemLines((await ctx.text(file)) ?? "");
        for (const p of included) {
          const version = p.version && expandProperties(p.version, properties, inherited(dirOf(file)));
          const locked = lock?.versions.get(p.id.toLowerCase());
          const central = version ? undefined : centralFor(dirOf(file), p.id);
          const line = includedLines(p.id);
          ctx.report({ ref: `nuget:${p.id}`, file, ...(line === undefined ? {} : { line }), declared: version, version: nugetVersion(locked ?? version ?? central?.version), versionFile: locked ? sibling(file, "packages.lock.json") : central?.file, direct: true });
        }
      } else if (base === "packages.config") {
        for (const p of readPackagesConfig(await ctx.xml(file))) ctx.report({ ref: `nuget:${p.id}`, file, version: p.version, direct: true });
      } else if (base === "paket.dependencies") {
        const text = (await ctx.text(file)) ?? "";
        const lockPath = sibling(file, "paket.lock");
        const lockText = ctx.exists(lockPath) ? ((await ctx.text(lockPath)) ?? "") : "";
        const locked = readPaketLock(lockText);
        const groups = readPaketLockGroups(lockText);
        const dependencies = readPaketDependencies(text);
        if (dependencies.length) ctx.report({ ref: "format:nuget-references", file });
        for (const d of dependencies) {
          // Each group is resolved on its own: a package declared in two takes each group's release.
          const pinned = groups.get(d.group)?.get(d.id.toLowerCase()) ?? locked.get(d.id.toLowerCase());
          ctx.report({ ref: `nuget:${d.id}`, file, line: d.line, declared: d.constraint, version: pinned ?? d.version, versionFile: pinned ? lockPath : undefined, direct: true });
        }
        // The lock's packages paket.dependencies does not name were resolved for those it does:
        // their releases may go to a tool shown without one, as packages.lock.json's transitive ones.
        const declared = new Set(dependencies.map((d) => d.id.toLowerCase()));
        for (const [id, version] of locked) if (!declared.has(id) && ctx.lookup("nuget", id).length) ctx.report({ ref: `nuget:${id}`, file: lockPath, version, versionFile: lockPath, installed: true });
      } else if (base.endsWith(".sqlproj")) {
        // A SQL Server Database Project (SSDT, or the Microsoft.Build.Sql SDK) builds for the SQL
        // Server release its schema provider names: Sql130DatabaseSchemaProvider is SQL Server 2016,
        // 13.0 (held-out dlambert-personal/TrackDb: Microsoft SQL Server 13.0 from TrackDb.sqlproj).
        // SqlAzureV12 targets Azure SQL Database and SqlDw a dedicated SQL pool (SQL Data Warehouse,
        // now Azure Synapse): hosted services, with no release of their own.
        const dsp = /<DSP>\s*[\w.]*?\.Sql(?:(\d{1,2})0|(Azure(?:V12)?)|(Dw))DatabaseSchemaProvider\s*<\/DSP>/i.exec((await ctx.text(file)) ?? "");
        if (dsp?.[1]) ctx.report({ ref: "sql-project:sql-server", file, version: `${Number(dsp[1])}.0` });
        else if (dsp) ctx.report({ ref: dsp[2] ? "sql-project:azure-sql" : "sql-project:azure-synapse", file });
      } else if (base === "global.json") {
        // The SDK band a build pins (8.0.300) names .NET only in a tree without project files: where
        // projects are listed, their frameworks and packages say which .NET the code runs on (a
        // packaged one names .NET, without a release: catalog `dotnet-platform`), and the SDK band
        // is the build machine's, not the application's.
        const data = (await ctx.json(file)) as { sdk?: { version?: unknown } } | undefined;
        if (!hasProjects && typeof data?.sdk?.version === "string") ctx.report({ ref: "dotnet-framework:sdk", file, version: data.sdk.version });
      } else if (base === "dotnet-tools.json") {
        const data = (await ctx.json(file)) as { tools?: Record<string, { version?: string }> } | undefined;
        for (const [id, tool] of Object.entries(data?.tools ?? {})) {
          ctx.report({ ref: "format:nuget-references", file });
          ctx.report({ ref: `nuget:${id}`, file, version: tool?.version });
        }
      }
    }
  },
};

/**
 * A NuGet version range as packages.lock.json's `requested` writes it, for comparison: a bare
 * release is its minimum (`6.0.*` is `[6.0.*, )`), releases take three parts (`6.0` is `6.0.0`),
 * no spaces.
 */
export function nugetRange(range: string): string {
  const compact = range.replace(/\s+/g, "");
  const bounded = /^[[(]/.test(compact) ? compact : `[${compact},)`;
  return bounded.replace(/(^|[[(,])(\d+)(?:\.(\d+))?(?=[\]),])/g, (_, lead: string, major: string, minor?: string) => `${lead}${major}.${minor ?? "0"}.0`);
}
