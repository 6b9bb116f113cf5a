import type { DetectContext } from "../../src/types.js";
import { hasBaseName, dirOf, inFolder, isRecord, foldersUp } from "../../src/kit.js";
import { readManifest, type NpmManifest } from "./manifest.js";
import { lockedManifest } from "./locked-manifest.js";
import { readPnpmCatalogs } from "./catalogs.js";
import { LockfileFinder } from "./lockfile-finder.js";
import { PACKAGE_FIELDS } from "./root-tables.js";
import { readElectronBuilderTable } from "./electron-builder.js";

/** A workspace catalog: the range a `catalog:` spec stands for. */
type Catalog = ReturnType<typeof readPnpmCatalogs>;

/**
 * A tree's npm projects: every package.json read (a malformed one as its lockfile recorded it),
 * the root's configuration tables, the workspaces' catalogs, the repository's own package names,
 * and each folder's lockfile. The read* steps run in the order they are declared.
 */
export class NpmProjects {
  /** Each package.json read, by path. */
  readonly manifests = new Map<string, NpmManifest>();
  /** Each workspace's catalogs (Bun's in its package.json, pnpm-workspace.yaml, .yarnrc.yml), by folder. */
  readonly catalogs = new Map<string, Catalog>();
  /** The root package.json's configuration tables (`"renovate": { ... }`). */
  readonly rootTables: string[] = [];
  /** Each of the repository's own package names, with the manifests that carry it. */
  private readonly ownNames = new Map<string, string[]>();
  private manifestDirs = new Set<string>();
  locks!: LockfileFinder;

  constructor(private readonly ctx: DetectContext) {}

  async readManifests(): Promise<void> {
    const { ctx } = this;
    for (const file of ctx.files.filter((f) => hasBaseName(f, "package.json"))) {
      // A manifest that does not parse declares what npm's lockfile beside it recorded of it.
      const data = (await ctx.json(file)) ?? ((await ctx.text(file)) ? await lockedManifest(ctx, file) : undefined);
      if (data !== undefined) this.manifests.set(file, readManifest(data));
      if (file === "package.json" && isRecord(data)) this.rootTables.push(...Object.keys(data).filter((k) => isRecord(data[k]) && !PACKAGE_FIELDS.has(k)));
      // Bun's catalogs, in the root package.json: under `workspaces` or at the top.
      const holder = !isRecord(data) ? undefined : [data.workspaces, data].find((o) => isRecord(o) && (isRecord(o.catalog) || isRecord(o.catalogs)));
      if (holder) this.catalogs.set(dirOf(file), readPnpmCatalogs(holder));
      // electron-builder's configuration in the manifest's `build` table (electron-builder.ts).
      if (isRecord(data)) await readElectronBuilderTable(ctx, file, data);
    }
    for (const [file, manifest] of this.manifests) if (manifest.name) this.ownNames.set(manifest.name, [...(this.ownNames.get(manifest.name) ?? []), file]);
    this.manifestDirs = new Set([...this.manifests.keys()].map(dirOf));
    // The package manager a folder's package.json names (`"packageManager": "pnpm@9.1.0"`) says
    // which of its lockfiles is the one in use where it keeps several (a package-lock.json left
    // behind by a move to pnpm).
    const managers = new Map<string, string>();
    for (const [file, manifest] of this.manifests) if (manifest.packageManager) managers.set(dirOf(file), manifest.packageManager.name);
    this.locks = new LockfileFinder(ctx, managers);
  }

  /** pnpm's catalogs in pnpm-workspace.yaml; Yarn's (4.10 and later) in .yarnrc.yml, the same two keys. */
  async readWorkspaceCatalogs(): Promise<void> {
    const { ctx } = this;
    for (const file of ctx.files.filter((f) => hasBaseName(f, "pnpm-workspace.yaml"))) this.catalogs.set(dirOf(file), readPnpmCatalogs(await ctx.yaml(file)));
    for (const file of ctx.files.filter((f) => hasBaseName(f, ".yarnrc.yml") && !this.catalogs.has(dirOf(f)))) {
      const data = await ctx.yaml(file);
      if (isRecord(data) && (isRecord(data.catalog) || isRecord(data.catalogs))) this.catalogs.set(dirOf(file), readPnpmCatalogs(data));
    }
  }

  /**
   * Whether a name is one of the repository's own packages, linked to as a sibling (a workspace
   * package), not a registry package. A package never depends on itself, so a manifest's own name
   * (a tutorial folder named `webpack` that installs webpack) is the registry's; nor does a project
   * link to another one that shares no root with it (sibling projects of a sandbox or book
   * repository, side by side without a package.json, lerna.json or pnpm-workspace.yaml above both):
   * there, the name is the registry package's too. Without `file`, any own package counts.
   */
  isSibling(name: string, file?: string): boolean {
    return (this.ownNames.get(name) ?? []).some((other) => file === undefined || (other !== file && this.shareRoot(file, other)));
  }

  private shareRoot(a: string, b: string): boolean {
    const above = new Set(foldersUp(dirOf(b)));
    let common = "";
    for (const d of foldersUp(dirOf(a))) if (above.has(d)) { common = d; break; }
    for (const d of foldersUp(common)) if (this.isRoot(d)) return true;
    return false;
  }

  private isRoot(dir: string): boolean {
    return this.manifestDirs.has(dir) || ["lerna.json", "pnpm-workspace.yaml", "rush.json"].some((f) => this.ctx.exists(inFolder(dir, f)));
  }
}
