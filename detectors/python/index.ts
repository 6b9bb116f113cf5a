import type { Detector } from "../../src/types.js";
import { baseName, firstLineOf } from "../../src/kit.js";
import { isDjangoSettings } from "./django-settings.js";
import { isCondaEnvironmentName, isRequirementsFile } from "./file-names.js";
import { readLockIndex } from "./lock-index.js";
import { readConstraints } from "./constraints.js";
import { readRequirementsTree } from "./requirements-tree.js";
import { PythonDeclarations } from "./declarations.js";
import { reportCondaEnvironment, reportHatchToml, reportPipfile, reportPyproject, reportSetupFile } from "./manifest-reports.js";
import { reportDbtProfiles, reportDjangoEmail, reportPythonVersionFile, reportSpaceConfig, reportToxIni } from "./settings-reports.js";
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
    const locks = await readLockIndex(ctx);
    const found = new PythonDeclarations(ctx, locks, await readConstraints(ctx));
    const seenRequirements = new Set<string>();
    for (const file of ctx.files) {
      const base = baseName(file);
      try {
        if (isRequirementsFile(file)) await readRequirementsTree(ctx, file, seenRequirements, found.report, found.constraints);
        else if (base === "pyproject.toml") await reportPyproject(ctx, found, file);
        else if (base === "pixi.toml") {
          const data = await ctx.toml(file);
          if (data !== undefined) found.pixi(file, data);
        } else if (base === "hatch.toml") await reportHatchToml(ctx, found, file);
        else if (base === "setup.py" || base === "setup.cfg") await reportSetupFile(ctx, found, file);
        else if (base === "Pipfile") await reportPipfile(ctx, found, file);
        else if (isCondaEnvironmentName(file)) await reportCondaEnvironment(ctx, found, file, locks.condaLocks);
        else if (base === "tox.ini") await reportToxIni(ctx, file);
        else if (base === "profiles.yml") await reportDbtProfiles(ctx, file);
        else if (file === "README.md") await reportSpaceConfig(ctx, file);
        else if (isDjangoSettings(file)) await reportDjangoEmail(ctx, file);
        else if (base === "runtime.txt" || base === ".python-version") await reportPythonVersionFile(ctx, file);
      } catch (error) {
        ctx.warn(file, `not readable as ${base}: ${firstLineOf(error)}`);
      }
    }
    found.reportUndeclared();
  },
};
