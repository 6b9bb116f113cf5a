import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { pythonDetector } from "../detectors/python/index.js";
import { specifierAllows, versionOfSpecifier } from "../detectors/python/pep508.js";

// Poetry joins the clauses of a range with a comma or a space (`>=2.28 <3.0`, as its own docs write
// the ranges a caret or tilde stands for): both forms are one range, read as PEP 440's comma form is.

describe("versionOfSpecifier: a range whose clauses a space separates", () => {
  it("names the lower bound, as of the comma form", () => {
    expect(versionOfSpecifier(">=2.28 <3.0")).toBe("2.28");
    expect(versionOfSpecifier(">=2.28,<3.0")).toBe("2.28");
    expect(versionOfSpecifier(">= 2.28 < 3.0")).toBe("2.28");
    expect(versionOfSpecifier("<3.0 >=2.28")).toBe("2.28");
    expect(versionOfSpecifier(">=0.0.0 <1")).toBeUndefined();
    expect(versionOfSpecifier("<3.0 !=2.5")).toBeUndefined();
  });
});

describe("specifierAllows: a range whose clauses a space separates", () => {
  it("weighs both clauses", () => {
    expect(specifierAllows(">=1.24 <2", "1.26.4")).toBe(true);
    expect(specifierAllows(">=1.24 <2", "2.1.0")).toBe(false);
    expect(specifierAllows(">= 1.24 < 2", "1.20")).toBe(false);
  });
});

// A Poetry project as `poetry init` lays it out, its ranges written with spaces.
const pyproject = `[tool.poetry]
name = "ingest"
version = "0.1.0"
packages = [{ include = "ingest", from = "src" }]

[tool.poetry.dependencies]
python = ">=3.9 <3.13"
requests = ">=2.28 <3.0"
sqlalchemy = ">=1.4, <2.1"

[tool.poetry.group.dev.dependencies]
pytest = ">=8.0 <9"
`;

const poetryLock = `[[package]]
name = "requests"
version = "2.31.0"
description = "Python HTTP for Humans."
optional = false
python-versions = ">=3.7"

[[package]]
name = "sqlalchemy"
version = "2.0.25"
description = "Database Abstraction Library"
optional = false
python-versions = ">=3.7"

[metadata]
lock-version = "2.0"
python-versions = ">=3.9 <3.13"
content-hash = "0d1c5b9f0e3a"
`;

describe("a Poetry project's space-separated ranges", () => {
  it("without a lockfile: each range's floor, as a comma-separated range gives", async () => {
    const { findings } = await detectorFindings(pythonDetector, { "pyproject.toml": pyproject });
    expect(compact(findings).filter((f) => !f.startsWith("python-tool:"))).toEqual([
      "runtime:python >=3.9 <3.13 ->3.9",
      "pypi:requests@8 >=2.28 <3.0 ->2.28 direct",
      "pypi:sqlalchemy@9 >=1.4, <2.1 ->1.4 direct",
      "pypi:pytest@12 >=8.0 <9 ->8.0 direct dev transitive",
    ]);
  });

  it("with poetry.lock: the locked release", async () => {
    const { findings } = await detectorFindings(pythonDetector, { "pyproject.toml": pyproject, "poetry.lock": poetryLock });
    expect(compact(findings).filter((f) => f.startsWith("pypi:"))).toEqual([
      "pypi:requests@8 >=2.28 <3.0 ->2.31.0 (poetry.lock) direct",
      "pypi:sqlalchemy@9 >=1.4, <2.1 ->2.0.25 (poetry.lock) direct",
      "pypi:pytest@12 >=8.0 <9 ->8.0 direct dev transitive",
    ]);
  });
});
