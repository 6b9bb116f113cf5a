import { describe, expect, it } from "vitest";
import { readPyproject } from "../detectors/python/pyproject.js";
import { readPipfile } from "../detectors/python/pipenv.js";
import { parseToml } from "../src/parse/toml.js";

// A dependency that is a folder of the repository (a workspace member, a path) is not a PyPI
// package: another package of that name on PyPI is not what the project installs.
const names = (toml: string) => readPyproject(parseToml(toml)).dependencies.map((d) => d.name);

describe("Python dependencies that are folders of the repository", () => {
  it("Poetry: a `path` table is left out; git and version tables stay", () => {
    expect(
      names(
        [
          "[tool.poetry.dependencies]",
          'python = "^3.11"',
          'django = "^4.2"',
          'mylib = { path = "libs/mylib", develop = true }',
          'requests = { git = "https://github.com/psf/requests.git", tag = "v2.31.0" }',
          'celery = { version = "^5.3", extras = ["redis"] }',
          "",
          "[tool.poetry.group.dev.dependencies]",
          'shared-test = { path = "../shared-test" }',
          'pytest = "^7.4"',
        ].join("\n"),
      ),
    ).toEqual(["django", "requests", "celery", "pytest"]);
  });

  it("uv: a workspace member or a path source is left out, in dependencies and groups alike", () => {
    expect(
      names(
        [
          "[project]",
          'name = "app"',
          'dependencies = ["fastapi>=0.110", "core", "Shared_Utils>=0.1"]',
          "",
          "[dependency-groups]",
          'dev = ["pytest>=8", "testkit"]',
          "",
          "[tool.uv.sources]",
          "core = { workspace = true }",
          'shared-utils = { path = "../shared-utils", editable = true }',
          'testkit = { path = "tools/testkit" }',
          'fastapi = { git = "https://github.com/fastapi/fastapi", tag = "0.110.0" }',
          "",
          "[tool.uv.workspace]",
          'members = ["packages/*"]',
        ].join("\n"),
      ),
    ).toEqual(["fastapi", "pytest"]);
  });

  it("the project itself, as an extra or a group names it to pull in its other extras, is left out", () => {
    expect(
      names(
        [
          "[project]",
          'name = "dataprep_kit"',
          'dependencies = ["numpy>=1.24"]',
          "",
          "[project.optional-dependencies]",
          'plot = ["matplotlib>=3.7"]',
          'all = ["dataprep-kit[plot]"]',
          "",
          "[dependency-groups]",
          'test = ["Dataprep.Kit[all]", "pytest>=8"]',
        ].join("\n"),
      ),
    ).toEqual(["numpy", "matplotlib", "pytest"]);
  });

  it("PEP 508: `name @ file:///...` (PDM's ${PROJECT_ROOT} form) is left out, a git URL stays", () => {
    expect(
      names(
        [
          "[project]",
          'name = "app"',
          "dependencies = [",
          '  "shared @ file:///${PROJECT_ROOT}/shared",',
          '  "httpx @ git+https://github.com/encode/httpx@0.27.0",',
          "]",
        ].join("\n"),
      ),
    ).toEqual(["httpx"]);
  });

  it("Pipfile: a `path` table is left out", () => {
    const pipfile = readPipfile(parseToml(['[packages]', 'mylib = {path = ".", editable = true}', 'flask = "*"', 'other = {git = "https://github.com/o/other.git", ref = "main"}'].join("\n")));
    expect(pipfile.dependencies.map((d) => d.name)).toEqual(["flask", "other"]);
  });
});

describe("requirements files", () => {
  it("`name @ file:///...` is a folder, as `./path` is; `name @ git+https://...` stays", async () => {
    const { readRequirements } = await import("../detectors/python/requirements.js");
    const parsed = readRequirements(["shared @ file:///app/libs/shared", "./libs/other", "httpx @ git+https://github.com/encode/httpx@0.27.0", "django==4.2.11"].join("\n"));
    expect(parsed.requirements.map((r) => r.name)).toEqual(["httpx", "django"]);
  });
});

describe("environment.yml pip section", () => {
  it("`name @ file:///...` is left out, PyPI requirements stay", async () => {
    const { MemorySource, scan } = await import("../src/index.js");
    const env = ["name: app", "dependencies:", "  - python=3.11", "  - numpy", "  - pip:", "    - shared @ file:///opt/app/shared", "    - fastapi==0.110.0"].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), { git: false });
    const names = document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(names).toContain("fastapi");
    expect(names).not.toContain("shared");
  });
});

describe("conda servers", () => {
  it("a conda pin of a server is the server's release; a client's pin beside it is not (catalog/kinds.yml)", async () => {
    const { MemorySource, scan } = await import("../src/index.js");
    const env = ["name: app", "channels: [conda-forge]", "dependencies:", "  - python=3.11", "  - postgresql=16.3", "  - psycopg2=2.9.9", "  - redis-py=5.0.1", "  - mongodb"].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), { git: false });
    const version = (name: string) => document.tools.find((t) => t.name === name && !t.package_url)?.version;
    expect(version("PostgreSQL")).toBe("16.3");
    expect(version("Redis")).toBeUndefined();
    expect(version("MongoDB")).toBeUndefined();
  });
});
