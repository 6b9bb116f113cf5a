import type { Catalog } from "../catalog.js";
import type { Index } from "../resolve-index.js";
import { vendorSpellings } from "../name-keys.js";
import { listedTools } from "../site-list.js";
import { otherMeanings } from "../listed-doubt.js";
import type { Readings } from "./readings.js";

/** A listed tool named exactly (site-list.ts): as an alias, where the catalog's best is under it; a hair under the catalog's own exact key where it is not. */
const LISTED = 0.99;
const LISTED_UNDER = 0.985;
/**
 * A listed tool whose name may mean another (listed-doubt.ts): as a name among other words (0.88), the
 * tools whose longer names hold it a hair under; at most 0.1 over the next reading (a clear guess
 * leads by 0.15); alone, under isClear()'s floor of 0.6.
 */
const DOUBTED = 0.88;
const HOLDER = 0.87;
const DOUBT_LEAD = 0.1;
const DOUBTED_ALONE = 0.55;

/**
 * A tool of the site's list the catalog leaves out, named exactly by its name or slug (site-list.ts):
 * taken (0.99) where the catalog's own best is a lesser reading ("cloudflare r2" was CloudFlare at
 * 0.88, "LokiJS" Loki at 0.97), offered after it (0.985) where the catalog has that name or alias
 * ("elastic", Elasticsearch's alias, stays Elasticsearch, with the site's Elastic next).
 * `q` is the query normalized.
 */
export function readListed(catalog: Catalog, index: Index, q: string, readings: Readings): void {
  const own = readings.top();
  const isCatalogName = (key: string): boolean => (index.exact.get(key) ?? []).some((e) => e.key === key && e.kind === "name");
  // Its name with its vendor's other prefix too ("gcp secret manager" is Google Cloud Secret Manager),
  // as a catalog tool's is, where the query as typed names none.
  let listedHits = listedTools(catalog, q, isCatalogName);
  if (!listedHits.length) listedHits = vendorSpellings(q).flatMap((key) => listedTools(catalog, key, isCatalogName).filter((hit) => hit.by === "name"));
  for (const { tool, by } of listedHits) {
    // A name the site's data gives another meaning (listed-doubt.ts: "fiber", "atlas", "zk") is
    // offered, first where nothing else reads as well, but never taken unasked: beside what else
    // reads it, a lead under a clear guess's; alone, under isClear()'s floor.
    const others = own < 0.99 && by === "name" ? otherMeanings(catalog, index, tool) : undefined;
    if (!others) {
      readings.add(tool, own >= 0.99 ? LISTED_UNDER : LISTED, by);
      continue;
    }
    for (const other of others) readings.add(other, HOLDER, "name");
    const best = readings.top(tool);
    readings.add(tool, best > 0 ? Math.min(DOUBTED, best + DOUBT_LEAD) : DOUBTED_ALONE, by);
  }
}
