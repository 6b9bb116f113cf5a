/** Locked versions by PEP 503 name. */
export type PythonLock = Map<string, string>;

import { isRecord, textLines } from "../../src/kit.js";
import { archiveFileName, normalizeName } from "./pep508.js";
import { isLocalSource } from "./pyproject.js";

/** The package tables of a TOML lockfile: `[[package]]`, or PEP 751's `[[packages]]`. */
function packagesOf(data: unknown): unknown {
  const doc = data as { package?: unknown; packages?: unknown } | undefined;
  return doc?.package ?? doc?.packages;
}

/** poetry.lock, uv.lock, pdm.lock and PEP 751's pylock.toml: `[[package]]` (`[[packages]]`) tables with `name` and `version`. */
export function readTomlLock(data: unknown): PythonLock {
  const out: PythonLock = new Map();
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const { name, version } = (p ?? {}) as { name?: unknown; version?: unknown };
    if (typeof name === "string" && typeof version === "string") out.set(normalizeName(name), version);
  }
  return out;
}

/**
 * The packages a TOML lockfile holds at several releases (uv and Poetry fork a resolution by
 * Python version: numpy 1.26.4 where `python_version < '3.10'`, 2.1.0 elsewhere), each with its
 * releases in the lockfile's order; a package locked once is not in it.
 */
export function readTomlLockForks(data: unknown): Map<string, string[]> {
  const all = new Map<string, string[]>();
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return all;
  for (const p of packages) {
    const { name, version } = (p ?? {}) as { name?: unknown; version?: unknown };
    if (typeof name !== "string" || typeof version !== "string") continue;
    const key = normalizeName(name);
    const list = all.get(key) ?? [];
    if (!list.includes(version)) list.push(version);
    all.set(key, list);
  }
  for (const [key, list] of all) if (list.length < 2) all.delete(key);
  return all;
}

/**
 * The packages a TOML lockfile takes from the repository itself, not from an index: uv's workspace
 * members and path dependencies (`source = { editable = "packages/core" }`, `virtual`, `directory`,
 * `path`), Poetry's (`[package.source] type = "directory"`), PDM's (`path = "./libs/core"`) and
 * PEP 751's (`directory = { path = "." }`).
 * A declaration of one of them names a folder of the repository, whatever its own file says
 * (a uv workspace member inherits the root's `[tool.uv.sources]`).
 */
export function readLocalPackages(data: unknown): Set<string> {
  const out = new Set<string>();
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const { name, source, path, directory } = (p ?? {}) as { name?: unknown; source?: unknown; path?: unknown; directory?: unknown };
    if (typeof name !== "string") continue;
    const from = source && typeof source === "object" ? (source as Record<string, unknown>) : {};
    // PEP 751: a `directory` table is a source tree of the repository.
    const tree = Boolean(directory) && typeof directory === "object";
    const local = ["editable", "virtual", "directory", "path"].some((k) => typeof from[k] === "string") || from.type === "directory" || typeof path === "string" || tree;
    if (local) out.add(normalizeName(name));
  }
  return out;
}

/**
 * The folders of the repository a TOML lockfile installs path packages from, relative to the
 * lockfile's folder: Poetry's `[package.source] type = "directory"` with its `url`, uv's
 * `source = { directory | editable | path = "..." }` (not `virtual`: the project itself).
 */
export function readLocalFolders(data: unknown): string[] {
  const out: string[] = [];
  const packages = packagesOf(data);
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const source = (p ?? {}) && typeof p === "object" ? (p as { source?: unknown }).source : undefined;
    if (!source || typeof source !== "object") continue;
    const from = source as Record<string, unknown>;
    if (from.type === "directory" && typeof from.url === "string") out.push(from.url);
    for (const k of ["directory", "editable", "path"]) if (typeof from[k] === "string") out.push(from[k] as string);
  }
  return out;
}

/**
 * Pipfile.lock: `default` and `develop` maps of name to `{ version: "==x" }`. A package in both at
 * different releases (pipenv resolved `[dev-packages]` apart) takes `default`'s: the release
 * `[packages]`, the declaration that names the tool, installs.
 */
export function readPipfileLock(data: unknown): PythonLock {
  const out: PythonLock = new Map();
  for (const section of ["default", "develop"]) {
    const deps = (data as Record<string, unknown> | undefined)?.[section];
    if (!deps || typeof deps !== "object") continue;
    for (const [name, entry] of Object.entries(deps as Record<string, unknown>)) {
      const version = (entry as { version?: unknown } | null)?.version;
      const key = normalizeName(name);
      if (typeof version === "string" && !out.has(key)) out.set(key, version.replace(/^==/, ""));
    }
  }
  return out;
}

/** Pipfile: `[packages]` and `[dev-packages]` (name to version string or table) and the Python version. */
export function readPipfile(data: unknown): { dependencies: Array<{ name: string; specifier: string; dev: boolean }>; python?: string } {
  const doc = (data ?? {}) as Record<string, unknown>;
  const dependencies: Array<{ name: string; specifier: string; dev: boolean }> = [];
  for (const [section, dev] of [["packages", false], ["dev-packages", true]] as const) {
    const deps = doc[section];
    if (!deps || typeof deps !== "object") continue;
    for (const [name, value] of Object.entries(deps as Record<string, unknown>)) {
      // `mylib = {path = "./mylib", editable = true}`: a folder of the repository, not a PyPI package.
      if (isLocalSource(value)) continue;
      const spec = typeof value === "string" ? value : typeof (value as { version?: unknown })?.version === "string" ? (value as { version: string }).version : "";
      dependencies.push({ name, specifier: spec === "*" ? "" : spec, dev });
    }
  }
  const requires = doc.requires as { python_version?: unknown; python_full_version?: unknown } | undefined;
  const python = requires?.python_full_version ?? requires?.python_version;
  return typeof python === "string" ? { dependencies, python } : { dependencies };
}

/**
 * conda-lock's unified lockfile (`conda-lock.yml`): its `package` list, each entry a `name`, a
 * `version`, the `manager` that installs it (`conda`, or `pip` for an environment's pip section)
 * and a `platform`. The first entry of a name gives its release (platforms rarely differ).
 */
export function readCondaLock(data: unknown): { conda: PythonLock; pip: PythonLock } {
  const out = { conda: new Map<string, string>(), pip: new Map<string, string>() };
  const packages = (data as { package?: unknown } | undefined)?.package;
  if (!Array.isArray(packages)) return out;
  for (const p of packages) {
    const { name, version, manager } = (p ?? {}) as { name?: unknown; version?: unknown; manager?: unknown };
    if (typeof name !== "string" || typeof version !== "string") continue;
    const [map, key] = manager === "pip" ? [out.pip, normalizeName(name)] : manager === "conda" ? [out.conda, name.toLowerCase()] : [];
    if (map && !map.has(key!)) map.set(key!, version);
  }
  return out;
}

/**
 * pixi's lockfile (`pixi.lock`): each environment's packages per platform, `- conda: <url>` and
 * `- pypi: <url>` entries whose file names carry the release (`numpy-1.26.4-py311h64a7726_0.conda`,
 * `requests-2.32.3-py3-none-any.whl`), as every lockfile version since 4 writes them; the `default`
 * environment first, then the others, the first release of a name winning. Local PyPI sources
 * (`- pypi: .`) name none.
 */
export function readPixiLock(data: unknown): { conda: PythonLock; pip: PythonLock } {
  const out = { conda: new Map<string, string>(), pip: new Map<string, string>() };
  const environments = isRecord(data) ? data.environments : undefined;
  if (!isRecord(environments)) return out;
  const named = Object.entries(environments).sort(([a], [b]) => Number(b === "default") - Number(a === "default"));
  for (const [, env] of named) {
    const platforms = isRecord(env) ? env.packages : undefined;
    if (!isRecord(platforms)) continue;
    for (const entries of Object.values(platforms)) {
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        const { conda, pypi } = isRecord(entry) ? entry : {};
        const file = typeof conda === "string" ? conda : typeof pypi === "string" ? pypi : undefined;
        if (!file || !/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) continue;
        const found = typeof conda === "string" ? condaFileRelease(file) : archiveRelease(file);
        if (!found) continue;
        const [map, key] = typeof conda === "string" ? [out.conda, found.name.toLowerCase()] : [out.pip, normalizeName(found.name)];
        if (!map.has(key)) map.set(key, found.version);
      }
    }
  }
  return out;
}

/**
 * A conda explicit spec file, as conda-lock writes one per platform (`conda-linux-64.lock`; `conda
 * list --explicit` writes the same): after `@EXPLICIT`, one package URL a line
 * (`https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.3-py311h64a7726_0.conda#<md5>`),
 * whose file name carries the release. Comment lines (a pip package conda-lock adds as `# pip ...`) name none.
 */
export function readCondaExplicitLock(text: string): PythonLock {
  const out: PythonLock = new Map();
  let explicit = false;
  for (const raw of textLines(text)) {
    const line = raw.trim();
    if (line === "@EXPLICIT") explicit = true;
    if (!explicit || !/^[a-z][a-z0-9+.-]*:\/\//i.test(line)) continue;
    const found = condaFileRelease(line.replace(/#.*$/, ""));
    if (found && !out.has(found.name.toLowerCase())) out.set(found.name.toLowerCase(), found.version);
  }
  return out;
}

/** A conda package's file name: `<name>-<version>-<build>.conda` (or `.tar.bz2`); the name may hold hyphens, the version and build do not. */
function condaFileRelease(url: string): { name: string; version: string } | undefined {
  const stem = /^(.+)\.(?:conda|tar\.bz2)$/.exec(archiveFileName(url) ?? "")?.[1];
  const parts = stem?.split("-");
  if (!parts || parts.length < 3) return undefined;
  const version = parts[parts.length - 2]!;
  return /^\d/.test(version) ? { name: parts.slice(0, -2).join("-"), version } : undefined;
}

/** A wheel's (`<dist>-<version>-...whl`) or source archive's (`<name>-<version>.tar.gz`) name and release. */
function archiveRelease(url: string): { name: string; version: string } | undefined {
  const file = archiveFileName(url);
  if (file === undefined) return undefined;
  const wheel = /^([^-]+)-([^-]+)-.+\.whl$/.exec(file);
  if (wheel) return /^\d/.test(wheel[2]!) ? { name: wheel[1]!, version: wheel[2]! } : undefined;
  const stem = /^(.+)\.(?:tar\.gz|zip)$/.exec(file)?.[1];
  const cut = stem?.lastIndexOf("-") ?? -1;
  const version = cut > 0 ? stem!.slice(cut + 1) : "";
  return /^\d/.test(version) ? { name: stem!.slice(0, cut), version } : undefined;
}

/**
 * Whether an environment.yml is a conda environment: a `dependencies` list of package specs
 * (strings) and pip sections. The name alone says nothing: deployment and CI tools use it too.
 */
export function isCondaEnvironment(data: unknown): boolean {
  const deps = (data as { dependencies?: unknown } | undefined)?.dependencies;
  return (
    Array.isArray(deps) &&
    deps.length > 0 &&
    deps.every((d) => typeof d === "string" || (d !== null && typeof d === "object" && Array.isArray((d as { pip?: unknown }).pip)))
  );
}

/**
 * A conda match spec as an environment.yml writes it: `numpy`, `numpy>=1.26`, `numpy=1.26`
 * (conda's fuzzy `1.26.*`), `numpy==1.26.4`, `numpy 1.26.*`, `numpy=1.26.4=py311h64a7726_0` (with
 * a build string), `conda-forge::numpy`. The specifier in PEP 440 terms (`=1.26` as `==1.26`).
 */
export function readCondaSpec(spec: string): { name: string; specifier: string } | undefined {
  // One line: a line break inside made `#.*$` and `(.*)$` fail and be retried from each position.
  const line = spec.replace(/[\r\n\u2028\u2029]/g, " ");
  const m = /^\s*(?:[\w.-]+::)?([A-Za-z0-9_][\w.-]*)\s*(.*)$/.exec(line.replace(/#.*$/, ""));
  if (!m) return undefined;
  let rest = m[2]!.trim();
  // The bracket form: `pandas[version='>=2.0']`, `numpy[version=">=1.26,<2", build=...]`.
  const bracket = /^\[(?:.*?[\s,])?version\s*=\s*(['"])([^'"]*)\1/.exec(rest);
  if (bracket) rest = bracket[2]!.trim();
  if (/^\d/.test(rest)) rest = `==${rest.split(/\s+/)[0]}`;
  else if (/^=[^=]/.test(rest)) rest = `==${rest.slice(1).split("=")[0]}`;
  else if (rest.startsWith("==")) rest = `==${rest.slice(2).split("=")[0]}`;
  return { name: m[1]!.toLowerCase(), specifier: rest.replace(/\.\*$/, "").replace(/\s+/g, "") };
}

/** environment.yml (conda): the pip section's requirements and the Python pin. */
export function readCondaEnvironment(data: unknown): { pip: string[]; conda: string[]; python?: string } {
  const deps = (data as { dependencies?: unknown } | undefined)?.dependencies;
  const out: { pip: string[]; conda: string[]; python?: string } = { pip: [], conda: [] };
  if (!Array.isArray(deps)) return out;
  for (const d of deps) {
    if (typeof d === "string") {
      // `python=3.11`, `python>=3.10`, `python=3.11.*`, `python 3.12` (a conda match spec).
      // A channel may open it: `conda-forge::python=3.11`.
      const m = /^(?:[\w.-]+::)?python(?:\s*[=<>]=?\s*|\s+)(\d+(?:\.\d+)*)/.exec(d.trim());
      if (m) out.python = m[1];
      else out.conda.push(d);
    } else if (d && typeof d === "object" && Array.isArray((d as { pip?: unknown }).pip)) {
      for (const p of (d as { pip: unknown[] }).pip) if (typeof p === "string") out.pip.push(p);
    }
  }
  return out;
}

/**
 * A pixi manifest (pixi.toml, or pyproject's [tool.pixi]): conda packages under `[dependencies]`
 * (and a feature's or a platform target's), PyPI ones under `[pypi-dependencies]`, each a version
 * spec (`">=1.26,<2"`, `"3.11.*"`, `"*"`) or a table (`{ version = "2.3.*", channel = "pytorch" }`,
 * `{ path = ".", editable = true }`). The conda specs come back as match specs (`numpy >=1.26,<2`).
 */
export function readPixi(data: unknown): { conda: string[]; pypi: Array<{ name: string; specifier: string }>; python?: string } {
  const doc = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const out: { conda: string[]; pypi: Array<{ name: string; specifier: string }>; python?: string } = { conda: [], pypi: [] };
  const tables = [doc];
  for (const group of ["feature", "target"]) {
    const by = doc[group];
    if (by && typeof by === "object") for (const t of Object.values(by as Record<string, unknown>)) if (t && typeof t === "object") tables.push(t as Record<string, unknown>);
  }
  // A feature's own platform targets: [feature.cuda.target.linux-64.dependencies]
  for (const t of [...tables.slice(1)]) {
    const target = t.target;
    if (target && typeof target === "object") for (const u of Object.values(target as Record<string, unknown>)) if (u && typeof u === "object") tables.push(u as Record<string, unknown>);
  }
  const specOf = (value: unknown): string | undefined => {
    const v = typeof value === "string" ? value : value && typeof value === "object" ? (value as { version?: unknown }).version : undefined;
    return typeof v === "string" ? (v.trim() === "*" ? "" : v.trim()) : value && typeof value === "object" ? "" : undefined;
  };
  for (const t of tables) {
    const conda = t.dependencies;
    if (conda && typeof conda === "object") {
      for (const [name, value] of Object.entries(conda as Record<string, unknown>)) {
        const spec = specOf(value);
        if (spec === undefined || isLocalSource(value)) continue;
        if (name.toLowerCase() === "python") out.python ??= spec;
        else out.conda.push(spec ? `${name} ${spec}` : name);
      }
    }
    const pypi = t["pypi-dependencies"];
    if (pypi && typeof pypi === "object") {
      for (const [name, value] of Object.entries(pypi as Record<string, unknown>)) {
        const spec = specOf(value);
        if (spec === undefined || isLocalSource(value)) continue;
        out.pypi.push({ name, specifier: spec });
      }
    }
  }
  return out;
}
