import type { AttributedFinding } from "../scan/run.js";

/**
 * The version as the site writes it: the numeric release (at most three parts, as `1.0.0` for
 * `1.0.0-rc.12`, `3.7.4` for `3.7.4.3`, `6.4.2` for `6.4.2.Final`), or nothing when the value is
 * not a version at all (a range such as `^1.2` or `13.x.x`, a tag such as `latest`, `RELEASE`) or a
 * PEP 440 pre-release (`21.6b0`).
 * A finding whose version is dropped keeps its file; another finding of the tool may still give one.
 */
export function documentVersion(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  const value = String(raw).trim().replace(/^v(?=\d)/i, "");
  // A digit, letters and digits, then separated parts (1.0.0, 1.0rc1, 6.4.2.Final): written so that
  // each character has one way to match (an ambiguous form backtracked quadratically on "1.1.1...").
  if (!/^\d[0-9A-Za-z]*(?:[-+_.][0-9A-Za-z]+)*$/.test(value)) return undefined;
  if (/(?:^|[-+_.])[xX*](?=[-+_.]|$)/.test(value)) return undefined;
  // A PEP 440 pre-release, its marker written onto the release (`21.6b0`, `1.0rc1`, `2.0a3`): the
  // site writes no version for one (Black's `^21.6b0`, `^20.8b1` and `^19.10b0` in 3 pyproject.toml
  // files of 3 owners, stop 60), where it cuts a separated suffix (npm's `1.0.0-rc.12` is 1.0.0).
  if (/^\d+(?:\.\d+)*(?:a|b|c|rc|alpha|beta|pre|preview)\d+(?:[-+_.]|$)/i.test(value)) return undefined;
  return /^\d+(?:\.\d+){0,2}/.exec(value)![0];
}

/** The finding with its version as the site writes it (and without one when it is not a version). */
export function withDocumentVersion(finding: AttributedFinding): AttributedFinding {
  if (finding.version === undefined) return finding;
  const version = documentVersion(finding.version);
  if (version === finding.version) return finding;
  const out: AttributedFinding = { ...finding, version };
  if (version === undefined) {
    delete out.version;
    delete out.versionFile;
  }
  return out;
}

/** The finding as evidence of the tool only: no version, and so no lockfile or licence of one. */
export function withoutVersion(finding: AttributedFinding): AttributedFinding {
  const out: AttributedFinding = { ...finding };
  delete out.version;
  delete out.versionFile;
  delete out.license;
  return out;
}
