import { normalizeName } from "./pep508.js";

/**
 * Extras by the names projects give the packages their own developers install: a test suite's
 * runner, the documentation build, linters (`pip install -e .[test,docs]`). Before PEP 735's
 * dependency groups, extras were the one place a setup.py or PEP 621 project could declare them,
 * and PEP 735 was written for that use; they are development sections under another name, whose
 * packages are listed and name no tool, as a Poetry dev group's (see pyproject.ts). An extra that
 * adds a feature for the package's users (`postgres`, `plot`, `all`) keeps naming its tools.
 */
const DEVELOPMENT_EXTRAS = new Set([
  "dev",
  "devel",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "doc",
  "docs",
  "documentation",
  "lint",
  "linting",
  "typing",
]);

/** Whether an extra's name (compared as PEP 685 normalizes it) is one of the development ones. */
export function isDevelopmentExtra(name: string): boolean {
  return DEVELOPMENT_EXTRAS.has(normalizeName(name));
}
