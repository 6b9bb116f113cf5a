import { isRecord } from "../../src/kit.js";
/** What a package.json declares, as plain data. */
export interface NpmManifest {
  name?: string;
  dependencies: NpmDependency[];
  engines: Record<string, string>;
  /** `pnpm@8.6.0` -> { name: "pnpm", version: "8.6.0" }. */
  packageManager?: { name: string; version?: string };
  /** The Node.js release Volta pins (`"volta": { "node": "18.17.1" }`). */
  voltaNode?: string;
  /** The package managers' releases Volta pins (`"volta": { "yarn": "1.22.19" }`): npm, yarn, pnpm. */
  voltaManagers?: Record<string, string>;
  workspaces: string[];
}

export interface NpmDependency {
  name: string;
  range: string;
  type: "dependencies" | "devDependencies" | "peerDependencies" | "optionalDependencies";
}

const TYPES = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"] as const;

/** Reads a parsed package.json; tolerates any shape, keeping what is well formed. */
export function readManifest(data: unknown): NpmManifest {
  const json = isRecord(data) ? data : {};
  const dependencies: NpmDependency[] = [];
  const seen = new Set<string>();
  for (const type of TYPES) {
    const table = json[type];
    if (!isRecord(table)) continue;
    for (const [name, range] of Object.entries(table)) {
      if (!name || seen.has(name)) continue;
      seen.add(name);
      dependencies.push({ name, range: typeof range === "string" ? range : "", type });
    }
  }
  const engines: Record<string, string> = {};
  if (isRecord(json.engines)) {
    for (const [k, v] of Object.entries(json.engines)) if (typeof v === "string") engines[k] = v;
  }
  // npm's `devEngines` (`{ "runtime": { "name": "node", "version": ">=20" }, "packageManager": [...] }`,
  // each an object or a list of them) says the same for development, where `engines` is absent.
  if (isRecord(json.devEngines)) {
    for (const field of ["runtime", "packageManager"]) {
      const value = json.devEngines[field];
      for (const entry of Array.isArray(value) ? value : [value]) {
        if (isRecord(entry) && typeof entry.name === "string" && typeof entry.version === "string" && !(entry.name in engines)) engines[entry.name] = entry.version;
      }
    }
  }
  const manifest: NpmManifest = { dependencies, engines, workspaces: workspacesOf(json.workspaces) };
  if (typeof json.name === "string") manifest.name = json.name;
  if (typeof json.packageManager === "string") {
    const m = /^(@?[^@]+)(?:@([^+]+))?/.exec(json.packageManager.trim());
    if (m) manifest.packageManager = m[2] ? { name: m[1]!, version: m[2] } : { name: m[1]! };
  }
  const volta = isRecord(json.volta) ? json.volta.node : undefined;
  if (typeof volta === "string" && /^\d+(\.\d+){0,2}$/.test(volta.trim())) manifest.voltaNode = volta.trim();
  if (isRecord(json.volta)) {
    for (const name of ["npm", "yarn", "pnpm"]) {
      const pin = json.volta[name];
      // `volta pin` writes a full release; a bare major or a tag is no pin of one.
      if (typeof pin === "string" && /^\d+\.\d+\.\d+$/.test(pin.trim())) (manifest.voltaManagers ??= {})[name] = pin.trim();
    }
  }
  return manifest;
}

/** npm and yarn accept an array or `{ packages: [...] }`. */
function workspacesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.packages) ? value.packages : [];
  return list.filter((p): p is string => typeof p === "string");
}



/** Specs that point at the repository itself or elsewhere than the registry. */
export function isLocalSpec(range: string): boolean {
  if (range.startsWith("patch:")) {
    const inner = patchedSpec(range);
    return inner === undefined || isLocalSpec(inner.range);
  }
  return /^(workspace|file|link|portal):/.test(range);
}

/**
 * What a Yarn `patch:` spec patches: the package and the spec it wraps, URL-encoded in it
 * (`patch:typeorm@npm%3A0.3.20#./.yarn/patches/typeorm.patch` is typeorm at `npm:0.3.20`, the
 * registry's release with a patch applied; `patch:ui@workspace%3A*#...` a workspace package).
 */
export function patchedSpec(range: string): { name: string; range: string } | undefined {
  const m = /^patch:((?:@[^/@\s]+\/)?[^@\s#]+)@([^#]+)#/.exec(range);
  if (!m) return undefined;
  try {
    return { name: m[1]!, range: decodeURIComponent(m[2]!) };
  } catch {
    return undefined;
  }
}
