import type { Detector } from "../../src/types.js";
import { baseName, dirOf, inFolder, nearestFolder, reportUndeclaredInstalled } from "../../src/kit.js";
import { lowerBound } from "../../src/versions/range.js";
import type { DetectContext } from "../../src/types.js";
import { readCpanfile, type CpanDependency, type Cpanfile } from "./cpanfile.js";
import { readBuildScript, readMeta } from "./build-files.js";
import { installedModules, namesakeModules, readSnapshot, type SnapshotDistribution } from "./snapshot.js";
import { perlRelease } from "./perl-version.js";
import { PERL_FILES } from "../files.js";

/**
 * Perl projects: the modules a cpanfile, a distribution's build script (Makefile.PL, Build.PL) or
 * its metadata (META.json, META.yml) declares (scripts read as text, never run), as `cpan:` findings
 * with the release the Carton snapshot (cpanfile.snapshot) beside it or above installed, else a
 * requirement's lower bound; and Perl itself, at the version `requires 'perl'` (MIN_PERL_VERSION,
 * perl_version) asks for. Modules of the test, build, configure and develop phases are development
 * ones. The snapshot's other modules that the catalog knows are reported as installed: they only
 * lend a tool its release (Mojolicious under a Mojolicious plugin).
 */
export const perlDetector: Detector = {
  name: "perl",
  files: PERL_FILES,
  async detect(ctx) {
    const snapshots = new Map<string, SnapshotDistribution[]>();
    for (const file of ctx.files.filter((f) => baseName(f) === "cpanfile.snapshot")) {
      snapshots.set(dirOf(file), readSnapshot((await ctx.text(file)) ?? ""));
    }
    for (const file of ctx.files) {
      const cpanfile = await declarations(ctx, file);
      if (cpanfile === undefined) continue;
      const folder = nearestFolder(dirOf(file), snapshots);
      const distributions = folder === undefined ? undefined : snapshots.get(folder);
      const installed = distributions && installedModules(distributions);
      const snapshotFile = folder === undefined ? undefined : inFolder(folder, "cpanfile.snapshot");
      for (const dep of ownDependencies(cpanfile.dependencies)) {
        const locked = installed?.get(dep.name);
        ctx.report({
          ref: `cpan:${dep.name}`,
          file,
          line: dep.line,
          declared: dep.declared,
          version: locked ?? lowerBound(dep.declared),
          versionFile: locked ? snapshotFile : undefined,
          direct: true,
          dev: dep.phase !== "runtime",
        });
      }
      // The releases the snapshot installed of modules the cpanfile does not declare, by the
      // modules each distribution is named after (Mojolicious under a Mojolicious plugin).
      if (distributions && snapshotFile) reportUndeclaredInstalled(ctx, "cpan", file, snapshotFile, cpanfile.dependencies.map((d) => d.name), namesakeModules(distributions));
      ctx.report({ ref: "runtime:perl", file, declared: cpanfile.perl, version: perlRelease(cpanfile.perl) });
    }
  },
};

/**
 * What one file declares; undefined for a snapshot, an unreadable or malformed file, or a distribution file
 * under a test, bundled-installer or install folder (t/, xt/, inc/, local/, blib/), where it
 * belongs to a sample or an installed module rather than to the project.
 */
async function declarations(ctx: DetectContext, file: string): Promise<Cpanfile | undefined> {
  const base = baseName(file);
  if (base === "cpanfile.snapshot") return undefined;
  if (base !== "cpanfile" && /(^|\/)(t|xt|inc|local|blib)\//.test(file)) return undefined;
  if (base === "META.json" || base === "META.yml") {
    const meta = base === "META.json" ? await ctx.json(file) : await ctx.yaml(file);
    return meta === undefined ? undefined : readMeta(meta);
  }
  const text = await ctx.text(file);
  if (text === undefined) return undefined;
  return base === "cpanfile" ? readCpanfile(text) : readBuildScript(text);
}

/** One finding a module: a runtime declaration outranks the same module's in a development phase, `requires` a `recommends`. */
function ownDependencies(dependencies: readonly CpanDependency[]): CpanDependency[] {
  const out = new Map<string, CpanDependency>();
  for (const dep of dependencies) {
    const known = out.get(dep.name);
    if (!known || rank(dep) < rank(known)) out.set(dep.name, dep);
  }
  return [...out.values()];
}

function rank(dep: CpanDependency): number {
  return (dep.phase === "runtime" ? 0 : 3) + ["requires", "recommends", "suggests"].indexOf(dep.relationship);
}
