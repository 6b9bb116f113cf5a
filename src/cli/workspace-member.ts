import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { declaresWorkspace } from "./workspace.js";
import { readRegularFile } from "../io/read-regular.js";
import { folderList } from "../kit/paths.js";
import { workspaceMembership } from "../kit/globs.js";

/**
 * How many folders above the scanned one are looked at for a workspace root declaring it: a
 * monorepo's members sit a few folders down (packages/api, services/billing/api).
 */
const MEMBER_LEVELS = 4;

/** A manifest read here is a root's own small file. */
const MAX_MANIFEST_BYTES = 1 << 20;

/**
 * The warning for a folder scanned by itself that a workspace root above it declares a member of:
 * its scan cannot see the root's lockfile (nor, for npm, Yarn, pnpm and Lerna, the other packages,
 * which it lists as registry packages). The folders above are looked at up to the top of the
 * checkout holding it (the folder with `.git`) and at most MEMBER_LEVELS of them; a folder that is
 * a checkout's top has none. Undefined where no root declares it.
 */
export async function workspaceMemberWarning(dir: string): Promise<string | undefined> {
  const found = await workspaceRootOf(dir);
  return found && `${dir}: ${found.note}`;
}

/** The workspace root above `dir` that declares it a member (as workspaceMemberWarning looks), the member's folder from that root, and what a scan of the folder alone misses; undefined where none does. */
export async function workspaceRootOf(dir: string): Promise<{ root: string; member: string; note: string } | undefined> {
  const folder = resolve(dir);
  if (existsSync(join(folder, ".git"))) return undefined;
  let root = folder;
  for (let level = 0; level < MEMBER_LEVELS; level++) {
    const above = dirname(root);
    if (above === root) return undefined;
    root = above;
    const member = relative(root, folder).split(sep).join("/");
    const note = await memberNote(root, member);
    if (note) return { root, member, note };
    if (existsSync(join(root, ".git"))) return undefined;
  }
  return undefined;
}

/** What the scan of `member` misses of the workspace at `root` that declares it, if one does. */
async function memberNote(root: string, member: string): Promise<string | undefined> {
  const where = shown(root);
  if (await declaresWorkspace(root, member)) {
    return `a package of the monorepo at ${where}, whose lockfile and other packages a scan of this folder cannot see (releases are the ranges' lowest, a sibling is listed as a registry package): scan ${where} with --workspace ${member}`;
  }
  const cargo = await tomlTable(join(root, "Cargo.toml"), "workspace");
  if (cargo && membersHold(cargo, member)) {
    return `a member of the Cargo workspace at ${where}, whose Cargo.lock and [workspace.dependencies] a scan of this folder cannot see: scan ${where} with --workspace ${member} for the releases Cargo resolves`;
  }
  const uv = await tomlTable(join(root, "pyproject.toml"), "tool", "uv", "workspace");
  if (uv && membersHold(uv, member)) {
    return `a member of the uv workspace at ${where}, whose uv.lock a scan of this folder cannot see (uv resolves its members with it, not with one in their folder): scan ${where} with --workspace ${member} for the releases uv resolves`;
  }
  return undefined;
}

/** Whether a Cargo or uv `[workspace]`'s `members` globs take a folder its `exclude` does not. */
function membersHold(workspace: Record<string, unknown>, member: string): boolean {
  return workspaceMembership(folderList(workspace.members), folderList(workspace.exclude))(member);
}

/**
 * The table at `keys` of a TOML file, undefined where there is no such file, table or readable TOML.
 * The parser is loaded only where there is a file to read: a scan of a tree without TOML loads none.
 */
async function tomlTable(path: string, ...keys: string[]): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(path)) return undefined;
  let value: unknown;
  try {
    const { parseToml } = await import("../parse/toml.js");
    value = parseToml(readRegularFile(path, MAX_MANIFEST_BYTES));
  } catch {
    return undefined;
  }
  for (const key of keys) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A root as the user would type it: from the working folder where it holds it, else whole. */
export function shown(root: string): string {
  const path = relative(process.cwd(), root);
  return path === "" ? "." : path === ".." || path.startsWith(`..${sep}`) || isAbsolute(path) ? root : path;
}
