import type { DetectContext } from "../../src/types.js";
import { baseName, hasBaseName, dirOf, foldersUp, inFolder, firstLineOf } from "../../src/kit.js";
import { readPackageLock } from "./lockfile/package-lock.js";
import { readYarnLock } from "./lockfile/yarn.js";
import { readPnpmLock } from "./lockfile/pnpm.js";
import { readBunLock } from "./lockfile/bun.js";
import { readBunLockb } from "./lockfile/bun-binary.js";
import type { Lockfile } from "./lockfile/types.js";
import { readDenoLockfile } from "./lockfile/deno.js";
import { LOCKFILES } from "./files.js";

/** The lockfiles each package manager writes, for `packageManager`'s name. */
const LOCKFILES_OF: Record<string, readonly string[]> = {
  npm: ["npm-shrinkwrap.json", "package-lock.json"],
  pnpm: ["pnpm-lock.yaml"],
  yarn: ["yarn.lock"],
  bun: ["bun.lock", "bun.lockb"],
};

/** Where a Rush monorepo keeps its lockfile, below the folder of rush.json. */
const RUSH_LOCKFILE = /^(?:(.*)\/)?common\/config\/rush\/(?:pnpm-lock\.yaml|yarn\.lock|npm-shrinkwrap\.json)$/;

/**
 * Finds and reads, once each, the lockfile that governs a folder: its own, else the nearest above.
 * A Rush monorepo's (common/config/rush/pnpm-lock.yaml, beside rush.json's common folder) governs
 * every project below rush.json; Rush installs from common/temp, so its importers are named from
 * there (`../../apps/web`).
 */
export class LockfileFinder {
  /** Each folder's lockfiles, by preference. */
  private readonly byDir = new Map<string, string[]>();
  /** Folders of rush.json whose lockfile names its importers from common/temp. */
  private readonly rushRoots = new Set<string>();
  private readonly loaded = new Map<string, Promise<Lockfile | undefined>>();

  constructor(
    private readonly ctx: DetectContext,
    /** The package manager each folder's package.json names, whose lockfile comes first there. */
    managers: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const name of LOCKFILES) {
      for (const file of ctx.files) if (hasBaseName(file, name)) this.byDir.set(dirOf(file), [...(this.byDir.get(dirOf(file)) ?? []), file]);
    }
    for (const [dir, files] of this.byDir) {
      const manager = managers.get(dir) ?? "";
      const own = Object.hasOwn(LOCKFILES_OF, manager) ? LOCKFILES_OF[manager]! : [];
      const rank = (file: string) => (own.includes(baseName(file)) ? 0 : 1);
      files.sort((a, b) => rank(a) - rank(b));
    }
    for (const file of ctx.files) {
      const m = RUSH_LOCKFILE.exec(file);
      const root = m ? (m[1] ?? "") : undefined;
      if (root === undefined || this.byDir.has(root) || !ctx.exists(inFolder(root, "rush.json"))) continue;
      this.byDir.set(root, [file]);
      this.rushRoots.add(root);
    }
  }

  async nearest(dir: string): Promise<{ path: string; importer: string; lockfile: Lockfile } | undefined> {
    const found: Array<{ path: string; importer: string; lockfile: Lockfile }> = [];
    for (const d of foldersUp(dir)) {
      const path = this.byDir.get(d)?.[0];
      if (!path) continue;
      const lockfile = await this.load(path);
      if (!lockfile) continue;
      // common/temp is two folders below rush.json's: `../../` climbs back to it.
      const importer = this.rushRoots.has(d) ? `../../${relative(d, dir)}`.replace(/\/$/, "") : relative(d, dir);
      found.push({ path, importer, lockfile });
    }
    // The lockfile of a workspace root that records this folder as one of its workspace packages
    // governs it: a lockfile left inside the workspace package (from before it joined the
    // workspaces) is one the package manager no longer reads.
    return found.slice(1).find((f) => f.importer !== "" && f.lockfile.covers?.(f.importer) === true) ?? found[0];
  }

  private load(path: string): Promise<Lockfile | undefined> {
    let pending = this.loaded.get(path);
    if (!pending) {
      pending = this.read(path);
      this.loaded.set(path, pending);
    }
    return pending;
  }

  private async read(path: string): Promise<Lockfile | undefined> {
    if (path.endsWith("bun.lockb")) {
      const bytes = await this.ctx.bytes(path);
      if (bytes === undefined) return undefined;
      const reading = readBunLockb(bytes);
      if ("problem" in reading) this.ctx.warn(path, reading.problem);
      return "lockfile" in reading ? reading.lockfile : undefined;
    }
    try {
      if (path.endsWith(".json") || path.endsWith("bun.lock") || path.endsWith("deno.lock")) {
        const data = await this.ctx.json(path);
        if (data === undefined) return undefined;
        return path.endsWith("bun.lock") ? readBunLock(data) : path.endsWith("deno.lock") ? readDenoLockfile(data) : readPackageLock(data);
      }
      const text = await this.ctx.text(path);
      if (text === undefined) return undefined;
      return path.endsWith("yarn.lock") ? readYarnLock(text) : readPnpmLock(text);
    } catch (error) {
      this.ctx.warn(path, `malformed lockfile: ${firstLineOf(error)}`);
      return undefined;
    }
  }
}

function relative(from: string, to: string): string {
  if (!from) return to;
  return to === from ? "" : to.slice(from.length + 1);
}
