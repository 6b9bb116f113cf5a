import { isRecord } from "../../../src/kit.js";
import type { Lockfile, LockedPackage } from "./types.js";

/** The sections of a workspace whose ranges bun resolved releases for (`peerDependencies` aside). */
const RECORDED_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"] as const;

/**
 * bun.lock, Bun's text lockfile (JSON with trailing commas). `workspaces` maps each workspace
 * folder ("" for the root) to its package name; `packages` maps an install path to an array whose
 * first item is `name@version`: `"react"` for the hoisted copy, `"<parent>/react"` for a copy
 * nested under a package or under a workspace (keyed by the workspace's package name). An alias
 * keeps its own key (`"string-width-cjs": ["string-width@4.2.3", ...]`); a workspace package's
 * value is `name@workspace:path`, which is no version. Each workspace's entry also holds its
 * package.json's dependency sections as declared at the install (`"react": "^18.3.1"`).
 */
export function readBunLock(data: unknown): Lockfile {
  const json = isRecord(data) ? data : {};
  const workspaces = isRecord(json.workspaces) ? json.workspaces : {};
  const packages = isRecord(json.packages) ? json.packages : {};
  return {
    resolve(name, _range, importer) {
      const workspace = Object.hasOwn(workspaces, importer) ? workspaces[importer] : undefined;
      const owner = isRecord(workspace) && typeof workspace.name === "string" ? workspace.name : undefined;
      return (owner ? locked(packages[`${owner}/${name}`], name) : undefined) ?? locked(packages[name], name);
    },
    // What bun installed in the importer's own node_modules: at the top (`"redux"`,
    // `"@reduxjs/toolkit"`) for the root, under the workspace's name (`"web/redux"`) for a
    // workspace package; each under its own name (an alias is another package, a workspace
    // package no release).
    installed(importer) {
      const workspace = Object.hasOwn(workspaces, importer) ? workspaces[importer] : undefined;
      const owner = !importer ? "" : isRecord(workspace) && typeof workspace.name === "string" ? `${workspace.name}/` : undefined;
      if (owner === undefined) return [];
      const out: string[] = [];
      for (const [key, entry] of Object.entries(packages)) {
        if (!key.startsWith(owner)) continue;
        const name = key.slice(owner.length);
        const spec = Array.isArray(entry) && typeof entry[0] === "string" ? entry[0] : "";
        if (/^(?:@[^/]+\/)?[^/@]+$/.test(name) && spec.startsWith(`${name}@`) && /^\d/.test(spec.slice(name.length + 1))) out.push(name);
      }
      return out;
    },
    // Each workspace records the ranges its package.json declared when bun installed it, as pnpm's
    // specifiers do: one still equal was resolved for, so its release is in it. A peer's is not
    // trusted (bun installs a peer another package may hold out of its range, with a warning).
    recordsRange(name, range, importer) {
      const workspace = Object.hasOwn(workspaces, importer) ? workspaces[importer] : undefined;
      if (!isRecord(workspace)) return false;
      return RECORDED_SECTIONS.some((key) => {
        const declared = workspace[key];
        return isRecord(declared) && Object.hasOwn(declared, name) && declared[name] === range;
      });
    },
    covers(importer) {
      // Its own keys only: a folder named `__proto__` is no workspace the lockfile records.
      return !importer || (Object.hasOwn(workspaces, importer) && isRecord(workspaces[importer]));
    },
  };
}

function locked(entry: unknown, key: string): LockedPackage | undefined {
  if (!Array.isArray(entry) || typeof entry[0] !== "string") return undefined;
  // `@scope/name@1.2.3`: the version follows the last `@` that is not the scope's.
  const spec = entry[0];
  const at = spec.lastIndexOf("@");
  if (at <= 0) return undefined;
  const version = spec.slice(at + 1);
  if (!/^\d+\.\d+/.test(version)) return undefined;
  // Another package under this name (an alias, an override's `npm:` spec) is named.
  const name = spec.slice(0, at);
  return name === key ? { version } : { version, name };
}
