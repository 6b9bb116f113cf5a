/**
 * The version a NuGet reference pins: as written, a floating one by its fixed prefix
 * (`3.2.*` is 3.2, as `2.6.*` is for Composer). A range restores the lowest version it allows, as
 * a bare `1.2.3` (at least 1.2.3) does: an exact `[1.2.3]` and an inclusive lower bound
 * (`[1.2.3, )`, `[1.0,2.0)`) give that version; an exclusive or missing lower bound (`(1.0,)`,
 * `(,2.0]`) and unresolved properties give none.
 */
export function nugetVersion(version: string | undefined): string | undefined {
  if (!version) return undefined;
  const floating = /^(\d+(?:\.\d+)*)\.\*$/.exec(version.trim());
  if (floating) return floating[1];
  const range = /^\[\s*(\d[\w.+-]*)\s*(?:\]|,[^,]*[\])])$/.exec(version.trim());
  if (range) return range[1];
  return /[[(*$]/.test(version) ? undefined : version;
}

/**
 * A NuGet version range as packages.lock.json's `requested` writes it, for comparison: a bare
 * release is its minimum (`6.0.*` is `[6.0.*, )`), releases take three parts (`6.0` is `6.0.0`),
 * no spaces.
 */
export function nugetRange(range: string): string {
  const compact = range.replace(/\s+/g, "");
  const bounded = /^[[(]/.test(compact) ? compact : `[${compact},)`;
  return bounded.replace(/(^|[[(,])(\d+)(?:\.(\d+))?(?=[\]),])/g, (_, lead: string, major: string, minor?: string) => `${lead}${major}.${minor ?? "0"}.0`);
}
