import type { CatalogTool } from "../types.js";

/** How a query was read as a tool: its name, an alias or slug, a package, a web site, or a close spelling. */
export type MatchedBy = "name" | "alias" | "slug" | "package" | "website" | "fuzzy";

/** One reading of a query as a tool (resolve()'s Resolution; its score's scale is told there). */
export interface Reading {
  tool: CatalogTool;
  score: number;
  matchedBy: MatchedBy;
}

/**
 * The tools a query has been read as so far, each at the best score any reading gave it, in the
 * order first read (a later sort breaks its ties by that order).
 */
export class Readings {
  private readonly byTool = new Map<string, Reading>();

  /** Reads the query as a tool; a reading under one the tool has already is dropped. */
  add(tool: CatalogTool, score: number, matchedBy: MatchedBy): void {
    const current = this.byTool.get(tool.id);
    if (!current || current.score < score) this.byTool.set(tool.id, { tool, score, matchedBy });
  }

  has(tool: CatalogTool): boolean {
    return this.byTool.has(tool.id);
  }

  /** Whether any reading scores `score` or more: a stage of weaker readings is left unasked. */
  reaches(score: number): boolean {
    for (const r of this.byTool.values()) if (r.score >= score) return true;
    return false;
  }

  /** The best score of any reading (0 with none), or of any other tool's than `except`. */
  top(except?: CatalogTool): number {
    let best = 0;
    for (const r of this.byTool.values()) if (r.tool !== except) best = Math.max(best, r.score);
    return best;
  }

  all(): Reading[] {
    return [...this.byTool.values()];
  }
}

/** A tool 100 or more times as popular as another read as closely is the likelier meaning: the other is set GUESS_LEAD under it. */
export const FAR_MORE_POPULAR = 100;
/** The lead at which a caller takes the first reading as a guess (isClear(), clear-match.ts). */
export const GUESS_LEAD = 0.15;
