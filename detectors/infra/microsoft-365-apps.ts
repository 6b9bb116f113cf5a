import type { DetectContext } from "../../src/types.js";
import { inUsageFolder, isRecord } from "../../src/kit.js";

/**
 * The app manifests of Microsoft 365's app platforms, read by content (their names are common):
 * an Office Add-in's XML manifest (an `<OfficeApp>` of the appforoffice namespace, as
 * office-addin-manifest validates it) and a Microsoft Teams app's manifest.json (the Teams
 * schema, with a bot, a tab, a message extension or a meeting extension: the capabilities only
 * Teams runs; the unified manifest of an Outlook or Office add-in, its `extensions` alone, is
 * Microsoft 365's).
 */
export function officeAddinManifest(text: string): boolean {
  return /<OfficeApp\b/.test(text) && /schemas\.microsoft\.com\/office\/appforoffice\//i.test(text);
}

export function teamsManifestFormat(data: unknown): string | undefined {
  if (!isRecord(data)) return undefined;
  const schema = typeof data.$schema === "string" && /\/MicrosoftTeams\.schema\.json$/i.test(data.$schema.trim());
  if (!schema && !(typeof data.manifestVersion === "string" && isRecord(data.developer))) return undefined;
  if (TEAMS_CAPABILITIES.some((k) => Array.isArray(data[k]) && data[k].length > 0) || isRecord(data.meetingExtensionDefinition)) return "teams-app-manifest";
  return Array.isArray(data.extensions) && data.extensions.length > 0 ? "office-addin-manifest" : undefined;
}

const TEAMS_CAPABILITIES = ["bots", "staticTabs", "configurableTabs", "composeExtensions"];

/** An Office Add-in's manifest (manifest.xml, manifest.prod.xml), outside example and test folders. */
export async function reportOfficeAddinManifest(ctx: DetectContext, file: string): Promise<void> {
  if (!inUsageFolder(file) && officeAddinManifest((await ctx.peek(file)) ?? "")) ctx.report({ ref: "format:office-addin-manifest", file });
}

/** A Teams app's manifest (appPackage/manifest.json); a web app's or browser extension's has neither its schema nor its keys. */
export async function reportTeamsManifest(ctx: DetectContext, file: string): Promise<void> {
  if (inUsageFolder(file) || !/MicrosoftTeams\.schema\.json|"manifestVersion"\s*:/.test((await ctx.peek(file)) ?? "")) return;
  const format = teamsManifestFormat(await ctx.json(file));
  if (format) ctx.report({ ref: `format:${format}`, file });
}
