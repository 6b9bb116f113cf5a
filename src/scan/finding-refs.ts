import type { Catalog } from "../catalog/catalog.js";
import { isClear } from "../catalog/clear-match.js";
import { resolve } from "../catalog/resolve.js";
import { REPO_METADATA } from "../constants.js";
import type { Finding } from "../types.js";

/**
 * Why a custom detector's finding would add nothing, or something the tree does not show, as the
 * words of a warning naming the detector and the ref; undefined for a finding the scan can take.
 * A typo in a ref (`tool:Deno`, `redis` without its kind) otherwise reads as "nothing found", and a
 * file the scan never listed would be written as a detection_source no reader can open.
 * Built-in detectors are not asked: their refs are the catalog's own.
 */
export function refusedFinding(detector: string, finding: Finding, catalog: Catalog, listed: (path: string) => boolean): string | undefined {
  const { ref, file } = finding;
  const colon = ref.indexOf(":");
  if (colon <= 0) return `detector ${detector}: ${ref} is no ref (<kind>:<name>, as tool:redis or npm:react${nearTool(catalog, ref, "; did you mean ")}); the finding is dropped`;
  if (ref.startsWith("tool:") && !catalog.tools.has(ref.slice(5))) return `detector ${detector}: ${ref} is no catalog tool${nearTool(catalog, ref.slice(5), " (did you mean ", ")")}; the finding is dropped`;
  if (file !== REPO_METADATA && !listed(file)) return `detector ${detector}: ${ref} is reported from ${file}, which the scan did not list; the finding is dropped`;
  return undefined;
}

/** The `tool:` ref of the catalog tool the resolver takes `name` for clearly, between `before` and `after`; "" where it has none. */
function nearTool(catalog: Catalog, name: string, before: string, after = ""): string {
  if (name.trim() === "") return "";
  const matches = resolve(catalog, name, 2);
  const tool = matches[0]?.tool;
  return tool && isClear(matches) && catalog.tools.has(tool.id) ? `${before}tool:${tool.id}?${after}` : "";
}
