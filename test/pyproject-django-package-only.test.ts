import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site names no Django from a pyproject.toml in 3 stack files of 3 owners (catalog/matchers/
// python.yml's `pyproject` table): two Poetry files requiring `django` name none, and one lists
// `Django` as a PyPI entry only. A Pipfile and requirements/base.txt still name it.
// A Poetry file modelled on a small Django app package's (python-telegram-bot persistence on Django).
const DJANGO_PACKAGE = `[tool.black]
line-length = 120

[tool.poetry]
name = "bot-django-persistence"
version = "0.1.7"
classifiers = ['Framework :: Django :: 3.2', 'Framework :: Django :: 4.0']

[tool.poetry.dependencies]
python = "^3.9"
Django = ">=3.1"
python-telegram-bot = ">=13.7"

[tool.poetry.dev-dependencies]
black = ">=21.7b0"
isort = "^5.11.3"

[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"
`;

// The same dependency in PEP 621's form, lower-cased as most projects write it.
const PEP621_SITE = `[project]
name = "newsroom"
requires-python = ">=3.10"
dependencies = ["django~=4.2", "psycopg[binary]>=3.1"]
`;

const scanFiles = (files: Record<string, string>, allTools = false) =>
  scan(new MemorySource(files), { git: false, disable: ["languages"], allTools });

describe("Django from a pyproject.toml", () => {
  it("is a package entry only, in Poetry's table and in PEP 621's list", async () => {
    const poetry = await scanFiles({ "pyproject.toml": DJANGO_PACKAGE });
    expect(tool(poetry.document.tools, "Django")).toBeUndefined();
    expect(pkg(poetry.document.tools, "Django")).toMatchObject({ detection_source: "pyproject.toml" });
    expect(pkg(poetry.document.tools, "python-telegram-bot")).toBeDefined();
    const pep621 = await scanFiles({ "pyproject.toml": PEP621_SITE });
    expect(tool(pep621.document.tools, "Django")).toBeUndefined();
    expect(pkg(pep621.document.tools, "django")).toMatchObject({ version: "4.2", detection_source: "pyproject.toml" });
  });

  it("is still named from a Pipfile, from requirements/base.txt and when all tools are asked for", async () => {
    const pipfile = await scanFiles({ Pipfile: '[packages]\ndjango = "==4.2.7"\n' });
    expect(tool(pipfile.document.tools, "Django")).toMatchObject({ version: "4.2.7", detection_source: "Pipfile" });
    const base = await scanFiles({ "requirements/base.txt": "Django==4.2.7\n" });
    expect(tool(base.document.tools, "Django")).toMatchObject({ detection_source: "requirements/base.txt" });
    const all = await scanFiles({ "pyproject.toml": DJANGO_PACKAGE }, true);
    expect(tool(all.document.tools, "Django")).toMatchObject({ detection_source: "pyproject.toml" });
  });
});
