import { MANUAL } from "../constants.js";
import type { StackDocument } from "../types.js";
import { stderrLine } from "./shared.js";
import { shown, workspaceRootOf } from "./workspace-member.js";

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

/** The scan a command given a member's folder makes instead of the folder's own: the root's, with --workspace naming the member. */
export interface WrittenScan {
  dir: string;
  values: Record<string, unknown>;
  written: WorkspaceWritten;
}

/**
 * Where `committed`, the techstack.yml `file` in the folder `dir`, was written by a workspace scan
 * (workspaceWritten), the scan that wrote it, which check compares it with and write and submit
 * --auto make again (a CI bot's `check apps/site || write apps/site` keeps the workspace's file),
 * said on stderr under `command`'s name. Undefined where the folder's own scan is the one: no such
 * file, or a flag that names what to scan (--workspace, --rev, --include, --exclude), obeyed as given.
 */
export async function writtenScan(command: string, file: string, dir: string, values: Record<string, unknown>, committed: StackDocument | undefined): Promise<WrittenScan | undefined> {
  if (!committed || SCAN_NAMING.some((flag) => values[flag] !== undefined)) return undefined;
  const written = await workspaceWritten(dir, committed);
  if (!written) return undefined;
  const root = shown(written.root);
  stderrLine(`${command}: ${file} was written by a scan of ${root} with --workspace ${written.member}: ${command === "check" ? "compared with" : "made by"} that scan`);
  return { dir: root, values: { ...values, workspace: written.member }, written };
}

/** The flags that name what a scan reads: given one, a command scans as told. */
const SCAN_NAMING = ["workspace", "rev", "include", "exclude"] as const;
