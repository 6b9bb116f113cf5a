import { isRecord } from "../../src/kit.js";

/**
 * Gleam projects: gleam.toml's `[dependencies]` and `[dev-dependencies]` (Hex packages, as Mix's
 * and rebar3's are) and the releases manifest.toml resolved. A dependency is a requirement string
 * (`">= 0.40.0 and < 2.0.0"`), or a table: `{ path = "../x" }` (the repository's own code, left
 * out), `{ git = "...", ref = "..." }` (the library from its repository, at no release) or
 * `{ version = "..." }`.
 */
export interface GleamDependency {
  name: string;
  requirement?: string;
  dev: boolean;
  /** Fetched from a git repository, not from Hex: no release. */
  git?: boolean;
}

export function readGleamToml(data: unknown): GleamDependency[] {
  const out: GleamDependency[] = [];
  if (!isRecord(data)) return out;
  // A name in both tables counts once, as its first: a set, not a search of `out` per entry.
  const seen = new Set<string>();
  for (const [section, dev] of [["dependencies", false], ["dev-dependencies", true], ["dev_dependencies", true]] as const) {
    const deps = data[section];
    if (!isRecord(deps)) continue;
    for (const [name, spec] of Object.entries(deps)) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (typeof spec === "string") out.push({ name, requirement: spec, dev });
      else if (isRecord(spec)) {
        if (typeof spec.path === "string") continue;
        if (typeof spec.git === "string") out.push({ name, dev, git: true });
        else out.push({ name, requirement: typeof spec.version === "string" ? spec.version : undefined, dev });
      }
    }
  }
  return out;
}

/** manifest.toml: `packages = [{ name = "pog", version = "1.0.0", source = "hex", ... }]`, Hex ones only. */
export function readGleamManifest(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const packages = isRecord(data) ? data.packages : undefined;
  for (const p of Array.isArray(packages) ? packages : []) {
    if (!isRecord(p) || typeof p.name !== "string" || typeof p.version !== "string") continue;
    if (p.source !== undefined && p.source !== "hex") continue;
    out.set(p.name, p.version);
  }
  return out;
}
