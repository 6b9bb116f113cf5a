import type { DetectContext } from "../../src/types.js";
import { dirOf } from "../../src/kit.js";
import { forkedRelease, isExact, normalizeName, versionOfSpecifier } from "./pep508.js";
import type { PythonLock } from "./locks.js";
import { readCondaSpec } from "./conda.js";
import { readPixi } from "./pixi.js";
import { projectOf } from "./file-names.js";
import { readLockIndex } from "./lock-index.js";
import type { Constraints } from "./constraints.js";
import type { Declaration } from "./requirements-tree.js";

type LockIndex = Awaited<ReturnType<typeof readLockIndex>>;

/**
 * A scan's Python declarations, each reported with its release: from the lockfile that resolves
 * its folder, a constraints file's pin, or its own specifier. Keeps the names declared, so what a
 * lockfile or constraints file pins that no manifest declares can lend its release afterwards.
 */
export class PythonDeclarations {
  private readonly declaredNames = new Set<string>();

  constructor(
    private readonly ctx: DetectContext,
    private readonly locks: LockIndex,
    readonly constraints: Constraints,
  ) {}

  /** A PyPI package a file declares (requirements-tree.ts's Report). */
  readonly report = (file: string, { name, specifier, line, versionLine, dev = false, transitive = false, matchFirst, lockedBy }: Declaration): void => {
    const { lockFor, dependentLocks } = this.locks;
    this.declaredNames.add(normalizeName(name));
    const locked = lockedBy ?? lockFor(dirOf(file)) ?? (dev ? undefined : dependentLocks.get(dirOf(file)));
    // A workspace member or path dependency the lockfile takes from the repository: not a PyPI package.
    if (locked?.local.has(normalizeName(name))) return;
    // Of several locked releases (a resolution forked by Python version), the one this
    // declaration's range allows: `numpy<2; python_version < '3.10'` is the fork's 1.26.4.
    const forks = locked?.forks?.get(normalizeName(name));
    const version = (forks && forkedRelease(forks, specifier)) ?? locked?.lock.get(normalizeName(name));
    // A constraints file's pin, where no lockfile gives a release: an exact one wins over the
    // declaration's own range (not over its own exact pin), and any stands for a declaration
    // without a lower bound (`celery[redis]` under `celery==5.4.0`).
    const own = versionOfSpecifier(specifier);
    const pin = version ? undefined : this.constraints.pinFor(file, normalizeName(name));
    const pinned = pin && (own === undefined || (pin.exact && !isExact(specifier))) ? pin : undefined;
    this.ctx.report({
      ref: `pypi:${name}`,
      file,
      line,
      ...(line !== undefined && versionLine !== undefined ? { alsoDeclaredAt: [{ file, line: versionLine }] } : {}),
      declared: specifier || undefined,
      version: version ?? pinned?.version ?? own,
      versionFile: version ? (locked!.paths?.get(normalizeName(name)) ?? locked!.path) : pinned?.file,
      direct: true,
      dev,
      ...(transitive ? { transitive } : {}),
      ...(matchFirst ? { matchFirst } : {}),
      ...projectOf(file),
    });
  };

  /**
   * Conda packages are the environment's libraries (numpy, pandas, jupyterlab) and runtimes
   * (nodejs, r-base): each shows its tool, by the conda name or, for a Python library, its PyPI
   * namesake. They come from conda channels, not PyPI: no package entry.
   */
  condaPackages(file: string, specs: string[], condaLock?: { path: string; conda: PythonLock }): void {
    for (const spec of specs) {
      const dep = readCondaSpec(spec);
      if (!dep || dep.name === "pip" || dep.name === "python") continue;
      const locked = condaLock?.conda.get(dep.name);
      const version = locked ?? versionOfSpecifier(dep.specifier);
      for (const kind of ["conda", "pypi"]) this.ctx.report({ ref: `${kind}:${dep.name}`, file, declared: dep.specifier || undefined, version, ...(locked ? { versionFile: condaLock!.path } : {}) });
    }
  }

  /** A pixi manifest: conda packages as an environment's, its PyPI ones as a manifest's. */
  pixi(file: string, data: unknown): void {
    const pixi = readPixi(data);
    const lock = this.locks.pixiLocks.get(dirOf(file));
    this.condaPackages(file, pixi.conda, lock);
    const pipLock = lock && { path: lock.path, lock: lock.pip, local: new Set<string>() };
    for (const d of pixi.pypi) this.report(file, { name: d.name, specifier: d.specifier, lockedBy: pipLock });
    const lockedPython = lock?.conda.get("python");
    if (pixi.python !== undefined && lockedPython) this.ctx.report({ ref: "runtime:python", file, declared: pixi.python || undefined, version: lockedPython, versionFile: lock!.path });
    else if (pixi.python) this.ctx.report({ ref: "runtime:python", file, declared: pixi.python, version: versionOfSpecifier(readCondaSpec(`python ${pixi.python}`)?.specifier) });
  }

  /**
   * What a constraints file pins that no manifest declares installs nothing: its release may
   * only go to a tool the project shows without one, as a lockfile's does. And what a lockfile
   * installed that no manifest declares (sqlalchemy under flask-sqlalchemy): its release may go to
   * a tool the project shows without one, as npm's lockfiles lend theirs. Once every file is read.
   */
  reportUndeclared(): void {
    const { ctx, declaredNames } = this;
    for (const [file, pins] of this.constraints.pins) {
      for (const [name, pin] of pins) {
        if (declaredNames.has(name) || !pin.version || ctx.lookup("pypi", pin.name).length === 0) continue;
        ctx.report({ ref: `pypi:${pin.name}`, file, line: pin.line, version: pin.version, versionFile: file, installed: true, ...projectOf(file) });
      }
    }
    for (const { path, lock, local, paths } of this.locks.locks.values()) {
      for (const [name, version] of lock) {
        if (declaredNames.has(name) || local.has(name) || ctx.lookup("pypi", name).length === 0) continue;
        const from = paths?.get(name) ?? path;
        ctx.report({ ref: `pypi:${name}`, file: from, version, versionFile: from, installed: true });
      }
    }
  }
}
