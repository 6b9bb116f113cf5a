import { describe, expect, it } from "vitest";
import { pythonDetector } from "../detectors/python/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// The Python detector whole, finding by finding, on one repository holding every manifest kind it\n// reads, each laid out as projects write it.

const requirements = `# production
-r requirements/base.txt
--requirement requirements/base.txt
-c constraints.txt
-r ../../outside.txt
Django==4.2.9
gunicorn>=21.2  # server
psycopg[binary]~=3.1
-e .
`;
const base = `celery[redis]==5.3.6
requests
`;
const devReqs = `-r ../requirements.txt
pytest==7.4.4
black
`;
const pyproject = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "shop"
requires-python = ">=3.11"
dependencies = [
  "fastapi>=0.109",
  "pydantic[email]==2.5.3",
  "shop-core",
  "localpkg @ file:///\${PROJECT_ROOT}/libs/localpkg",
  42,
]

[project.optional-dependencies]
redis = ["redis>=5.0"]

[dependency-groups]
test = ["pytest-asyncio>=0.23"]

[tool.uv.sources]
shop-core = { workspace = true }

[tool.uv]
dev-dependencies = ["ruff>=0.1.14"]

[tool.hatch.envs.docs]
dependencies = ["mkdocs-material"]
extra-dependencies = ["mkdocstrings[python]"]

[tool.pdm.dev-dependencies]
lint = ["mypy==1.8.0"]

[tool.ruff]
line-length = 100

[tool.pytest.ini_options]
addopts = "-q"
`;
const poetry = `[tool.poetry]
name = "worker"

[tool.poetry.dependencies]
python = "^3.10"
httpx = "^0.26.0"
sqlalchemy = { version = "^2.0.25", extras = ["asyncio"] }
anything = "*"
mylib = { path = "../mylib", develop = true }
gitdep = { git = "https://github.com/acme/gitdep.git" }

[tool.poetry.dev-dependencies]
pytest = "^7.4"

[tool.poetry.group.lint.dependencies]
flake8 = "^7.0"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
`;
const poetryLock = `[[package]]
name = "httpx"
version = "0.26.0"

[[package]]
name = "SQLAlchemy"
version = "2.0.25"

[[package]]
name = "pytest"
version = "7.4.4"
`;
const setupPy = `from setuptools import setup, find_packages

REQUIRES = [
    "click>=8.1",  # the CLI
    'rich==13.7.0',
]

setup(
    name="shoptool",
    install_requires=REQUIRES,
    tests_require=["pytest-mock"],
    extras_require={
        "s3": ["boto3>=1.34"],
        'gcs': ['google-cloud-storage'],
    },
)
`;
const setupCfg = `[metadata]
name = legacy

[options]
install_requires =
    six>=1.16 ; python_version < "3"
    attrs==23.2.0
python_requires = >=3.8

[options.extras_require]
yaml = pyyaml>=6.0
`;
const pipfile = `[[source]]
url = "https://pypi.org/simple"

[packages]
flask = "==3.0.0"
sentry-sdk = {version = ">=1.39", extras = ["flask"]}

[dev-packages]
pylint = "*"

[requires]
python_version = "3.12"
`;
const pipfileLock = JSON.stringify({ _meta: {}, default: { flask: { version: "==3.0.1" }, "sentry-sdk": { version: "==1.39.2" } }, develop: { pylint: { version: "==3.0.3" } } });
const env = `name: science
channels: [conda-forge]
dependencies:
  - python=3.11
  - numpy>=1.26
  - conda-forge::pandas=2.1.4
  - pip
  - pip:
      - streamlit==1.30.0
      - -e file:./local
`;

const pythonTree: Record<string, string> = {
  "requirements.txt": requirements, "requirements/base.txt": base, "requirements/dev.txt": devReqs,
  "constraints.txt": "urllib3<2\n",
  "api/pyproject.toml": pyproject,
  "worker/pyproject.toml": poetry, "worker/poetry.lock": poetryLock,
  "tool/setup.py": setupPy, "legacy/setup.cfg": setupCfg,
  "web/Pipfile": pipfile, "web/Pipfile.lock": pipfileLock,
  "science/environment.yml": env,
  "notes/environment.yaml": "title: not conda\n",
  "runtime.txt": "python-3.12.1\n",
  "api/.python-version": "3.11\n",
  "web/.python-version": "pypy3.10\n",
  "broken/pyproject.toml": "[project\nname=1\n",
};


describe("python reader", () => {
  it("a monorepo's Python projects: requirements with includes, PEP 621/uv/Hatch/PDM and Poetry pyproject.toml with lockfiles, setup.py, setup.cfg, a Pipfile, a conda environment and the Python version files", async () => {
    const { findings, warnings } = await detectorFindings(pythonDetector, pythonTree);
    expect(warnings).toEqual([
      "broken/pyproject.toml: malformed TOML: Invalid TOML document: illegal character in key",
      "requirements.txt: include ../../outside.txt points outside the repository; not followed",
    ]);
    expect(byFile(findings)).toEqual({
      "api/.python-version": [
        "runtime:python@1 ->3.11"
      ],
      "api/pyproject.toml": [
        "python-tool:hatch",
        "python-tool:pdm",
        "python-tool:pytest",
        "python-tool:ruff",
        "python-tool:uv",
        "runtime:python >=3.11 ->3.11",
        "pypi:fastapi@9 >=0.109 ->0.109 direct",
        "pypi:pydantic@10 ==2.5.3 ->2.5.3 direct",
        "pypi:redis@17 >=5.0 ->5.0 direct dev",
        "pypi:pytest-asyncio@20 >=0.23 ->0.23 direct dev transitive",
        "pypi:ruff@26 >=0.1.14 ->0.1.14 direct dev transitive",
        "pypi:mkdocs-material@29 direct dev transitive",
        "pypi:mkdocstrings@30 direct dev transitive",
        "pypi:mypy@33 ==1.8.0 ->1.8.0 direct dev transitive"
      ],
      "legacy/setup.cfg": [
        "pypi:attrs ==23.2.0 ->23.2.0 direct",
        "pypi:pyyaml >=6.0 ->6.0 direct",
        "pypi:six >=1.16 ->1.16 direct",
        "runtime:python@8 >=3.8 ->3.8"
      ],
      "requirements.txt": [
        "pypi:Django@6 ==4.2.9 ->4.2.9 direct",
        "pypi:gunicorn@7 >=21.2 ->21.2 direct",
        "pypi:psycopg@8 ~=3.1 ->3.1 direct"
      ],
      "requirements/base.txt": [
        "pypi:celery@1 ==5.3.6 ->5.3.6 direct",
        "pypi:requests@2 direct"
      ],
      "requirements/dev.txt": [
        "pypi:pytest@2 ==7.4.4 ->7.4.4 direct dev",
        "pypi:black@3 direct dev"
      ],
      "runtime.txt": [
        "runtime:python@1 ->3.12.1"
      ],
      "science/environment.yml": [
        "conda-tool:conda",
        "conda-tool:pip",
        "conda-tool:pypi",
        "conda:numpy >=1.26 ->1.26",
        "conda:pandas ==2.1.4 ->2.1.4",
        "pypi:numpy >=1.26 ->1.26",
        "pypi:pandas ==2.1.4 ->2.1.4",
        "pypi:streamlit ==1.30.0 ->1.30.0 direct",
        "runtime:python ->3.11"
      ],
      "tool/setup.py": [
        "pypi:boto3 >=1.34 ->1.34 direct",
        "pypi:click >=8.1 ->8.1 direct",
        "pypi:google-cloud-storage direct",
        "pypi:pytest-mock direct dev transitive",
        "pypi:rich ==13.7.0 ->13.7.0 direct"
      ],
      "web/Pipfile": [
        "runtime:python ->3.12",
        "pypi:flask@5 ==3.0.0 ->3.0.1 (web/Pipfile.lock) direct",
        "pypi:sentry-sdk@6 >=1.39 ->1.39.2 (web/Pipfile.lock) direct",
        "pypi:pylint@9 ->3.0.3 (web/Pipfile.lock) direct dev transitive"
      ],
      "worker/pyproject.toml": [
        "python-tool:poetry",
        "runtime:python ^3.10 ->3.10",
        "pypi:httpx@6 ^0.26.0 ->0.26.0 (worker/poetry.lock) direct",
        "pypi:sqlalchemy@7 ^2.0.25 ->2.0.25 (worker/poetry.lock) direct",
        "pypi:anything@8 direct",
        "pypi:gitdep@10 direct",
        "pypi:pytest@13 ^7.4 ->7.4.4 (worker/poetry.lock) direct dev transitive",
        "pypi:flake8@16 ^7.0 ->7.0 direct dev transitive"
      ]
    });
  });
});

describe("requirements files for development", () => {
  it("a file is for development by a whole word of its name (dev, develop, test, tests, testing, lint, docs, local), never by a fragment (docker, latest, contest)", async () => {
    const names = [
      "requirements-dev.txt", "dev-requirements.txt", "requirements_develop.txt", "requirements-devel.txt",
      "requirements-test.txt", "test-requirements.txt", "requirements_tests.txt", "requirements/testing.txt",
      "requirements-lint.txt", "requirements/linting.txt", "requirements-docs.txt", "docs-requirements.in",
      "requirements/development.txt", "requirements/doc.txt", "requirements.dev.txt",
      "requirements-docker.txt", "requirements-latest.txt", "requirements/production.txt", "requirements-gpu.txt",
      "requirements/devices.txt", "requirements.txt", "requirements/base.txt",
      "requirements/local.txt", "requirements-local.txt", "requirements-locales.txt",
    ];
    const { findings } = await detectorFindings(pythonDetector, Object.fromEntries(names.map((n) => [n, "Flask==3.0.0\n"])));
    expect(Object.fromEntries(findings.map((f) => [f.file, Boolean(f.dev)]))).toEqual({
      "dev-requirements.txt": true,
      "docs-requirements.in": true,
      "requirements-dev.txt": true,
      "requirements-devel.txt": true,
      "requirements-docker.txt": false,
      "requirements-docs.txt": true,
      "requirements-gpu.txt": false,
      "requirements-latest.txt": false,
      "requirements-local.txt": true,
      "requirements-locales.txt": false,
      "requirements-lint.txt": true,
      "requirements-test.txt": true,
      "requirements.dev.txt": true,
      "requirements.txt": false,
      "requirements/base.txt": false,
      "requirements/development.txt": true,
      "requirements/devices.txt": false,
      "requirements/doc.txt": true,
      "requirements/linting.txt": true,
      "requirements/local.txt": true,
      "requirements/production.txt": false,
      "requirements/testing.txt": true,
      "requirements_develop.txt": true,
      "requirements_tests.txt": true,
      "test-requirements.txt": true,
    });
  });
});

describe("python reader, case by case", () => {
  it("which files are requirements files: pip's spellings and extensions, separated words, any file of a requirements/ folder", async () => {
    const read = ["requirement.txt", "requirements.pip", "requirements.in", "dev-requirements.txt", "requirements_test.in", "pip-constraints.txt", "backend/requirements/prod.txt", "requirements/base.in"];
    const passed = ["myrequirements.txt", "requirementsdev.txt", "mypip-constraints2.txt", "docs/requirements-of-the-site.md"];
    const { findings } = await detectorFindings(pythonDetector, Object.fromEntries([...read, ...passed].map((n) => [n, "Django==5.0.1\n"])));
    // A constraints file adds no requirement: it pins those of its folder (python-constraints.test.ts).
    expect(findings.map((f) => f.file).sort()).toEqual(read.filter((n) => n !== "pip-constraints.txt").sort());
  });


  it("a folder holding Pipfile.lock and poetry.lock (a project moving to Poetry): poetry.lock gives the versions", async () => {
    const { findings } = await detectorFindings(pythonDetector, {
      "pyproject.toml": '[tool.poetry]\nname = "api"\n\n[tool.poetry.dependencies]\npython = "^3.11"\nflask = "^3.0"\n',
      "poetry.lock": '[[package]]\nname = "flask"\nversion = "3.0.2"\n',
      "Pipfile.lock": JSON.stringify({ _meta: {}, default: { flask: { version: "==2.3.3" } }, develop: {} }),
    });
    expect(byFile(findings)["pyproject.toml"]).toContain("pypi:flask@6 ^3.0 ->3.0.2 (poetry.lock) direct");
  });

  it("each build backend alone names its tool; each [tool.*] table is reported by its name, the catalog to decide; no Python without requires-python", async () => {
    const backends: Record<string, string> = {
      "poetry.core.masonry.api": "poetry", "hatchling.build": "hatch", "pdm.backend": "pdm", "flit_core.buildapi": "flit",
      "setuptools.build_meta": "setuptools", "maturin": "maturin", "uv_build": "uv", "scikit_build_core.build": "",
    };
    const tree = Object.fromEntries(Object.keys(backends).map((b, i) => [`p${i}/pyproject.toml`, `[build-system]\nrequires = ["x"]\nbuild-backend = "${b}"\n\n[project]\nname = "p${i}"\n`]));
    const { findings } = await detectorFindings(pythonDetector, tree);
    expect(Object.keys(backends).map((_, i) => findings.filter((f) => f.file === `p${i}/pyproject.toml`).map((f) => f.ref).join(" "))).toEqual(
      Object.values(backends).map((tool) => (tool ? `python-tool:${tool}` : "")),
    );
    const tables = ["poetry", "hatch", "pdm", "uv", "black", "ruff", "mypy", "pytest", "isort", "flake8", "pylint", "coverage", "tox", "bandit", "setuptools_scm"];
    const one = await detectorFindings(pythonDetector, { "pyproject.toml": tables.map((t) => `[tool.${t}]\nx = 1\n`).join("\n") });
    expect(one.findings.map((f) => f.ref)).toEqual(tables.map((t) => `python-tool:${t}`).sort());
    // A table named as a build backend's tool is reported once.
    const twice = await detectorFindings(pythonDetector, { "pyproject.toml": '[build-system]\nbuild-backend = "hatchling.build"\n\n[tool.hatch.envs.default]\ndependencies = []\n' });
    expect(twice.findings.map((f) => f.ref)).toEqual(["python-tool:hatch"]);
  });

  it("python_requires in setup.py and setup.cfg gives Python's lowest supported release, as requires-python does", async () => {
    const { findings } = await detectorFindings(pythonDetector, {
      "lib/setup.py": 'from setuptools import find_packages, setup\n\nsetup(\n    name="acme-lib",\n    packages=find_packages(),\n    python_requires=">=3.9",\n    install_requires=["requests>=2.31"],\n)\n',
      "cli/setup.cfg": "[metadata]\nname = acme-cli\n\n[options]\npackages = find:\npython_requires = >=3.8, <4  ; the floor CI tests\ninstall_requires =\n    click>=8.1\n",
      "old/setup.py": "from distutils.core import setup\nsetup(name='old', version='0.1')\n",
    });
    expect(findings.filter((f) => f.ref === "runtime:python").map((f) => `${f.file}:${f.line} ${f.declared} ->${f.version}`).sort()).toEqual([
      "cli/setup.cfg:6 >=3.8, <4 ->3.8",
      "lib/setup.py:6 >=3.9 ->3.9",
    ]);
  });

  it("tox.ini names tox by its own sections ([tox], [testenv], [testenv:lint]), not when it only holds other tools' settings", async () => {
    const { findings } = await detectorFindings(pythonDetector, {
      "tox.ini": "[tox]\nenvlist = py311, py312, lint\nisolated_build = true\n\n[testenv]\ndeps = -r requirements/test.txt\ncommands = pytest {posargs}\n",
      "lib/tox.ini": "[flake8]\nmax-line-length = 100\nexclude = .git,__pycache__\n\n[pytest]\naddopts = -ra\n",
      "svc/tox.ini": "; generated by the team's template\r\n[testenv:lint]\r\nskip_install = true\r\ncommands = ruff check .\r\n",
    });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ref}`).sort()).toEqual(["svc/tox.ini:2 python-tool:tox", "tox.ini:1 python-tool:tox"]);
  });

  it("a Pipfile without [requires] and a conda environment without a Python version name no Python release; a bare `python` is no package; pip URLs are kept", async () => {
    const { findings } = await detectorFindings(pythonDetector, {
      "Pipfile": '[[source]]\nurl = "https://pypi.org/simple"\n\n[packages]\nrequests = "*"\n',
      "environment.yml": "name: lab\nchannels:\n  - conda-forge\ndependencies:\n  - python\n  - jupyterlab=4.1\n  - pip\n  - pip:\n      - git+https://github.com/acme/labtools.git@v0.3#egg=labtools\n      - labextra @ git+https://github.com/acme/labextra.git\n",
    });
    expect(byFile(findings)).toEqual({
      "environment.yml": [
        "conda-tool:conda",
        "conda-tool:pip",
        "conda:jupyterlab ==4.1 ->4.1",
        "pypi:jupyterlab ==4.1 ->4.1",
        "pypi:labextra direct",
      ],
      "Pipfile": ["pypi:requests@5 direct"],
    });
  });

  it("Python version files: a leading blank line, two-digit patch releases, pre-releases left out", async () => {
    const { findings } = await detectorFindings(pythonDetector, {
      "a/.python-version": "\n3.12.1\n",
      "b/.python-version": "3.11.10\n",
      "c/.python-version": "3.13.0rc2\n",
      "d/runtime.txt": "python-3.9.18\n",
      "e/runtime.txt": "python-3.12.0b4\n",
    });
    expect(byFile(findings)).toEqual({
      "a/.python-version": ["runtime:python@1 ->3.12.1"],
      "b/.python-version": ["runtime:python@1 ->3.11.10"],
      "d/runtime.txt": ["runtime:python@1 ->3.9.18"],
    });
  });

  it("an include the file selection does not pick is read; a missing include is passed over; binary manifests are skipped with one warning each", async () => {
    const { findings, warnings } = await detectorFindings(pythonDetector, {
      "requirements.txt": "-r tools/lint.txt\n-r missing.txt\n-c pins/constraints-prod.in\nflask==3.0.2\n",
      "tools/lint.txt": "ruff==0.3.0\n",
      "setup.py": "\u0000\u0001\u0002",
      "setup.cfg": "\u0000\u0001\u0002",
      "requirements-prod.txt": "\u0000\u0001\u0002",
      "runtime.txt": "\u0000\u0001\u0002",
    });
    expect(warnings).toEqual([
      "requirements-prod.txt: skipped: binary content",
      "runtime.txt: skipped: binary content",
      "setup.cfg: skipped: binary content",
      "setup.py: skipped: binary content",
    ]);
    expect(byFile(findings)).toEqual({
      "requirements.txt": ["pypi:flask@4 ==3.0.2 ->3.0.2 direct"],
      "tools/lint.txt": ["pypi:ruff@1 ==0.3.0 ->0.3.0 direct dev"],
    });
  });
});
