import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";
import { pkg, tool } from "./helpers.js";

// Packages the site lists from a pyproject.toml's dependencies, or leaves out, without naming their
// tool, each in 3 stack files of 3 owners (catalog/matchers/python.yml's `pyproject` table), while it
// names FastAPI from the same files and these tools from a Pipfile, setup.py or requirements file.

// A Poetry file modelled on a Django REST API's (main dependencies, a dev group, tool tables).
const DJANGO_API = `[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"

[tool.poetry]
name = "newsapi"
version = "4"

[tool.poetry.dependencies]
django = "~5.0"
djangorestframework = "^3.14.0"
celery = "^5.3.6"
httpx = "^0.27.0"
django-celery-beat = "^2.6.0"
gunicorn = "^22.0.0"
psycopg2-binary = "^2.9.9"

[tool.poetry.group.dev.dependencies]
black = "^24.4.0"
pytest = "^8.1.1"
`;

// A FastAPI service's dependencies, modelled on a cloud-inventory API's, in PEP 621's form.
const FASTAPI_SERVICE = `[project]
name = "inventory-api"
requires-python = ">=3.9"
dependencies = ["fastapi>=0.109.2", "sqlalchemy>=1.4.51", "celery>=4.4.7", "gunicorn>=20.1.0", "boto3>=1.34.48"]
`;

// A Poetry file modelled on a Django add-on package's (formatter tables, a dev group of Poetry 1.1).
const DJANGO_ADDON = `[tool.black]
line-length = 120
target_version = ['py39']

[tool.isort]
profile = "black"

[tool.poetry]
name = "bot-django-persistence"
version = "0.1.7"
description = "Keeps a chat bot's state in Django's ORM"
license = "MIT"
classifiers = ['Framework :: Django :: 3.2', 'Framework :: Django :: 4.0']

[tool.poetry.dependencies]
python = "^3.9"
Django = ">=3.1"
python-telegram-bot = ">=13.7"

[tool.poetry.dev-dependencies]
black = "^22.3"
isort = "^5.10.1"

[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"
`;

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
package-mode = false

[tool.poetry.dependencies]
python = "^3.11"
ipywidgets = "^8.1.1"
jupyterlab = { version = "^4.0.6", optional = false }
matplotlib = "^3.8.0"
pandas = "^2.0.3"
plotly = { version = "^5.17.0", allow-prereleases = false }
requests = "^2.31.0"
seaborn = "^0.12.2"
`;

const scanFiles = (files: Record<string, string>, allTools = false) => scan(new MemorySource(files), { git: false, disable: ["languages"], allTools });

/** Each tool unnamed and its package listed at the release, cited to pyproject.toml. */
function expectPackagesOnly(tools: readonly ToolEntry[], entries: [tool: string, pkg: string, version: string][]) {
  for (const [name, packageName, version] of entries) {
    expect(tool(tools, name), name).toBeUndefined();
    expect(pkg(tools, packageName), packageName).toMatchObject({ version, detection_source: "pyproject.toml" });
  }
}

/** Each tool named from the one file given, cited to it. */
async function expectNamedFrom(path: string, text: string, names: string[]) {
  const { document } = await scanFiles({ [path]: text });
  for (const name of names) expect(tool(document.tools, name), name).toMatchObject({ detection_source: path });
}

describe("Celery, Gunicorn and Django from a pyproject.toml", () => {
  it("are package entries only, beside the tools the same file names", async () => {
    const { document } = await scanFiles({ "pyproject.toml": DJANGO_API });
    expectPackagesOnly(document.tools, [["Celery", "celery", "5.3.6"], ["Gunicorn", "gunicorn", "22.0.0"], ["Django", "django", "5.0"]]);
    const addon = await scanFiles({ "pyproject.toml": DJANGO_ADDON });
    expectPackagesOnly(addon.document.tools, [["Django", "Django", "3.1"]]);
    expect(tool(addon.document.tools, "PyPI")).toMatchObject({ detection_source: "pyproject.toml" });
    const service = await scanFiles({ "pyproject.toml": FASTAPI_SERVICE });
    expect(tool(service.document.tools, "FastAPI")).toMatchObject({ detection_source: "pyproject.toml" });
    expect(tool(service.document.tools, "Celery")).toBeUndefined();
    expect(tool(service.document.tools, "Gunicorn")).toBeUndefined();
  });

  it("are named when all tools are asked for, and from a Pipfile or a requirements file of another name", async () => {
    const all = await scanFiles({ "pyproject.toml": DJANGO_API }, true);
    for (const name of ["Celery", "Gunicorn", "Django"]) expect(tool(all.document.tools, name), name).toBeDefined();
    await expectNamedFrom("Pipfile", '[packages]\ncelery = "==5.2.3"\ngunicorn = "==20.1.0"\ndjango = "==5.0.1"\n', ["Celery", "Gunicorn", "Django"]);
    await expectNamedFrom("requirements/base.txt", "celery==5.2.3\nDjango==4.2.7\n", ["Celery", "Django"]);
  });
});

describe("NumPy, SciPy and Matplotlib from a pyproject.toml", () => {
  it("are package entries only, in PEP 621's list and Poetry's", async () => {
    const { document } = await scanFiles({ "pyproject.toml": ML_LIBRARY });
    expectPackagesOnly(document.tools, [["NumPy", "numpy", "1.22.0"], ["SciPy", "scipy", "1.7.3"]]);
    const notebooks = await scanFiles({ "pyproject.toml": NOTEBOOKS });
    expectPackagesOnly(notebooks.document.tools, [["Matplotlib", "matplotlib", "3.8.0"]]);
  });

  it("are named when all tools are asked for, and from a requirements file or setup.py", async () => {
    const all = await scanFiles({ "pyproject.toml": ML_LIBRARY }, true);
    expect(tool(all.document.tools, "NumPy")).toMatchObject({ version: "1.22.0" });
    expect(tool(all.document.tools, "SciPy")).toBeDefined();
    const allNotebooks = await scanFiles({ "pyproject.toml": NOTEBOOKS }, true);
    expect(tool(allNotebooks.document.tools, "Matplotlib")).toMatchObject({ version: "3.8.0", detection_source: "pyproject.toml" });
    await expectNamedFrom("requirements.txt", "numpy==1.23.4\nscipy>=1.9\nmatplotlib==3.6.2\n", ["NumPy", "SciPy", "Matplotlib"]);
    await expectNamedFrom("setup.py", 'from setuptools import setup\nsetup(name="fair", install_requires=["numpy>=1.16", "scipy>=1.2.0", "matplotlib"])\n', ["NumPy", "SciPy", "Matplotlib"]);
  });
});
