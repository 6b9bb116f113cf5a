import { textLines } from "../../src/kit.js";

/** One distribution a Carton snapshot installed. */
export interface SnapshotDistribution {
  /** `Mojolicious-9.35`, as the snapshot names it. */
  name: string;
  /** The release: the distribution's own (`9.35`), else its first module's. */
  version?: string;
  /** The modules it provides, each with the version the snapshot gives it (`undef` left out). */
  provides: Map<string, string | undefined>;
}

/**
 * Reads a cpanfile.snapshot, the lockfile Carton writes beside a cpanfile:
 *
 *     # carton snapshot format: version 1.0
 *     DISTRIBUTIONS
 *       Mojolicious-9.35
 *         pathname: S/SR/SRI/Mojolicious-9.35.tar.gz
 *         provides:
 *           Mojolicious 9.35
 *         requirements:
 *           perl 5.016
 *
 * Distributions are indented two spaces, their fields four, a field's entries six; a line at the
 * margin (the header comment, `DISTRIBUTIONS`) ends the distribution before it. Only the
 * `provides` entries are kept: they say which installed release holds each module.
 */
export function readSnapshot(text: string): SnapshotDistribution[] {
  const out: SnapshotDistribution[] = [];
  let current: SnapshotDistribution | undefined;
  let field = "";
  for (const line of textLines(text)) {
    const indent = line.length - line.trimStart().length;
    const content = line.trim();
    if (!content) continue;
    if (indent === 2) {
      current = { name: content, version: distributionVersion(content), provides: new Map() };
      out.push(current);
      field = "";
    } else if (indent === 4 && current) {
      field = /^([\w-]+):/.exec(content)?.[1] ?? "";
    } else if (indent >= 6 && current && field === "provides") {
      const entry = /^([A-Za-z_]\w*(?:::\w+)*)\s+(\S+)$/.exec(content);
      if (!entry) continue;
      const version = entry[2] === "undef" ? undefined : entry[2]!.replace(/^v(?=\d)/, "");
      current.provides.set(entry[1]!, version);
    } else if (indent < 2) {
      current = undefined;
    }
  }
  for (const dist of out) dist.version ??= [...dist.provides.values()].find((v) => v !== undefined);
  return out;
}

/** The release a distribution's name ends with: `DBD-Pg-3.18.0` is 3.18.0, `Canary-Stability-2013` 2013. */
export function distributionVersion(name: string): string | undefined {
  return RELEASE.exec(name)?.[1];
}

/** A distribution name's release suffix: `-3.18.0`, `-v4.27`. */
const RELEASE = /-v?(\d[\w.]*)$/;

/** Module name to the release of the distribution that provides it. */
export function installedModules(distributions: readonly SnapshotDistribution[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dist of distributions) {
    if (dist.version === undefined) continue;
    for (const module of dist.provides.keys()) if (!out.has(module)) out.set(module, dist.version);
  }
  return out;
}

/**
 * The modules a distribution is named after (`Dancer2` of Dancer2-0.400001, `DBD::Pg` of
 * DBD-Pg-3.18.0), each with its release; a distribution named after none of its modules
 * (mod_perl-2.0.13 provides mod_perl2) gives all of them.
 */
export function namesakeModules(distributions: readonly SnapshotDistribution[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dist of distributions) {
    if (dist.version === undefined) continue;
    const base = dist.name.replace(RELEASE, "");
    const modules = [...dist.provides.keys()];
    const named = modules.filter((module) => module.replace(/::/g, "-") === base);
    for (const module of named.length ? named : modules) if (!out.has(module)) out.set(module, dist.version);
  }
  return out;
}
