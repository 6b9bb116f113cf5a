import type { Detector } from "../../src/types.js";
import { baseName } from "../../src/kit.js";
import { readPackagesConfig } from "./project.js";
import { DOTNET_FILES } from "../files.js";
import { CENTRAL_FILES, DotnetBuildTree } from "./build-tree.js";
import { reportProject } from "./project-report.js";
import { reportBuildTargets, reportCentralFile } from "./central-report.js";
import { reportPaketDependencies } from "./paket-report.js";
import { reportSqlProject } from "./sql-project.js";
import { reportNuspec } from "./nuspec.js";

export { nugetRange, nugetVersion } from "./versions.js";

/**
 * .NET: SDK-style and old-style project files (PackageReference, target frameworks, the SDK:
 * Microsoft.NET.Sdk.Web is ASP.NET Core), central package versions from Directory.Packages.props
 * (or the Packages.props of the older Microsoft.Build.CentralPackageVersions SDK),
 * packages.config, packages.lock.json resolved versions, global.json's SDK, dotnet tools and the
 * dependencies of a NuGet package's .nuspec.
 */
export const dotnetDetector: Detector = {
  name: "dotnet",
  files: DOTNET_FILES,
  async detect(ctx) {
    const tree = new DotnetBuildTree(ctx);
    await tree.readBuildProps();
    await tree.readBuildTargets();
    await tree.readCentralVersions();
    // What a project restores without declaring it (Serilog under Serilog.AspNetCore, EF Core under
    // a vendor's provider): its release may go to a tool the project shows without one.
    await tree.readLocks((file, id, version) => {
      if (ctx.lookup("nuget", id).length) ctx.report({ ref: `nuget:${id}`, file, version, versionFile: file, installed: true });
    });
    // C#, F# and Visual Basic projects (not a .sqlproj, a database's): global.json gives way to them.
    const hasProjects = ctx.files.some((f) => /\.(cs|fs|vb)proj$/i.test(f));

    for (const file of ctx.files) {
      const base = baseName(file);
      if (/\.(cs|fs|vb)proj$/.test(base) || base === "Directory.Build.props") {
        await reportProject(ctx, tree, file);
      } else if (CENTRAL_FILES.includes(base)) {
        await reportCentralFile(ctx, tree, file);
      } else if (base === "Directory.Build.targets") {
        await reportBuildTargets(ctx, tree, file);
      } else if (base === "packages.config") {
        for (const p of readPackagesConfig(await ctx.xml(file))) ctx.report({ ref: `nuget:${p.id}`, file, version: p.version, direct: true });
      } else if (base === "paket.dependencies") {
        await reportPaketDependencies(ctx, file);
      } else if (base.endsWith(".nuspec")) {
        await reportNuspec(ctx, file);
      } else if (base.endsWith(".sqlproj")) {
        await reportSqlProject(ctx, file);
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
