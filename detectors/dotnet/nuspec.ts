import type { DetectContext } from "../../src/types.js";
import { sibling, xmlChild, xmlNodes, type XmlNode } from "../../src/kit.js";
import { nugetVersion } from "./versions.js";

/**
 * A .nuspec's dependencies: the `<dependency>` elements of its metadata, listed directly (the
 * older form) or in per-framework `<group>`s, each package once, with the version range as written.
 */
export function readNuspecDependencies(xml: unknown): Array<{ id: string; range?: string }> {
  const dependencies = xmlChild(nuspecMetadata(xml).dependencies);
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

/** A .nuspec's `<metadata>` element (empty when there is none). */
function nuspecMetadata(xml: unknown): XmlNode {
  return xmlChild(xmlChild((xml as XmlNode | undefined)?.package).metadata);
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

/** Metadata elements only Chocolatey's .nuspec defines (NuGet's schema has none of them). */
const CHOCOLATEY_METADATA = ["packageSourceUrl", "projectSourceUrl", "docsUrl", "bugTrackerUrl", "mailingListUrl"];

/**
 * Whether a .nuspec is a Chocolatey package's, which `choco pack` reads: its metadata has an element
 * only Chocolatey defines, or one of its scripts lies beside it in `tools/` (the folder's name in any
 * case). A script is a file the catalog's file matchers give the tool `nuget-package-spec:chocolatey`
 * names (`file-any-case`'s chocolateyInstall.ps1, chocolateyUninstall.ps1, chocolateyBeforeModify.ps1).
 * Its dependencies are Chocolatey packages, not NuGet ones.
 */
function isChocolateyNuspec(ctx: DetectContext, file: string, xml: unknown): boolean {
  const metadata = nuspecMetadata(xml);
  if (CHOCOLATEY_METADATA.some((element) => metadata[element] !== undefined)) return true;
  return scriptFolders(ctx).has(sibling(file, "tools/").toLowerCase());
}

/**
 * By scan, the folders (lower-cased, with their `/`) that hold a file of the tools Chocolatey's spec
 * key names, found once. The detector API answers `fileTools` for one path and does not list the
 * paths the file matchers named, so every listed path is asked: one map look-up each, once a scan
 * that holds a .nuspec without Chocolatey's own metadata. A list of named paths in the API would
 * serve this detector alone.
 */
const SCRIPT_FOLDERS = new WeakMap<DetectContext, Set<string>>();

function scriptFolders(ctx: DetectContext): Set<string> {
  let folders = SCRIPT_FOLDERS.get(ctx);
  if (!folders) {
    folders = new Set();
    const tools = ctx.lookup("nuget-package-spec", CHOCOLATEY_SPEC);
    if (tools.length > 0) {
      for (const path of ctx.paths) {
        if (ctx.fileTools(path).some((id) => tools.includes(id))) folders.add(path.slice(0, path.lastIndexOf("/") + 1).toLowerCase());
      }
    }
    SCRIPT_FOLDERS.set(ctx, folders);
  }
  return folders;
}

/** The `nuget-package-spec` key of a Chocolatey package's .nuspec. */
const CHOCOLATEY_SPEC = "chocolatey";

/**
 * A NuGet package's own manifest (the .nuspec `nuget pack` reads): NuGet and .NET, and the packages
 * it depends on at the lowest release their ranges allow, not a sibling packed with it. A restored
 * package's manifest is skipped; a Chocolatey package's names Chocolatey alone.
 */
export async function reportNuspec(ctx: DetectContext, file: string): Promise<void> {
  if (isRestoredNuspec(file)) return;
  const xml = await ctx.xml(file);
  if (isChocolateyNuspec(ctx, file, xml)) {
    ctx.report({ ref: `nuget-package-spec:${CHOCOLATEY_SPEC}`, file });
    return;
  }
  ctx.report({ ref: "nuget-package-spec:nuspec", file });
  for (const d of readNuspecDependencies(xml)) {
    if (isOwnVersion(d.range)) continue;
    ctx.report({ ref: `nuget:${d.id}`, file, declared: d.range, version: nugetVersion(d.range), direct: true });
  }
}

/**
 * Whether a dependency's range is the package's own `$version$` token (`[$version$]`): a package
 * packed in step with this one, the repository's own, as other ecosystems' workspace packages are
 * left out. Another token (`$NewtonsoftVersion$`, a property passed to `nuget pack`) may stand for
 * any package's release, which stays listed, without one.
 */
function isOwnVersion(range: string | undefined): boolean {
  return range !== undefined && /\$version\$/i.test(range);
}
