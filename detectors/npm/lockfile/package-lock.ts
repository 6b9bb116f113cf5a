import { isRecord } from "../../../src/kit.js";
import type { Lockfile, LockedPackage } from "./types.js";

/**
 * package-lock.json and npm-shrinkwrap.json. Version 2 and 3 keep a flat `packages` map keyed by
 * install path (`node_modules/react`, `packages/app/node_modules/react`); version 1 nests
 * `dependencies` by name.
 */
export function readPackageLock(data: unknown): Lockfile {
  const json = (data ?? {}) as { packages?: Record<string, Entry>; dependencies?: Record<string, Entry> };
  const packages = isRecord<Entry>(json.packages) ? json.packages : undefined;
  const legacy = isRecord<Entry>(json.dependencies) ? json.dependencies : undefined;
  return {
    resolve(name, _range, importer) {
      // Version 2 keeps both forms with the same content: the flat map is enough.
      if (packages) return (importer ? locked(packages[`${importer}/node_modules/${name}`], name) : undefined) ?? locked(packages[`node_modules/${name}`], name);
      return legacy ? locked(legacy[name], name) : undefined;
    },
    // v2 and v3 record each workspace package by its folder (`"packages/app": { "name": ... }`);
    // v1 (npm 6, no workspaces) records the root package alone.
    covers(importer) {
      // Its own keys only: a folder named `__proto__` is no workspace package the lockfile records.
      return !importer || (packages !== undefined && Object.hasOwn(packages, importer) && isRecord(packages[importer]));
    },
    // npm finds a package in the importer's own node_modules first, then at the top.
    links(name, importer) {
      if (!packages) return false;
      const own = importer ? packages[`${importer}/node_modules/${name}`] : undefined;
      const entry = isRecord(own) ? own : packages[`node_modules/${name}`];
      return isRecord(entry) && entry.link === true;
    },
    installed(importer) {
      const prefix = importer ? `${importer}/node_modules/` : "node_modules/";
      // An alias (`"node_modules/react-dom": { "name": "preact" }`, v1's `npm:preact@10.19.6`) is
      // another package under that name: its release is not the named package's.
      if (packages) {
        return Object.keys(packages)
          .filter((k) => k.startsWith(prefix) && !k.includes("/node_modules/", prefix.length) && !isAlias(packages[k], k.slice(prefix.length)))
          .map((k) => k.slice(prefix.length));
      }
      return legacy && !importer ? Object.keys(legacy).filter((name) => !isAlias(legacy[name], name)) : [];
    },
  };
}

interface Entry {
  version?: unknown;
  link?: unknown;
  license?: unknown;
  name?: unknown;
}

/** Whether the entry installed under `name` is another package: v2/v3 name it, v1 writes `npm:other@1.2.3`. */
function isAlias(entry: Entry | undefined, name: string): boolean {
  if (!isRecord(entry)) return false;
  if (typeof entry.name === "string" && entry.name !== name) return true;
  return typeof entry.version === "string" && entry.version.startsWith("npm:") && !entry.version.startsWith(`npm:${name}@`);
}

function locked(entry: Entry | undefined, key: string): LockedPackage | undefined {
  // Links (`"link": true`, a workspace) have no version.
  if (typeof entry !== "object" || entry === null || typeof entry.version !== "string") return undefined;
  // An alias in v1 (`npm:string-width@4.2.3`, `npm:@babel/core@7.23.9`).
  const version = entry.version.replace(/^npm:.+@/, "");
  if (!/^\d/.test(version)) return undefined;
  const result: LockedPackage = { version };
  if (typeof entry.license === "string") result.license = entry.license;
  // The package an alias installs under `key`: v2/v3 name it, v1 writes it before the version.
  const name = typeof entry.name === "string" ? entry.name : /^npm:(.+)@[^@]+$/.exec(entry.version)?.[1];
  if (name && name !== key) result.name = name;
  return result;
}

