import semver from "semver";
import { fullVersion } from "./range.js";

/** Which way a version moved: to a later release, or back to an earlier one. */
export type VersionDirection = "upgrade" | "downgrade";

/**
 * Whether `to` is a later release than `from` or an earlier one, where both read as semver releases
 * (a leading `v` dropped, a missing minor or patch taken as 0: `15` is 15.0.0, `3.12` 3.12.0);
 * undefined where either does not (`jammy`, `1.2.3.4`) or both name one release (`3.12`, `3.12.0`).
 * Only the release's three numbers are compared: a suffix is as often an image's variant
 * (`7.2.4-alpine`) as a pre-release, so `7.2.4` to `7.2.4-alpine` has no direction.
 */
export function versionDirection(from: string | undefined, to: string | undefined): VersionDirection | undefined {
  if (from === undefined || to === undefined) return undefined;
  const a = semver.parse(fullVersion(from), { loose: true });
  const b = semver.parse(fullVersion(to), { loose: true });
  if (!a || !b) return undefined;
  const order = semver.compare(`${a.major}.${a.minor}.${a.patch}`, `${b.major}.${b.minor}.${b.patch}`);
  return order < 0 ? "upgrade" : order > 0 ? "downgrade" : undefined;
}
