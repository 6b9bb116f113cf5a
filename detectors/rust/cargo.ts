import { bestMatch } from "../../src/versions/range.js";
import { folderList } from "../../src/kit.js";

type Table = Record<string, unknown>;

/** One dependency line of a Cargo.toml. */
export interface CargoDependency {
  /** The key in the table (what the code calls the crate). */
  key: string;
  /** The crate's name on crates.io (`package = "..."` renames). */
  name: string;
  /** The version requirement, when one is written (or inherited from the workspace). */
  requirement?: string;
  /** A path or git dependency: not a crates.io package. */
  local: boolean;
  /** A path dependency (`path = "../core"`): a crate of a folder, not of a registry or a repository. */
  path: boolean;
  dev: boolean;
  /** Cargo features turned on (`features = ["postgres"]`), the workspace's and the member's. */
  features: string[];
  /** Inherited with `workspace = true`. */
  inherited: boolean;
  /** The table that holds its key (`["dependencies"]`, `["target", "cfg(unix)", "dependencies"]`), for its line. */
  section: string[];
}

export interface CargoManifest {
  packageName?: string;
  /** `rust-version` (the minimum supported Rust), when written as a plain value. */
  rustVersion?: string;
  dependencies: CargoDependency[];
  /** What looked wrong (a dependency table that is not a table, ...). */
  problems: string[];
}

/** A workspace root's offer to its members: what they inherit, and the folders it excludes. */
export interface CargoWorkspace {
  /** `[workspace.dependencies]`, for members that inherit with `workspace = true`. */
  dependencies: Table;
  /** `[workspace.package]`, the fields members inherit (`rust-version.workspace = true`). */
  package: Table;
  /** `[workspace] exclude`'s folders, from the root, without `./` or a trailing slash. */
  exclude: string[];
}

/** The `[workspace]` a parsed Cargo.toml declares, read without the rest of it; none for a crate that is no workspace root. */
export function cargoWorkspace(data: unknown): CargoWorkspace | undefined {
  const workspace = table(table(data).workspace);
  if (!Object.keys(workspace).length) return undefined;
  return {
    dependencies: table(workspace.dependencies),
    package: table(workspace.package),
    exclude: folderList(workspace.exclude),
  };
}

/** The crate a parsed Cargo.toml builds (`[package] name`), without reading the rest of it. */
export function cargoPackageName(data: unknown): string | undefined {
  const name = table(table(data).package).name;
  return typeof name === "string" ? name : undefined;
}

/** Whether a parsed Cargo.toml's crate takes its workspace's `rust-version` (`rust-version.workspace = true`). */
export function inheritsRustVersion(data: unknown): boolean {
  return table(table(table(data).package)["rust-version"]).workspace === true;
}

/**
 * Reads a parsed Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`
 * (and the `dev_dependencies` spellings), the same under `[target.'cfg(...)']`, and workspace
 * inheritance resolved against `inherited` (the workspace root's `[workspace.dependencies]`) and
 * `inheritedPackage` (its `[workspace.package]`, where `rust-version.workspace = true` points).
 * A manifest's own `[workspace.package]` is no field of its crate: Cargo gives its values only to
 * the crates that inherit them.
 */
export function readCargoManifest(data: unknown, inherited: Table = {}, inheritedPackage: Table = {}): CargoManifest {
  const root = table(data);
  const rustVersion = inheritsRustVersion(data) ? inheritedPackage["rust-version"] : table(root.package)["rust-version"];
  const out: CargoManifest = {
    packageName: cargoPackageName(data),
    rustVersion: typeof rustVersion === "string" ? rustVersion : undefined,
    dependencies: [],
    problems: [],
  };
  for (const [section, value, dev] of dependencySections(root)) {
    const where = section.join(".");
    if (value === undefined) continue;
    if (!isTable(value)) {
      out.problems.push(`[${where}] is not a table`);
      continue;
    }
    for (const [key, spec] of Object.entries(value)) {
      if (typeof spec !== "string" && !isTable(spec)) {
        out.problems.push(`[${where}] ${key}: neither a version nor a table`);
        continue;
      }
      out.dependencies.push(readDependency(key, spec, section, dev, inherited));
    }
  }
  return out;
}

/**
 * The manifest's dependency tables, each with its path and whether it is a dev or build one:
 * the top-level ones, then those of each `[target.'cfg(...)']`.
 */
function dependencySections(root: Table): Array<[string[], unknown, boolean]> {
  const sections: Array<[string[], unknown, boolean]> = [];
  const addSections = (prefix: string[], t: Table): void => {
    sections.push([[...prefix, "dependencies"], t.dependencies, false]);
    for (const dev of ["dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies"]) sections.push([[...prefix, dev], t[dev], true]);
  };
  addSections([], root);
  for (const [cfg, target] of Object.entries(table(root.target))) addSections(["target", cfg], table(target));
  return sections;
}

/** One dependency entry (a version, or a table), its `workspace = true` resolved against the workspace root's `inherited`. */
function readDependency(key: string, spec: string | Table, section: string[], dev: boolean, inherited: Table): CargoDependency {
  let declared: unknown = spec;
  const viaWorkspace = table(spec).workspace === true;
  if (viaWorkspace) declared = inherited[key] ?? {};
  const d = table(declared);
  const requirement = typeof declared === "string" ? declared : typeof d.version === "string" ? d.version : undefined;
  const features = [...new Set([...featureList(d), ...(viaWorkspace ? featureList(table(spec)) : [])])];
  return {
    features,
    key,
    name: typeof d.package === "string" ? d.package : key,
    requirement,
    local: typeof d.path === "string" || (typeof d.git === "string" && requirement === undefined),
    path: typeof d.path === "string",
    dev,
    inherited: viaWorkspace,
    section,
  };
}

/** A dependency table's `features`, the strings among them. */
function featureList(t: Table): string[] {
  return Array.isArray(t.features) ? t.features.filter((f): f is string => typeof f === "string") : [];
}

/** Cargo.lock `[[package]]` entries: crate name to every locked version (a crate can appear more than once). */
export function readCargoLock(data: unknown): Map<string, string[]> {
  const versions = new Map<string, string[]>();
  const list = table(data).package;
  if (!Array.isArray(list)) return versions;
  for (const p of list) {
    const { name, version } = table(p);
    if (typeof name !== "string" || typeof version !== "string") continue;
    const known = versions.get(name) ?? [];
    if (!known.includes(version)) known.push(version);
    versions.set(name, known);
  }
  return versions;
}

/**
 * Cargo requirements in npm-semver terms: a bare `1.2` means `^1.2` in Cargo, and comparators
 * are separated by commas.
 */
export function cargoRange(requirement: string): string {
  return requirement
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/^=\s*/, "")))
    .join(" ");
}

/** The locked version of a crate that its requirement allows (the highest), else the only one. */
export function lockedVersion(versions: readonly string[] | undefined, requirement: string | undefined): string | undefined {
  if (!versions?.length) return undefined;
  return bestMatch(versions, requirement ? cargoRange(requirement) : undefined) ?? (versions.length === 1 ? versions[0] : undefined);
}

/** The lowest version a Cargo requirement allows, for crates without a lockfile. */
export function requirementVersion(requirement: string | undefined): string | undefined {
  if (!requirement) return undefined;
  const first = requirement.split(",")[0]!.trim().replace(/^[\^~=>\s]+/, "");
  // `"0"`, `">=0"`, `">=0.0.0"`: a zero lower bound allows any release (`"0"` any 0.x) and names none.
  if (/^0(\.0){0,2}$/.test(first)) return undefined;
  return /^\d+(\.\d+){0,2}([-+].*)?$/.test(first) ? first : undefined;
}

/** `rust-toolchain` (a bare channel line) or `rust-toolchain.toml` (`[toolchain] channel`): a numeric channel. */
export function readToolchain(text: string, parsed?: unknown): string | undefined {
  const channel =
    parsed !== undefined ? table(table(parsed).toolchain).channel : /^[ \t]*channel\s*=\s*"([^"]+)"/m.exec(text)?.[1] ?? text.trim().split(/\s/)[0];
  return typeof channel === "string" && /^\d+\.\d+(\.\d+)?$/.test(channel) ? channel : undefined;
}

function isTable(value: unknown): value is Table {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}

function table(value: unknown): Table {
  return isTable(value) ? value : {};
}
