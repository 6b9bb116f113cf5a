import type { ScanWarning } from "../types.js";

/**
 * A warning of a workspace root's file read only for what the package scanned takes from it
 * (DetectOptions.inheritedFrom: a root package.json, Cargo.toml or pyproject.toml), saying so: the
 * user named another package, and "package.json: malformed JSON" alone read as the package's own
 * manifest. It stays a warning, as what the package takes from the file is lost with it.
 */
export function inheritedNote(warning: ScanWarning): ScanWarning {
  const takes = warning.file.endsWith("package.json") ? "its package manager and runtime pins" : "its inherited dependencies, settings and runtime pin";
  return { ...warning, message: `${warning.message}; the workspace root's manifest, read for what the package scanned takes from it (${takes}), which is left out` };
}
