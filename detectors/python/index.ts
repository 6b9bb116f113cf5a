import type { Detector, DetectContext } from "../../src/types.js";
import { baseName, boundedPicomatch, compareCodeUnits, dirOf, joinInside, nearestFolder, repositoryGlob, textLines } from "../../src/kit.js";
import { forkedRelease, normalizeName, parseRequirement, versionOfSpecifier } from "./pep508.js";
import { readRequirements, withoutOptions, type RequirementsFile } from "./requirements.js";
import { readPyproject } from "./pyproject.js";
import { readSpaceConfig } from "./spaces.js";
import { readDbtProfiles } from "./dbt.js";
import { isDjangoSettings, readEmailSettings } from "./django-settings.js";
import { readPythonRequires, readSetupCfg, readSetupName, readSetupPy } from "./setup-files.js";
import { isCondaEnvironment, readCondaEnvironment, readCondaExplicitLock, readCondaLock, readCondaSpec, readPixi, readPixiLock, readPipfile, readPipfileLock, readLocalFolders, readLocalPackages, readTomlLock, readTomlLockForks, type PythonLock } from "./locks.js";

const LOCKFILES = ["poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock"];
/** A Python lockfile by its name: those above, and PEP 751's `pylock.toml` / `pylock.<name>.toml` (pip lock, uv export). */
function isLockfile(base: string): boolean {
  return LOCKFILES.includes(base) || /^pylock\.(?:[^/]+\.)?toml$/.test(base);
}
/**
 * Rye's lockfiles, `requirements.lock` (the project's dependencies) and `requirements-dev.lock` (those
 * and the development ones): requirements files of exact pins (`fastapi==0.111.0`, `# via` lines).
 */
function isRyeLock(base: string): boolean {
  return /^requirements(-dev)?\.lock$/.test(base);
}
/**
 * A requirements file by its name (`requirement.txt` too, a common spelling pip reads as well), or
 * any .txt/.in file in a `requirements/` folder (at the root or in a subproject: `backend/requirements/base.txt`).
 * (The patterns are written inside the functions, where the mutation run can change them.)
 */
function isRequirementsFile(path: string): boolean {
  const named = /(^|[-_.])(requirements?|constraints|requires)([-_.][\w.-]*)?\.(txt|in|pip)$/;
  return named.test(baseName(path)) || /(^|\/)(requirements|constraints)\/[^/]+\.(txt|in)$/.test(path);
}

/**
 * A conda environment file by its name: `environment.yml`, its variants (`environment-dev.yml`,
 * `environment_gpu.yaml`, `dev-environment.yml`), MLflow's `conda.yaml` and any YAML file of an
 * `envs/` folder, where Snakemake workflows keep the environments their rules' `conda:` directives
 * name (`workflow/envs/align.yaml`). The content decides.
 */
function isCondaEnvironmentName(path: string): boolean {
  const base = baseName(path);
  return /^(?:[\w.-]+[-_])?environment(?:[-_.][\w.-]+)?\.ya?ml$/.test(base) || /^conda\.ya?ml$/.test(base) || /(^|\/)envs\/[^/]+\.ya?ml$/.test(path);
}

/**
 * The project a file of a `requirements/` or `constraints/` folder declares for: the folder above
 * it (`requirements/dev.txt` is the root project's, as `requirements-dev.txt` would be).
 */
function projectOf(path: string): { project: string } | undefined {
  return /(^|\/)(requirements|constraints)\/[^/]+$/.test(path) ? { project: dirOf(dirOf(path)) } : undefined;
}

/**
 * A constraints file by its name (`constraints.txt`, `pip-constraints.txt`, `constraints/prod.txt`),
 * which pip reads only with `-c`: it pins versions and installs nothing.
 */
function isConstraintsName(path: string): boolean {
  return /(^|[-_.])constraints([-_.][\w.-]*)?\.(txt|in)$/.test(baseName(path)) || /(^|\/)constraints\/[^/]+\.(txt|in)$/.test(path);
}

/**
 * A requirements file for development: a whole word of its name says so (`dev-requirements.txt`,
 * `requirements/testing.txt`, `requirements-docs.txt`, and `requirements/local.txt`, the local
 * development file of cookiecutter-django's layout beside base.txt and production.txt), a fragment
 * does not (`requirements-docker.txt`, `requirements-latest.txt`, `requirements/devices.txt`,
 * `requirements-locales.txt`).
 */
function isDevelopmentFile(path: string): boolean {
  return /(^|[-_.])(dev(el(op(ment)?)?)?|tests?|testing|lint(ing)?|docs?|local)([-_.]|$)/i.test(baseName(path));
}

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
  files: [
    "*requirement*.{txt,in,pip}",
    "*constraints*.txt",
    "**/requirements/*.{txt,in}",
    "pyproject.toml",
    "hatch.toml",
    "pixi.toml",
    "setup.py",
    "setup.cfg",
    "Pipfile",
    "environment*.{yml,yaml}",
    "*[-_]environment.{yml,yaml}",
    "conda.{yml,yaml}",
    "**/envs/*.{yml,yaml}",
    "runtime.txt",
    ".python-version",
    "tox.ini",
    "profiles.yml",
    "settings.py",  // Django settings modules (./django-settings.ts)
    "settings_*.py",
    "**/settings/*.py",
    "/README.md",  // a Hugging Face Space's configuration, at the root only
    "conda-lock.yml",
    "conda-*.lock",
    "pixi.lock",
    ...LOCKFILES,
    "requirements.lock",
    "requirements-dev.lock",
    "pylock.toml",
    "pylock.*.toml",
  ],
  async detect(ctx) {
    /** `paths`: the lockfile of each package where a folder's lock is several files (Rye's). */
    /** `forks`: the packages it locked at several releases (uv's and Poetry's forks by Python version). */
    type Locked = { path: string; lock: PythonLock; local: ReadonlySet<string>; paths?: Map<string, string>; forks?: Map<string, string[]> };
    const locks = new Map<string, Locked>();
    for (const file of ctx.files.filter((f) => isLockfile(baseName(f)))) {
      const pipfile = baseName(file) === "Pipfile.lock";
      const data = pipfile ? await ctx.json(file) : await ctx.toml(file);
      const lock = pipfile ? readPipfileLock(data) : readTomlLock(data);
      const dir = dirOf(file);
      if (!locks.has(dir) || !pipfile) locks.set(dir, { path: file, lock, local: pipfile ? new Set() : readLocalPackages(data), ...(pipfile ? {} : { forks: readTomlLockForks(data) }) });
    }
    // A folder's Rye lockfiles, where it has no other lockfile: each package's release from
    // requirements.lock, else (a development dependency) from requirements-dev.lock.
    for (const file of ctx.files.filter((f) => isRyeLock(baseName(f))).sort((a, b) => b.length - a.length)) {
      const dir = dirOf(file);
      if (locks.has(dir) && !locks.get(dir)!.paths) continue;
      const text = await ctx.text(file);
      if (text === undefined) continue;
      const entry: Locked = locks.get(dir) ?? { path: file, lock: new Map(), local: new Set(), paths: new Map() };
      for (const r of readRequirements(text).requirements) {
        if (!isExact(r.specifier)) continue;
        entry.lock.set(normalizeName(r.name), versionOfSpecifier(r.specifier)!);
        entry.paths!.set(normalizeName(r.name), file);
      }
      locks.set(dir, entry);
    }
    // A uv workspace resolves its members with the root's uv.lock: one left in a member's folder
    // (from before it joined) is not read by uv. The root's `[tool.uv.workspace]` names its
    // members and exclusions by glob, relative to the root.
    const uvRoots: Array<{ dir: string; member: (relative: string) => boolean }> = [];
    for (const file of ctx.files.filter((f) => baseName(f) === "pyproject.toml")) {
      const held = locks.get(dirOf(file));
      if (!held || baseName(held.path) !== "uv.lock") continue;
      const workspace = (((await ctx.toml(file)) as { tool?: { uv?: { workspace?: unknown } } } | undefined)?.tool?.uv?.workspace ?? undefined) as
        | { members?: unknown; exclude?: unknown }
        | undefined;
      if (!workspace || typeof workspace !== "object") continue;
      const globs = (value: unknown) => (Array.isArray(value) ? value.filter((g): g is string => typeof g === "string").map((g) => g.replace(/^\.\//, "").replace(/\/+$/, "")) : []);
      const members = globs(workspace.members);
      if (!members.length) continue;
      const isMember = workspaceGlobs(members);
      const isExcluded = workspaceGlobs(globs(workspace.exclude));
      uvRoots.push({ dir: dirOf(file), member: (relative) => isMember(relative) && !isExcluded(relative) });
    }
    // A path package with no lockfile of its own (Poetry's `common = { path = "../../libs/common" }`,
    // a folder uv installs by `path`) is installed with the releases the lockfile of a project
    // depending on it resolved for its dependencies: the first such lockfile by path lends them.
    const dependentLocks = new Map<string, Locked>();
    for (const [dir, held] of [...locks].sort(([a], [b]) => compareCodeUnits(a, b))) {
      if (held.paths || baseName(held.path) === "Pipfile.lock") continue;
      for (const folder of readLocalFolders(await ctx.toml(held.path))) {
        const target = joinInside(dir, folder);
        if (target !== undefined && target !== dir && !dependentLocks.has(target)) dependentLocks.set(target, held);
      }
    }
    const lockFor = (dir: string): Locked | undefined => {
      const root = uvRoots
        .filter((r) => (r.dir === "" ? dir !== "" : dir.startsWith(`${r.dir}/`)) && r.member(r.dir === "" ? dir : dir.slice(r.dir.length + 1)))
        .sort((a, b) => b.dir.length - a.dir.length)[0];
      if (root) return locks.get(root.dir);
      const found = nearestFolder(dir, locks);
      return found === undefined ? undefined : locks.get(found);
    };
    // conda-lock.yml: the releases an environment file's conda packages and pip section resolved to.
    const condaLocks = new Map<string, { path: string; conda: PythonLock; pip: PythonLock }>();
    for (const file of ctx.files.filter((f) => baseName(f) === "conda-lock.yml")) condaLocks.set(dirOf(file), { path: file, ...readCondaLock(await ctx.yaml(file)) });
    // Where there is none, conda-lock's explicit files, one a platform (`conda-linux-64.lock`, as
    // conda-lock wrote them before its unified file): Linux's first, else the first by name.
    const explicitLocks = ctx.files.filter((f) => /^conda-[\w.-]+\.lock$/.test(baseName(f))).sort((a, b) => Number(/-linux-64\.lock$/.test(b)) - Number(/-linux-64\.lock$/.test(a)) || compareCodeUnits(a, b));
    for (const file of explicitLocks) {
      if (condaLocks.has(dirOf(file))) continue;
      const conda = readCondaExplicitLock((await ctx.text(file)) ?? "");
      if (conda.size) condaLocks.set(dirOf(file), { path: file, conda, pip: new Map() });
    }
    // pixi.lock: the releases a pixi manifest's conda and PyPI packages resolved to, and its project's
    // own PyPI dependencies' where the folder has no other Python lockfile.
    const pixiLocks = new Map<string, { path: string; conda: PythonLock; pip: PythonLock }>();
    for (const file of ctx.files.filter((f) => baseName(f) === "pixi.lock")) {
      const lock = { path: file, ...readPixiLock(await ctx.yaml(file)) };
      pixiLocks.set(dirOf(file), lock);
      if (!locks.has(dirOf(file)) && lock.pip.size) locks.set(dirOf(file), { path: file, lock: lock.pip, local: new Set() });
    }
    const declaredNames = new Set<string>();
    const constraints = await readConstraints(ctx);
    const report: Report = (file, { name, specifier, line, dev = false, transitive = false, matchFirst, lockedBy }) => {
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
          for (const d of project.dependencies) report(file, { name: d.name, specifier: d.specifier, dev: Boolean(d.group), transitive: Boolean(d.packageOnly) });
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
          for (const d of readPyproject({ tool: { hatch: data } }).dependencies) report(file, { name: d.name, specifier: d.specifier, dev: true });
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
          // [dev-packages] are package entries only, as Poetry's dev sections (see readPyproject).
          for (const d of pipfile.dependencies) report(file, { name: d.name, specifier: d.specifier, dev: d.dev, transitive: d.dev });
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
            if (ctx.lookup(ref.slice(0, ref.indexOf(":")), value).length > 0) ctx.report({ ref, file, line });
          }
        } else if (base === "runtime.txt" || base === ".python-version") {
          const text = (await ctx.text(file))?.trim() ?? "";
          const m = /^(?:python-)?(\d+\.\d+(?:\.\d+)?)\s*$/.exec(textLines(text)[0] ?? "");
          if (m) ctx.report({ ref: "runtime:python", file, line: 1, version: m[1] });
        }
      } catch (error) {
        ctx.warn(file, `not readable as ${base}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
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

/**
 * One PyPI requirement as a manifest states it. `dev`: a development group; `transitive`: listed
 * as a package without naming its tool (a pinned dependency of a dependency, a Poetry dev section,
 * Pipfile [dev-packages]); `matchFirst`: the matcher table tried before `pypi`.
 */
interface Declaration {
  name: string;
  specifier: string;
  line?: number;
  dev?: boolean;
  transitive?: boolean;
  matchFirst?: string;
  /** The lockfile that resolved it, where not the nearest Python lockfile (conda-lock.yml for a conda environment's pip section). */
  lockedBy?: { path: string; lock: PythonLock; local: ReadonlySet<string>; paths?: ReadonlyMap<string, string>; forks?: ReadonlyMap<string, string[]> };
}

type Report = (file: string, declaration: Declaration) => void;

/** A requirements file and the files it includes with -r / -c, each once, never outside the root. */
async function readRequirementsTree(ctx: DetectContext, file: string, seen: Set<string>, report: Report, constraints: Constraints): Promise<void> {
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
  // A requirements file's packages (an included one's too, whatever its name) try the `requirements`
  // matchers first: packages the site lists without their tool from such a file while it names the
  // tool from other manifests.
  for (const r of parsed.requirements) {
    report(file, { name: r.name, specifier: r.specifier, line: r.line, dev, transitive: r.transitive, matchFirst: "requirements" });
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
    if (ctx.exists(target)) await readRequirementsTree(ctx, target, seen, report, constraints);
  }
}

/** `==1.2.3` or `===1.2.3`: one release, no wildcard. */
function isExact(specifier: string): boolean {
  return /^\s*===?\s*[^,*]+$/.test(specifier);
}

/** A constraints file's pin of one package: the release, and whether it is exact (`==`). */
interface Pin {
  /** The name as the constraints file writes it. */
  name: string;
  version?: string;
  exact: boolean;
  line: number;
  file: string;
}

interface Constraints {
  /** The constraints files: a file only `-c` names, or one named so that no `-r` names. */
  files: ReadonlySet<string>;
  /** Every requirements file the include trees reach, parsed (the declarations read them from here). */
  parsed: ReadonlyMap<string, RequirementsFile>;
  /** Per file whose pins constrain others (a constraints file, or a requirements file `-c` names), its pins by PEP 503 name. */
  pins: ReadonlyMap<string, ReadonlyMap<string, Pin>>;
  /** The pin a manifest's requirement takes, if a constraints file applies to it. */
  pinFor(file: string, name: string): Pin | undefined;
}

/**
 * pip's constraints files (`-c constraints.txt`, pip's own `PIP_CONSTRAINT` file of a folder):
 * they control which release of a requirement is installed, not whether it is. A constraints file
 * applies to every requirements file installed with it: those its includer's include tree reaches
 * (`requirements.txt` with `-c constraints.txt` and `-r requirements/base.txt` pins base.txt's
 * packages too). One no requirements file names (`pip install -c constraints.txt .`) applies to the
 * manifests of its folder.
 */
async function readConstraints(ctx: DetectContext): Promise<Constraints> {
  // The include graph of the requirements files, inside the root.
  const edges = new Map<string, { requires: string[]; constrains: string[]; parsed: RequirementsFile }>();
  const queue = ctx.files.filter(isRequirementsFile);
  while (queue.length) {
    const file = queue.pop()!;
    if (edges.has(file)) continue;
    const text = await ctx.text(file);
    if (text === undefined) continue;
    const parsed = readRequirements(text);
    const inside = (names: string[]) => names.map((n) => joinInside(dirOf(file), n)).filter((t): t is string => t !== undefined && ctx.exists(t));
    const constrains = inside(parsed.constraints);
    const requires = inside(parsed.includes.filter((n) => !parsed.constraints.includes(n)));
    edges.set(file, { requires, constrains, parsed });
    queue.push(...requires, ...constrains);
  }
  const required = new Set([...edges.values()].flatMap((e) => e.requires));
  const constrained = new Set([...edges.values()].flatMap((e) => e.constrains));
  // A requirements file `-c` names (`-c requirements.txt` in requirements-dev.txt, to keep the
  // releases of production) is still installed in its own right: it constrains, and declares too.
  const files = new Set([...edges.keys()].filter((f) => !required.has(f) && (isConstraintsName(f) || (constrained.has(f) && !isRequirementsFile(f)))));
  const pinning = new Set([...files, ...constrained].filter((f) => edges.has(f)));
  const pins = new Map<string, Map<string, Pin>>();
  for (const file of pinning) {
    const own = new Map<string, Pin>();
    for (const r of edges.get(file)!.parsed.requirements) {
      own.set(normalizeName(r.name), { name: r.name, version: versionOfSpecifier(r.specifier), exact: isExact(r.specifier), line: r.line, file });
    }
    pins.set(file, own);
  }
  // Which constraints files apply to which requirements file.
  const applies = new Map<string, Set<string>>();
  if (pinning.size) {
    for (const root of edges.keys()) {
      const reached = new Set<string>([root]);
      const stack = [root];
      while (stack.length) {
        const at = edges.get(stack.pop()!)!;
        for (const next of [...at.requires, ...at.constrains]) {
          if (reached.has(next) || !edges.has(next)) continue;
          reached.add(next);
          stack.push(next);
        }
      }
      const own = [...reached].filter((f) => pinning.has(f));
      if (!own.length) continue;
      for (const f of reached) {
        const set = applies.get(f) ?? new Set<string>();
        for (const c of own) set.add(c);
        applies.set(f, set);
      }
    }
  }
  const orphans = [...files].filter((f) => !constrained.has(f));
  return {
    files,
    parsed: new Map([...edges].map(([file, edge]) => [file, edge.parsed])),
    pins,
    pinFor(file, name) {
      const candidates = [...(applies.get(file) ?? []), ...orphans.filter((c) => dirOf(c) === dirOf(file))];
      for (const c of candidates) {
        const pin = pins.get(c)?.get(name);
        if (pin?.version) return pin;
      }
      return undefined;
    },
  };
}

/**
 * Whether a folder is one of a uv workspace's member (or excluded) globs: `packages/*` by kit's
 * repositoryGlob, never picomatch's backtracking regex (`packages/*a*a*a*a*a*a*a*a*b` against one
 * folder of 60 characters took 72 s); a glob with a class or braces by picomatch, if it holds few stars.
 */
function workspaceGlobs(globs: readonly string[]): (path: string) => boolean {
  const tests = globs.map((g) => repositoryGlob(g) ?? boundedPicomatch(g) ?? (() => false));
  return (path) => tests.some((test) => test(path));
}
