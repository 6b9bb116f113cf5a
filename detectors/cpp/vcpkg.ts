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
    out.set(name, {
      name,
      declared: pinned ?? (minimum ? `>=${minimum}` : undefined),
      version: pinned ? withoutPortVersion(pinned) : minimum,
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

/** `1.83.0#2` -> `1.83.0`: the `#` part is vcpkg's own revision of its port, not the library's release. */
function withoutPortVersion(version: string): string {
  return version.replace(/#\d+$/, "");
}
