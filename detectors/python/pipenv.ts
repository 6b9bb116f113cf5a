/** Pipenv's files: Pipfile (the declarations) and Pipfile.lock (the releases). */
import type { PythonLock } from "./locks.js";
import { normalizeName } from "./pep508.js";
import { isLocalSource } from "./pyproject.js";

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
