import { expandReferences, firstXmlNode, firstXmlText, xmlChild, xmlNodes, xmlText, xmlValues, type XmlNode } from "../../src/kit.js";
/** What a .NET project file (csproj, fsproj, vbproj) declares. */
export interface DotnetProject {
  sdk?: string;
  /** The release a project pins its SDK at (`Sdk="Godot.NET.Sdk/4.2.1"`), a NuGet-delivered MSBuild SDK's own. */
  sdkVersion?: string;
  /** `netcoreapp2.2`, `net8.0`, `net472`, `v4.5` (old-style TargetFrameworkVersion). */
  frameworks: string[];
  packages: Array<{ id: string; version?: string }>;
  /** GlobalPackageReference items of a central package file: referenced by every project. */
  globalPackages: Array<{ id: string; version?: string }>;
  /** Ids of the packages known only from an old-style Reference's HintPath into the packages folder. */
  hintPathPackages?: string[];
  /** Old-style ASP.NET web application project. */
  webApplication: boolean;
  /** The shared frameworks of its FrameworkReference items (`Microsoft.AspNetCore.App` in a library or a worker on the bare SDK). */
  frameworkReferences: string[];
  /** MSBuild properties its PropertyGroups define (`<EfcoreVersion>8.0.1</EfcoreVersion>`). */
  properties: Map<string, string>;
}

const WEB_APPLICATION_GUID = "349c5851-65df-11da-9384-00065b846f21";
/** Project type GUIDs of Xamarin.Android and Xamarin.iOS (and its MonoTouch predecessor) projects. */
const XAMARIN_GUIDS = ["efba0ad7-5a72-4c68-af49-83d382785dcf", "feacfbd2-3405-455c-9665-78fe426c6842", "6bc8ed88-2882-458c-8e55-dfd12b67127b"];

/** Reads a parsed project file (every element an array, attributes under `@_`). */
export function readProject(xml: unknown): DotnetProject {
  const project = xmlChild((xml as XmlNode | undefined)?.Project);
  const out: DotnetProject = { frameworks: [], packages: [], globalPackages: [], webApplication: false, frameworkReferences: [], properties: new Map() };
  readSdk(project, out);
  let xamarin = false;
  for (const group of xmlNodes(project.PropertyGroup)) {
    readProperties(group, out.properties);
    readFrameworks(group, out.frameworks);
    for (const guids of projectTypeGuids(group)) {
      if (guids.includes(WEB_APPLICATION_GUID)) out.webApplication = true;
      if (XAMARIN_GUIDS.some((g) => guids.includes(g))) xamarin = true;
    }
  }
  // An old-style Xamarin project's TargetFrameworkVersion is the platform's (v9.0 is Android 9's
  // API level), not a .NET Framework release.
  if (xamarin || importsXamarinTargets(project)) out.frameworks = [...out.frameworks.filter((f) => !/^v\d/i.test(f)), "xamarin"];
  for (const group of xmlNodes(project.ItemGroup)) {
    readHintPathPackages(group, out);
    readPackageReferences(group, out.packages);
    readFrameworkReferences(group, out.frameworkReferences);
    readGlobalPackages(group, out.globalPackages);
  }
  out.frameworks = out.frameworks.flatMap((f) => expandProperties(f, out.properties).split(";").map((s) => s.trim()).filter(Boolean));
  for (const p of out.packages) if (p.version) p.version = expandProperties(p.version, out.properties);
  return out;
}

/**
 * The SDK as the Project's attribute, else as an `<Sdk Name="..." />` element or the SDK of an
 * explicit `<Import Project="Sdk.props" Sdk="..." />` (the two other forms MSBuild accepts); a
 * version written into its name (`Godot.NET.Sdk/4.2.1`) is kept apart.
 */
function readSdk(project: XmlNode, out: DotnetProject): void {
  const sdk = project["@_Sdk"] ?? xmlNodes(project.Sdk).map((e) => e["@_Name"]).find((n) => typeof n === "string") ?? xmlNodes(project.Import).map((e) => e["@_Sdk"]).find((n) => typeof n === "string");
  if (typeof sdk === "string" && sdk.trim()) {
    const [name, version] = sdk.split(";")[0]!.split("/");
    out.sdk = name!.trim();
    if (version && /^\d+(\.\d+)+/.test(version.trim())) out.sdkVersion = version.trim();
  }
}

/**
 * A PropertyGroup's properties, by lowercased name. A property set without a condition is the
 * project's plain value: one a conditional group or element sets (`Condition="'$(TargetFramework)'
 * == 'net9.0'"`, a Release build's) only fills a property no unconditional one sets.
 */
function readProperties(group: XmlNode, properties: Map<string, string>): void {
  for (const [key, value] of Object.entries(group)) {
    if (key.startsWith("@_") || key === "#text") continue;
    const name = key.toLowerCase();
    // Every element of the name, in order: a group may set a property twice (`<LangVersion
    // Condition="...">10.0</LangVersion>` and then `<LangVersion>12.0</LangVersion>`).
    for (const element of xmlValues(value)) {
      const text = xmlText(element);
      if (text === undefined) continue;
      const when = group["@_Condition"] !== undefined || (element !== null && typeof element === "object" && (element as XmlNode)["@_Condition"] !== undefined);
      if (when && properties.has(name)) continue;
      properties.set(name, text);
    }
  }
}

/** The target frameworks a PropertyGroup names (`net8.0;net472`), as written. */
function readFrameworks(group: XmlNode, frameworks: string[]): void {
  for (const key of ["TargetFramework", "TargetFrameworks", "TargetFrameworkVersion"]) {
    for (const value of xmlValues(group[key])) {
      const text = xmlText(value);
      if (text) for (const framework of text.split(";")) if (framework.trim()) frameworks.push(framework.trim()); // not push(...): a 200,000-name list overflows the stack
    }
  }
}

/** Each ProjectTypeGuids element of a PropertyGroup, lowercased. */
function projectTypeGuids(group: XmlNode): string[] {
  return xmlValues(group.ProjectTypeGuids).map((value) => xmlText(value)?.toLowerCase() ?? "");
}

function importsXamarinTargets(project: XmlNode): boolean {
  return xmlNodes(project.Import).some((imported) => /Xamarin\.(Android|iOS)\.[CF]Sharp\.targets/i.test(String(imported["@_Project"] ?? "")));
}

/** Old-style projects reference NuGet packages through HintPaths into the packages folder. */
function readHintPathPackages(group: XmlNode, out: DotnetProject): void {
  for (const ref of xmlNodes(group.Reference)) {
    const hint = firstXmlText(ref.HintPath);
    const m = hint ? /packages[\\/]([A-Za-z_][\w.-]*?)\.(\d+(?:\.\d+){1,3}(?:-[\w.]+)?)[\\/]/.exec(hint) : null;
    if (m && !out.packages.some((p) => p.id === m[1])) {
      out.packages.push({ id: m[1]!, version: m[2]! });
      (out.hintPathPackages ??= []).push(m[1]!);
    }
  }
}

function readPackageReferences(group: XmlNode, packages: DotnetProject["packages"]): void {
  for (const ref of [...xmlNodes(group.PackageReference), ...xmlNodes(group.PackageVersion)]) {
    const id = (ref["@_Include"] ?? ref["@_Update"]) as string | undefined;
    if (typeof id !== "string") continue;
    // Central package management: `VersionOverride` is this project's own pin over the central one.
    const version = itemVersion(ref);
    packages.push(version ? { id, version } : { id });
  }
}

function readFrameworkReferences(group: XmlNode, frameworkReferences: string[]): void {
  for (const ref of xmlNodes(group.FrameworkReference)) {
    const id = ref["@_Include"];
    if (typeof id === "string" && id.trim()) frameworkReferences.push(id.trim());
  }
}

function readGlobalPackages(group: XmlNode, globalPackages: DotnetProject["globalPackages"]): void {
  for (const ref of xmlNodes(group.GlobalPackageReference)) {
    const id = ref["@_Include"];
    const version = (ref["@_Version"] as string | undefined) ?? firstXmlText(ref.Version);
    if (typeof id === "string") globalPackages.push(version ? { id, version } : { id });
  }
}

/** A package item's version: its `VersionOverride` (central package management), else its `Version`, as attribute or element. */
function itemVersion(ref: XmlNode): string | undefined {
  return (ref["@_VersionOverride"] as string | undefined) ?? firstXmlText(ref.VersionOverride) ?? (ref["@_Version"] as string | undefined) ?? firstXmlText(ref.Version);
}

/**
 * The PackageReference items of a shared build file (Directory.Build.targets) that `Include` a
 * package in every project below it, or that `Update` the version of one the projects reference
 * without a version (the way versions were shared before central package management). Versions as
 * written (properties unexpanded: a project's own are visible to a .targets file).
 */
export function readPackageItems(xml: unknown, attribute: "Include" | "Update"): Array<{ id: string; version?: string }> {
  const out: Array<{ id: string; version?: string }> = [];
  const project = xmlChild((xml as XmlNode | undefined)?.Project);
  for (const group of xmlNodes(project.ItemGroup)) {
    for (const ref of xmlNodes(group.PackageReference)) {
      const id = ref[`@_${attribute}`];
      if (typeof id !== "string" || !id.trim()) continue;
      const version = itemVersion(ref);
      out.push(version ? { id: id.trim(), version } : { id: id.trim() });
    }
  }
  return out;
}

/**
 * A central package file's versions (Directory.Packages.props' `PackageVersion` items, the older
 * Packages.props' `PackageReference Update` ones), by lowercased id, as written. A version set
 * without a condition is the file's plain one: a conditional item or group (one target
 * framework's, `Condition="'$(TargetFramework)' == 'net6.0'"`) only fills a package no
 * unconditional item versions.
 */
export function readCentralVersions(xml: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const project = xmlChild((xml as XmlNode | undefined)?.Project);
  for (const group of xmlNodes(project.ItemGroup)) {
    for (const ref of [...xmlNodes(group.PackageVersion), ...xmlNodes(group.PackageReference)]) {
      const id = ref["@_Include"] ?? ref["@_Update"];
      const version = itemVersion(ref);
      if (typeof id !== "string" || !version) continue;
      const key = id.trim().toLowerCase();
      if ((group["@_Condition"] !== undefined || ref["@_Condition"] !== undefined) && out.has(key)) continue;
      out.set(key, version);
    }
  }
  return out;
}

/**
 * The repository-relative paths a project file imports by a plain relative path (`build/Versions.props`,
 * `$(MSBuildThisFileDirectory)..\eng\Dependencies.props`): the shared property files that version
 * packages. SDK imports, the Directory.* files (read on their own) and paths built from other
 * properties are left out.
 */
export function relativeImports(xml: unknown): string[] {
  const project = xmlChild((xml as XmlNode | undefined)?.Project);
  const out: string[] = [];
  for (const imported of xmlNodes(project.Import)) {
    if (imported["@_Sdk"] !== undefined) continue;
    const path = String(imported["@_Project"] ?? "").trim().replace(/^\$\((MSBuildThisFileDirectory|MSBuildProjectDirectory)\)[\\/]?/i, "");
    if (!path || path.includes("$(") || /^[a-z]:/i.test(path) || !/\.(props|targets)$/i.test(path) || /(^|[\\/])Directory\.(Build|Packages)\.(props|targets)$/i.test(path)) continue;
    out.push(path);
  }
  return out;
}

/**
 * Whether a Directory.Build.props (or a Directory.Packages.props, `name`) imports the one above it (MSBuild stops at the nearest file
 * unless it does: `<Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', ...))" />`
 * or a relative `../Directory.Build.props`).
 */
export function importsOuterProps(xml: unknown, name = "Directory.Build.props"): boolean {
  const project = xmlChild((xml as XmlNode | undefined)?.Project);
  return xmlNodes(project.Import).some((i) => String(i["@_Project"] ?? "").toLowerCase().includes(name.toLowerCase()));
}

/**
 * `$(Name)` references replaced by the properties' values (names are case-insensitive in
 * MSBuild), properties that refer to others included; unknown ones are left as written.
 */
export function expandProperties(value: string, ...scopes: ReadonlyMap<string, string>[]): string {
  return expandReferences(value, /\$\(([\w.-]+)\)/g, "$(", ")", (name) => {
    for (const scope of scopes) {
      const found = scope.get(name.toLowerCase());
      if (found !== undefined) return found;
    }
    return undefined;
  });
}

/** packages.config: `<package id="..." version="..." />`. */
export function readPackagesConfig(xml: unknown): Array<{ id: string; version?: string }> {
  const packages = firstXmlNode((xml as XmlNode | undefined)?.packages);
  return xmlNodes(packages?.package)
    .map((p) => ({ id: p["@_id"], version: p["@_version"] }))
    .filter((p): p is { id: string; version: string } => typeof p.id === "string");
}

/**
 * The TFM family and version: `netcoreapp2.2` -> [netcoreapp, 2.2]; `net8.0` -> [net, 8.0];
 * `net472`/`v4.7.2` -> [netframework, 4.7.2]; `monoandroid90`, `xamarinios10` -> [xamarin] (the
 * number is the platform's).
 */
export function frameworkOf(tfm: string): { family: string; version?: string } | undefined {
  // What `.replace(/-.*$/, "")` leaves (cut at the first dash of the last line), found without
  // trying the pattern at every dash of the text.
  const lower = tfm.trim().toLowerCase();
  const lastBreak = Math.max(lower.lastIndexOf("\n"), lower.lastIndexOf("\r"), lower.lastIndexOf("\u2028"), lower.lastIndexOf("\u2029"));
  const dash = lower.indexOf("-", lastBreak + 1);
  const t = dash < 0 ? lower : lower.slice(0, dash);
  if (/^(xamarin|monoandroid|monotouch)/.test(t)) return { family: "xamarin" };
  let m = /^netcoreapp(\d+\.\d+)$/.exec(t);
  if (m) return { family: "netcoreapp", version: m[1] };
  m = /^netstandard(\d+\.\d+)$/.exec(t);
  if (m) return { family: "netstandard", version: m[1] };
  m = /^net(\d+\.\d+)$/.exec(t);
  if (m) return { family: "net", version: m[1] };
  m = /^net(\d)(\d)(\d?)$/.exec(t);
  if (m) return { family: "netframework", version: [m[1], m[2], m[3]].filter(Boolean).join(".") };
  m = /^v(\d+(?:\.\d+)+)$/.exec(t);
  if (m) return { family: "netframework", version: m[1] };
  return undefined;
}
