import type { DetectContext } from "../../src/types.js";
import { blankComments, isRecord, lineCounter } from "../../src/kit.js";
import { versionFromTag } from "../../src/versions/image-tag.js";
import { reportImageRef } from "../docker/image-findings.js";

/** A resource an Azure template declares: its type as the catalog keys it, and the line it stands on. */
export interface AzureResource {
  /** Lower-cased (Azure's resource types are case-insensitive): `microsoft.storage/storageaccounts`, `microsoft.web/sites:functionapp`. */
  key: string;
  line?: number;
}

/** How many resources one template yields at most, and how deep nested resources and deployments are followed. */
const MAX_RESOURCES = 2000;
const MAX_DEPTH = 16;
/** How far after a resource's declaration its `kind:` is looked for (a site's kind is written near its top). */
const KIND_WINDOW = 4000;

/**
 * An ARM deployment template's `$schema` (resource group, subscription, management group or tenant
 * scope): `https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#`.
 * Parameter files (`deploymentParameters.json`) are not templates.
 */
export const ARM_SCHEMA = /"\$schema"\s*:\s*"https?:\/\/schema\.management\.azure\.com\/schemas\/[^"]*DeploymentTemplate\.json#?"/i;

/**
 * The key of a resource type: lower-cased, a web site's kind appended where it makes it another
 * service (`functionapp`: Azure Functions; `workflowapp`: a Logic Apps Standard app), as the
 * catalog's `azure-resource-type` keys are written.
 */
export function azureResourceKey(type: string, kind?: unknown): string {
  const key = type.toLowerCase();
  if (key !== "microsoft.web/sites" || typeof kind !== "string") return key;
  const k = kind.toLowerCase();
  return k.includes("workflowapp") ? `${key}:workflowapp` : k.includes("functionapp") ? `${key}:functionapp` : key;
}

/** A fully qualified resource type: a provider namespace and a type (`Microsoft.Storage/storageAccounts/blobServices`). */
const QUALIFIED = /^[A-Za-z][\w]*(?:\.[\w]+)+\/[\w./-]+$/;

/** A Bicep file's resource types and the Azure Verified Modules it deploys from the public registry. */
export interface BicepUse {
  resources: AzureResource[];
  /** `br/public:avm/res/storage/storage-account:0.9.1`: the module's path, lower-cased (a web site's kind appended as for a resource), and its version. */
  modules: Array<{ key: string; version?: string; line?: number }>;
}

/** The kind written in a declaration's body (before the next declaration), where a literal. */
function kindAfter(clean: string, from: number): string | undefined {
  const body = clean.slice(from, from + KIND_WINDOW);
  // The body up to the next declaration: a later resource's kind is not this one's.
  const end = body.search(/^[ \t]*(?:resource|module|output|var|param|type|func)[ \t]/m);
  return /^[ \t]*kind[ \t]*:[ \t]*'([^'\n]*)'/m.exec(end < 0 ? body : body.slice(0, end))?.[1];
}

/**
 * The resources of a Bicep file, read as text (it is not compiled): each `resource <name>
 * '<type>@<api-version>'` declaration with a qualified type (a nested child's short type, as
 * `'containers'` inside its parent, is left out: its parent names the service), and a web site's
 * `kind` written as a literal (`kind: 'functionapp,linux'`). `existing` references count: the
 * deployment uses the service they point at.
 */
export function readBicep(text: string): BicepUse {
  const clean = blankComments(text, { line: ["//"], block: ["/*", "*/"], quotes: "'" });
  const lineAt = lineCounter(clean);
  const out: AzureResource[] = [];
  const modules: BicepUse["modules"] = [];
  const seen = new Set<string>();
  for (const m of clean.matchAll(/^[ \t]*resource[ \t]+[A-Za-z_]\w*[ \t]+'([^'\n@]+)@[^'\n]*'/gm)) {
    const type = m[1]!.trim();
    if (!QUALIFIED.test(type)) continue;
    const kind = type.toLowerCase() === "microsoft.web/sites" ? kindAfter(clean, m.index! + m[0].length) : undefined;
    const key = azureResourceKey(type, kind);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, line: lineAt(m.index! + m[0].indexOf("'")) });
    if (out.length >= MAX_RESOURCES) break;
  }
  // Azure Verified Modules from the public registry, by its alias or its address (`br:mcr.microsoft.com/bicep/avm/...`);
  // a web site module's `kind` parameter makes it a function app, as a site's kind does.
  const seenModules = new Set<string>();
  for (const m of clean.matchAll(/^[ \t]*module[ \t]+[A-Za-z_]\w*[ \t]+'br(?:\/public:|:mcr\.microsoft\.com\/bicep\/)(avm\/(?:res|ptn|utl)\/[\w-]+(?:\/[\w-]+)+):([\w.-]+)'/gm)) {
    const path = m[1]!.toLowerCase();
    const kind = path === "avm/res/web/site" ? kindAfter(clean, m.index! + m[0].length)?.toLowerCase() : undefined;
    const key = kind?.includes("workflowapp") ? `${path}:workflowapp` : kind?.includes("functionapp") ? `${path}:functionapp` : path;
    if (seenModules.has(key) || modules.length >= MAX_RESOURCES) continue;
    seenModules.add(key);
    modules.push({ key, version: m[2], line: lineAt(m.index! + m[0].indexOf("'")) });
  }
  return { resources: out, modules };
}

/**
 * The resources of a parsed ARM template: its `resources` (an array, or languageVersion 2.0's
 * object of symbolic names), their nested `resources` (whose short types extend their parent's),
 * and the inline templates of nested deployments (`Microsoft.Resources/deployments`, as `bicep
 * build` writes a module). A type written as an expression (`[variables('type')]`) says nothing.
 */
export function readArmTemplate(doc: unknown): string[] {
  const keys = new Set<string>();
  const walk = (resources: unknown, parent: string | undefined, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const list = Array.isArray(resources) ? resources : isRecord(resources) ? Object.values(resources) : [];
    for (const r of list) {
      if (keys.size >= MAX_RESOURCES) return;
      if (!isRecord(r) || typeof r.type !== "string" || r.type.startsWith("[")) continue;
      const type = QUALIFIED.test(r.type) ? r.type : parent && /^[\w-]+(?:\/[\w-]+)*$/.test(r.type) ? `${parent}/${r.type}` : undefined;
      if (!type) continue;
      keys.add(azureResourceKey(type, r.kind));
      walk(r.resources, type, depth + 1);
      const template = isRecord(r.properties) && isRecord(r.properties.template) ? r.properties.template : undefined;
      if (type.toLowerCase() === "microsoft.resources/deployments" && template) walk(template.resources, undefined, depth + 1);
    }
  };
  if (isRecord(doc)) walk(doc.resources, undefined, 0);
  return [...keys];
}

/** A runtime stack an App Service or Functions app is set to run: the language (or `docker`) and its release as written. */
export interface AppServiceStack {
  /** Lower-cased: `python`, `node`, `dotnetcore`, `java`, `php`, `tomcat`, `docker`. */
  stack: string;
  value: string;
  line?: number;
}

/**
 * The runtime stacks a text sets for App Service and Azure Functions apps: a Linux app's
 * `linuxFxVersion` (Bicep, ARM) or `linux_fx_version` (Terraform's azurerm_app_service and
 * azurerm_function_app), `PYTHON|3.11`, `NODE|20-lts`, `DOCKER|nginx:1.25`; and the version settings
 * of an azurerm_linux_web_app's or azurerm_linux_function_app's `application_stack` block
 * (`python_version = "3.11"`). A value built from parameters or variables says nothing.
 */
export function appServiceStacks(text: string): AppServiceStack[] {
  const out: AppServiceStack[] = [];
  const lineAt = lineCounter(text);
  for (const m of text.matchAll(/(?:linuxFxVersion|linux_fx_version)["']?[ \t]*[:=][ \t]*["']([A-Za-z][\w-]*)\|([^"'|\s$]+)["']/g)) {
    if (out.length >= MAX_RESOURCES) break;
    out.push({ stack: m[1]!.toLowerCase(), value: m[2]!, line: lineAt(m.index!) });
  }
  // An application_stack block's body runs to its first closing brace (a function app's nested `docker` block ends it early).
  for (const m of text.matchAll(/^[ \t]*application_stack[ \t]*\{([^}]{0,2000})/gm)) {
    for (const s of m[1]!.matchAll(/^[ \t]*(python|node|php|dotnet|java)_version[ \t]*=[ \t]*"([^"$]+)"/gm)) {
      if (out.length >= MAX_RESOURCES) break;
      // A Windows app's `php_version = "Off"` turns PHP off.
      if (s[2]!.trim().toLowerCase() === "off") continue;
      out.push({ stack: s[1]!, value: s[2]!, line: lineAt(m.index! + m[0].length - m[1]!.length + s.index!) });
    }
  }
  return out;
}

/**
 * The runtime stacks an App Service or Functions app is set to run: the language at its release
 * (`PYTHON|3.11` is Python 3.11, `NODE|20-lts` Node.js 20), or the image a `DOCKER|` stack runs.
 */
export function reportAppServiceStacks(ctx: DetectContext, file: string, text: string): void {
  for (const s of appServiceStacks(text)) {
    if (s.stack === "docker") {
      reportImageRef(ctx, file, s.value, s.line);
    } else if (ctx.lookup("app-service-stack", s.stack).length > 0) {
      ctx.report({ ref: `app-service-stack:${s.stack}`, file, line: s.line, declared: s.value, version: versionFromTag(s.value) });
    }
  }
}

/** A Bicep file, read as text: the Azure resource types it declares, the modules it deploys, the App Service stacks it sets. */
export async function reportBicep(ctx: DetectContext, file: string): Promise<void> {
  const text = await ctx.text(file);
  const use = readBicep(text ?? "");
  for (const r of use.resources) ctx.report({ ref: `azure-resource-type:${r.key}`, file, line: r.line });
  // The Azure Verified Modules it deploys, at the module's own release.
  for (const m of use.modules) ctx.report({ ref: `bicep-module:${m.key}`, file, line: m.line, declared: m.version });
  reportAppServiceStacks(ctx, file, text ?? "");
}
