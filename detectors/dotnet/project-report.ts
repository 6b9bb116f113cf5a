import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, sibling } from "../../src/kit.js";
import { packageItemDeclarations } from "./item-lines.js";
import { expandProperties, frameworkOf, readPackagesConfig, type DotnetProject } from "./project.js";
import { readPaketReferences } from "./paket.js";
import { nugetRange, nugetVersion } from "./versions.js";
import type { DotnetBuildTree } from "./build-tree.js";

/**
 * Reports a C#, F# or Visual Basic project, or a Directory.Build.props (imported by every project
 * below it: its frameworks and package references, analyzers and shared test packages, are the
 * projects' own): its language, target frameworks, SDK, framework references, NuGet use and
 * packages, each package's version from the lockfile, the item, the central file or
 * Directory.Build.targets.
 */
export async function reportProject(ctx: DetectContext, tree: DotnetBuildTree, file: string): Promise<void> {
  const base = baseName(file);
  const props = base === "Directory.Build.props";
  // A Directory.Build.props was read with its imports already.
  const project = (props && tree.buildProps.get(dirOf(file))) || (await tree.read(file, await ctx.xml(file)));
  if (props) {
    const outer = tree.outerOf(file);
    for (const p of project.packages) if (p.version) p.version = expandProperties(p.version, project.properties, outer);
  } else {
    await readOwnProject(ctx, tree, file, project);
  }
  const frameworks = project.frameworks.map(frameworkOf).filter((f): f is NonNullable<typeof f> => Boolean(f));
  for (const f of frameworks) ctx.report({ ref: `dotnet-framework:${f.family}`, file, version: f.version });
  // A project that sets no framework of its own builds for the one Directory.Build.props sets
  // (reported there): its SDK's release is that framework's.
  const outerFrameworks = props || frameworks.length ? [] : (tree.nearestProps(dirOf(file))?.frameworks ?? []).flatMap((f) => f.split(";")).map(frameworkOf).filter((f): f is NonNullable<typeof f> => Boolean(f));
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
  const paketReferences = props ? undefined : sibling(file, "paket.references");
  const paketPackages = paketReferences !== undefined && ctx.exists(paketReferences) && readPaketReferences((await ctx.text(paketReferences)) ?? "").length > 0;
  if (project.packages.length > 0 || paketPackages) {
    ctx.report({ ref: "format:nuget-references", file });
    // (Its frameworks, or those Directory.Build.props sets for it.)
    for (const f of targets) ctx.report({ ref: `dotnet-platform:${f.family}`, file, version: f.version });
  }
  await reportPackages(ctx, tree, file, project);
}

/**
 * A project file's own reading: its frameworks and versions with the properties it inherits, its
 * packages less those a packages.config beside it declares, and its language.
 */
async function readOwnProject(ctx: DetectContext, tree: DotnetBuildTree, file: string, project: DotnetProject): Promise<void> {
  const outer = tree.inherited(dirOf(file));
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
  const base = baseName(file);
  const language = base.endsWith(".fsproj") ? "fsharp" : base.endsWith(".vbproj") ? "vb" : "csharp";
  ctx.report({ ref: `dotnet-language:${language}`, file });
}

/** Each package a project references, with its version and where that version is written. */
async function reportPackages(ctx: DetectContext, tree: DotnetBuildTree, file: string, project: DotnetProject): Promise<void> {
  const dir = dirOf(file);
  const lock = tree.locks.get(dir);
  const buildTargets = tree.buildTargetsFor(dir);
  const lines = packageItemDeclarations((await ctx.text(file)) ?? "");
  for (const p of project.packages) {
    const centralVersion = p.version ? undefined : tree.centralFor(dir, p.id);
    const asked = p.version ?? centralVersion?.version;
    const locked = (asked !== undefined ? lock?.requested.get(p.id.toLowerCase())?.get(nugetRange(asked)) : undefined) ?? lock?.versions.get(p.id.toLowerCase());
    const fromCentral = centralVersion?.version;
    const updated = p.version || fromCentral ? undefined : buildTargets?.versions.get(p.id.toLowerCase());
    const fromTargets = updated && expandProperties(updated, project.properties, buildTargets!.properties, tree.inherited(dir));
    const version = locked ?? p.version ?? fromCentral ?? fromTargets;
    const at = lines(p.id);
    // A version written apart from the item (a child <Version>, the central PackageVersion) is part of its declaration.
    const centralAt = fromCentral && !locked ? (await tree.centralLines(centralVersion!.file))(p.id) : undefined;
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
}
