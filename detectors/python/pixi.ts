/** pixi's files: the lockfile (pixi.lock) and the manifest (pixi.toml, or pyproject's [tool.pixi]). */
import { isRecord } from "../../src/kit.js";
import { condaFileRelease } from "./conda.js";
import type { PythonLock } from "./locks.js";
import { archiveFileName, normalizeName } from "./pep508.js";
import { isLocalSource } from "./pyproject.js";

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
