/**
 * A vcpkg manifest (vcpkg.json): its `dependencies` (names or objects with `version>=`, `host`,
 * `features`), the dependencies of its own optional `features`, and the exact releases its
 * `overrides` pin.
 */
import { isRecord } from "../../src/kit.js";

export interface VcpkgDependency {
  name: string;
  /** `>=1.2.3` as the manifest's `version>=` asks, or the release an override pins. */
  declared?: string;
  version?: string;
  /** A host tool (`"host": true`) or a dependency of one of the project's optional features. */
  dev: boolean;
}

/** The ports a manifest depends on, one entry a port (its first, least optional, mention wins). */
export function readVcpkgManifest(data: unknown): VcpkgDependency[] {
  if (!isRecord(data)) return [];
  const pins = new Map<string, string>();
  if (Array.isArray(data.overrides)) {
    for (const o of data.overrides) {
      if (!isRecord(o) || typeof o.name !== "string") continue;
      const pinned = ["version", "version-semver", "version-date", "version-string"].map((k) => o[k]).find((v) => typeof v === "string");
      if (typeof pinned === "string") pins.set(o.name, pinned);
    }
  }
  const out = new Map<string, VcpkgDependency>();
  const add = (entry: unknown, optional: boolean) => {
    const name = typeof entry === "string" ? entry : isRecord(entry) && typeof entry.name === "string" ? entry.name : undefined;
    if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name) || out.has(name)) return;
    const minimum = isRecord(entry) && typeof entry["version>="] === "string" ? withoutPortVersion(entry["version>="]) : undefined;
    const pinned = pins.get(name);
    const version = pinned ? withoutPortVersion(pinned) : minimum;
    out.set(name, {
      name,
      declared: pinned ?? (minimum ? `>=${minimum}` : undefined),
      // A `version-date` (`2022-11-07`) dates the snapshot of a port built from a commit: no release.
      version: version && !SNAPSHOT_DATE.test(version) ? version : undefined,
      dev: optional || (isRecord(entry) && entry.host === true),
    });
  };
  if (Array.isArray(data.dependencies)) for (const d of data.dependencies) add(d, false);
  if (isRecord(data.features)) {
    for (const feature of Object.values(data.features)) {
      if (isRecord(feature) && Array.isArray(feature.dependencies)) for (const d of feature.dependencies) add(d, true);
    }
  }
  return [...out.values()];
}

/** A vcpkg `version-date`, the day of the commit a port builds when its library has no release to name. */
const SNAPSHOT_DATE = /^\d{4}-\d{2}-\d{2}(?:\.\d+)?$/;

/** `1.83.0#2` -> `1.83.0`: the `#` part is vcpkg's own revision of its port, not the library's release. */
function withoutPortVersion(version: string): string {
  return version.replace(/#\d+$/, "");
}
