import type { Catalog } from "../catalog/catalog.js";
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

/**
 * The `tool:` ref of the catalog tool whose id or name is `name` but for case and separators, between
 * `before` and `after`; "" where none is. A walk over the catalog, not the resolver: a scan loads no
 * fuzzy search (test/cli-loads-what-it-runs), and this is asked once per ref refused.
 */
function nearTool(catalog: Catalog, name: string, before: string, after = ""): string {
  const key = folded(name);
  if (key === "") return "";
  for (const tool of catalog.tools.values()) {
    if (folded(tool.id) === key || folded(tool.name) === key) return `${before}tool:${tool.id}?${after}`;
  }
  return "";
}

/** Lower case without spaces, dots, dashes or underscores: "Node.js" and "nodejs" alike. */
function folded(text: string): string {
  return text.toLowerCase().replace(/[\s._-]+/g, "");
}
