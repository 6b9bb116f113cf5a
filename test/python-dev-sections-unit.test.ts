import { describe, expect, it } from "vitest";
import { readPyproject } from "../detectors/python/pyproject.js";
import { parseToml } from "../src/parse/toml.js";

// readPyproject alone on the development sections of two older layouts: Flit's metadata table
// (before PEP 621) and a Rye project; each development list is a package-only group.

const entries = (text: string) => {
  const project = readPyproject(parseToml(text));
  return { python: project.python, dependencies: project.dependencies.map((d) => [d.name, d.specifier, d.group ?? "", Boolean(d.packageOnly)]) };
};

describe("development sections of older pyproject.toml layouts", () => {
  it("Flit's metadata: requires, an extra naming the package itself, dev-requires as a package-only group, requires-python", () => {
    const flit = [
      "[build-system]",
      'requires = ["flit_core >=2,<4"]',
      'build-backend = "flit_core.buildapi"',
      "",
      "[tool.flit.metadata]",
      'module = "sqlite_utils_extra"',
      'author = "Ada"',
      'requires = ["click>=7.1", "sqlite-fts4 @ file:///home/ada/src/sqlite-fts4", "datasette @ git+https://github.com/simonw/datasette@0.64.6"]',
      'requires-python = ">=3.7"',
      'dev-requires = ["pytest>=6", "black==22.3.0"]',
      "",
      "[tool.flit.metadata.requires-extra]",
      'all = ["sqlite_utils_extra[docs]"]',
      'docs = ["sphinx>=4"]',
    ].join("\n");
    expect(entries(flit)).toEqual({
      python: ">=3.7",
      dependencies: [
        ["click", ">=7.1", "", false],
        ["datasette", "", "", false],
        // an extra named for development (docs) is a development section (dev-extras.ts)
        ["sphinx", ">=4", "docs", true],
        ["pytest", ">=6", "dev", true],
        ["black", "==22.3.0", "dev", true],
      ],
    });
  });

  it("a Flit module named by dist-name, and PEP 621's requires-python taking precedence", () => {
    const flit = ["[project]", 'name = "widgets"', 'requires-python = ">=3.9"', "", "[tool.flit.metadata]", 'module = "widgets_core"', 'dist-name = "acme-widgets"', 'requires-python = ">=3.6"', "", "[tool.flit.metadata.requires-extra]", 'full = ["acme-widgets[fast]", "numpy"]'].join("\n");
    expect(entries(flit)).toEqual({ python: ">=3.9", dependencies: [["numpy", "", "full", false]] });
  });

  it("Rye's dev-dependencies: the dev group, package only", () => {
    const rye = ["[project]", 'name = "scraper"', 'dependencies = ["httpx>=0.27.0"]', 'requires-python = ">= 3.8"', "", "[tool.rye]", "managed = true", 'dev-dependencies = ["pytest>=8.1.1", "ruff>=0.4.1"]'].join("\n");
    expect(entries(rye)).toEqual({
      python: ">= 3.8",
      dependencies: [
        ["httpx", ">=0.27.0", "", false],
        ["pytest", ">=8.1.1", "dev", true],
        ["ruff", ">=0.4.1", "dev", true],
      ],
    });
  });
});
