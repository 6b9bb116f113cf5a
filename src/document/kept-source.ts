import type { AttributedFinding } from "../scan/run.js";
import type { ToolEntry } from "../types.js";
import { entryKey } from "./entry-pairs.js";

/**
 * The document a scan refreshes, as far as keeping sources needs it: its entries' names, package
 * pages and detection_source. A parsed techstack.yml (`ParsedStackDocument`, hand-edited, so each
 * field is checked) will do; one whose tools is no list is refused (TECHSTACK_BAD_OPTION).
 */
export type EarlierDocument = { readonly tools?: unknown };

/** Each entry's detection_source in `earlier`, by diff's key for an entry (its package page, else its name, case aside). */
export function earlierSources(earlier: EarlierDocument | undefined): Map<string, string> {
  const sources = new Map<string, string>();
  if (!earlier || !Array.isArray(earlier.tools)) return sources;
  for (const entry of earlier.tools as unknown[]) {
    if (!entry || typeof entry !== "object") continue;
    const { name, package_url: page, detection_source: source } = entry as Record<string, unknown>;
    if (typeof source !== "string" || !source) continue;
    if (typeof name !== "string" || !name) continue;
    const key = entryKey({ name, ...(typeof page === "string" && page ? { package_url: page } : {}) } as ToolEntry);
    if (!sources.has(key)) sources.set(key, source);
  }
  return sources;
}

/**
 * The finding an entry names as its detection_source: the one the ranking chose (`named`), unless
 * the document refreshed named another file (`earlier`) that still shows the tool, whose finding is
 * kept. So a second file showing a tool (a compose.yaml beside docker-compose.yml) is no move; the
 * entry moves only once the earlier file no longer shows it.
 */
export function keptSource(found: readonly AttributedFinding[], named: AttributedFinding, earlier: string | undefined): AttributedFinding {
  if (earlier === undefined || earlier === named.file) return named;
  return found.find((f) => f.file === earlier) ?? named;
}
