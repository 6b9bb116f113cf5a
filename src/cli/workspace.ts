import { isTechstackError } from "../errors.js";
import { CliError } from "./shared.js";
import { workspaceScope as scopeOf, type WorkspaceScope } from "../workspace/workspace.js";
import { withWorkspace } from "../workspace/scan-options.js";
import type { DetectOptions } from "../detect.js";

export { declaresWorkspace, workspacePackages, type WorkspacePackage, type WorkspaceScope } from "../workspace/workspace.js";

/** How the command line names the option in a workspace's messages. */
const FLAG = "--workspace";

/** A workspace named that the tree scanned does not hold (a revision before the package was added): a usage error, which diff reads apart. */
export class MissingWorkspace extends CliError {}

/** The API's workspaceScope (src/workspace), its errors the command line's: a usage error, or exit 1 where git could not list a revision. */
export async function workspaceScope(dir: string, wanted: string, rev?: string, trees?: Map<string, string>): Promise<WorkspaceScope> {
  return asCliError(() => scopeOf(dir, wanted, cliRevision(rev), trees, FLAG));
}

/** The include globs of workspaceScope alone. */
export async function workspaceInclude(dir: string, wanted: string, rev?: string): Promise<string[]> {
  return (await workspaceScope(dir, wanted, rev)).include;
}

/** The scan options of `--workspace`, the API's own (withWorkspace), its errors the command line's. */
export async function workspaceOptions(dir: string, wanted: string, options: DetectOptions, rev?: string, trees?: Map<string, string>): Promise<DetectOptions> {
  return asCliError(() => withWorkspace(dir, wanted, options, cliRevision(rev), trees, FLAG));
}

function cliRevision(rev: string | undefined): string | undefined {
  if (rev?.startsWith("-")) throw new CliError(`--rev takes a revision (a branch, tag or commit), not '${rev}'`);
  return rev;
}

async function asCliError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isTechstackError(error)) throw error;
    if (error.code === "TECHSTACK_NO_SUCH_WORKSPACE") throw new MissingWorkspace(error.message);
    throw new CliError(error.message, error.code === "TECHSTACK_BAD_OPTION" ? 2 : 1);
  }
}
