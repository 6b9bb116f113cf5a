import { describe, expect, it } from "vitest";
import { readPyproject } from "../detectors/python/pyproject.js";
import { parseToml } from "../src/parse/toml.js";

describe("Hatch environments", () => {
  it("dependencies and extra-dependencies of every environment, as development groups", () => {
    const project = readPyproject(
      parseToml(
        [
          "[project]",
          'name = "lib"',
          'dependencies = ["httpx>=0.27"]',
          "",
          "[build-system]",
          'requires = ["hatchling"]',
          'build-backend = "hatchling.build"',
          "",
          "[tool.hatch.envs.default]",
          'dependencies = ["coverage[toml]>=6.5", "pytest"]',
          "",
          "[tool.hatch.envs.types]",
          'extra-dependencies = ["mypy>=1.0.0"]',
          "",
          "[tool.hatch.envs.docs]",
          'dependencies = ["mkdocs-material~=9.5"]',
          'extra-dependencies = ["mkdocstrings[python]"]',
        ].join("\n"),
      ),
    );
    expect(project.dependencies.map((d) => [d.name, d.specifier, d.group, Boolean(d.packageOnly)])).toEqual([
      ["httpx", ">=0.27", undefined, false],
      ["coverage", ">=6.5", "hatch:default", true],
      ["pytest", "", "hatch:default", true],
      ["mypy", ">=1.0.0", "hatch:types", true],
      ["mkdocs-material", "~=9.5", "hatch:docs", true],
      ["mkdocstrings", "", "hatch:docs", true],
    ]);
    expect(project.tools).toContain("hatch");
  });
});

describe("hatch.toml", () => {
  it("Hatch's own file: its environments' dependencies, as pyproject's [tool.hatch.envs.*] (package entries, as a Poetry dev group's)", async () => {
    const { MemorySource, scan } = await import("../src/index.js");
    const hatch = '[envs.default]\ndependencies = ["pytest>=8.2", "pytest-cov"]\n\n[envs.docs]\nextra-dependencies = ["mkdocs-material~=9.5"]\n\n[version]\nsource = "vcs"\n';
    const pyproject = '[project]\nname = "lib"\ndynamic = ["version"]\ndependencies = ["numpy>=1.26"]\n\n[build-system]\nrequires = ["hatchling", "hatch-vcs"]\nbuild-backend = "hatchling.build"\n';
    const { document } = await scan(new MemorySource({ "hatch.toml": hatch, "pyproject.toml": pyproject }), { git: false });
    const entry = (name: string) => document.tools.find((t) => t.name === name);
    expect(document.tools.find((t) => t.name === "pytest" && t.package_url)).toMatchObject({ version: "8.2", detection_source: "hatch.toml" });
    expect(document.tools.find((t) => t.name === "pytest-cov" && t.package_url)).toBeDefined();
    // A development environment's packages name no tool, as a Poetry dev group's do not.
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("pytest");
    expect(entry("MkDocs")).toBeUndefined();
  });
});
