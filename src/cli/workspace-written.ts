import { MANUAL } from "../constants.js";
import type { StackDocument } from "../types.js";
import { workspaceRootOf } from "./workspace-member.js";

/** The workspace scan a committed techstack.yml in a member's folder was written by: the root scanned and the member named to --workspace. */
export interface WorkspaceWritten {
  root: string;
  member: string;
}

/**
 * Whether the techstack.yml `committed` in the folder `dir` was written by a scan of the workspace
 * root above it with `--workspace` (`write ROOT --workspace apps/site --out apps/site`), and then
 * which: a root declares `dir` a member (workspaceRootOf) and the file cites the member's files by
 * their paths from that root (`apps/site/package.json`), where a scan of the folder alone cites
 * `package.json`. The file itself so says which scan it is compared with. Undefined otherwise.
 */
export async function workspaceWritten(dir: string, committed: StackDocument): Promise<WorkspaceWritten | undefined> {
  const found = await workspaceRootOf(dir);
  if (!found) return undefined;
  const lead = `${found.member}/`;
  const cited = committed.tools.some((tool) => typeof tool.detection_source === "string" && tool.detection_source !== MANUAL && tool.detection_source.startsWith(lead));
  return cited ? { root: found.root, member: found.member } : undefined;
}
