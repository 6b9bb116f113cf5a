import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site lists `numpy`, `scipy` and `matplotlib` from a pyproject.toml's dependencies and names none
// of the tools, in 3 stack files of 3 owners each (catalog/matchers/python.yml's `pyproject` table),
// while a requirements file or setup.py names them.
// A PEP 621 list modelled on an ML testing library's (setuptools backend, a development group of PDM's).
const ML_LIBRARY = `[build-system]
requires = ["setuptools", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "modelcheck"
version = "2.5.0"
requires-python = ">=3.9, <3.12"
dependencies = [
    "cloudpickle>=1.1.1",
    "zstandard>=0.10.0",
    "numpy>=1.22.0",
    "scikit-learn>=1.0",
    "scipy>=1.7.3",
    "mixpanel>=4.4.0",
    "requests>=2.19",
    "pandas>=1.3.4",
    "xxhash>=3.2.0",
    "colorama",
]

[tool.pdm.dev-dependencies]
dev = ["pytest>=7.1.2", "jupyter>=1.0.0"]
`;

// A Poetry list modelled on a data-analysis notebook project's.
const NOTEBOOKS = `[tool.poetry]
name = "heart-study"
version = "0.1.0"
description = "Exploring a clinical data set"
authors = ["A. Analyst <analyst@example.org>"]

[tool.poetry.dependencies]
python = "^3.11"
ipywidgets = "^8.1.1"
jupyterlab = "^4.0.6"
matplotlib = "^3.8.0"
pandas = "^2.0.3"
plotly = "^5.17.0"
requests = "^2.31.0"
seaborn = "^0.12.2"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
`;

const scanFiles = (files: Record<string, string>, allTools = false) => scan(new MemorySource(files), { git: false, disable: ["languages"], allTools });

describe("NumPy, SciPy and Matplotlib from a pyproject.toml", () => {
  it("are package entries only, in PEP 621's list and Poetry's", async () => {
    const { document } = await scanFiles({ "pyproject.toml": ML_LIBRARY });
    expect(tool(document.tools, "NumPy")).toBeUndefined();
    expect(tool(document.tools, "SciPy")).toBeUndefined();
    expect(pkg(document.tools, "numpy")).toMatchObject({ version: "1.22.0", detection_source: "pyproject.toml" });
    expect(pkg(document.tools, "scipy")).toMatchObject({ version: "1.7.3", detection_source: "pyproject.toml" });
    expect(tool(document.tools, "PyPI")).toMatchObject({ detection_source: "pyproject.toml" });
    const notebooks = await scanFiles({ "pyproject.toml": NOTEBOOKS });
    expect(tool(notebooks.document.tools, "Matplotlib")).toBeUndefined();
    expect(pkg(notebooks.document.tools, "matplotlib")).toMatchObject({ version: "3.8.0", detection_source: "pyproject.toml" });
  });

  it("are named when all tools are asked for, and from a requirements file or setup.py", async () => {
    const all = await scanFiles({ "pyproject.toml": ML_LIBRARY }, true);
    expect(tool(all.document.tools, "NumPy")).toMatchObject({ version: "1.22.0" });
    expect(tool(all.document.tools, "SciPy")).toBeDefined();
    const requirements = await scanFiles({ "requirements.txt": "numpy==1.23.4\nscipy>=1.9\nmatplotlib==3.6.2\n" });
    expect(tool(requirements.document.tools, "NumPy")).toMatchObject({ version: "1.23.4", detection_source: "requirements.txt" });
    expect(tool(requirements.document.tools, "SciPy")).toMatchObject({ detection_source: "requirements.txt" });
    expect(tool(requirements.document.tools, "Matplotlib")).toMatchObject({ version: "3.6.2", detection_source: "requirements.txt" });
    const setup = await scanFiles({ "setup.py": 'from setuptools import setup\nsetup(name="fair", install_requires=["numpy>=1.16", "scipy>=1.2.0", "matplotlib"])\n' });
    expect(tool(setup.document.tools, "NumPy")).toMatchObject({ detection_source: "setup.py" });
    expect(tool(setup.document.tools, "Matplotlib")).toMatchObject({ detection_source: "setup.py" });
  });
});
