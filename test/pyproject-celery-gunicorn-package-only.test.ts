import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// The site lists `celery` and `gunicorn` from a pyproject.toml's main dependencies and names neither
// tool, in 3 stack files of 3 owners (catalog/matchers/python.yml's `pyproject` table), while it
// names FastAPI from the same files and Gunicorn from a Pipfile or setup.py.
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

const scanFiles = (files: Record<string, string>, allTools = false) => scan(new MemorySource(files), { git: false, disable: ["languages"], allTools });

describe("Celery and Gunicorn from a pyproject.toml", () => {
  it("are package entries only, beside the tools the same file names", async () => {
    const { document } = await scanFiles({ "pyproject.toml": DJANGO_API });
    expect(tool(document.tools, "Celery")).toBeUndefined();
    expect(tool(document.tools, "Gunicorn")).toBeUndefined();
    expect(pkg(document.tools, "celery")).toMatchObject({ version: "5.3.6", detection_source: "pyproject.toml" });
    expect(pkg(document.tools, "gunicorn")).toMatchObject({ version: "22.0.0", detection_source: "pyproject.toml" });
    expect(tool(document.tools, "Django")).toBeUndefined();
    expect(pkg(document.tools, "django")).toMatchObject({ version: "5.0", detection_source: "pyproject.toml" });
    const service = await scanFiles({ "pyproject.toml": FASTAPI_SERVICE });
    expect(tool(service.document.tools, "FastAPI")).toMatchObject({ detection_source: "pyproject.toml" });
    expect(tool(service.document.tools, "Celery")).toBeUndefined();
    expect(tool(service.document.tools, "Gunicorn")).toBeUndefined();
  });

  it("are named when all tools are asked for, and from a Pipfile or requirements file of another name", async () => {
    const all = await scanFiles({ "pyproject.toml": DJANGO_API }, true);
    expect(tool(all.document.tools, "Celery")).toBeDefined();
    expect(tool(all.document.tools, "Gunicorn")).toBeDefined();
    const pipfile = await scanFiles({ Pipfile: '[packages]\ncelery = "==5.2.3"\ngunicorn = "==20.1.0"\n' });
    expect(tool(pipfile.document.tools, "Celery")).toMatchObject({ version: "5.2.3", detection_source: "Pipfile" });
    expect(tool(pipfile.document.tools, "Gunicorn")).toMatchObject({ detection_source: "Pipfile" });
    const dev = await scanFiles({ "requirements/base.txt": "celery==5.2.3\n" });
    expect(tool(dev.document.tools, "Celery")).toMatchObject({ detection_source: "requirements/base.txt" });
  });
});
