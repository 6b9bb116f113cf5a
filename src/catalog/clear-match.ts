import type { Resolution } from "./resolve.js";
import { GUESS_LEAD } from "./resolve/readings.js";

/**
 * Whether the best of resolve()'s matches may be taken without asking: it is exact (0.99 or more)
 * and no other tool scores as well (two tools can share a name: ZAP the scanner and Zap the
 * logger), or it scores 0.6 or more and leads the next by GUESS_LEAD (0.15) or more. This is the rule
 * `submit --manual --yes` applies to each name and `resolve --json` reports as `clear`. Pass at
 * least the first two matches (resolve's limit 2 or more): the lead over the second is the test.
 */
export function isClear(matches: readonly Resolution[]): boolean {
  const [first, second] = matches;
  if (!first) return false;
  if (first.score >= 0.99) return !second || second.score < first.score;
  return first.score >= 0.6 && (!second || first.score - second.score >= GUESS_LEAD);
}
