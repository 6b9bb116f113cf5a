import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { pythonDetector } from "../detectors/python/index.js";
import { specifierAllows, versionOfSpecifier } from "../detectors/python/pep508.js";

// Poetry's `||` joins alternative ranges (`^2.0 || ^3.0`: either major release). Without a lockfile
// the version named is the floor of the lowest alternative, as a single range gives its floor.

describe("versionOfSpecifier: a Poetry union", () => {
  it("names the lowest floor of its alternatives", () => {
    expect(versionOfSpecifier("^2.0 || ^3.0")).toBe("2.0");
    expect(versionOfSpecifier("^3.0||^2.2")).toBe("2.2");
    expect(versionOfSpecifier(">=1.4,<1.5 || >=2.0.10")).toBe("1.4");
    expect(versionOfSpecifier("~1.10.2 || ^2.4")).toBe("1.10.2");
    // An alternative without a floor leaves the union none.
    expect(versionOfSpecifier("<1.0 || ^2.0")).toBeUndefined();
  });
});

describe("specifierAllows: a Poetry union", () => {
  it("allows a release one alternative allows", () => {
    expect(specifierAllows("^1.10 || ^2.0", "2.6.1")).toBe(true);
    expect(specifierAllows("^1.10 || ^2.0", "1.10.13")).toBe(true);
    expect(specifierAllows("^1.10 || ^2.0", "3.0.0")).toBe(false);
  });
});

// A library supporting two major releases of its dependencies, as Poetry projects write it.
const pyproject = `[tool.poetry]
name = "fastapi-pagination-ext"
version = "0.3.1"
description = "Pagination helpers"
authors = ["Acme <dev@acme.example>"]

[tool.poetry.dependencies]
python = "^3.8"
pydantic = "^1.10 || ^2.0"
sqlalchemy = ">=1.4,<1.5 || ^2.0.10"

[tool.poetry.group.dev.dependencies]
pytest = "^7.4 || ^8.0"
`;

describe("a Poetry project's union ranges, without a lockfile", () => {
  it("each union's lowest floor", async () => {
    const { findings } = await detectorFindings(pythonDetector, { "pyproject.toml": pyproject });
    expect(compact(findings).filter((f) => f.startsWith("pypi:"))).toEqual([
      "pypi:pydantic@9 ^1.10 || ^2.0 ->1.10 direct",
      "pypi:sqlalchemy@10 >=1.4,<1.5 || ^2.0.10 ->1.4 direct",
      "pypi:pytest@13 ^7.4 || ^8.0 ->7.4 direct dev transitive",
    ]);
  });
});
