import type { DetectContext } from "../../src/types.js";
import { baseName, dirOf, textLines } from "../../src/kit.js";
import { isExact, normalizeName, parseRequirement, versionOfSpecifier } from "./pep508.js";
import { withoutOptions } from "./requirements.js";
import { declarationLines, declarationVersionLines, readPyproject } from "./pyproject.js";
import { readPythonRequires, readSetupCfg, readSetupName, readSetupPy } from "./setup-files.js";
import { isCondaEnvironment, readCondaEnvironment, readCondaSpec } from "./conda.js";
import { readPipfile } from "./pipenv.js";
import type { EnvironmentLock } from "./lock-index.js";
import type { PythonDeclarations } from "./declarations.js";

/** pyproject.toml: its dependencies (PEP 621, PEP 735, Poetry, PDM, Hatch, uv), the tools it configures with their required releases, its Python, a pixi table. */
export async function reportPyproject(ctx: DetectContext, found: PythonDeclarations, file: string): Promise<void> {
  const data = await ctx.toml(file);
  if (data === undefined) return;
  const project = readPyproject(data);
  const text = (await ctx.text(file)) ?? "";
  const lineOf = declarationLines(text);
  const versionLineOf = declarationVersionLines(text);
  // The `pyproject` matchers first: packages the site lists without their tool from this file only.
  for (const d of project.dependencies) found.report(file, { name: d.name, specifier: d.specifier, line: lineOf(d.at), versionLine: versionLineOf(d.at), dev: Boolean(d.group), transitive: Boolean(d.packageOnly), matchFirst: "pyproject" });
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
  if (pixi && typeof pixi === "object") found.pixi(file, pixi);
}

/** Hatch's own configuration file: [envs.*] as pyproject's [tool.hatch.envs.*]. */
export async function reportHatchToml(ctx: DetectContext, found: PythonDeclarations, file: string): Promise<void> {
  const data = await ctx.toml(file);
  if (data === undefined) return;
  for (const d of readPyproject({ tool: { hatch: data } }).dependencies) found.report(file, { name: d.name, specifier: d.specifier, dev: true, transitive: Boolean(d.packageOnly) });
}

/** setup.py (read as text) or setup.cfg: its requirements but the package's own name, tox's section, its supported Python. */
export async function reportSetupFile(ctx: DetectContext, found: PythonDeclarations, file: string): Promise<void> {
  const base = baseName(file);
  const text = await ctx.text(file);
  if (text === undefined) return;
  const own = readSetupName(text, base === "setup.cfg");
  for (const r of base === "setup.py" ? readSetupPy(text) : readSetupCfg(text)) {
    if (own === undefined || normalizeName(r.name) !== normalizeName(own)) found.report(file, { ...r, ...(r.packageOnly ? { dev: true, transitive: true } : {}) });
  }
  // tox reads its settings from setup.cfg's `[tox:tox]` section where the project has no tox.ini.
  const toxAt = base === "setup.cfg" ? textLines(text).findIndex((l) => /^\s*\[tox:tox\]/.test(l)) : -1;
  if (toxAt >= 0) ctx.report({ ref: "python-tool:tox", file, line: toxAt + 1 });
  const supported = readPythonRequires(text, base === "setup.cfg");
  if (supported) ctx.report({ ref: "runtime:python", file, line: supported.line, declared: supported.specifier, version: versionOfSpecifier(supported.specifier) });
}

/** A Pipfile: its packages ([dev-packages] as package entries only, as Poetry's dev sections) and its Python. */
export async function reportPipfile(ctx: DetectContext, found: PythonDeclarations, file: string): Promise<void> {
  const data = await ctx.toml(file);
  if (data === undefined) return;
  const pipfile = readPipfile(data);
  const lineOf = declarationLines((await ctx.text(file)) ?? "");
  for (const d of pipfile.dependencies) found.report(file, { name: d.name, specifier: d.specifier, line: lineOf({ table: [d.dev ? "dev-packages" : "packages"], key: d.name }), dev: d.dev, transitive: d.dev });
  if (pipfile.python) ctx.report({ ref: "runtime:python", file, version: pipfile.python });
}

/** A conda environment file: conda itself, its conda and pip packages (conda-lock's releases where locked), its Python. */
export async function reportCondaEnvironment(ctx: DetectContext, found: PythonDeclarations, file: string, condaLocks: ReadonlyMap<string, EnvironmentLock>): Promise<void> {
  const data = await ctx.yaml(file);
  if (!isCondaEnvironment(data)) return;
  const env = readCondaEnvironment(data);
  ctx.report({ ref: "conda-tool:conda", file });
  const condaLock = condaLocks.get(dirOf(file));
  found.condaPackages(file, env.conda, condaLock);
  const pipLock = condaLock && { path: condaLock.path, lock: condaLock.pip, local: new Set<string>() };
  let fromIndex = false;
  for (const line of env.pip) {
    const r = parseRequirement(withoutOptions(line));
    if (r && !r.url) fromIndex = true;
    if (r && !r.url?.startsWith("file:")) found.report(file, { name: r.name, specifier: r.specifier, lockedBy: pipLock });
  }
  // conda hands the `pip:` section to pip (its own packages come from its channels): pip is the
  // environment's installer too, and PyPI the index of the section's named requirements, unless an
  // `--index-url` replaces it or `--no-index` turns indexes off (a URL or VCS reference comes from its own host).
  if (env.pip.length > 0) ctx.report({ ref: "conda-tool:pip", file });
  const ownIndex = env.pip.some((line) => /^\s*(?:(?:--index-url|-i)(?:\s|=)|--no-index\s*$)/.test(line));
  if (fromIndex && !ownIndex) ctx.report({ ref: "conda-tool:pypi", file });
  // The interpreter conda-lock resolved (`python=3.11` locked at 3.11.8), where the environment names one.
  const lockedPython = condaLock?.conda.get("python");
  const namesPython = env.python !== undefined || env.conda.some((s) => readCondaSpec(s)?.name === "python");
  if (lockedPython && namesPython) ctx.report({ ref: "runtime:python", file, declared: env.python, version: lockedPython, versionFile: condaLock!.path });
  else if (env.python) ctx.report({ ref: "runtime:python", file, version: env.python });
}
