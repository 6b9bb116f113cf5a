import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Extras named for development (`test`, `docs`, `dev`...) are development sections under another
// name: their packages are listed and name no tool, as a Poetry dev group's or a PEP 735 group's.
// Held-out terrapower/armi (PEP 621 `test` and `docs` extras) and holoviz/panel (setup.py's
// `extras_require` `tests` and `doc`) list nothing from them and name none of pytest, Jinja,
// Pylint or Sphinx; an extra that adds a feature for users still names its tools.

/** Tools named (no package_url) and packages listed, by name. */
async function stackOf(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  return {
    tools: document.tools.filter((t) => !t.package_url).map((t) => t.name),
    packages: document.tools.filter((t) => t.package_url).map((t) => t.package_url!.split("/").pop()!.toLowerCase()),
  };
}

// Modelled on armi's pyproject.toml: setuptools, PEP 621 dependencies, a user extra and test/docs extras.
const pep621 = [
  "[build-system]",
  'requires = ["setuptools>=61.2"]',
  'build-backend = "setuptools.build_meta"',
  "",
  "[project]",
  'name = "armi"',
  'version = "0.2.9"',
  'requires-python = ">3.8"',
  "dependencies = [",
  '    "h5py>=3.0",',
  '    "numpy>=1.21", # Important math library',
  '    "pluggy>=1.2.0",',
  "]",
  "",
  "[project.optional-dependencies]",
  'plot = ["bokeh>=3.1.1"]',
  "test = [",
  '    "pytest>=7.0.0", # Our primary test tooling',
  '    "pytest-xdist>=3.0.0",',
  '    "ruff==0.0.272",',
  "]",
  "docs = [",
  '    "Jinja2==3.0.3", # Used in numpydoc and nbconvert',
  '    "pylint", # Generates UML diagrams',
  '    "Sphinx==5.3.0",',
  "]",
  "",
].join("\n");

// Modelled on panel's setup.py: extras_require as a dict held in a variable, with tests and doc extras.
const setupPy = [
  "from setuptools import setup, find_packages",
  "",
  "install_requires = [",
  "    'bokeh >=3.2.0',",
  "    'requests',",
  "]",
  "",
  "extras_require = {",
  "    # Test dependencies",
  "    'tests': [",
  "        'pytest',",
  "        'selenium',",
  "    ],",
  "    'recommended': [",
  "        'matplotlib',",
  "        'pillow',",
  "    ],",
  "    'doc': [",
  "        'jinja2',",
  "    ],",
  "}",
  "",
  "setup(",
  "    name='panel',",
  "    install_requires=install_requires,",
  "    extras_require=extras_require,",
  "    tests_require=['pylint'],",
  ")",
  "",
].join("\n");

const setupCfg = [
  "[metadata]",
  "name = cachetool",
  "",
  "[options]",
  "install_requires =",
  "    numpy>=1.24",
  "",
  "[options.extras_require]",
  "redis =",
  "    redis>=4.5",
  "testing =",
  "    pytest>=7.4",
  "    selenium",
  "",
].join("\n");

describe("extras named for development are package entries", () => {
  it("PEP 621 optional-dependencies: test and docs list their packages and name no tool; a user extra names its tool", async () => {
    const { tools, packages } = await stackOf({ "pyproject.toml": pep621 });
    expect(tools).toContain("Bokeh");
    for (const name of ["pytest", "Jinja", "Pylint", "Ruff"]) expect(tools).not.toContain(name);
    expect(packages).toEqual(expect.arrayContaining(["numpy", "pytest", "pytest-xdist", "ruff", "jinja2", "pylint", "sphinx"]));
  });

  it("setup.py: the tests and doc extras and tests_require are development sections; recommended names its tools", async () => {
    const { tools, packages } = await stackOf({ "setup.py": setupPy });
    expect(tools).toEqual(expect.arrayContaining(["Matplotlib", "Pillow"]));
    for (const name of ["pytest", "Selenium", "Jinja", "Pylint"]) expect(tools).not.toContain(name);
    expect(packages).toEqual(expect.arrayContaining(["bokeh", "requests", "pytest", "selenium", "jinja2", "pylint"]));
  });

  it("setup.cfg: a testing extra lists its packages, a redis extra names Redis", async () => {
    const { tools, packages } = await stackOf({ "setup.cfg": setupCfg });
    expect(tools).toEqual(expect.arrayContaining(["NumPy", "Redis"]));
    for (const name of ["pytest", "Selenium"]) expect(tools).not.toContain(name);
    expect(packages).toEqual(expect.arrayContaining(["pytest", "selenium", "redis"]));
  });
});
