import type { DetectContext } from "../../src/types.js";

/**
 * WebJars repackage npm and Bower front-end packages as Maven artifacts under the same names
 * (`org.webjars.npm:bootstrap`, `org.webjars:jquery`, `org.webjars.bower:font-awesome`), so the
 * npm matchers say which tool each reveals; the first tool takes the artifact's version, as for
 * a catalog key. Coordinates of any other group report nothing.
 */
export function reportWebjar(ctx: DetectContext, group: string, artifact: string, at: { file: string; line?: number; declared?: string; version?: string }): void {
  if (!/^org\.webjars(\.npm|\.bower|\.bowergithub\.[\w-]+)?$/.test(group)) return;
  ctx.lookup("npm", artifact.toLowerCase()).forEach((id, i) => {
    ctx.report({ ref: `tool:${id}`, file: at.file, line: at.line, declared: at.declared, version: i === 0 ? at.version : undefined });
  });
}
