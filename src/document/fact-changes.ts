import type { StackDocument, ToolEntry } from "../types.js";
import { writtenValue } from "./diff.js";
import { pairEntries } from "./entry-pairs.js";
import { printable } from "../kit/printable.js";

/**
 * The fields of a tool entry that come from the catalog (and the file that showed the tool), not
 * from the commit: a newer catalog, or `write` filling a hand-added entry, changes them while the
 * same tools keep the same versions, so `diff` sees nothing. `detection_source_url` is left out:
 * it holds the branch, which a CI checkout may not have.
 */
export const FACT_FIELDS = ["description", "website_url", "license", "open_source", "hosted_saas", "category", "sub_category", "image_url", "detection_source"] as const;

export interface FactChange {
  name: string;
  package_url?: string;
  field: (typeof FACT_FIELDS)[number];
  from?: string;
  to?: string;
}

/** Per entry in both documents (matched as `diff` matches them), each fact field whose value differs. */
export function factChanges(before: StackDocument, after: StackDocument): FactChange[] {
  const out: FactChange[] = [];
  for (const { before: was, after: now } of pairEntries(before.tools, after.tools).pairs) {
    if (!was) continue;
    for (const field of FACT_FIELDS) {
      const from = written(was, field);
      const to = written(now, field);
      if (from === to) continue;
      const change: FactChange = { name: now.name, field };
      if (now.package_url) change.package_url = now.package_url;
      if (from !== undefined) change.from = from;
      if (to !== undefined) change.to = to;
      out.push(change);
    }
  }
  return out;
}

/** A field's value as the file writes it (`true`, `MIT`), or undefined when absent, null or empty. */
function written(entry: ToolEntry, field: string): string | undefined {
  return writtenValue((entry as unknown as Record<string, unknown>)[field]);
}

/** The changes as lines for a terminal: `~ Sentry category: (none) -> Monitoring`, at most `limit`, then a count. */
export function formatFactChanges(changes: FactChange[], limit = 20): string {
  // A value is a techstack.yml's, as a pull request wrote it: printable, so that it stays on its line.
  const show = (v: string | undefined) => (v === undefined ? "(none)" : printable(v.length > 72 ? `${v.slice(0, 71)}…` : v));
  const lines = changes.slice(0, limit).map((c) => `~ ${printable(String(c.name))}${c.package_url ? " (package)" : ""} ${c.field}: ${show(c.from)} -> ${show(c.to)}`);
  if (changes.length > limit) lines.push(`  and ${changes.length - limit} more`);
  return lines.join("\n") + "\n";
}
