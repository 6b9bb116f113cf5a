import { baseName, dirOf } from "../../src/kit.js";

/** Which Python file a path is, by its name. */

export const LOCKFILES = ["poetry.lock", "uv.lock", "pdm.lock", "Pipfile.lock"];
/** A Python lockfile by its name: those above, and PEP 751's `pylock.toml` / `pylock.<name>.toml` (pip lock, uv export). */
export function isLockfile(base: string): boolean {
  return LOCKFILES.includes(base) || /^pylock\.(?:[^/]+\.)?toml$/.test(base);
}
/**
 * Rye's lockfiles, `requirements.lock` (the project's dependencies) and `requirements-dev.lock` (those
 * and the development ones): requirements files of exact pins (`fastapi==0.111.0`, `# via` lines).
 */
export function isRyeLock(base: string): boolean {
  return /^requirements(-dev)?\.lock$/.test(base);
}
/**
 * A requirements or constraints file by its name (`requirement.txt` too, a common spelling pip
 * reads as well), or any .txt/.in file in a `requirements/` or `constraints/` folder (at the root
 * or in a subproject: `backend/requirements/base.txt`). Not setuptools' `requires.txt`, the
 * metadata it writes into a `.egg-info` folder (`[extra]` headers over its lists), which pip never
 * reads. files.ts's REQUIREMENTS_FILES select every path this accepts.
 * (The patterns are written inside the functions, where the mutation run can change them.)
 */
export function isRequirementsFile(path: string): boolean {
  const named = /(^|[-_.])(requirements?|constraints)([-_.][\w.-]*)?\.(txt|in|pip)$/;
  return named.test(baseName(path)) || /(^|\/)(requirements|constraints)\/[^/]+\.(txt|in)$/.test(path);
}

/**
 * The catalog table a requirements file's packages are looked up in before `pypi`. The site reads a
 * file named `requirements.txt` with a reader of its own that lists many packages without naming
 * their tools (the `requirements` table, and `pypi`'s `package-only` keys); a requirements file of
 * another `.txt` name (`requirements-dev.txt`, `requirements.test.txt`, `requirements/base.txt`) it
 * reads as it reads a Pipfile, naming Flask, Pandas, flake8 or pre-commit from it
 * (`requirements-other`; the evidence is in catalog/matchers/python.yml).
 */
export function requirementsTable(path: string): "requirements" | "requirements-other" {
  const base = baseName(path);
  return base !== "requirements.txt" && base.endsWith(".txt") ? "requirements-other" : "requirements";
}

/**
 * A conda environment file by its name: `environment.yml`, its variants (`environment-dev.yml`,
 * `environment_gpu.yaml`, `dev-environment.yml`), MLflow's `conda.yaml` and any YAML file of an
 * `envs/` folder, where Snakemake workflows keep the environments their rules' `conda:` directives
 * name (`workflow/envs/align.yaml`). The content decides.
 */
export function isCondaEnvironmentName(path: string): boolean {
  const base = baseName(path);
  return /^(?:[\w.-]+[-_])?environment(?:[-_.][\w.-]+)?\.ya?ml$/.test(base) || /^conda\.ya?ml$/.test(base) || /(^|\/)envs\/[^/]+\.ya?ml$/.test(path);
}

/**
 * The project a file of a `requirements/` or `constraints/` folder declares for: the folder above
 * it (`requirements/dev.txt` is the root project's, as `requirements-dev.txt` would be).
 */
export function projectOf(path: string): { project: string } | undefined {
  return /(^|\/)(requirements|constraints)\/[^/]+$/.test(path) ? { project: dirOf(dirOf(path)) } : undefined;
}

/**
 * A constraints file by its name (`constraints.txt`, `pip-constraints.pip`, `constraints/prod.txt`),
 * which pip reads only with `-c`: it pins versions and installs nothing.
 */
export function isConstraintsName(path: string): boolean {
  return /(^|[-_.])constraints([-_.][\w.-]*)?\.(txt|in|pip)$/.test(baseName(path)) || /(^|\/)constraints\/[^/]+\.(txt|in)$/.test(path);
}

/**
 * A requirements file for development: a whole word of its name says so (`dev-requirements.txt`,
 * `requirements/testing.txt`, `requirements-docs.txt`, and `requirements/local.txt`, the local
 * development file of cookiecutter-django's layout beside base.txt and production.txt), a fragment
 * does not (`requirements-docker.txt`, `requirements-latest.txt`, `requirements/devices.txt`,
 * `requirements-locales.txt`).
 */
export function isDevelopmentFile(path: string): boolean {
  return /(^|[-_.])(dev(el(op(ment)?)?)?|tests?|testing|lint(ing)?|docs?|local)([-_.]|$)/i.test(baseName(path));
}
