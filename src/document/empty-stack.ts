import type { StackDocument } from "../types.js";

/** The timestamp of a document whose time means nothing: an empty stack, a side diff scans. */
export const EPOCH_TIMESTAMP = "1970-01-01T00:00:00+00:00";

/**
 * The stack of a repository with no tools: what check compares a missing or empty techstack.yml
 * as, and diff an empty file or a folder that one revision lacks (the Action's write mode gives
 * diff an empty file where there was no techstack.yml before).
 */
export function emptyStack(): StackDocument {
  return { repo_name: "", report_id: "", version: 0.1, repo_type: "", timestamp: EPOCH_TIMESTAMP, requested_by: "", provider: "", branch: "", detected_tools_count: 0, tools: [] };
}
