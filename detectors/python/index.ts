import type { Detector } from "../../src/types.js";
import { baseName, dirOf, refKind, textLines, firstLineOf } from "../../src/kit.js";
import { forkedRelease, isExact, normalizeName, parseRequirement, versionOfSpecifier } from "./pep508.js";
import { withoutOptions } from "./requirements.js";
import { declarationLines, declarationVersionLines, readPyproject } from "./pyproject.js";
import { readSpaceConfig } from "./spaces.js";
import { readDbtProfiles } from "./dbt.js";
import { isDjangoSettings, readEmailSettings } from "./django-settings.js";
import { readPythonRequires, readSetupCfg, readSetupName, readSetupPy } from "./setup-files.js";
import type { PythonLock } from "./locks.js";
import { isCondaEnvironment, readCondaEnvironment, readCondaSpec } from "./conda.js";
import { readPixi } from "./pixi.js";
import { readPipfile } from "./pipenv.js";
import { LOCKFILES, isCondaEnvironmentName, isRequirementsFile, projectOf } from "./file-names.js";
import { readLockIndex } from "./lock-index.js";
import { readConstraints } from "./constraints.js";
import { readRequirementsTree, type Report } from "./requirements-tree.js";
import { PYTHON_FILES } from "../files.js";

/**
 * Python projects: requirements and constraints files (with their includes), pyproject.toml, pixi.toml, hatch.toml
 * (PEP 621, PEP 735, Poetry, PDM, Hatch, uv), setup.py as text, setup.cfg, Pipfile, conda
 * environments; versions from poetry.lock, uv.lock, pdm.lock, PEP 751's pylock.toml, Pipfile.lock, Rye's requirements.lock, conda-lock.yml (or conda-lock's explicit conda-<platform>.lock files) or pixi.lock; the Python version
 * from runtime.txt, .python-version and the manifests; tox from a tox.ini with tox's own sections; the
 * adapter types of a dbt profiles.yml; the mail service a Django settings module sends through.
 * Names compare as PEP 503 says.
 */
export const pythonDetector: Detector = {
  name: "python",
  files: PYTHON_FILES,
  async detect(ctx) {
    const { locks, lockFor, dependentLocks, condaLocks, pixiLocks } = await readLockIndex(ctx);
    const declaredNames = new Set<string>();
    const constraints = await readConstraints(ctx);
    const report: Report = (file, { name, specifier, line, versionLine, dev = false, transitive = false, matchFirst, lockedBy }) => {
      declaredNames.add(normalizeName(name));
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
      const pin = version ? undefined : constraints.pinFor(file, normalizeName(name));
      const pinned = pin && (own === undefined || (pin.exact && !isExact(specifier))) ? pin : undefined;
      ctx.report({
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

    // Conda packages are the environment's libraries (numpy, pandas, jupyterlab) and runtimes
    // (nodejs, r-base): each shows its tool, by the conda name or, for a Python library, its PyPI
    // namesake. They come from conda channels, not PyPI: no package entry.
    const reportCondaPackages = (file: string, specs: string[], condaLock?: { path: string; conda: PythonLock }): void => {
      for (const spec of specs) {
        const dep = readCondaSpec(spec);
        if (!dep || dep.name === "pip" || dep.name === "python") continue;
        const locked = condaLock?.conda.get(dep.name);
        const version = locked ?? versionOfSpecifier(dep.specifier);
        for (const kind of ["conda", "pypi"]) ctx.report({ ref: `${kind}:${dep.name}`, file, declared: dep.specifier || undefined, version, ...(locked ? { versionFile: condaLock!.path } : {}) });
      }
    };
    // A pixi manifest: conda packages as an environment's, its PyPI ones as a manifest's.
    const reportPixi = (file: string, data: unknown): void => {
      const pixi = readPixi(data);
      const lock = pixiLocks.get(dirOf(file));
      reportCondaPackages(file, pixi.conda, lock);
      const pipLock = lock && { path: lock.path, lock: lock.pip, local: new Set<string>() };
      for (const d of pixi.pypi) report(file, { name: d.name, specifier: d.specifier, lockedBy: pipLock });
      const lockedPython = lock?.conda.get("python");
      if (pixi.python !== undefined && lockedPython) ctx.report({ ref: "runtime:python", file, declared: pixi.python || undefined, version: lockedPython, versionFile: lock!.path });
      else if (pixi.python) ctx.report({ ref: "runtime:python", file, declared: pixi.python, version: versionOfSpecifier(readCondaSpec(`python ${pixi.python}`)?.specifier) });
    };

    const seenRequirements = new Set<string>();
    for (const file of ctx.files) {
      const base = baseName(file);
      try {
        if (isRequirementsFile(file)) await readRequirementsTree(ctx, file, seenRequirements, report, constraints);
        else if (base === "pyproject.toml") {
          const data = await ctx.toml(file);
          if (data === undefined) continue;
          const project = readPyproject(data);
          const text = (await ctx.text(file)) ?? "";
          const lineOf = declarationLines(text);
          const versionLineOf = declarationVersionLines(text);
          for (const d of project.dependencies) report(file, { name: d.name, specifier: d.specifier, line: lineOf(d.at), versionLine: versionLineOf(d.at), dev: Boolean(d.group), transitive: Boolean(d.packageOnly) });
          for (const tool of project.tools) {
            const required = project.required[tool];
            // Only an exact pin is the release the project runs: a floor (`>=0.5.0`) would outrank the
            // exact release a CI setup step or a deeper file pins, as findings of different refs. uv
            // reads a bare release (`required-version = "0.5.4"`) as `==0.5.4`.
            const pinned = required && /^\s*\d+(?:\.\d+)*\s*$/.test(required) ? `==${required.trim()}` : required;
            ctx.report({ ref: `python-tool:${tool}`, file, ...(required ? { declared: required, version: pinned && isExact(pinned) ? versionOfSpecifier(pinned) : undefined } : {}) });
          }
          if (project.python) ctx.report({ ref: "runtime:python", file, declared: project.python, version: versionOfSpecifier(project.python) });
          const pixi = ((data as { tool?: { pixi?: unknown } }).tool ?? {}).pixi;
          if (pixi && typeof pixi === "object") reportPixi(file, pixi);
        } else if (base === "pixi.toml") {
          const data = await ctx.toml(file);
          if (data !== undefined) reportPixi(file, data);
        } else if (base === "hatch.toml") {
          // Hatch's own configuration file: [envs.*] as pyproject's [tool.hatch.envs.*].
          const data = await ctx.toml(file);
          if (data === undefined) continue;
          for (const d of readPyproject({ tool: { hatch: data } }).dependencies) report(file, { name: d.name, specifier: d.specifier, dev: true, transitive: Boolean(d.packageOnly) });
        } else if (base === "setup.py" || base === "setup.cfg") {
          const text = await ctx.text(file);
          if (text === undefined) continue;
          const own = readSetupName(text, base === "setup.cfg");
          for (const r of base === "setup.py" ? readSetupPy(text) : readSetupCfg(text)) {
            if (own === undefined || normalizeName(r.name) !== normalizeName(own)) report(file, r);
          }
          // tox reads its settings from setup.cfg's `[tox:tox]` section where the project has no tox.ini.
          const toxAt = base === "setup.cfg" ? textLines(text).findIndex((l) => /^\s*\[tox:tox\]/.test(l)) : -1;
          if (toxAt >= 0) ctx.report({ ref: "python-tool:tox", file, line: toxAt + 1 });
          const supported = readPythonRequires(text, base === "setup.cfg");
          if (supported) ctx.report({ ref: "runtime:python", file, line: supported.line, declared: supported.specifier, version: versionOfSpecifier(supported.specifier) });
        } else if (base === "Pipfile") {
          const data = await ctx.toml(file);
          if (data === undefined) continue;
          const pipfile = readPipfile(data);
          const lineOf = declarationLines((await ctx.text(file)) ?? "");
          // [dev-packages] are package entries only, as Poetry's dev sections (see readPyproject).
          for (const d of pipfile.dependencies) report(file, { name: d.name, specifier: d.specifier, line: lineOf({ table: [d.dev ? "dev-packages" : "packages"], key: d.name }), dev: d.dev, transitive: d.dev });
          if (pipfile.python) ctx.report({ ref: "runtime:python", file, version: pipfile.python });
        } else if (isCondaEnvironmentName(file)) {
          const data = await ctx.yaml(file);
          if (!isCondaEnvironment(data)) continue;
          const env = readCondaEnvironment(data);
          ctx.report({ ref: "python-tool:conda", file });
          const condaLock = condaLocks.get(dirOf(file));
          reportCondaPackages(file, env.conda, condaLock);
          const pipLock = condaLock && { path: condaLock.path, lock: condaLock.pip, local: new Set<string>() };
          for (const line of env.pip) {
            const r = parseRequirement(withoutOptions(line));
            if (r && !r.url?.startsWith("file:")) report(file, { name: r.name, specifier: r.specifier, lockedBy: pipLock });
          }
          // The interpreter conda-lock resolved (`python=3.11` locked at 3.11.8), where the environment names one.
          const lockedPython = condaLock?.conda.get("python");
          const namesPython = env.python !== undefined || env.conda.some((s) => readCondaSpec(s)?.name === "python");
          if (lockedPython && namesPython) ctx.report({ ref: "runtime:python", file, declared: env.python, version: lockedPython, versionFile: condaLock!.path });
          else if (env.python) ctx.report({ ref: "runtime:python", file, version: env.python });
        } else if (base === "tox.ini") {
          // tox's own file when it has tox's sections: many tox.ini files carry only other tools'
          // settings ([flake8], [pytest], [isort]), which they read from there too.
          const lines = textLines((await ctx.text(file)) ?? "");
          const at = lines.findIndex((l) => /^\s*\[(tox|testenv(:[^\]]*)?)\]/.test(l));
          if (at >= 0) ctx.report({ ref: "python-tool:tox", file, line: at + 1 });
        } else if (base === "profiles.yml") {
          // dbt's connection profiles, where a repository keeps them (CI, a dev container): the
          // adapter type of each target, the warehouse the project runs on.
          for (const type of readDbtProfiles(await ctx.yaml(file))) ctx.report({ ref: `dbt-adapter:${type}`, file });
        } else if (file === "README.md") {
          // A Hugging Face Space's configuration: the SDK it runs (its release, which the Space
          // installs itself) and its Python version.
          const space = readSpaceConfig((await ctx.text(file)) ?? "");
          if (space?.sdk) ctx.report({ ref: `pypi:${space.sdk}`, file, line: 1, version: space.sdkVersion });
          if (space?.python) ctx.report({ ref: "runtime:python", file, line: 1, version: space.python });
        } else if (isDjangoSettings(file)) {
          // The mail service a Django project sends through: the ESP backend EMAIL_BACKEND names
          // (django-anymail's, django-ses'), or the SMTP server of EMAIL_HOST, as a Rails environment's.
          for (const { kind, value, line } of readEmailSettings((await ctx.text(file)) ?? "")) {
            const ref = kind === "backend" ? `django-email-backend:${value}` : `smtp-host:${value}`;
            if (ctx.lookup(refKind(ref), value).length > 0) ctx.report({ ref, file, line });
          }
        } else if (base === "runtime.txt" || base === ".python-version") {
          const text = (await ctx.text(file))?.trim() ?? "";
          const m = /^(?:python-)?(\d+\.\d+(?:\.\d+)?)\s*$/.exec(textLines(text)[0] ?? "");
          if (m) ctx.report({ ref: "runtime:python", file, line: 1, version: m[1] });
        }
      } catch (error) {
        ctx.warn(file, `not readable as ${base}: ${firstLineOf(error)}`);
      }
    }
    // What a constraints file pins that no manifest declares installs nothing: its release may
    // only go to a tool the project shows without one, as a lockfile's does.
    for (const [file, pins] of constraints.pins) {
      for (const [name, pin] of pins) {
        if (declaredNames.has(name) || !pin.version || ctx.lookup("pypi", pin.name).length === 0) continue;
        ctx.report({ ref: `pypi:${pin.name}`, file, line: pin.line, version: pin.version, versionFile: file, installed: true, ...projectOf(file) });
      }
    }
    // What a lockfile installed that no manifest declares (sqlalchemy under flask-sqlalchemy): its
    // release may go to a tool the project shows without one, as npm's lockfiles lend theirs.
    for (const { path, lock, local, paths } of locks.values()) {
      for (const [name, version] of lock) {
        if (declaredNames.has(name) || local.has(name) || ctx.lookup("pypi", name).length === 0) continue;
        const from = paths?.get(name) ?? path;
        ctx.report({ ref: `pypi:${name}`, file: from, version, versionFile: from, installed: true });
      }
    }
  },
};
