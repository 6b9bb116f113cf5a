/**
 * kinds.yml's `year-named-releases`: by tool id, the release lines a tool names by a year that is
 * not its version, as `year=release` pairs apart by spaces (`2019=15.0 2022=16.0`: SQL Server 2022
 * is 16.0). Detectors read it through `DetectContext.tableValue`; a repository's catalog file sets a
 * tool's whole line to add a year or a tool of its own.
 */
export const YEAR_RELEASES = "year-named-releases";

/** One tool's lines as written: `year=release` pairs, a four-digit year and a dotted release, apart by spaces. */
const LINES = /^\d{4}=\d+(?:\.\d+)*(?: +\d{4}=\d+(?:\.\d+)*)*$/;

/** Whether a table value is a tool's lines as `year-named-releases` writes them. */
export function isYearLines(value: unknown): value is string {
  return typeof value === "string" && LINES.test(value.trim());
}

/** The release a tool's lines give a year (`yearLine("2019=15.0 2022=16.0", "2022")` is `16.0`); undefined for a year not listed. */
export function yearLine(lines: string, year: string): string | undefined {
  for (const pair of lines.trim().split(/ +/)) {
    const [named, release] = pair.split("=");
    if (named === year) return release;
  }
  return undefined;
}
