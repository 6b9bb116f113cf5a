/** conda's files: conda-lock's lockfile and explicit spec files, environment.yml and its match specs. */
import { textLines } from "../../src/kit.js";
import type { PythonLock } from "./locks.js";
import { archiveFileName, normalizeName } from "./pep508.js";

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
export function condaFileRelease(url: string): { name: string; version: string } | undefined {
  const stem = /^(.+)\.(?:conda|tar\.bz2)$/.exec(archiveFileName(url) ?? "")?.[1];
  const parts = stem?.split("-");
  if (!parts || parts.length < 3) return undefined;
  const version = parts[parts.length - 2]!;
  return /^\d/.test(version) ? { name: parts.slice(0, -2).join("-"), version } : undefined;
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
