import type { Detector, DetectContext } from "../../src/types.js";
import { baseName, dirOf, joinInside, nearestFolder, textLines } from "../../src/kit.js";
import { normalizeName, parseRequirement, versionOfSpecifier } from "./pep508.js";
import { readRequirements } from "./requirements.js";
import { readPyproject } from "./pyproject.js";
import { readPythonRequires, readSetupCfg, readSetupPy } from "./setup-files.js";
import { isCondaEnvironment, readCondaEnvironment, readCondaSpec, readPipfile, readPipfileLock, readTomlLock, type PythonLock } from "./locks.js";

const LOCKFILES = ["poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock"];
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
 * A requirements file for development: a whole word of its name says so (`dev-requirements.txt`,
 * `requirements/testing.txt`, `requirements-docs.txt`), a fragment does not (`requirements-docker.txt`,
 * `requirements-latest.txt`, `requirements/devices.txt`).
 */
function isDevelopmentFile(path: string): boolean {
  return /(^|[-_.])(dev(el(op(ment)?)?)?|tests?|testing|lint(ing)?|docs?)([-_.]|$)/i.test(baseName(path));
}

/**
 * Python projects: requirements and constraints files (with their includes), pyproject.toml
 * (PEP 621, PEP 735, Poetry, PDM, Hatch, uv), setup.py as text, setup.cfg, Pipfile, conda
 * environments; versions from poetry.lock, uv.lock, pdm.lock or Pipfile.lock; the Python version
 * from runtime.txt, .python-version and the manifests; tox from a tox.ini with tox's own sections.
 * Names compare as PEP 503 says.
 */
export const pythonDetector: Detector = {
  name: "python",
  files: [
    "*requirement*.{txt,in,pip}",
    "*constraints*.txt",
    "**/requirements/*.{txt,in}",
    "pyproject.toml",
    "setup.py",
    "setup.cfg",
    "Pipfile",
    "environment.{yml,yaml}",
    "runtime.txt",
    ".python-version",
    "tox.ini",
    ...LOCKFILES,
  ],
  async detect(ctx) {
    const locks = new Map<string, { path: string; lock: PythonLock }>();
    for (const file of ctx.files.filter((f) => LOCKFILES.includes(baseName(f)))) {
      const lock = baseName(file) === "Pipfile.lock" ? readPipfileLock(await ctx.json(file)) : readTomlLock(await ctx.toml(file));
      const dir = dirOf(file);
      if (!locks.has(dir) || baseName(file) !== "Pipfile.lock") locks.set(dir, { path: file, lock });
    }
    const lockFor = (dir: string): { path: string; lock: PythonLock } | undefined => {
      const found = nearestFolder(dir, locks);
      return found === undefined ? undefined : locks.get(found);
    };
    const declaredNames = new Set<string>();
    const report: Report = (file, { name, specifier, line, dev = false, transitive = false, matchFirst }) => {
      declaredNames.add(normalizeName(name));
      const locked = lockFor(dirOf(file));
      const version = locked?.lock.get(normalizeName(name));
      ctx.report({
        ref: `pypi:${name}`,
        file,
        line,
        declared: specifier || undefined,
        version: version ?? versionOfSpecifier(specifier),
        versionFile: version ? locked!.path : undefined,
        direct: true,
        dev,
        ...(transitive ? { transitive } : {}),
        ...(matchFirst ? { matchFirst } : {}),
      });
    };

    const seenRequirements = new Set<string>();
    for (const file of ctx.files) {
      const base = baseName(file);
      try {
        if (isRequirementsFile(file)) await readRequirementsTree(ctx, file, seenRequirements, report);
        else if (base === "pyproject.toml") {
          const data = await ctx.toml(file);
          if (data === undefined) continue;
          const project = readPyproject(data);
          for (const d of project.dependencies) report(file, { name: d.name, specifier: d.specifier, dev: Boolean(d.group), transitive: Boolean(d.packageOnly) });
          for (const tool of project.tools) ctx.report({ ref: `python-tool:${tool}`, file });
          if (project.python) ctx.report({ ref: "runtime:python", file, declared: project.python, version: versionOfSpecifier(project.python) });
        } else if (base === "setup.py" || base === "setup.cfg") {
          const text = await ctx.text(file);
          if (text === undefined) continue;
          for (const r of base === "setup.py" ? readSetupPy(text) : readSetupCfg(text)) report(file, r);
          const supported = readPythonRequires(text, base === "setup.cfg");
          if (supported) ctx.report({ ref: "runtime:python", file, line: supported.line, declared: supported.specifier, version: versionOfSpecifier(supported.specifier) });
        } else if (base === "Pipfile") {
          const data = await ctx.toml(file);
          if (data === undefined) continue;
          const pipfile = readPipfile(data);
          // [dev-packages] are package entries only, as Poetry's dev sections (see readPyproject).
          for (const d of pipfile.dependencies) report(file, { name: d.name, specifier: d.specifier, dev: d.dev, transitive: d.dev });
          if (pipfile.python) ctx.report({ ref: "runtime:python", file, version: pipfile.python });
        } else if (/^environment\.ya?ml$/.test(base)) {
          const data = await ctx.yaml(file);
          if (!isCondaEnvironment(data)) continue;
          const env = readCondaEnvironment(data);
          ctx.report({ ref: "python-tool:conda", file });
          // Conda packages are the environment's libraries (numpy, pandas, jupyterlab) and
          // runtimes (nodejs, r-base): each shows its tool, by the conda name or, for a Python
          // library, its PyPI namesake. They come from conda channels, not PyPI: no package entry.
          for (const spec of env.conda) {
            const dep = readCondaSpec(spec);
            if (!dep || dep.name === "pip" || dep.name === "python") continue;
            const version = versionOfSpecifier(dep.specifier);
            for (const kind of ["conda", "pypi"]) ctx.report({ ref: `${kind}:${dep.name}`, file, declared: dep.specifier || undefined, version });
          }
          for (const line of env.pip) {
            const r = parseRequirement(line);
            if (r && !r.url?.startsWith("file:")) report(file, { name: r.name, specifier: r.specifier });
          }
          if (env.python) ctx.report({ ref: "runtime:python", file, version: env.python });
        } else if (base === "tox.ini") {
          // tox's own file when it has tox's sections: many tox.ini files carry only other tools'
          // settings ([flake8], [pytest], [isort]), which they read from there too.
          const lines = textLines((await ctx.text(file)) ?? "");
          const at = lines.findIndex((l) => /^\s*\[(tox|testenv(:[^\]]*)?)\]/.test(l));
          if (at >= 0) ctx.report({ ref: "python-tool:tox", file, line: at + 1 });
        } else if (base === "runtime.txt" || base === ".python-version") {
          const text = (await ctx.text(file))?.trim() ?? "";
          const m = /^(?:python-)?(\d+\.\d+(?:\.\d+)?)\s*$/.exec(textLines(text)[0] ?? "");
          if (m) ctx.report({ ref: "runtime:python", file, line: 1, version: m[1] });
        }
      } catch (error) {
        ctx.warn(file, `not readable as ${base}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    }
    // What a lockfile installed that no manifest declares (sqlalchemy under flask-sqlalchemy): its
    // release may go to a tool the project shows without one, as npm's lockfiles lend theirs.
    for (const { path, lock } of locks.values()) {
      for (const [name, version] of lock) {
        if (declaredNames.has(name) || ctx.lookup("pypi", name).length === 0) continue;
        ctx.report({ ref: `pypi:${name}`, file: path, version, versionFile: path, installed: true });
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
}

type Report = (file: string, declaration: Declaration) => void;

/** A requirements file and the files it includes with -r / -c, each once, never outside the root. */
async function readRequirementsTree(ctx: DetectContext, file: string, seen: Set<string>, report: Report): Promise<void> {
  if (seen.has(file)) return;
  seen.add(file);
  const text = await ctx.text(file);
  if (text === undefined) return;
  const parsed = readRequirements(text);
  const dev = isDevelopmentFile(file);
  // A requirements file's packages (an included one's too, whatever its name) try the `requirements`
  // matchers first: packages the site lists without their tool from such a file while it names the
  // tool from other manifests.
  for (const r of parsed.requirements) report(file, { name: r.name, specifier: r.specifier, line: r.line, dev, transitive: r.transitive, matchFirst: "requirements" });
  for (const include of parsed.includes) {
    const target = joinInside(dirOf(file), include);
    if (target === undefined) {
      ctx.warn(file, `include ${include} points outside the repository; not followed`);
      continue;
    }
    if (ctx.exists(target)) await readRequirementsTree(ctx, target, seen, report);
  }
}
