import type { DetectContext } from "../../src/types.js";

/**
 * WebJars repackage npm and Bower front-end packages as Maven artifacts under the same names
 * (`org.webjars.npm:bootstrap`, `org.webjars:jquery`, `org.webjars.bower:font-awesome`): each is
 * reported as its npm namesake (not a package entry of its own), so the catalog's npm keys say
 * which tools it reveals. Coordinates of any other group report nothing.
 */
export function reportWebjar(ctx: DetectContext, group: string, artifact: string, at: { file: string; line?: number; declared?: string; version?: string }): void {
  if (!/^org\.webjars(\.npm|\.bower|\.bowergithub\.[\w-]+)?$/.test(group)) return;
  ctx.report({ ref: `npm:${artifact.toLowerCase()}`, ...at });
}
