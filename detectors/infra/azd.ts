import type { DetectContext } from "../../src/types.js";
import { lineOfEach } from "../../src/kit.js";

/**
 * The Azure Developer CLI's project (azure.yaml): the Azure service each of its services is
 * hosted on (`host: function`, `appservice`, `aks`).
 */
export async function reportAzdProject(ctx: DetectContext, file: string): Promise<void> {
  const project = (await ctx.yaml(file)) as { services?: unknown } | undefined;
  const services = project?.services && typeof project.services === "object" && !Array.isArray(project.services) ? Object.values(project.services) : [];
  const hosts = new Set(services.map((s) => (s && typeof s === "object" ? (s as { host?: unknown }).host : undefined)).filter((h): h is string => typeof h === "string"));
  const text = hosts.size > 0 ? ((await ctx.text(file)) ?? "") : "";
  const lineOfHost = lineOfEach(text);
  for (const host of hosts) ctx.report({ ref: `azd-host:${host.toLowerCase()}`, file, line: lineOfHost(`host: ${host}`) });
}
