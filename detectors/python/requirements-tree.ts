import type { DetectContext } from "../../src/types.js";
import { dirOf, joinInside } from "../../src/kit.js";
import { isExact, versionOfSpecifier } from "./pep508.js";
import { readRequirements } from "./requirements.js";
import type { PythonLock } from "./locks.js";
import type { Constraints } from "./constraints.js";
import { isDevelopmentFile, isRequirementsFile, projectOf, requirementsTable } from "./file-names.js";

/**
 * One PyPI requirement as a manifest states it. `dev`: a development group; `transitive`: listed
 * as a package without naming its tool (a pinned dependency of a dependency, a Poetry dev section,
 * Pipfile [dev-packages]); `matchFirst`: the matcher table tried before `pypi`.
 */
export interface Declaration {
  name: string;
  specifier: string;
  line?: number;
  /** The line of its version where that is another (a Poetry dependency's own table): part of its declaration. */
  versionLine?: number;
  dev?: boolean;
  transitive?: boolean;
  matchFirst?: string;
  /** The lockfile that resolved it, where not the nearest Python lockfile (conda-lock.yml for a conda environment's pip section). */
  lockedBy?: { path: string; lock: PythonLock; local: ReadonlySet<string>; paths?: ReadonlyMap<string, string>; forks?: ReadonlyMap<string, string[]> };
}

export type Report = (file: string, declaration: Declaration) => void;

/**
 * A requirements file and the files it includes with -r / -c, each once, never outside the root.
 * `includerTable`: the matcher table of the file that included this one, which a file not named as a
 * requirements file (`-r common.txt`) is read with, as part of its includer.
 */
export async function readRequirementsTree(ctx: DetectContext, file: string, seen: Set<string>, report: Report, constraints: Constraints, includerTable?: string): Promise<void> {
  if (seen.has(file)) return;
  seen.add(file);
  // Every requirements file the root's include trees reach was parsed once, for the constraints.
  let read = constraints.parsed.get(file);
  if (!read) {
    const text = await ctx.text(file);
    if (text === undefined) return;
    read = readRequirements(text);
  }
  const parsed = constraints.files.has(file) ? { requirements: [], includes: read.includes } : read;
  const dev = isDevelopmentFile(file);
  // A requirements file's packages (an included one's too) try their file's table first: a
  // requirements.txt the `requirements` matchers, packages the site lists without their tool from
  // such a file while it names the tool from other manifests; a file of another name the
  // `requirements-other` ones, tools the site names from it that it leaves as packages elsewhere.
  const matchFirst = includerTable !== undefined && !isRequirementsFile(file) ? includerTable : requirementsTable(file);
  for (const r of parsed.requirements) {
    report(file, { name: r.name, specifier: r.specifier, line: r.line, dev, transitive: r.transitive, matchFirst });
    // A compiled file (pip-compile, `uv pip compile`) pins what its inputs pull in (`sqlalchemy==2.0.23
    // # via flask-sqlalchemy`): that release may go to a tool the project shows without one, as a
    // lockfile's undeclared packages' do.
    if (r.transitive && isExact(r.specifier)) {
      ctx.report({ ref: `pypi:${r.name}`, file, line: r.line, version: versionOfSpecifier(r.specifier), versionFile: file, installed: true, ...projectOf(file) });
    }
  }
  for (const include of parsed.includes) {
    const target = joinInside(dirOf(file), include);
    if (target === undefined) {
      ctx.warn(file, `include ${include} points outside the repository; not followed`);
      continue;
    }
    if (ctx.exists(target)) await readRequirementsTree(ctx, target, seen, report, constraints, matchFirst);
  }
}
