import type { DetectContext } from "../../src/types.js";
import { dirOf, sibling } from "../../src/kit.js";
import { packageItemLines } from "./item-lines.js";
import { expandProperties, readPackageItems } from "./project.js";
import { nugetVersion } from "./versions.js";
import type { DotnetBuildTree } from "./build-tree.js";

/**
 * A central package versions file: NuGet in use where it versions packages, and its
 * GlobalPackageReference items, packages (an analyzer, Source Link) every project references (the
 * file was read with its imports). Only the folder's winning file (CENTRAL_FILES) is reported.
 */
export async function reportCentralFile(ctx: DetectContext, tree: DotnetBuildTree, file: string): Promise<void> {
  const entry = tree.central.get(dirOf(file));
  if (entry?.file !== file) return;
  if (entry.versions.size > 0) ctx.report({ ref: "format:nuget-references", file });
  const parsed = entry.project;
  const globalLines = packageItemLines((await ctx.text(file)) ?? "");
  for (const p of parsed.globalPackages) {
    const version = p.version && expandProperties(p.version, parsed.properties, tree.inherited(dirOf(file)));
    const line = globalLines(p.id);
    ctx.report({ ref: `nuget:${p.id}`, file, ...(line === undefined ? {} : { line }), version: nugetVersion(version), direct: true });
  }
}

/** Directory.Build.targets' `Include` items: references of every project below it, as Directory.Build.props' are. */
export async function reportBuildTargets(ctx: DetectContext, tree: DotnetBuildTree, file: string): Promise<void> {
  const xml = await ctx.xml(file);
  const dir = dirOf(file);
  const properties = tree.targetVersions.get(dir)?.properties ?? new Map<string, string>();
  const lock = tree.locks.get(dir);
  const included = readPackageItems(xml, "Include");
  if (included.length) ctx.report({ ref: "format:nuget-references", file });
  const includedLines = packageItemLines((await ctx.text(file)) ?? "");
  for (const p of included) {
    const version = p.version && expandProperties(p.version, properties, tree.inherited(dir));
    const locked = lock?.versions.get(p.id.toLowerCase());
    const central = version ? undefined : tree.centralFor(dir, p.id);
    const line = includedLines(p.id);
    ctx.report({ ref: `nuget:${p.id}`, file, ...(line === undefined ? {} : { line }), declared: version, version: nugetVersion(locked ?? version ?? central?.version), versionFile: locked ? sibling(file, "packages.lock.json") : central?.file, direct: true });
  }
}
