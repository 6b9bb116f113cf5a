import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readRequirements } from "../detectors/python/requirements.js";
import { readPyproject } from "../detectors/python/pyproject.js";
import { readSetupPy, readSetupCfg } from "../detectors/python/setup-files.js";
import { versionOfSpecifier, parseRequirement } from "../detectors/python/pep508.js";
import { parseToml } from "../src/parse/toml.js";
import { fixture } from "./helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const opts = { git: false } as const;
const named = (tools: import("../src/types.js").ToolEntry[], name: string) => tools.find((t) => t.name.toLowerCase() === name.toLowerCase());

describe("PEP 508 and specifiers", () => {
  it("parses names, extras, markers and URLs", () => {
    expect(parseRequirement('celery[redis,sqs] >= 5.3 ; python_version >= "3.8"')).toEqual({ name: "celery", extras: ["redis", "sqs"], specifier: ">=5.3" });
    expect(parseRequirement("pkg @ https://example.com/pkg.zip")).toMatchObject({ name: "pkg", url: "https://example.com/pkg.zip" });
    expect(parseRequirement("-e .")).toBeUndefined();
  });
  it.each([
    ["==2.5.2", "2.5.2"],
    [">=1.13.1,<2", "1.13.1"],
    ["~=1.39", "1.39"],
    ["^0.109.0", "0.109.0"],
    ["<2", undefined],
    ["!=1.0", undefined],
  ])("%s -> %s", (spec, version) => expect(versionOfSpecifier(spec)).toBe(version));
});

describe("requirements files", () => {
  it("continuations, hashes, options, includes and URL requirements", () => {
    const parsed = readRequirements(readFileSync(join(fixture("django-split-requirements"), "requirements/base.txt"), "utf8"));
    expect(parsed.requirements.map((r) => [r.name, r.specifier, r.line])).toEqual([
      ["Django", "==4.2.9", 1],
      ["djangorestframework", "==3.14.0", 2],
      ["celery", "==5.3.6", 3],
      ["psycopg2-binary", "==2.9.9", 4],
      ["django-storages", "", 6],
    ]);
  });

  it("a Django project with split requirements: includes followed inside the repository only", async () => {
    const { document, warnings } = await scan(fixture("django-split-requirements"), opts);
    for (const tool of ["Django", "Django REST framework", "Celery", "PostgreSQL", "Gunicorn", "Sentry", "PyPI", "Python", "Heroku"]) {
      expect(named(document.tools, tool), tool).toBeDefined();
    }
    expect(named(document.tools, "Django")).toMatchObject({ version: "4.2.9", detection_source: "requirements/base.txt" });
    expect(named(document.tools, "Python")?.version).toBe("3.11.7");
    expect(document.tools.find((t) => t.package_url?.endsWith("/Django"))).toMatchObject({ name: "Django", version: "4.2.9" });
    expect(warnings).toEqual([expect.objectContaining({ file: "requirements/dev.txt", message: expect.stringMatching(/outside the repository/) })]);
  });
});

describe("pyproject.toml", () => {
  it("TOML 1.0 (dotted keys, mixed-type arrays) parses; PEP 621, optional and PEP 735 groups", () => {
    const data = parseToml(readFileSync(join(fixture("poetry-monorepo"), "libs/core/pyproject.toml"), "utf8"));
    const project = readPyproject(data);
    expect(project.dependencies.map((d) => [d.name, d.specifier, d.group])).toEqual([
      ["pydantic", ">=2.5", undefined],
      ["httpx", ">=0.26", undefined],
      ["pytest", ">=7", "test"],
      ["hypothesis", "", "test"],
      ["mypy", ">=1.8", "lint"],
    ]);
    expect(project.python).toBe(">=3.11");
  });

  it("a Poetry monorepo: each dependency once, with the locked version and the manifest that declared it", async () => {
    const { document } = await scan(fixture("poetry-monorepo"), opts);
    const fastapi = document.tools.filter((t) => t.name.toLowerCase() === "fastapi");
    expect(fastapi.map((t) => [t.name, t.package_url ?? "", t.version, t.detection_source, t.detection_source_url])).toEqual([
      ["FastAPI", "", "0.109.2", "pyproject.toml", "poetry.lock"],
      ["fastapi", "https://pypi.org/project/fastapi", "0.109.2", "pyproject.toml", "poetry.lock"],
    ]);
    expect(named(document.tools, "Poetry")).toBeDefined();
    expect(named(document.tools, "Ruff")).toBeDefined();
    expect(named(document.tools, "orbit-core")).toBeDefined(); // a path dependency is still declared
    expect(named(document.tools, "SQLAlchemy")?.version).toBe("2.0.25");
  });
});

describe("setup.py and setup.cfg as text", () => {
  it("reads literal lists and never evaluates", () => {
    const text = [
      "import os",
      "from setuptools import setup",
      "os.system('touch /tmp/never')",
      "setup(name='x', install_requires=[",
      "    'numpy>=1.16',  # arrays",
      '    "scipy>=1.2.0",',
      "], extras_require={'plot': ['matplotlib']},)",
    ].join("\n");
    expect(readSetupPy(text).map((r) => r.name)).toEqual(["numpy", "scipy", "matplotlib"]);
    expect(readSetupCfg("[metadata]\nname = x\n[options]\ninstall_requires =\n    requests>=2\n    click\n[options.packages.find]\nwhere = src\n").map((r) => r.name)).toEqual(["requests", "click"]);
  });

  it("a malformed pyproject.toml is a warning naming it", async () => {
    const { warnings, document } = await scan(new MemorySource({ "pyproject.toml": "[project\nname=", "requirements.txt": "flask==3.0.0\n" }), opts);
    expect(warnings.map((w) => w.file)).toEqual(["pyproject.toml"]);
    expect(named(document.tools, "Flask")?.version).toBe("3.0.0");
  });
});

describe("uv projects and tool tables", () => {
  it("a uv project: versions from uv.lock, Astral uv from the lockfile and [tool.uv], PyTorch from torch", async () => {
    const pyproject = [
      "[project]",
      'name = "trainer"',
      'requires-python = ">=3.11"',
      'dependencies = ["torch>=2.1", "numpy", "Pillow>=10"]',
      "",
      "[dependency-groups]",
      'dev = ["pytest>=8", "pylint"]',
      "",
      "[tool.uv]",
      "package = false",
      "",
      "[tool.pylint.format]",
      "max-line-length = 100",
      "",
      "[tool.isort]",
      'profile = "black"',
    ].join("\n");
    const lock = [
      "version = 1",
      'requires-python = ">=3.11"',
      "",
      "[[package]]",
      'name = "torch"',
      'version = "2.3.1"',
      'source = { registry = "https://pypi.org/simple" }',
      "",
      "[[package]]",
      'name = "pillow"',
      'version = "10.4.0"',
      'source = { registry = "https://pypi.org/simple" }',
      "",
      "[[package]]",
      'name = "numpy"',
      'version = "2.0.1"',
      'source = { registry = "https://pypi.org/simple" }',
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject, "uv.lock": lock }), opts);
    expect(named(document.tools, "PyTorch")).toMatchObject({ version: "2.3.1", detection_source: "pyproject.toml", detection_source_url: "uv.lock" });
    expect(document.tools.find((t) => t.name === "Torch" && !t.package_url)).toBeUndefined();
    expect(named(document.tools, "NumPy")?.version).toBe("2.0.1");
    expect(document.tools.find((t) => t.package_url === "https://pypi.org/project/Pillow")).toMatchObject({ version: "10.4.0" });
    for (const name of ["Astral uv", "Pylint", "isort", "pytest", "PyPI"]) expect(named(document.tools, name), name).toBeDefined();
    expect(named(document.tools, "Python")?.version).toBe("3.11");
  });
});

describe("setup.py lists", () => {
  it("a list named by a variable, extras with brackets inside strings, and a comment holding a bracket", () => {
    const text = [
      "import os",
      "from setuptools import setup",
      "",
      "REQUIRES = [",
      '    "requests[socks]>=2.31",  # ] not the end',
      '    "click>=8",',
      "]",
      "",
      "setup(",
      '    name="yubioath-desktop",',
      "    install_requires=REQUIRES,",
      '    extras_require={"crypto": ["cryptography[ssh]>=41"], "test": ["pytest"]},',
      '    setup_requires=os.environ.get("X", []),',
      ")",
    ].join("\n");
    expect(readSetupPy(text).map((r) => [r.name, r.specifier])).toEqual([
      ["requests", ">=2.31"],
      ["click", ">=8"],
      ["cryptography", ">=41"],
      ["pytest", ""],
    ]);
  });

  it("an unclosed list reads what is there and does not throw", () => {
    expect(readSetupPy('setup(install_requires=["flask>=3", "gunicorn').map((r) => r.name)).toEqual(["flask"]);
  });
});

describe("conda environments", () => {
  it("environment.yml means conda only when it lists conda dependencies", async () => {
    const conda = "name: science\nchannels: [conda-forge]\ndependencies:\n  - python=3.11\n  - numpy\n  - pip:\n      - requests==2.31.0\n";
    const { document } = await scan(new MemorySource({ "environment.yml": conda }), opts);
    expect(named(document.tools, "Anaconda")).toBeDefined();
    expect(named(document.tools, "Requests")).toBeDefined();
    // The same name for a deployment's settings (a map, not a list of packages) is not conda.
    const other = { "deploy/environment.yml": "name: staging\nreplicas: 2\ndependencies:\n  database: postgres\n", "config/environment.yaml": "region: eu-west-1\n" };
    const plain = await scan(new MemorySource(other), opts);
    expect(named(plain.document.tools, "Anaconda")).toBeUndefined();
  });
});
