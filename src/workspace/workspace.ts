import { lstatSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { workspaceMembership } from "../kit/globs.js";
import yaml from "js-yaml";
import { coded } from "../errors.js";
import { trimTrailing } from "../kit.js";
import { readRegularFile } from "../io/read-regular.js";
import { DEFAULT_MAX_FILE_BYTES } from "../scan/files.js";
import { textByBom } from "../scan/decode.js";
import { runGit } from "../git/run.js";
import { readNamedBlobs, type NamedBlob } from "../git/named-blobs.js";
import { treeRecords } from "../git/tree-records.js";
import { messageOf } from "../kit/text.js";
import { normalizeName } from "../catalog/normalize.js";
import { manifestMembers, sharedRootFiles, type ManifestWorkspaceKind } from "./manifest-workspaces.js";

/**
 * Root files a workspace package shares with its monorepo: the lockfile pins its versions, and the
 * package manager is known from them. The root package.json is read apart (ROOT_MANIFEST).
 */
const SHARED_ROOT_FILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  ".yarnrc.yml",
  ".yarnrc",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "bun.lock",
  "bun.lockb",
  ".nvmrc",
  ".node-version",
];

/**
 * The root package.json, read for what the workspace packages take from it alone: the package
 * manager and release its `packageManager` pins (Corepack runs that one in every package), its
 * engines and Volta pins. Its dependencies are the monorepo's, not the package's, so none of
 * them is kept (DetectOptions.inheritedFrom).
 */
const ROOT_MANIFEST = "package.json";

export interface WorkspacePackage {
  name?: string;
  folder: string;
  /** A member of a Cargo or uv workspace; an npm, yarn, pnpm or Bun workspace package has no kind. */
  kind?: ManifestWorkspaceKind;
}

/**
 * Where the workspaces are read: the folder on disk, or one revision of it (`--rev`), whose
 * package.json, pnpm-workspace.yaml and package folders may differ from the working tree's.
 * Reads are asynchronous: a revision's are git processes, which the command's signal kills.
 */
interface WorkspaceTree {
  /** How messages name the tree. */
  readonly where: string;
  /** A file's text; rejects where there is none, or it cannot be read. */
  read(path: string): Promise<string>;
  /** Many files' texts, in order: undefined where there is none, or it cannot be read. */
  readMany(paths: readonly string[]): Promise<Array<string | undefined>>;
  /**
   * Folders holding a file of the name (`package.json`, `Cargo.toml`) at or below the folders given
   * (`""` the top, else a path from it), outside node_modules and hidden folders, up to six levels deep.
   */
  manifestFolders(manifest: string, under: readonly string[]): string[];
  has(path: string): boolean;
}

const MAX_DEPTH = 6;

/** How messages name the option that asked for a workspace: the API's; the CLI passes its flag's (`--workspace`). */
const WORKSPACE_OPTION = "workspace";

function diskTree(dir: string): WorkspaceTree {
  return {
    where: dir,
    read: async (path) => readRegularFile(join(dir, path), DEFAULT_MAX_FILE_BYTES),
    readMany: async (paths) => paths.map((path) => attempt(() => readRegularFile(join(dir, path), DEFAULT_MAX_FILE_BYTES))),
    manifestFolders: (manifest, under) => under.flatMap((folder) => foldersUnder(dir, folder, manifest)),
    has: (path) => reachedWithoutLinks(dir, path) !== undefined,
  };
}

/**
 * What is at `path` below `dir` as the scan and a revision's tree see it, undefined where nothing
 * is, or where the path or a folder on its way is a symbolic link (a FIFO is a file here: there,
 * not read, never waited on). Package managers follow such a
 * link (npm, pnpm and Yarn read a linked package.json or enter a linked folder, in the repository
 * or out of it), but the scan follows none, and git records the link, not what it points to: a
 * package reached through one would be scanned without its manifest, or not at all.
 */
function reachedWithoutLinks(dir: string, path: string): "file" | "folder" | undefined {
  let at = dir;
  let kind: "file" | "folder" | undefined = "folder";
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (kind !== "folder") return undefined;
    at = join(at, part);
    kind = entryKind(at);
  }
  return kind;
}

/** What is at a path itself, a link not followed: undefined for nothing or a link. */
function entryKind(at: string): "file" | "folder" | undefined {
  const info = attempt(() => lstatSync(at, { throwIfNoEntry: false }));
  return !info || info.isSymbolicLink() ? undefined : info.isDirectory() ? "folder" : "file";
}

/**
 * The folder's files at `rev`, listed once with git (paths relative to the folder, as a scan of the
 * revision lists them). `trees`: revisions' listings kept for the scan that follows (CheckoutAnswers'
 * trees), which this one is put in, or taken from where it is there already. The listing of a big
 * repository takes a while (100,000 files), and a monorepo's package.json files are many: both are
 * git processes run asynchronously, which the command's signal kills (runGit, readNamedBlobs).
 */
async function revisionTree(dir: string, rev: string, trees?: Map<string, string>, said = WORKSPACE_OPTION): Promise<WorkspaceTree> {
  const where = `${dir} at revision '${rev}'`;
  // A revision is handed to git: one that reads as an option (`--output=...`) never is.
  if (rev.startsWith("-")) throw coded(new Error(`not a revision: '${rev}'`), "TECHSTACK_BAD_REVISION");
  const { blobs, folders } = indexListing(await listRevision(dir, rev, where, trees, said));
  const readMany = blobReader(dir, blobs);
  return {
    where,
    async read(path) {
      const [text] = await readMany([path]);
      // Caught by the readers of the workspaces' files, as a missing file on disk is (its fs code alike).
      if (text === undefined && blobs.has(path)) throw Object.assign(new Error(`${path} in ${where} cannot be read`), { code: "EIO" });
      if (text === undefined) throw Object.assign(new Error(`no ${path} in ${where}`), { code: "ENOENT" });
      return text;
    },
    readMany,
    manifestFolders: (manifest, under) => revisionManifestFolders(blobs, manifest, under),
    has: (path) => path === "" || path === "." || blobs.has(path) || folders.has(path),
  };
}

/** A revision's file, as its listing records it: its object, and its size (none for a blob git gives none). */
type ListedBlob = { object: string; size: number | undefined };

/** `git ls-tree -r -l -z` of the revision, taken from `trees` where it was listed already, and kept there. */
async function listRevision(dir: string, rev: string, where: string, trees: Map<string, string> | undefined, said: string): Promise<string> {
  let listing = trees?.get(rev);
  try {
    listing ??= await runGit(dir, ["ls-tree", "-r", "-l", "-z", rev]);
  } catch (error) {
    throw coded(new Error(`${said} cannot list ${where}: ${messageOf(error).split("\n")[0]}`), "TECHSTACK_BAD_REVISION");
  }
  trees?.set(rev, listing);
  return listing;
}

/** A revision's listing as its files (by path) and the folders that hold them. */
function indexListing(listing: string): { blobs: Map<string, ListedBlob>; folders: Set<string> } {
  const blobs = new Map<string, ListedBlob>();
  const folders = new Set<string>();
  for (const { type, object, size, link, path } of treeRecords(listing)) {
    if (type !== "blob" || link) continue; // submodules and links are not followed, as on disk (reachedWithoutLinks)
    blobs.set(path, { object, size });
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  return { blobs, folders };
}

/** Many files' texts at once, read by one git process (a monorepo's thousand package.json files); undefined for a file not listed or too large. */
function blobReader(dir: string, blobs: ReadonlyMap<string, ListedBlob>): WorkspaceTree["readMany"] {
  return async (paths) => {
    const wanted = paths.map((path) => blobs.get(path)).map((blob) => (blob?.size !== undefined && blob.size <= DEFAULT_MAX_FILE_BYTES ? blob.object : undefined));
    const objects = [...new Set(wanted.filter((object) => object !== undefined))];
    const read = objects.length ? await readNamedBlobs(dir, objects, DEFAULT_MAX_FILE_BYTES) : [];
    const texts = new Map(objects.map((object, i) => [object, textOf(read[i])]));
    return wanted.map((object) => object && texts.get(object));
  };
}

/** The revision's folders holding a file of the name at or below the folders given, as manifestFolders on disk finds them. */
function revisionManifestFolders(blobs: ReadonlyMap<string, ListedBlob>, manifest: string, under: readonly string[]): string[] {
  return [...blobs.keys()]
    .filter((path) => path.endsWith(`/${manifest}`))
    .map((path) => path.slice(0, -`/${manifest}`.length))
    .filter((folder) => {
      const parts = folder.split("/");
      return parts.length <= MAX_DEPTH && !parts.some((part) => part === "node_modules" || part.startsWith(".")) && under.some((top) => top === "" || folder === top || folder.startsWith(`${top}/`));
    });
}

/** A blob's text, decoded by its byte order mark as a file on disk is; undefined where it was not read. */
function textOf(blob: NamedBlob | undefined): string | undefined {
  return blob && "bytes" in blob ? textByBom(blob.bytes) : undefined;
}

/** The tree the scan reads: the working tree, or the revision `--rev` names (its listing kept in `trees`, revisionTree's). */
async function treeOf(dir: string, rev?: string, trees?: Map<string, string>, said?: string): Promise<WorkspaceTree> {
  return rev === undefined ? diskTree(dir) : revisionTree(dir, rev, trees, said);
}

/** What a scan of one workspace package is given: workspaceScope's answer. */
export interface WorkspaceScope {
  /** The globs of the package's folder and of the root files it shares. */
  include: string[];
  /** The root files among them read only for what the package inherits (a Cargo or uv workspace root's manifest). */
  inheritedFrom: string[];
  /** The other packages' names, by the registry a dependency on one would be taken from: npm's, PyPI's. */
  siblings: { npm: string[]; pypi: string[] };
}

/**
 * What a scan of one workspace package (named by its package.json, Cargo.toml or pyproject.toml
 * name, or by its folder; `rev`: in that revision) is given, the tree read once: the globs of its
 * folder and the shared root files; the root manifest of a Cargo or uv workspace, read for the
 * tables its members inherit and for no finding of its own; and the names of the monorepo's other
 * packages: a dependency on one is a link to it, no registry package. The scan of one package does
 * not hold their manifests, and Yarn 1's lockfile records no workspace package, so they are told
 * to it (as the registry's unlisted names). `trees`: where the revision's listing is kept for its
 * scan (revisionTree).
 */
export async function workspaceScope(dir: string, wanted: string, rev?: string, trees?: Map<string, string>, said = WORKSPACE_OPTION): Promise<WorkspaceScope> {
  const { match, packages } = await workspaceMatch(await treeOf(dir, rev, trees, said), wanted, said);
  // A folder may be a package of more than one kind (a crate with a package.json for its Node.js binding).
  const here = packages.filter((p) => p.folder === match.folder);
  const kinds = here.length ? here.map((p) => p.kind) : [undefined];
  const { shared, inherited } = sharedRootFiles(kinds.filter((kind) => kind !== undefined));
  const npm = kinds.includes(undefined) ? [...SHARED_ROOT_FILES, ROOT_MANIFEST] : [];
  const others = packages.filter((p) => p.folder !== match.folder && p.name);
  return {
    include: [`${match.folder}/**`, ...new Set([...npm, ...shared])],
    inheritedFrom: [...new Set([...(npm.length ? [ROOT_MANIFEST] : []), ...inherited])],
    siblings: { npm: others.filter((p) => !p.kind).map((p) => p.name!), pypi: others.filter((p) => p.kind === "uv").map((p) => p.name!) },
  };
}

async function workspaceMatch(tree: WorkspaceTree, wanted: string, said: string): Promise<{ match: WorkspacePackage; packages: WorkspacePackage[] }> {
  const packages = await packagesIn(tree);
  const folder = trimTrailing(posix.normalize(wanted.replace(/\\/g, "/")).replace(/^\.\//, ""), "/");
  // A folder is one of this repository's: `../x` or `/x` would match no path of the scan.
  if (folder === ".." || folder.startsWith("../") || folder.startsWith("/")) throw coded(new TypeError(`${said} '${wanted}' is outside ${tree.where}`), "TECHSTACK_BAD_OPTION");
  const match =
    packages.find((p) => p.name === wanted) ??
    // uv compares its projects' names as PyPI does (PEP 503): `relay_api` is `relay-api`.
    packages.find((p) => p.kind === "uv" && p.name !== undefined && normalizeName(p.name, "pep503") === normalizeName(wanted, "pep503")) ??
    packages.find((p) => p.folder === folder) ??
    (tree.has(`${folder}/package.json`) || packages.length === 0 ? { folder } : undefined) ??
    onlyOne(packages.filter((p) => p.folder.split("/").pop() === folder));
  if (!match) {
    const known = packages.map((p) => (p.name ? `${p.name} (${p.folder})` : p.folder)).join(", ");
    throw coded(new Error(`no workspace package '${wanted}' in ${tree.where}; the workspaces are: ${known}`), "TECHSTACK_NO_SUCH_WORKSPACE");
  }
  if (!tree.has(match.folder)) {
    // Without workspaces any folder is taken: a name that is no folder is most likely a package's
    // name in a repository that is no monorepo.
    const none = packages.length === 0 ? ", which declares no workspaces (package.json's workspaces, lerna.json, pnpm-workspace.yaml, Cargo.toml's [workspace], pyproject.toml's [tool.uv.workspace]): give a folder of it" : "";
    throw coded(new Error(`no workspace folder '${match.folder}' in ${tree.where}${none}`), "TECHSTACK_NO_SUCH_WORKSPACE");
  }
  return { match, packages };
}

function onlyOne<T>(list: T[]): T | undefined {
  return list.length === 1 ? list[0] : undefined;
}

/**
 * The packages of an npm/yarn (`workspaces` in package.json, else lerna.json's `packages`) or pnpm
 * (pnpm-workspace.yaml) monorepo, and the members of a Cargo or uv workspace; `rev`: in that revision.
 */
export async function workspacePackages(dir: string, rev?: string): Promise<WorkspacePackage[]> {
  return packagesIn(await treeOf(dir, rev));
}

/** The npm, yarn, pnpm or Bun workspace packages a tree declares, then its Cargo and uv workspaces' members. */
async function packagesIn(tree: WorkspaceTree): Promise<WorkspacePackage[]> {
  return [...(await npmPackagesIn(tree)), ...(await manifestMembers(tree))];
}

async function npmPackagesIn(tree: WorkspaceTree): Promise<WorkspacePackage[]> {
  const patterns = await workspacePatterns(tree);
  if (patterns.length === 0) return [];
  const isMember = memberTest(patterns);
  const folders = tree.manifestFolders("package.json", [""]).filter(isMember);
  const texts = await tree.readMany(folders.map((folder) => `${folder}/package.json`));
  return folders.map((folder, i) => ({ name: nameIn(texts[i]), folder }));
}

/** Whether a folder (from the root) is one of the workspaces' globs, a `!` glob taking folders out. */
function memberTest(patterns: readonly string[]): (folder: string) => boolean {
  const positive = patterns.filter((p) => !p.startsWith("!")).map(clean);
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => clean(p.slice(1)));
  return workspaceMembership(positive, negative);
}

/**
 * Whether the npm, yarn, pnpm or Lerna monorepo at `root` (on disk) declares `folder` (a path from
 * it) one of its workspace packages.
 */
export async function declaresWorkspace(root: string, folder: string): Promise<boolean> {
  const patterns = await workspacePatterns(diskTree(root));
  return patterns.length > 0 && memberTest(patterns)(folder);
}

/** A package.json's name; a package without a readable one can still be chosen by its folder. */
function nameIn(text: string | undefined): string | undefined {
  const data = text === undefined ? undefined : attempt(() => JSON.parse(text) as { name?: unknown } | null);
  return typeof data?.name === "string" ? data.name : undefined;
}

function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function clean(pattern: string): string {
  return trimTrailing(pattern.replace(/^\.\//, ""), "/");
}

async function workspacePatterns(tree: WorkspaceTree): Promise<string[]> {
  const patterns: string[] = [];
  try {
    const pkg = JSON.parse(await tree.read("package.json")) as { workspaces?: unknown };
    const ws = pkg.workspaces;
    const list = Array.isArray(ws) ? ws : ws && typeof ws === "object" ? (ws as { packages?: unknown }).packages : undefined;
    if (Array.isArray(list)) patterns.push(...list.filter((p): p is string => typeof p === "string"));
  } catch {
    // no package.json, or one the scan will warn about
  }
  // Lerna's own list, where package.json names no workspaces (Lerna before 7 with npm or Yarn 1).
  if (patterns.length === 0) {
    try {
      const lerna = JSON.parse(await tree.read("lerna.json")) as { packages?: unknown } | null;
      if (Array.isArray(lerna?.packages)) patterns.push(...lerna.packages.filter((p): p is string => typeof p === "string"));
    } catch {
      // no lerna.json
    }
  }
  try {
    const data = yaml.load(await tree.read("pnpm-workspace.yaml"), { schema: yaml.JSON_SCHEMA }) as { packages?: unknown } | null;
    if (Array.isArray(data?.packages)) patterns.push(...data.packages.filter((p): p is string => typeof p === "string"));
  } catch {
    // no pnpm workspace file
  }
  return patterns;
}

/**
 * Folders at or below `top` (`""` the top) of dir holding a file named `manifest`, outside
 * node_modules and hidden folders, a few levels deep; none where `top` is no folder reached without
 * a link.
 */
function foldersUnder(dir: string, top: string, manifest: string): string[] {
  if (top === "") return manifestFolders(dir, "", 0, manifest);
  const parts = top.split("/");
  if (parts.length > MAX_DEPTH || parts.some((part) => part === "node_modules" || part.startsWith(".")) || reachedWithoutLinks(dir, top) !== "folder") return [];
  const own = entryKind(join(dir, top, manifest)) === "file" ? [top] : [];
  return [...own, ...manifestFolders(dir, top, parts.length, manifest)];
}

/** Folders below dir's `rel` holding a file named `manifest`, outside node_modules and hidden folders, a few levels deep. */
function manifestFolders(dir: string, rel: string, depth: number, manifest: string): string[] {
  if (depth >= MAX_DEPTH) return [];
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory() || e.name === "node_modules" || e.name.startsWith(".")) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    // The walk enters folders only, never a link (whose entry is no directory): of the way to a
    // manifest (reachedWithoutLinks), its own entry is left to look at, not each folder above it.
    if (entryKind(join(dir, child, manifest)) === "file") out.push(child);
    out.push(...manifestFolders(dir, child, depth + 1, manifest));
  }
  return out;
}
