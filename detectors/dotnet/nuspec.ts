import type { DetectContext } from "../../src/types.js";
import { xmlChild, xmlNodes, type XmlNode } from "../../src/kit.js";
import { nugetVersion } from "./versions.js";

/**
 * A .nuspec's dependencies: the `<dependency>` elements of its metadata, listed directly (the
 * older form) or in per-framework `<group>`s, each package once, with the version range as written.
 */
export function readNuspecDependencies(xml: unknown): Array<{ id: string; range?: string }> {
  const dependencies = xmlChild(xmlChild(xmlChild((xml as XmlNode | undefined)?.package).metadata).dependencies);
  const nodes = [...xmlNodes(dependencies.dependency), ...xmlNodes(dependencies.group).flatMap((g) => xmlNodes(g.dependency))];
  const seen = new Map<string, { id: string; range?: string }>();
  for (const node of nodes) {
    const id = node["@_id"];
    if (typeof id !== "string" || seen.has(id.toLowerCase())) continue;
    const range = node["@_version"];
    seen.set(id.toLowerCase(), { id, range: typeof range === "string" ? range : undefined });
  }
  return [...seen.values()];
}

/**
 * Whether a .nuspec is one NuGet restored into a packages folder, another package's manifest: the
 * packages.config layout's `packages/<Id>.<Version>/<Id>.nuspec`, or the global folder's
 * `<id>/<version>/<id>.nuspec`.
 */
export function isRestoredNuspec(path: string): boolean {
  const parts = path.toLowerCase().split("/");
  const id = (parts.at(-1) ?? "").replace(/\.nuspec$/, "");
  const parent = parts.at(-2) ?? "";
  if (parent.startsWith(`${id}.`) && /^\d/.test(parent.slice(id.length + 1))) return true;
  return /^\d+\.\d+/.test(parent) && parts.at(-3) === id;
}

/**
 * A NuGet package's own manifest (the .nuspec `nuget pack` reads): NuGet and .NET, and the packages
 * it depends on at the lowest release their ranges allow. A restored package's manifest is skipped.
 */
export async function reportNuspec(ctx: DetectContext, file: string): Promise<void> {
  if (isRestoredNuspec(file)) return;
  ctx.report({ ref: "nuget-package-spec:nuspec", file });
  for (const d of readNuspecDependencies(await ctx.xml(file))) {
    ctx.report({ ref: `nuget:${d.id}`, file, declared: d.range, version: nugetVersion(d.range), direct: true });
  }
}
