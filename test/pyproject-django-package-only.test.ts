import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site names no Django from a pyproject.toml in 3 stack files of 3 owners, listing `django` as a
// package entry or leaving it out (catalog/matchers/python.yml's `pyproject` table); a Pipfile or a
// requirements file of another name than requirements.txt names it.
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

const scanFiles = (files: Record<string, string>, allTools = false) => scan(new MemorySource(files), { git: false, disable: ["languages"], allTools });

describe("Django from a pyproject.toml", () => {
  it("is a package entry only", async () => {
    const { document } = await scanFiles({ "pyproject.toml": DJANGO_ADDON });
    expect(tool(document.tools, "Django")).toBeUndefined();
    expect(pkg(document.tools, "Django")).toMatchObject({ version: "3.1", detection_source: "pyproject.toml" });
    expect(tool(document.tools, "PyPI")).toMatchObject({ detection_source: "pyproject.toml" });
  });

  it("is named when all tools are asked for, and from a Pipfile or a requirements file of another name", async () => {
    const all = await scanFiles({ "pyproject.toml": DJANGO_ADDON }, true);
    expect(tool(all.document.tools, "Django")).toMatchObject({ version: "3.1" });
    const pipfile = await scanFiles({ Pipfile: '[packages]\ndjango = "==5.0.1"\ndjangorestframework = "*"\n' });
    expect(tool(pipfile.document.tools, "Django")).toMatchObject({ version: "5.0.1", detection_source: "Pipfile" });
    const base = await scanFiles({ "requirements/base.txt": "Django==4.2.7\npandas==2.1.3\n" });
    expect(tool(base.document.tools, "Django")).toMatchObject({ detection_source: "requirements/base.txt" });
  });
});
