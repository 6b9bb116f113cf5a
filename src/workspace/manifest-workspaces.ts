import { folderList } from "../kit/paths.js";
import { workspaceMembership } from "../kit/globs.js";

/** A Cargo or uv workspace: a root manifest whose table lists member folders, each holding a manifest of the same name. */
export type ManifestWorkspaceKind = "cargo" | "uv";

/** What a scan of one member shares with its workspace's root, and how the root and its members are read. */
interface ManifestWorkspace {
  kind: ManifestWorkspaceKind;
  /** The root's manifest, and each member's: `Cargo.toml`, `pyproject.toml`. */
  manifest: string;
  /** The root's table that lists the members (`[workspace]`, `[tool.uv.workspace]`). */
  table(data: unknown): unknown;
  /** A member's package name (`[package] name`, `[project] name`). */
  name(data: unknown): unknown;
  /**
   * The root files a member's scan reads, as npm's workspaces read the root's lockfile and Node.js
   * pin: the lockfile that resolves every member, the toolchain pin the tools read from the folders
   * above, and the root manifest (read for what the member inherits alone: `inherited`).
   */
  shared: readonly string[];
  /** Of `shared`, the root manifest: a member takes its workspace tables, not its own package's findings. */
  inherited: readonly string[];
}

const WORKSPACES: readonly ManifestWorkspace[] = [
  {
    kind: "cargo",
    manifest: "Cargo.toml",
    table: (data) => field(data, "workspace"),
    name: (data) => field(data, "package", "name"),
    // rustup reads the nearest rust-toolchain file up from the folder it builds in.
    shared: ["Cargo.lock", "Cargo.toml", "rust-toolchain", "rust-toolchain.toml"],
    inherited: ["Cargo.toml"],
  },
  {
    kind: "uv",
    manifest: "pyproject.toml",
    table: (data) => field(data, "tool", "uv", "workspace"),
    name: (data) => field(data, "project", "name"),
    // uv looks for .python-version from the member's folder up to the workspace root.
    shared: ["uv.lock", "pyproject.toml", ".python-version"],
    inherited: ["pyproject.toml"],
  },
];

/** The part of a workspace tree (workspace.ts's) these workspaces are read from. */
export interface ManifestTree {
  read(path: string): Promise<string>;
  readMany(paths: readonly string[]): Promise<Array<string | undefined>>;
  /** Folders holding a file of this name, below the folders given (`""` the top). */
  manifestFolders(manifest: string, under: readonly string[]): string[];
}

/** A member of a Cargo or uv workspace. */
export interface ManifestMember {
  name?: string;
  folder: string;
  kind: ManifestWorkspaceKind;
}

/** The members of the Cargo workspace (root Cargo.toml's `[workspace]`) and the uv one (root pyproject.toml's `[tool.uv.workspace]`) a tree declares. */
export async function manifestMembers(tree: ManifestTree): Promise<ManifestMember[]> {
  const members: ManifestMember[] = [];
  for (const workspace of WORKSPACES) {
    const declared = await workspaceTable(tree, workspace);
    if (!declared) continue;
    const globs = folderList(declared.members);
    if (!globs.length) continue;
    const isMember = workspaceMembership(globs, folderList(declared.exclude));
    const under = [...new Set(globs.map(literalFolder))].filter((folder) => folder !== ".." && !folder.startsWith("../"));
    const folders = tree.manifestFolders(workspace.manifest, under).filter((folder) => folder !== "" && isMember(folder));
    const texts = await tree.readMany(folders.map((folder) => `${folder}/${workspace.manifest}`));
    const { parseToml } = await import("../parse/toml.js");
    folders.forEach((folder, i) => {
      const name = workspace.name(attemptParse(parseToml, texts[i]));
      members.push({ ...(typeof name === "string" ? { name } : {}), folder, kind: workspace.kind });
    });
  }
  return members;
}

/** The root files a scan of a member of these kinds reads, and which of them for what the member inherits alone. */
export function sharedRootFiles(kinds: readonly ManifestWorkspaceKind[]): { shared: string[]; inherited: string[] } {
  const chosen = WORKSPACES.filter((workspace) => kinds.includes(workspace.kind));
  return { shared: chosen.flatMap((w) => w.shared), inherited: chosen.flatMap((w) => w.inherited) };
}

/** The root's members table, where its manifest is there, parses and holds one. The parser is loaded only where there is a file to read. */
async function workspaceTable(tree: ManifestTree, workspace: ManifestWorkspace): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await tree.read(workspace.manifest);
  } catch {
    return undefined;
  }
  const { parseToml } = await import("../parse/toml.js");
  const declared = workspace.table(attemptParse(parseToml, text));
  return declared && typeof declared === "object" && !Array.isArray(declared) ? (declared as Record<string, unknown>) : undefined;
}

/** The folders of a member glob before its first wildcard (`crates` of `crates/*`, all of `tools/gen`): where its members can be. */
function literalFolder(glob: string): string {
  const parts = glob.split("/");
  const wild = parts.findIndex((part) => /[*?[{]/.test(part));
  return (wild === -1 ? parts : parts.slice(0, wild)).filter((part) => part !== "" && part !== ".").join("/");
}

function attemptParse(parse: (text: string) => unknown, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

function field(data: unknown, ...keys: string[]): unknown {
  let value = data;
  for (const key of keys) value = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}
