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
 * A NuGet package's manifest (the .nuspec `nuget pack` reads): the packages it depends on, at the
 * lowest release their ranges allow. NuGet and .NET themselves come from the file (catalog file matcher).
 */
export async function reportNuspec(ctx: DetectContext, file: string): Promise<void> {
  for (const d of readNuspecDependencies(await ctx.xml(file))) {
    ctx.report({ ref: `nuget:${d.id}`, file, declared: d.range, version: nugetVersion(d.range), direct: true });
  }
}
