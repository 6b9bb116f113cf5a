import { normalize } from "../name-keys.js";
import type { Reading, Readings } from "./readings.js";

/** How far a tool's name typed exactly as written leads another tied with it once normalized: a lead, still an exact match (0.99 or more). */
const AS_TYPED_LEAD = 0.005;

/**
 * The best `limit` readings, best first; of equal scores, a tool named by its own key before one
 * named only with a vendor put before a word (`vendorAdded`: tool id to that score), then the
 * more popular.
 * Two tools whose names are one once normalized ("Power BI" and "PowerBI", ZAP the scanner and Zap
 * the logger; the site lists both) tie at 1 for either: the one whose name is the query exactly as
 * typed, case, spaces and punctuation kept, is the one chosen, a hair ahead (AS_TYPED_LEAD); a
 * tool named so in a repository's catalog too ties with it still. A spelling that is neither name
 * ("zap", "power bi") says nothing of which is meant, and stays a tie, but for the site's two
 * pages of one product (settleSecondPages).
 */
export function ranked(readings: Readings, typed: string, vendorAdded: Map<string, number>, limit: number): Reading[] {
  const all = readings.all();
  const top = readings.top();
  const tied = all.filter((r) => r.score === top);
  const asTyped = tied.filter((r) => r.tool.name === typed);
  if (asTyped.length && asTyped.length < tied.length) {
    for (const r of tied) if (!asTyped.includes(r)) r.score = top - AS_TYPED_LEAD;
  } else if (!asTyped.length) {
    settleSecondPages(tied, top);
  }
  const byVendor = (r: Reading): number => (vendorAdded.get(r.tool.id) === r.score ? 1 : 0);
  return all.sort((a, b) => b.score - a.score || byVendor(a) - byVendor(b) || (b.tool.popularity ?? 0) - (a.tool.popularity ?? 0)).slice(0, limit);
}

/**
 * Two tools of one category whose names are one once normalized are the site's two pages of one
 * product, spelled two ways (Power BI and PowerBI, JSON API and JsonAPI): a spelling that is
 * neither name as written picks the more used page, by the site's popularity figure, a hair ahead
 * (AS_TYPED_LEAD). Tools of two categories so named are two products (ZAP the scanner, Zap the
 * logger): they stay tied, as do pages without a popularity figure (a repository's own).
 */
function settleSecondPages(tied: Reading[], top: number): void {
  for (const r of tied) {
    const popularity = r.tool.popularity;
    if (popularity === undefined) continue;
    const more = tied.some((o) => o !== r && o.tool.category === r.tool.category && normalize(o.tool.name) === normalize(r.tool.name) && (o.tool.popularity ?? 0) > popularity);
    if (more) r.score = top - AS_TYPED_LEAD;
  }
}
