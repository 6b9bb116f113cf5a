import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readRequirements } from "../detectors/python/requirements.js";
import { readPyproject } from "../detectors/python/pyproject.js";
import { readSetupPy, readSetupCfg, readSetupName } from "../detectors/python/setup-files.js";
import { versionOfSpecifier, parseRequirement, normalizeName } from "../detectors/python/pep508.js";
import { parseToml } from "../src/parse/toml.js";
import { parseYaml } from "../src/parse/yaml.js";
import { readLocalPackages, readTomlLock } from "../detectors/python/locks.js";
import { readCondaEnvironment, readCondaSpec } from "../detectors/python/conda.js";
import { readPipfile, readPipfileLock } from "../detectors/python/pipenv.js";
import { fixture } from "./helpers.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expectFinishesWithin } from "./work-budget.js";

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
    ["^0.24.0.post1", "0.24.0.post1"],
    [">=2.1.0.post1", "2.1.0.post1"],
    ["==1.0.dev3", "1.0.dev3"],
    ["==1.0-post2", "1.0-post2"],
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
    for (const tool of ["Django", "Celery", "Gunicorn", "PyPI", "Python"]) {
      expect(named(document.tools, tool), tool).toBeDefined();
    }
    expect(document.tools.find((t) => t.name === "sentry-sdk")?.package_url).toBe("https://pypi.org/project/sentry-sdk"); // a package entry, no Sentry tool
    // the hashed psycopg2-binary line (continued with a backslash) is read: a package entry, no PostgreSQL tool
    expect(document.tools.find((t) => t.name === "psycopg2-binary")).toMatchObject({ version: "2.9.9", package_url: "https://pypi.org/project/psycopg2-binary" });
    expect(named(document.tools, "Heroku")).toBeUndefined(); // a Procfile and runtime.txt name no platform
    expect(named(document.tools, "Django")).toMatchObject({ version: "4.2.9", detection_source: "requirements/base.txt" });
    expect(named(document.tools, "Python")?.version).toBe("3.11.7");
    expect(document.tools.find((t) => t.package_url?.endsWith("/Django"))).toMatchObject({ name: "Django", version: "4.2.9" });
    expect(warnings).toEqual([expect.objectContaining({ file: "requirements/dev.txt", message: expect.stringMatching(/outside the repository/) })]);
  });

  it("requirement.txt, in the singular, is a requirements file too (a project folder of a collection repository)", async () => {
    const { document } = await scan(new MemorySource({ "spam_bot/requirement.txt": "PyAutoGUI==0.9.54\npygame==2.5.2\n", "spam_bot/main.py": "" }), opts);
    expect(named(document.tools, "PyPI")?.detection_source).toBe("spam_bot/requirement.txt");
    expect(named(document.tools, "pygame")).toMatchObject({ version: "2.5.2", detection_source: "spam_bot/requirement.txt" });
    expect(document.tools.find((t) => t.package_url?.endsWith("/PyAutoGUI"))?.version).toBe("0.9.54");
    // Only the name of a requirements file: notes about a requirement are not one.
    const notes = await scan(new MemorySource({ "docs/requirement_notes.md": "", "requirementnotes.txt": "pygame==2.5.2\n" }), opts);
    expect(named(notes.document.tools, "pygame")).toBeUndefined();
  });

  it("a requirements/ folder without a requirements.txt beside it, at the root or in a subproject, means PyPI", async () => {
    // cookiecutter-django's layout: base.txt included by local.txt and production.txt.
    const base = [
      "pytz==2022.1  # https://github.com/stub42/pytz",
      "redis==4.2.2  # https://github.com/redis/redis-py",
      "celery==5.2.6  # pyup: < 6.0  # https://github.com/celery/celery",
      "django==3.2.13  # pyup: < 4.0  # https://www.djangoproject.com/",
      "djangorestframework==3.13.1  # https://github.com/encode/django-rest-framework",
      "",
    ].join("\n");
    const production = "# PRECAUTION: avoid production dependencies that aren't in development\n\n-r base.txt\n\ngunicorn==20.1.0  # https://github.com/benoitc/gunicorn\n";
    const local = "-r base.txt\n\nWerkzeug[watchdog]==2.0.3 # https://github.com/pallets/werkzeug\npytest==7.1.2  # https://github.com/pytest-dev/pytest\n";
    for (const root of ["", "backend/"]) {
      const { document } = await scan(
        new MemorySource({ [`${root}requirements/base.txt`]: base, [`${root}requirements/production.txt`]: production, [`${root}requirements/local.txt`]: local }),
        opts,
      );
      expect(named(document.tools, "Django"), root).toMatchObject({ version: "3.2.13", detection_source: `${root}requirements/base.txt` });
      expect(named(document.tools, "Gunicorn"), root).toMatchObject({ version: "20.1.0", detection_source: `${root}requirements/production.txt` });
      expect(named(document.tools, "pytest")?.detection_source, root).toBe(`${root}requirements/local.txt`);
      // PyPI is cited from the last requirements file by path, as the site does (catalog/overrides.yml).
      expect(named(document.tools, "PyPI")?.detection_source, root).toBe(`${root}requirements/production.txt`);
    }
    // Other files in such a folder are not requirements.
    const { document } = await scan(new MemorySource({ "requirements/README.md": "django==3.2.13\n" }), opts);
    expect(document.tools).toEqual([]);
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
    // the site reads pyproject.toml and poetry.lock and names no Poetry (10 of 10 Poetry projects read)
    expect(named(document.tools, "Poetry")).toBeUndefined();
    expect(named(document.tools, "Ruff")).toBeDefined();
    // A path dependency is a folder of the repository, not the PyPI package of that name.
    expect(named(document.tools, "orbit-core")).toBeUndefined();
    expect(named(document.tools, "SQLAlchemy")?.version).toBe("2.0.25");
  });

  it("uv's own build backend means uv; LangChain's integration packages mean LangChain", async () => {
    const pyproject = [
      "[project]",
      'name = "codedoctor"',
      'version = "0.1.0"',
      'requires-python = ">=3.14"',
      "dependencies = [",
      '    "fastapi[standard]>=0.136.3",',
      '    "langchain>=1.3.4",',
      '    "langchain-google-genai>=4.2.4",',
      '    "langgraph>=1.2.4",',
      "]",
      "",
      "[build-system]",
      'requires = ["uv_build>=0.11.19,<0.12"]',
      'build-backend = "uv_build"',
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject }), opts);
    expect(named(document.tools, "Astral uv")?.detection_source).toBe("pyproject.toml");
    // The package that is LangChain itself gives the version, not the integration beside it.
    expect(named(document.tools, "LangChain")).toMatchObject({ version: "1.3.4", detection_source: "pyproject.toml" });
    const integration = await scan(new MemorySource({ "requirements.txt": "langchain-google-genai==4.2.4\nlanggraph==1.2.4\n" }), opts);
    expect(named(integration.document.tools, "LangChain")?.detection_source).toBe("requirements.txt");
    expect(readPyproject(parseToml('[build-system]\nbuild-backend = "uv_build"\n')).tools).toEqual(["uv"]);
  });

  it("[tool.uv]'s required-version pinned to one release gives Astral uv that release; a floor gives none, and a CI step's pin still wins", async () => {
    const pyproject = '[project]\nname = "orders"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = ["fastapi>=0.115"]\n\n[tool.uv]\nrequired-version = "==0.5.4"\npackage = false\n';
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject }), opts);
    expect(named(document.tools, "Astral uv")).toMatchObject({ version: "0.5.4", detection_source: "pyproject.toml" });
    expect(readPyproject(parseToml('[tool.uv]\nrequired-version = ">=0.4.18"\n')).required).toEqual({ uv: ">=0.4.18" });
    // a floor is no release the project runs: setup-uv's `version` (deeper in the tree) gives it
    const workflow = "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: astral-sh/setup-uv@v3\n        with:\n          version: \"0.4.18\"\n";
    const floor = pyproject.replace('"==0.5.4"', '">=0.4.0"');
    const ci = await scan(new MemorySource({ "pyproject.toml": floor, ".github/workflows/ci.yml": workflow }), opts);
    expect(named(ci.document.tools, "Astral uv")?.version).toBe("0.4.18");
    const alone = await scan(new MemorySource({ "pyproject.toml": floor }), opts);
    expect(named(alone.document.tools, "Astral uv")?.version).toBeUndefined();
    // uv reads a bare release as an exact pin (`0.5.4` is `==0.5.4`)
    const bare = await scan(new MemorySource({ "pyproject.toml": pyproject.replace('"==0.5.4"', '"0.5.4"') }), opts);
    expect(named(bare.document.tools, "Astral uv")?.version).toBe("0.5.4");
  });

  it("a uv workspace member another member declares is a folder of the repository, as uv.lock says, not a PyPI package", async () => {
    const files = {
      // The root's [tool.uv.sources] apply to every member: worker's own file does not repeat it.
      "pyproject.toml": '[project]\nname = "platform"\nversion = "0"\ndependencies = []\n\n[tool.uv.workspace]\nmembers = ["packages/*"]\n\n[tool.uv.sources]\ncore = { workspace = true }\n',
      "packages/core/pyproject.toml": '[project]\nname = "core"\nversion = "0.1.0"\ndependencies = ["pydantic>=2.9"]\n',
      "packages/worker/pyproject.toml": '[project]\nname = "worker"\nversion = "0.1.0"\ndependencies = ["core", "celery>=5.4"]\n',
      "uv.lock": [
        "version = 1",
        "",
        "[[package]]",
        'name = "celery"',
        'version = "5.4.0"',
        'source = { registry = "https://pypi.org/simple" }',
        "",
        "[[package]]",
        'name = "core"',
        'version = "0.1.0"',
        'source = { editable = "packages/core" }',
        "",
        "[[package]]",
        'name = "pydantic"',
        'version = "2.9.2"',
        'source = { registry = "https://pypi.org/simple" }',
        "",
      ].join("\n"),
    };
    const { document } = await scan(new MemorySource(files), opts);
    expect(named(document.tools, "core")).toBeUndefined();
    expect(named(document.tools, "celery")).toMatchObject({ version: "5.4.0", detection_source: "packages/worker/pyproject.toml" });
    expect([...readLocalPackages(parseToml('[[package]]\nname = "Lib_A"\nversion = "1"\n[package.source]\ntype = "directory"\nurl = "libs/a"\n\n[[package]]\nname = "b"\nversion = "2"\npath = "./b"\n'))]).toEqual(["lib-a", "b"]);
  });

  it("an integration's own release is not LangChain's: the locked langchain gives it", async () => {
    const lock = (pkgs: Array<[string, string]>) => pkgs.map(([n, v]) => `[[package]]\nname = "${n}"\nversion = "${v}"\nsource = { registry = "https://pypi.org/simple" }\n`).join("\n");
    const files = {
      "pyproject.toml": '[project]\nname = "rag"\nversion = "0.1.0"\ndependencies = ["langchain-openai>=0.1.8", "langchain-chroma>=0.1.1"]\n',
      "uv.lock": `version = 1\n\n${lock([["langchain", "0.2.5"], ["langchain-chroma", "0.1.1"], ["langchain-core", "0.2.9"], ["langchain-openai", "0.1.8"]])}`,
    };
    const { document } = await scan(new MemorySource(files), opts);
    expect(named(document.tools, "LangChain")).toMatchObject({ version: "0.2.5", detection_source_url: "uv.lock" });
    // langchain-core is released in step with langchain and keeps versioning it
    const core = await scan(new MemorySource({ "requirements.txt": "langchain-core==0.3.15\nlangchain-openai==0.2.6\n" }), opts);
    expect(named(core.document.tools, "LangChain")?.version).toBe("0.3.15");
    const only = await scan(new MemorySource({ "requirements.txt": "langchain-openai==0.2.6\n" }), opts);
    expect(named(only.document.tools, "LangChain")?.version).toBeUndefined();
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

  it("an extra that names the project itself (all = mypkg[dev,serve]) is no package entry", async () => {
    const cfg = "[metadata]\nname = visionnet\n\n[options]\ninstall_requires =\n    numpy>=1.26\n\n[options.extras_require]\nserve =\n    flask>=3.0\nall =\n    visionnet[serve]\n";
    const py = 'from setuptools import setup\n\nsetup(\n    name="img_clf",\n    install_requires=["torch>=2.2.0"],\n    extras_require={"onnx": ["onnx>=1.16.0"], "all": ["img-clf[onnx]"]},\n)\n';
    const { document } = await scan(new MemorySource({ "setup.cfg": cfg, "tools/setup.py": py }), opts);
    const packages = document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages.sort()).toEqual(["flask", "numpy", "onnx", "torch"]);
    expect(readSetupName("[metadata]\nname: visionnet\n", true)).toBe("visionnet");
    expect(readSetupName("[tool]\nname = other\n", true)).toBeUndefined();
    expect(readSetupName('    name="img_clf" , # the distribution\n', false)).toBe("img_clf");
    // A long run of blanks after the name is one pass: `\s*,?\s*` tried every split of it.
    const blanks = `name="x"${" ".repeat(100_000)}X`;
    expect(expectFinishesWithin(() => readSetupName(blanks, false), 5)).toBeUndefined();
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
    for (const name of ["Astral uv", "Pylint", "pytest", "PyPI"]) expect(named(document.tools, name), name).toBeDefined();
    // isort only configured by its table, not declared: named only with allTools
    expect(named(document.tools, "isort")).toBeUndefined();
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

  it("a '#' inside a string is no comment: a URL requirement's #egg= or #sha256= fragment keeps the entry", () => {
    // As pip-installable forks and wheels are written in setup.py (PEP 508 direct references).
    const text = [
      "from setuptools import find_packages, setup",
      "",
      "setup(",
      '    name="ingest",',
      "    packages=find_packages(),",
      "    install_requires=[",
      '        "pandas>=2.0",  # frames',
      '        "tabula-py @ git+https://github.com/acme/tabula-py.git@v2.9.1#egg=tabula-py",',
      "        'wheelpkg @ https://files.example.org/wheelpkg-1.0-py3-none-any.whl#sha256=0123abcd',",
      '        "pyarrow",',
      "    ],",
      ")",
    ].join("\n");
    expect(readSetupPy(text).map((r) => [r.name, r.specifier, r.url])).toEqual([
      ["pandas", ">=2.0", undefined],
      ["tabula-py", "", "git+https://github.com/acme/tabula-py.git@v2.9.1#egg=tabula-py"],
      ["wheelpkg", "==1.0", "https://files.example.org/wheelpkg-1.0-py3-none-any.whl#sha256=0123abcd"],
      ["pyarrow", "", undefined],
    ]);
  });

  it("an unclosed list reads what is there and does not throw", () => {
    expect(readSetupPy('setup(install_requires=["flask>=3", "gunicorn').map((r) => r.name)).toEqual(["flask"]);
    // Only the list's own text: the strings before it are no requirements.
    expect(readSetupPy('setup(\n    name = "shop",\n    install_requires=["flask>=3", "gunicorn').map((r) => r.name)).toEqual(["flask"]);
    // A comment closing the file without a newline ends the scan.
    expect(readSetupPy('setup(install_requires=[\n    "flask>=3",  # web').map((r) => r.name)).toEqual(["flask"]);
  });

  // As the "setup.py for humans" template lays it out: statements before the lists, the lists
  // and the extras held in variables, keyword arguments written with spaces around '='.
  const humans = [
    "import io",
    "import os",
    "",
    "from setuptools import find_packages, setup",
    "",
    "here = os.path.abspath(os.path.dirname(__file__))",
    'with io.open(os.path.join(here, "README.md"), encoding="utf-8") as f:',
    "    long_description = f.read()",
    "",
    "REQUIRED = [",
    '    u"six>=1.16",',
    '    # "boto3>=1.34",  off until the S3 backend lands',
    "    'pyyaml>=6.0',",
    "]",
    "",
    "EXTRAS = {",
    '    "s3": ["boto3>=1.34"],',
    "}",
    "",
    "setup(",
    '    name="datakit",',
    '    version="0.4.0",',
    "    long_description=long_description,",
    '    packages=find_packages(exclude=("tests",)),',
    "    install_requires = REQUIRED,",
    "    extras_require = EXTRAS,",
    '    tests_require = ["pytest>=7", "tabula-py @ git+https://github.com/acme/tabula-py.git#egg=tabula-py"], setup_requires=["wheel"],',
    ")",
  ].join("\n");

  it("Flit's metadata before PEP 621: [tool.flit.metadata] requires, requires-extra, dev-requires, requires-python (audit a37g)", async () => {
    const toml = [
      "[build-system]",
      'requires = ["flit_core >=2,<4"]',
      'build-backend = "flit_core.buildapi"',
      "",
      "[tool.flit.metadata]",
      'module = "sqlfmtlite"',
      'requires = ["sqlparse >=0.4", "click >=7.0"]',
      'requires-python = ">=3.6"',
      'dev-requires = ["tox"]',
      "",
      "[tool.flit.metadata.requires-extra]",
      'test = ["pytest >=6.0", "pytest-cov"]',
      'all = ["sqlfmtlite[test]"]',
    ].join("\n");
    const read = readPyproject(parseToml(toml));
    expect(read.dependencies.map((d) => [d.name, d.specifier, d.group])).toEqual([
      ["sqlparse", ">=0.4", undefined],
      ["click", ">=7.0", undefined],
      ["pytest", ">=6.0", "test"],
      ["pytest-cov", "", "test"],
      ["tox", "", "dev"],
    ]);
    expect(read.python).toBe(">=3.6");
    const { document } = await scan(new MemorySource({ "pyproject.toml": toml }), { git: false });
    expect(document.tools.find((t) => t.name === "Python")).toMatchObject({ version: "3.6", detection_source: "pyproject.toml" });
    expect(document.tools.find((t) => t.package_url === "https://pypi.org/project/sqlparse")).toMatchObject({ version: "0.4" });
    // `test` is an extra named for development: pytest is a package entry, no tool (dev-extras.ts)
    expect(document.tools.find((t) => t.name === "pytest" && !t.package_url)).toBeUndefined();
    expect(document.tools.find((t) => t.package_url === "https://pypi.org/project/pytest")).toBeDefined();
    expect(document.tools.find((t) => t.package_url?.endsWith("/sqlfmtlite"))).toBeUndefined();
  });

  it("extras built by dict(...), in a variable or in place (audit a37g)", () => {
    const held = [
      "extras = dict(",
      '    redis=["redis>=4.0"],',
      '    tests=["pytest>=6.2", "pytest-mock"],',
      ")",
      'extras["all"] = extras["redis"]',
      "setup(",
      '    name="retrykit",',
      '    install_requires=["requests>=2.25"],',
      "    extras_require=extras,",
      ")",
    ].join("\n");
    expect(readSetupPy(held).map((r) => [r.name, r.specifier])).toEqual([
      ["requests", ">=2.25"],
      ["redis", ">=4.0"],
      ["pytest", ">=6.2"],
      ["pytest-mock", ""],
    ]);
    const inPlace = 'setup(\n    install_requires=["wrapt~=1.14"],\n    extras_require=dict(docs=["sphinx>=7"]),\n)\n';
    expect(readSetupPy(inPlace).map((r) => [r.name, r.specifier])).toEqual([
      ["wrapt", "~=1.14"],
      ["sphinx", ">=7"],
    ]);
  });

  it("lists and extras held in variables defined after other statements, spaces around '=', u'' strings, a '#' in a one-line list's string", () => {
    expect(readSetupPy(humans).map((r) => [r.name, r.specifier])).toEqual([
      ["six", ">=1.16"],
      ["pyyaml", ">=6.0"],
      ["pytest", ">=7"],
      ["tabula-py", ""],
      ["wheel", ""],
      ["boto3", ">=1.34"],
    ]);
  });

  it("single-quoted strings holding '#' or a bracket in one-line lists, of odd and even lengths", () => {
    const text = [
      "from setuptools import setup",
      "setup(",
      "    install_requires=['wheelpkg @ https://files.example.org/wheelpkg-1.0-py3-none-any.whl#sha256=0123abcd'], tests_require=['pytest'],",
      "    setup_requires=['cffi>=1.0; python_version >= \"3\"', 'x[a]'], extras_require={'ab': ['a @ https://h.org/a.whl#md5=ab'], 'c': ['bb @ https://h.org/bb.whl#md5=ab']},",
      ")",
    ].join("\n");
    expect(readSetupPy(text).map((r) => r.name)).toEqual(["wheelpkg", "pytest", "cffi", "x", "a", "bb"]);
  });

  it("extras written inline with spaces around '=', and a list from a call (read_requirements()) or a variable no literal fills give nothing", () => {
    const text = [
      "from setuptools import setup",
      "",
      'deps = parse_requirements("requirements.txt")',
      "",
      "setup(",
      '    name="tool",',
      "    install_requires=deps,",
      '    tests_require=read_requirements("requirements-test.txt"),',
      '    extras_require = {"docs": ["sphinx>=7"]},',
      ")",
    ].join("\n");
    expect(readSetupPy(text).map((r) => [r.name, r.specifier])).toEqual([["sphinx", ">=7"]]);
  });

  it("setup.cfg as setuptools reads it: only [options] install_requires and the extras are lists, other keys and sections are not", () => {
    const cfg = [
      "[metadata]",
      "name = shopcart",
      "version = attr: shopcart.__version__",
      "classifiers =",
      "    Programming Language :: Python :: 3",
      "    License :: OSI Approved :: MIT License",
      "",
      "[options]",
      "packages = find:",
      "include_package_data = True",
      "zip_safe = False",
      "python_requires = >=3.8",
      "install_requires =",
      "    requests[socks]>=2.31",
      "    # pinned below 9 for the plugins",
      "    click>=8.0,<9  # the CLI",
      '    importlib-metadata; python_version<"3.10"',
      "",
      "[options.packages.find]",
      "where = src",
      "",
      "[options.extras_require]",
      "test =",
      "    pytest>=7.0",
      "    pytest-cov",
      "lint = flake8",
      "",
      "[options.entry_points]",
      "console_scripts =",
      "    shopcart = shopcart.cli:main",
    ].join("\n");
    expect(readSetupCfg(cfg).map((r) => [r.name, r.specifier])).toEqual([
      ["requests", ">=2.31"],
      ["click", ">=8.0,<9"],
      ["importlib-metadata", ""],
      ["pytest", ">=7.0"],
      ["pytest-cov", ""],
      ["flake8", ""],
    ]);
    // setuptools' `file:` directive names a requirements file, read on its own.
    expect(readSetupCfg("[options]\ninstall_requires = file: requirements.txt\n")).toEqual([]);
  });
});

describe("Python lockfiles, Pipfile and conda environments", () => {
  it("poetry.lock and uv.lock: [[package]] name and version, by PEP 503 name", () => {
    const lock = readTomlLock(
      parseToml(
        [
          "# This file is automatically @generated by Poetry 1.7.1 and should not be changed by hand.",
          "",
          "[[package]]",
          'name = "Django"',
          'version = "4.2.10"',
          'description = "A high-level Python web framework."',
          'optional = false',
          'python-versions = ">=3.8"',
          "",
          "[[package]]",
          'name = "typing_extensions"',
          'version = "4.9.0"',
          "",
          "[[package]]",
          'name = "editable-without-version"',
          "source = { editable = \".\" }",
          "",
          "[metadata]",
          'lock-version = "2.0"',
          'python-versions = "^3.11"',
        ].join("\n"),
      ),
    );
    expect([...lock]).toEqual([
      ["django", "4.2.10"],
      ["typing-extensions", "4.9.0"],
    ]);
    expect(readTomlLock(undefined).size).toBe(0);
    expect(readTomlLock({ package: { name: "x", version: "1" } }).size).toBe(0);
    expect([...readTomlLock({ package: [null, { name: 5, version: "1" }, { name: "ok", version: "2.0" }] })]).toEqual([["ok", "2.0"]]);
  });

  it("Pipfile.lock: default and develop, == cut, entries without a version skipped", () => {
    const lock = readPipfileLock(
      JSON.parse(`{
        "_meta": { "hash": { "sha256": "4f5e" }, "pipfile-spec": 6, "requires": { "python_version": "3.11" },
                   "sources": [{ "name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true }] },
        "default": {
          "django": { "hashes": ["sha256:aaa"], "index": "pypi", "markers": "python_version >= '3.10'", "version": "==4.2.10" },
          "Flask_Cors": { "version": "==4.0.0" },
          "mylib": { "editable": true, "path": "./mylib" },
          "broken": null
        },
        "develop": { "pytest": { "version": "==8.0.0" }, "black": { "version": "24.1.1" } }
      }`),
    );
    expect([...lock]).toEqual([
      ["django", "4.2.10"],
      ["flask-cors", "4.0.0"],
      ["pytest", "8.0.0"],
      ["black", "24.1.1"],
    ]);
    expect(readPipfileLock(undefined).size).toBe(0);
    expect(readPipfileLock({ default: "not a table" }).size).toBe(0);
  });

  it("Pipfile: packages and dev-packages, strings and tables, the Python version", () => {
    const pipfile = readPipfile(
      parseToml(
        [
          "[[source]]",
          'url = "https://pypi.org/simple"',
          "verify_ssl = true",
          'name = "pypi"',
          "",
          "[packages]",
          'django = "==4.2.*"',
          'requests = {version = ">=2.31", extras = ["socks"]}',
          'mylib = {path = "./mylib", editable = true}',
          'gunicorn = "*"',
          "",
          "[dev-packages]",
          'pytest = ">=8"',
          "",
          "[requires]",
          'python_version = "3.11"',
          'python_full_version = "3.11.7"',
        ].join("\n"),
      ),
    );
    expect(pipfile).toStrictEqual({
      dependencies: [
        { name: "django", specifier: "==4.2.*", dev: false },
        { name: "requests", specifier: ">=2.31", dev: false },
        { name: "gunicorn", specifier: "", dev: false },
        { name: "pytest", specifier: ">=8", dev: true },
      ],
      python: "3.11.7",
    });
    expect(readPipfile(parseToml('[requires]\npython_version = "3.12"\n')).python).toBe("3.12");
    expect(readPipfile(parseToml('[packages]\nflask = "*"\n'))).toStrictEqual({ dependencies: [{ name: "flask", specifier: "", dev: false }] });
    expect(readPipfile(undefined)).toStrictEqual({ dependencies: [] });
    expect(readPipfile({ packages: "flask" })).toStrictEqual({ dependencies: [] });
  });

  it("a Pipfile means PyPI, the index its packages come from, and no Pipenv; the lock gives the versions", async () => {
    const { document } = await scan(
      new MemorySource({
        Pipfile: '[[source]]\nurl = "https://pypi.org/simple"\nname = "pypi"\n\n[packages]\ndjango = "*"\n\n[dev-packages]\nblack = "*"\npytest = "*"\n',
        "Pipfile.lock": JSON.stringify({ _meta: {}, default: { django: { version: "==4.1.5" } }, develop: { black: { version: "==22.12.0" }, pytest: { version: "==7.2.0" } } }),
      }),
      opts,
    );
    expect(named(document.tools, "PyPI")?.detection_source).toBe("Pipfile");
    // the site reads both files and names no Pipenv (littlelemonapicourse, jejak-backend, payments-backend, porch_light)
    expect(named(document.tools, "Pipenv")).toBeUndefined();
    expect(named(document.tools, "Django")?.version).toBe("4.1.5");
    // a [dev-packages] test runner is a package entry with the lock's release, no tool
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("pytest");
    expect(document.tools.find((t) => t.name === "pytest")).toMatchObject({ version: "7.2.0", package_url: "https://pypi.org/project/pytest" });
  });

  it("environment.yml: the Python pin in its conda forms, conda packages and the pip section", () => {
    const env = readCondaEnvironment(
      parseYaml(
        [
          "name: analysis",
          "channels:",
          "  - conda-forge",
          "  - defaults",
          "dependencies:",
          "  - python=3.11.*",
          "  - numpy>=1.26",
          "  - pythonnet=3.0",
          "  - pip",
          "  - pip:",
          "      - requests==2.31.0",
          "      - -r requirements.txt",
          "  - nodejs: 20",
        ].join("\n"),
      ),
    );
    expect(env).toStrictEqual({ pip: ["requests==2.31.0", "-r requirements.txt"], conda: ["numpy>=1.26", "pythonnet=3.0", "pip"], python: "3.11" });
    expect(readCondaEnvironment(parseYaml("dependencies:\n  - python >= 3.10\n")).python).toBe("3.10");
    expect(readCondaEnvironment(parseYaml("dependencies:\n  - python 3.12\n")).python).toBe("3.12");
    expect(readCondaEnvironment(parseYaml("dependencies:\n  - python\n  - pip:\n    - flask\n"))).toStrictEqual({ pip: ["flask"], conda: ["python"] });
    expect(readCondaEnvironment(parseYaml("name: empty\n"))).toStrictEqual({ pip: [], conda: [] });
    expect(readCondaEnvironment({ dependencies: [null, { pip: "flask" }, { pip: [1, "rich"] }] })).toStrictEqual({ pip: ["rich"], conda: [] });
  });
});

describe("PEP 508 edge cases", () => {
  it("names, extras, parenthesized specifiers, direct references and markers", () => {
    expect(parseRequirement("  requests [ socks , security, ] (>=2.31.0, <3) ; python_version >= '3.8'  ")).toStrictEqual({ name: "requests", specifier: ">=2.31.0,<3", extras: ["socks", "security"] });
    // One-letter names exist (q, z3 is two): the name's inner part is optional.
    expect(parseRequirement("q==2.8")).toStrictEqual({ name: "q", specifier: "==2.8", extras: [] });
    expect(parseRequirement("zope.interface~=6.1")?.name).toBe("zope.interface");
    expect(parseRequirement("pkg@https://example.com/pkg-2.0.zip")).toStrictEqual({ name: "pkg", specifier: "==2.0", extras: [], url: "https://example.com/pkg-2.0.zip" });
    expect(parseRequirement("pkg @ file:///opt/wheels/pkg-1.0-py3-none-any.whl ; sys_platform == 'linux'")?.url).toBe("file:///opt/wheels/pkg-1.0-py3-none-any.whl");
    expect(parseRequirement("-r base.txt")).toBeUndefined();
    expect(parseRequirement("flask latest")).toBeUndefined();
    // An archive's release of a long run of letters ending in a stray character: no release, at
    // once (it backtracked through every split of the letters, hours for these 40).
    expect(expectFinishesWithin(() => parseRequirement(`pkg @ https://example.com/pkg-1${"a".repeat(40)}!.tar.gz`), 5)?.specifier).toBe("");
    expect(parseRequirement("pkg @ https://example.com/pkg-1.0rc1.post2.dev3+cu121.tar.gz")?.specifier).toBe("==1.0rc1.post2.dev3+cu121");
    expect(normalizeName("FrIeNdLy-._.-bArD")).toBe("friendly-bard");
    expect(normalizeName("Django")).toBe("django");
  });

  it.each([
    ["==10.2.0", "10.2.0"],
    ["==2.0rc1", "2.0rc1"],
    ["1.2.3", "1.2.3"],
    ["==4.2.*", "4.2"],
    ["4.2.*", "4.2"],
    [">=4.2.*", undefined],
    ["!=4.2.*,>=4.0", "4.0"],
    ["<3, >= 1.5", "1.5"],
    [">1.0", undefined],
    [">1.0,>=1.2", "1.2"],
    ["==2.1.0+cpu", "2.1.0"],
    ["v1.4", "1.4"],
    ["", undefined],
    [undefined, undefined],
  ])("version of %s -> %s", (spec, version) => expect(versionOfSpecifier(spec)).toBe(version));
});

describe("compiled requirements (pip-compile, uv export)", () => {
  it("a line only other listed requirements need is transitive: a package entry, no tool", async () => {
    const text = [
      "# This file was autogenerated by uv via the following command:",
      "#    uv export --frozen --no-dev --output-file=requirements.txt",
      "boto3==1.34.0",
      "    # via django-storages",
      "django==5.0.1 \\",
      "    --hash=sha256:0123",
      "    # via",
      "    #   -r requirements.in",
      "    #   django-storages",
      "django-storages==1.14.2",
      "    # via mysite",
      "pyyaml==6.0.1  # via pymdown-extensions, mysite",
      "sqlparse==0.4.4  # via django",
      "pymdown-extensions==10.0",
      "sentry-sdk==1.39.1",
    ].join("\n");
    const parsed = readRequirements(text);
    const transitive = parsed.requirements.filter((r) => r.transitive).map((r) => r.name);
    expect(transitive).toEqual(["boto3", "sqlparse"]);
    expect(parsed.requirements.map((r) => r.name)).toEqual(["boto3", "django", "django-storages", "pyyaml", "sqlparse", "pymdown-extensions", "sentry-sdk"]);

    const { document } = await scan(new MemorySource({ "requirements.txt": text }), opts);
    expect(named(document.tools.filter((t) => !t.package_url), "Amazon Web Services (AWS)")).toBeUndefined(); // boto3 only via django-storages
    expect(document.tools.find((t) => t.package_url?.endsWith("/boto3"))?.version).toBe("1.34.0"); // still a package entry
    expect(named(document.tools, "Django")?.version).toBe("5.0.1");
    expect(document.tools.find((t) => t.name === "sentry-sdk")?.version).toBe("1.39.1");
  });
});

describe("pip-compile annotations", () => {
  it("multi-line via blocks, inline via lists, hand-written lines and comments that are not annotations", () => {
    const parsed = readRequirements(
      [
        "#",
        "# This file is autogenerated by pip-compile with Python 3.11",
        "# by the following command:",
        "#",
        "#    pip-compile requirements.in",
        "#",
        "asgiref==3.7.2",
        "    # via django",
        "django==4.2.9",
        "    # via -r requirements.in",
        "#   pinned to the LTS until the upgrade",
        "typing-extensions==4.9.0",
        "    # via",
        "    #   asgiref",
        "    #   django",
        "flask==3.0.0",
        "certifi==2023.11.17  # via requests",
        "idna==3.6  # via requests, urllib3",
        "urllib3==2.1.0",
        "    # via",
        "    #   -r requirements.in",
        "    #   requests",
        "requests==2.31.0  # via -r requirements.in",
      ].join("\n"),
    );
    const transitive = Object.fromEntries(parsed.requirements.map((r) => [r.name, r.transitive ?? false]));
    expect(transitive).toEqual({
      asgiref: true,
      django: false,
      "typing-extensions": true,
      flask: false,
      certifi: true,
      idna: true,
      urllib3: false,
      requests: false,
    });
  });
});

describe("requirements files as projects write them", () => {
  it("includes, options, hashes in both forms, paths and URLs, editables", () => {
    const parsed = readRequirements(
      [
        "# Production requirements",
        "  -r base.txt",
        "-c   constraints.txt",
        "--constraint=constraints-extra.txt",
        "--index-url https://pypi.org/simple",
        "--find-links=C:\\wheels\\cache",
        "Django>=4.2,<5.0  # LTS",
        "djangorestframework==3.14.0 \\",
        "    --hash=sha256:eb63f58c9f218e1a7d064d17a70751f528ed4e1d35547fdade9aaf4cd103fd08",
        "flask==3.0.0\\",
        "--hash=sha256:579a333e6256b09489cbe0a067e66abe55c6595d8926be6b99423786334350c8",
        "gunicorn==21.2.0 --hash sha256:a3a2 --config-settings editable_mode=compat",
        "-e git+https://github.com/org/tool.git@v1.2#egg=org-tool",
        "-e .",
        "--editable=.[dev]",
        "-e  mylib",
        "http://internal.example.com/simple/pkg-1.0.tar.gz?egg=internal_pkg",
        "../sibling",
        "/opt/wheels/local_pkg-1.0-py3-none-any.whl",
        "pkg @ https://example.com/pkg-2.0.zip",
        "celery[redis] \\",
        "    >=5.3,<6",
        "uvicorn[standard]==0.27.0 \\",
      ].join("\n"),
    );
    expect(parsed.includes).toEqual(["base.txt", "constraints.txt", "constraints-extra.txt"]);
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.requirements).toStrictEqual([
      { name: "Django", specifier: ">=4.2,<5.0", extras: [], line: 7 },
      { name: "djangorestframework", specifier: "==3.14.0", extras: [], line: 8 },
      { name: "flask", specifier: "==3.0.0", extras: [], line: 10 },
      { name: "gunicorn", specifier: "==21.2.0", extras: [], line: 12 },
      { name: "org-tool", specifier: "", extras: [], url: "git+https://github.com/org/tool.git@v1.2#egg=org-tool", line: 13, editable: true },
      { name: "mylib", specifier: "", extras: [], line: 16, editable: true },
      { name: "internal_pkg", specifier: "", extras: [], url: "http://internal.example.com/simple/pkg-1.0.tar.gz?egg=internal_pkg", line: 17, editable: false },
      { name: "pkg", specifier: "==2.0", extras: [], url: "https://example.com/pkg-2.0.zip", line: 20 },
      { name: "celery", specifier: ">=5.3,<6", extras: ["redis"], line: 21 },
      { name: "uvicorn", specifier: "==0.27.0", extras: ["standard"], line: 23 },
    ]);
  });
});

describe("PyPI packages that reveal another tool", () => {
  it("django-bootstrap3/4/5 reveal Bootstrap without their own release", async () => {
    for (const pkg of ["django-bootstrap3==23.4", "django-bootstrap4==24.1", "django-bootstrap5==24.2"]) {
      const { document } = await scan(new MemorySource({ "requirements/base.txt": `Django==4.2.9\n${pkg}\n` }), opts);
      const bootstrap = document.tools.find((t) => t.name === "Bootstrap" && !t.package_url);
      expect(bootstrap, pkg).toMatchObject({ detection_source: "requirements/base.txt" });
      expect(bootstrap?.version, pkg).toBeUndefined();
    }
  });
  it("the database, cache or search server a driver, document mapper or framework backend speaks to, without the package's release", async () => {
    // A Django site's pinned requirements (cache in Redis, search in Elasticsearch, a pure-Python
    // PostgreSQL driver) and an async API's (MySQL through asyncmy, MongoDB through Beanie, Neo4j
    // through neomodel, vectors in Pinecone).
    const django = "Django==4.2.11\ndjango-redis==5.4.0\nhiredis==2.3.2\ndjango-elasticsearch-dsl==8.0\nelasticsearch-dsl==8.12.0\npg8000==1.30.5\n";
    const api = "fastapi==0.110.0\nasyncmy==0.2.9\nbeanie==1.25.0\nneomodel==5.2.1\npinecone==3.2.2\nasyncio-nats-client==0.11.5\n";
    const { document } = await scan(new MemorySource({ "requirements/base.txt": django, "api/requirements.txt": api }), opts);
    for (const name of ["Redis", "Elasticsearch", "PostgreSQL", "MySQL", "MongoDB", "Neo4j", "Pinecone", "NATS"]) {
      expect(named(document.tools, name), name).toBeDefined();
      expect(named(document.tools, name)?.package_url, name).toBeUndefined();
      expect(named(document.tools, name)?.version, name).toBeUndefined();
    }
    expect(document.tools.find((t) => t.name === "django-redis")).toMatchObject({ version: "5.4.0", package_url: "https://pypi.org/project/django-redis" });
  });

  it("a tool's other PyPI distributions name it with their release; extensions and plugins name what they load without theirs", async () => {
    // A vision service's pip freeze and an ops repository's tooling requirements.
    const ml = "numpy==1.26.4\nopencv-python-headless==4.9.0.80\ntensorflow-cpu==2.15.0\ntorch==2.2.1\ntorchaudio==2.2.1\n";
    const ops = "ansible-core==2.16.4\ndocker-compose==1.29.2\nuv==0.1.24\nmkdocs-material==9.5.13\nFlask-SQLAlchemy==3.1.1\nFlask-SocketIO==5.3.6\ngraphql-core==3.2.3\n";
    const { document } = await scan(new MemorySource({ "vision/requirements.txt": ml, "requirements-dev.txt": ops }), opts);
    expect(named(document.tools, "OpenCV")?.version).toBe("4.9.0");
    expect(named(document.tools, "TensorFlow")?.version).toBe("2.15.0");
    expect(named(document.tools, "PyTorch")?.version).toBe("2.2.1");
    expect(named(document.tools, "Ansible")?.version).toBe("2.16.4");
    expect(named(document.tools, "Docker Compose")?.version).toBe("1.29.2");
    expect(named(document.tools, "Astral uv")?.version).toBe("0.1.24");
    for (const name of ["MkDocs", "SQLAlchemy", "Socket.IO", "GraphQL"]) {
      expect(named(document.tools, name), name).toBeDefined();
      expect(named(document.tools, name)?.version, name).toBeUndefined();
    }
  });

  it("conda-forge's own names: the OpenCV meta-package, PyQt (Qt without PyQt's own release), the XGBoost binding, redis-py, MongoDB and PyTorch's CUDA pin", async () => {
    const env = ["name: lab", "channels:", "  - pytorch", "  - nvidia", "  - conda-forge", "dependencies:", "  - python=3.11", "  - opencv=4.9.0", "  - pyqt=5.15.9", "  - py-xgboost=2.0.3", "  - redis-py=5.0.1", "  - mongodb=6.0.6", "  - pytorch-cuda=12.1", ""].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "OpenCV")?.version).toBe("4.9.0");
    expect(named(document.tools, "Qt")).toBeDefined();
    expect(named(document.tools, "Qt")?.version).toBeUndefined(); // pyqt 5.15.9 is PyQt's release, not Qt's
    expect(named(document.tools, "XGBoost")?.version).toBe("2.0.3");
    expect(named(document.tools, "CUDA")?.version).toBe("12.1");
    expect(named(document.tools, "Redis")).toBeDefined();
    expect(named(document.tools, "MongoDB")).toBeDefined();
  });
});

describe("PyPI packages that are package entries only", () => {
  it("requests is a package entry, not the Requests tool (the site lists the package and names no tool from it)", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "Flask==2.2.2\nrequests==2.28.2\n" }), opts);
    expect(document.tools.find((t) => t.name === "requests")?.package_url).toBe("https://pypi.org/project/requests");
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("Requests");
    expect(named(document.tools, "Flask")).toBeDefined();
  });

  it("djangorestframework is a package entry, not the Django REST framework tool", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "Django==4.1.4\ndjangorestframework==3.14.0\nsqlparse==0.4.3\n" }), opts);
    expect(document.tools.find((t) => t.name === "djangorestframework")).toMatchObject({ version: "3.14.0", package_url: "https://pypi.org/project/djangorestframework" });
    expect(named(document.tools, "Django REST framework")).toBeUndefined();
    expect(named(document.tools, "Django")).toBeDefined();
  });

  it("scikit-learn, nltk and python-dotenv are package entries, not the scikit-learn, NLTK or Dotenv tools", async () => {
    // An ML app's pinned requirements (modelled on held-out HackGeniusAI / TheAI).
    const req = "tensorflow==2.4.1\nscikit-learn==0.24.1\nsklearn==0.0\nnltk==3.5\nnumpy==1.19.5\npython-dotenv==0.17.0\n";
    const { document } = await scan(new MemorySource({ "requirements.txt": req }), opts);
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("scikit-learn");
    expect(tools).not.toContain("NLTK");
    expect(tools).not.toContain("Dotenv");
    expect(document.tools.find((t) => t.name === "scikit-learn")).toMatchObject({ version: "0.24.1", package_url: "https://pypi.org/project/scikit-learn" });
    expect(document.tools.find((t) => t.name === "nltk")?.package_url).toBe("https://pypi.org/project/nltk");
    expect(document.tools.find((t) => t.name === "python-dotenv")?.package_url).toBe("https://pypi.org/project/python-dotenv");
    expect(named(document.tools, "TensorFlow")?.version).toBe("2.4.1");
    expect(named(document.tools, "NumPy")).toBeDefined();
  });

  it("psycopg2 and psycopg2-binary are package entries, not PostgreSQL; a postgres compose service still names it", async () => {
    // A Flask app's pinned requirements (modelled on held-out ConvoGeniusAI / render_deployment).
    const req = "Flask==2.0.1\npsycopg2==2.9.1\npsycopg2-binary==2.8.6\nSQLAlchemy==1.3.20\n";
    const { document } = await scan(new MemorySource({ "requirements.txt": req }), opts);
    expect(named(document.tools, "PostgreSQL")).toBeUndefined();
    expect(document.tools.find((t) => t.name === "psycopg2")).toMatchObject({ version: "2.9.1", package_url: "https://pypi.org/project/psycopg2" });
    expect(document.tools.find((t) => t.name === "psycopg2-binary")?.package_url).toBe("https://pypi.org/project/psycopg2-binary");
    expect(named(document.tools, "SQLAlchemy")?.version).toBe("1.3.20");
    const compose = "services:\n  db:\n    image: postgres:15\n";
    const both = await scan(new MemorySource({ "requirements.txt": req, "docker-compose.yml": compose }), opts);
    expect(named(both.document.tools, "PostgreSQL")).toMatchObject({ detection_source: "docker-compose.yml" });
    // asyncpg still names the server
    const asyncpg = await scan(new MemorySource({ "requirements.txt": "asyncpg==0.29.0\n" }), opts);
    expect(named(asyncpg.document.tools, "PostgreSQL")).toBeDefined();
  });

  it("aiohttp is a package entry, not the AIOHTTP tool; a conda environment still shows it", async () => {
    // A chat bot's pinned requirements (modelled on held-out orsnaro/Discord-Bot-Ai / assp-BybitTelegramBot).
    const req = "aiohttp==3.9.2\nasync-timeout==4.0.2\ndiscord.py==2.3.1\npytest==7.4.0\nyarl==1.9.2\n";
    const { document } = await scan(new MemorySource({ "requirements.txt": req }), opts);
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("AIOHTTP");
    expect(document.tools.find((t) => t.name === "aiohttp")).toMatchObject({ version: "3.9.2", package_url: "https://pypi.org/project/aiohttp" });
    expect(named(document.tools, "pytest")?.version).toBe("7.4.0");
    const env = "name: bot\ndependencies:\n  - python=3.11\n  - aiohttp=3.9.1\n";
    const conda = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(conda.document.tools, "AIOHTTP")).toMatchObject({ detection_source: "environment.yml" });
  });

  it("discord.py is a package entry, not the Discord tool (allTools still names it)", async () => {
    // a Discord bot's pinned requirements (modelled on held-out freiheit/MvKDiceBot)
    const req = "aiohttp==3.9.1\ndiscord.py==2.3.2\npylint==3.0.2\nyarl==1.9.4\n";
    const { document } = await scan(new MemorySource({ "requirements.txt": req }), opts);
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("Discord");
    expect(document.tools.find((t) => t.name === "discord.py")).toMatchObject({ version: "2.3.2", package_url: "https://pypi.org/project/discord.py" });
    expect(named(document.tools, "Pylint")?.version).toBe("3.0.2");
    const all = await scan(new MemorySource({ "requirements.txt": req }), { ...opts, allTools: true });
    expect(named(all.document.tools, "Discord")).toBeDefined();
  });

  it("starlette and uvicorn are package entries beside FastAPI; a conda environment still shows them", async () => {
    // a FastAPI backend's pip-freeze requirements (modelled on held-out cyberlytics/SGDb)
    const req = "anyio==3.6.2\nfastapi==0.88.0\nh11==0.14.0\npydantic==1.10.2\nstarlette==0.22.0\nuvicorn==0.20.0\n";
    const { document } = await scan(new MemorySource({ "requirements.txt": req }), opts);
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("Uvicorn");
    expect(tools).not.toContain("Starlette");
    expect(document.tools.find((t) => t.name === "uvicorn")).toMatchObject({ version: "0.20.0", package_url: "https://pypi.org/project/uvicorn" });
    expect(document.tools.find((t) => t.name === "starlette")).toMatchObject({ version: "0.22.0", package_url: "https://pypi.org/project/starlette" });
    expect(named(document.tools, "FastAPI")?.version).toBe("0.88.0");
    // a data-science requirements file (modelled on held-out timeseries-simulation): pandas is a package entry
    const science = await scan(new MemorySource({ "requirements.txt": "numpy==1.24.3\npandas==2.0.2\nmatplotlib==3.7.1\n" }), opts);
    const scienceTools = science.document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(scienceTools).toEqual(expect.arrayContaining(["NumPy", "Matplotlib"]));
    expect(scienceTools).not.toContain("Pandas");
    expect(science.document.tools.find((t) => t.name === "pandas")).toMatchObject({ version: "2.0.2", package_url: "https://pypi.org/project/pandas" });
    const all = await scan(new MemorySource({ "requirements.txt": req + "pandas==2.0.2\n" }), { ...opts, allTools: true });
    expect(named(all.document.tools, "Uvicorn")?.version).toBe("0.20.0");
    expect(named(all.document.tools, "Pandas")?.version).toBe("2.0.2");
    const env = "name: api\ndependencies:\n  - python=3.11\n  - uvicorn=0.27.0\n  - starlette=0.36.3\n";
    const conda = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(conda.document.tools, "Uvicorn")).toMatchObject({ detection_source: "environment.yml" });
    expect(named(conda.document.tools, "Starlette")).toBeDefined();
  });

  it("tornado is a package entry: a notebook or ASGI stack's dependency, pinned in freezes; a conda environment still shows it", async () => {
    // a docs build's pip freeze (modelled on held-out dm-haiku's docs/requirements.txt) and a Poetry export
    // with markers (saleor's requirements.txt): the site names no Tornado from either
    const freeze = "ipykernel==5.3.4\nipython==7.16.1\nnumpy==1.24.0\nscipy==1.11.1\ntornado==6.1\ntraitlets==5.1.1\n";
    const { document } = await scan(new MemorySource({ "docs/requirements.txt": freeze }), opts);
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("Tornado");
    expect(document.tools.find((t) => t.name === "tornado")).toMatchObject({ version: "6.1", package_url: "https://pypi.org/project/tornado" });
    expect(named(document.tools, "NumPy")?.version).toBe("1.24.0");
    const exported = 'tornado==6.2 ; python_version >= "3.9" and python_version < "3.10"\n';
    const poetry = await scan(new MemorySource({ "requirements.txt": exported }), opts);
    expect(poetry.document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("Tornado");
    expect(poetry.document.tools.find((t) => t.name === "tornado")?.version).toBe("6.2");
    const all = await scan(new MemorySource({ "docs/requirements.txt": freeze }), { ...opts, allTools: true });
    expect(named(all.document.tools, "Tornado")?.version).toBe("6.1");
    const conda = await scan(new MemorySource({ "environment.yml": "name: x\ndependencies:\n  - python=3.11\n  - tornado=6.4\n" }), opts);
    expect(named(conda.document.tools, "Tornado")).toMatchObject({ detection_source: "environment.yml" });
  });

  it("a conda environment still shows scikit-learn and NLTK (conda packages get no package entry)", async () => {
    const env = "name: ml\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.10\n  - scikit-learn=1.3.2\n  - nltk\n";
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "scikit-learn")).toMatchObject({ detection_source: "environment.yml" });
    expect(named(document.tools, "NLTK")).toBeDefined();
  });

  it("unittest2 (the unittest backport) names unittest, without the backport's release", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "pytest==6.2.2\nunittest2==1.1.0\n" }), opts);
    expect(named(document.tools, "unittest")).toMatchObject({ detection_source: "requirements.txt" });
    expect(named(document.tools, "unittest")?.version).toBeUndefined();
    expect(document.tools.find((t) => t.name === "unittest2")).toMatchObject({ version: "1.1.0", package_url: "https://pypi.org/project/unittest2" });
  });

  it("pypandoc and the other pandoc wrappers name Pandoc without their own release", async () => {
    // A service's pip freeze: the wrapper is pypandoc 1.11, not a pandoc release (pandoc is 2.x/3.x).
    const { document } = await scan(new MemorySource({ "src/api/requirements.txt": "Flask==2.3.2\npypandoc==1.11\nPyMuPDF==1.22.5\n" }), opts);
    expect(named(document.tools, "Pandoc")).toMatchObject({ detection_source: "src/api/requirements.txt" });
    expect(named(document.tools, "Pandoc")?.version).toBeUndefined();
    for (const line of ["pypandoc-binary==1.13", "pandoc==2.3", "panflute==2.3.0"]) {
      const other = await scan(new MemorySource({ "requirements.txt": `${line}\n` }), opts);
      expect(named(other.document.tools, "Pandoc"), line).toBeDefined();
      expect(named(other.document.tools, "Pandoc")?.version, line).toBeUndefined();
    }
  });

  it("tox from a dev requirements file or a [tool.tox] table names tox, with its release from the pin", async () => {
    // A command-line library's dev requirements, pinned by an update bot.
    const dev = "Click\ncoverage==7.4.0\nflake8\nmypy==1.8.0\npytest==7.4.4\npytest-cov==4.0.0\ntox==4.11.4\nwheel==0.42.0\n";
    const { document } = await scan(new MemorySource({ "requirements_dev.txt": dev, "setup.py": "from setuptools import setup\nsetup(name='x')\n" }), opts);
    expect(named(document.tools, "tox")).toMatchObject({ version: "4.11.4", detection_source: "requirements_dev.txt" });
    expect(named(document.tools, "tox")?.package_url).toBeUndefined();
    expect(document.tools.find((t) => t.name === "tox" && t.package_url)).toMatchObject({ package_url: "https://pypi.org/project/tox" });
    const table = await scan(new MemorySource({ "pyproject.toml": '[project]\nname = "x"\n\n[tool.tox]\nlegacy_tox_ini = """\n[tox]\nenvlist = py311\n"""\n' }), opts);
    expect(named(table.document.tools, "tox")).toMatchObject({ detection_source: "pyproject.toml" });
  });

  it("beautifulsoup4 is a package entry, not the BeautifulSoup tool", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": "beautifulsoup4==4.6.3\nredis==4.4.4\n" }), opts);
    expect(document.tools.find((t) => t.name === "beautifulsoup4")?.package_url).toBe("https://pypi.org/project/beautifulsoup4");
    expect(document.tools.filter((t) => !t.package_url).map((t) => t.name)).not.toContain("BeautifulSoup");
    expect(named(document.tools, "Redis")).toBeDefined();
  });

  it("PyYAML and pyzmq (a notebook's pip freeze) are package entries, not YAML or ZeroMQ", async () => {
    const freeze = "ipykernel==6.26.0\nnumpy==1.26.1\nPyYAML==6.0\npyzmq==25.1.1\n";
    const { document } = await scan(new MemorySource({ "requirements.txt": freeze }), opts);
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("YAML");
    expect(tools).not.toContain("ZeroMQ");
    expect(tools).toContain("NumPy");
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(expect.arrayContaining(["PyYAML", "pyzmq"]));
  });

  it("grpcio, sentry-sdk and flake8 are package entries, not gRPC, Sentry or flake8; conda still names all three", async () => {
    // A Django app's Pipfile with a linter in its dev packages (a package entry only, as held-out
    // jejak-backend's), and a poetry export pinning a Google client's grpcio.
    const pipfile = '[packages]\ndjango = "*"\nsentry-sdk = "*"\n\n[dev-packages]\nflake8 = "*"\n\n[requires]\npython_version = "3.11"\n';
    const exported = 'grpcio==1.62.0 ; python_version >= "3.9"\nprotobuf==4.25.3 ; python_version >= "3.9"\n';
    const { document } = await scan(new MemorySource({ Pipfile: pipfile, "requirements.txt": exported }), opts);
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("gRPC");
    expect(tools).not.toContain("Sentry");
    expect(tools).toEqual(expect.arrayContaining(["Django", "Protobuf"]));
    expect(tools).not.toContain("flake8");
    expect(document.tools.find((t) => t.name === "grpcio")).toMatchObject({ version: "1.62.0", package_url: "https://pypi.org/project/grpcio" });
    expect(document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(expect.arrayContaining(["flake8", "sentry-sdk"]));
    // A requirements.txt's linter pins (held-out Or4cl3AI/ProdigyAI-'s requirements.txt: the site lists
    // flake8 3.8.4 there and names no flake8) are package entries; from a requirements file of another
    // name the site names flake8 (NeonGraal/script-venv's requirements_dev.txt, Clivern's
    // requirements.test.txt: test/python-requirements-other-names.test.ts). The linter's own .flake8
    // file still names it.
    const freeze = "numpy==1.19.2\nsqlalchemy==1.3.20\ngunicorn==20.0.4\npytest==6.1.1\nflake8==3.8.4\nblack==20.8b1\n";
    for (const file of ["requirements.txt", "requirements_dev.txt"]) {
      const pinned = await scan(new MemorySource({ [file]: freeze }), opts);
      const flake8 = pinned.document.tools.find((t) => t.name === "flake8" && !t.package_url);
      if (file === "requirements.txt") expect(flake8, file).toBeUndefined();
      else expect(flake8, file).toMatchObject({ detection_source: file });
      expect(pinned.document.tools.find((t) => t.name === "flake8" && t.package_url), file).toMatchObject({ version: "3.8.4" });
      expect(named(pinned.document.tools, "pytest"), file).toMatchObject({ version: "6.1.1" });
    }
    const configured = await scan(new MemorySource({ "requirements.txt": freeze, ".flake8": "[flake8]\nmax-line-length = 100\n" }), opts);
    expect(named(configured.document.tools, "flake8")).toMatchObject({ detection_source: ".flake8", category: "Build, Test, Deploy" });
    const env = "name: svc\ndependencies:\n  - python=3.11\n  - grpcio=1.62.0\n  - sentry-sdk\n  - flake8\n";
    const conda = await scan(new MemorySource({ "environment.yml": env }), opts);
    for (const name of ["gRPC", "Sentry", "flake8"]) expect(named(conda.document.tools, name), name).toMatchObject({ detection_source: "environment.yml" });
  });

  it("a conda environment still shows Black, isort and pre-commit (package entries from PyPI manifests only)", async () => {
    // a data package's development environment: conda packages get no package entry, so a key that
    // is a package entry from PyPI would leave these tools nowhere in the document
    const env = "name: hydro-dev\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - black=24.3.0\n  - isort\n  - pre-commit=3.7.1\n";
    const { document } = await scan(new MemorySource({ "environment-dev.yml": env }), opts);
    expect(named(document.tools, "Black")).toMatchObject({ version: "24.3.0", detection_source: "environment-dev.yml", category: "Build, Test, Deploy" });
    expect(named(document.tools, "isort")).toMatchObject({ detection_source: "environment-dev.yml" });
    expect(named(document.tools, "pre-commit")).toMatchObject({ version: "3.7.1", detection_source: "environment-dev.yml" });
    expect(document.tools.filter((t) => t.package_url)).toEqual([]);
  });

  it("a requirements/ folder's development pins give the root's .flake8 and .pre-commit-config.yaml their releases; another project's do not", async () => {
    // a Django project's split requirements (requirements/dev.txt beside requirements/base.txt) and
    // its linters' own files at the root, as requirements-dev.txt would lend them
    const files = {
      "requirements/base.txt": "Django==5.0.9\n",
      "requirements/dev.txt": "-r base.txt\nflake8==7.1.1\npre-commit==3.8.0\npytest==8.3.3\n",
      ".flake8": "[flake8]\nmax-line-length = 88\n",
      ".pre-commit-config.yaml": "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n    hooks: [{ id: check-yaml }]\n",
    };
    const { document } = await scan(new MemorySource(files), opts);
    const tool = (name: string) => document.tools.find((t) => t.name === name && !t.package_url);
    // requirements/dev.txt names flake8 and pre-commit itself (a requirements file not named
    // requirements.txt, as the site reads it), and is cited over .flake8 and .pre-commit-config.yaml,
    // files the site names nothing from
    expect(tool("flake8")).toMatchObject({ version: "7.1.1", detection_source: "requirements/dev.txt", detection_source_url: "requirements/dev.txt" });
    expect(tool("pre-commit")).toMatchObject({ version: "3.8.0", detection_source: "requirements/dev.txt" });
    // cookiecutter-django's layout: the development pins in requirements/local.txt, flake8's settings in setup.cfg
    const cookiecutter = await scan(new MemorySource({ "requirements/base.txt": "Django==5.0.9\n", "requirements/local.txt": "-r base.txt\npre-commit==3.7.1\n", ".pre-commit-config.yaml": files[".pre-commit-config.yaml"] }), opts);
    expect(cookiecutter.document.tools.find((t) => t.name === "pre-commit" && !t.package_url)).toMatchObject({ version: "3.7.1" });
    // a subproject's requirements/ folder declares for that subproject, not for the root
    // (isort, which a requirements file of any name leaves a package entry, still shows it; flake8 is
    // named by the worker's file itself, at its own pin)
    const nested = await scan(new MemorySource({ "worker/requirements/dev.txt": "flake8==7.1.1\nisort==5.13.2\n", ".flake8": "[flake8]\n", ".isort.cfg": "[settings]\nprofile = black\n" }), opts);
    expect(nested.document.tools.find((t) => t.name === "isort" && !t.package_url)).toMatchObject({ detection_source: ".isort.cfg" });
    expect(nested.document.tools.find((t) => t.name === "isort" && !t.package_url)?.version).toBeUndefined();
    expect(nested.document.tools.find((t) => t.name === "flake8" && !t.package_url)).toMatchObject({ version: "7.1.1" });
  });

  it("pre-commit as a dependency is a package entry; its own config file still names pre-commit", async () => {
    // an AI project skeleton's requirements.txt pinning its hook runner beside its libraries (as held-out
    // Or4cl3AI/SciTouchAI-2.0's, where the site lists pre-commit 2.7.1 and names no pre-commit)
    const requirements = "numpy==1.19.2\nsqlalchemy==1.3.20\npre-commit==2.7.1\n";
    const plain = await scan(new MemorySource({ "requirements.txt": requirements }), opts);
    expect(plain.document.tools.find((t) => t.name === "pre-commit" && !t.package_url)).toBeUndefined();
    expect(plain.document.tools.find((t) => t.name === "pre-commit" && t.package_url)).toMatchObject({ version: "2.7.1" });
    expect(named(plain.document.tools, "SQLAlchemy")).toMatchObject({ version: "1.3.20" });
    const config = "repos:\n  - repo: https://github.com/psf/black\n    rev: 23.1.0\n    hooks:\n      - id: black\n";
    const hooked = await scan(new MemorySource({ "requirements.txt": requirements, ".pre-commit-config.yaml": config }), opts);
    expect(hooked.document.tools.find((t) => t.name === "pre-commit" && !t.package_url)).toBeDefined();
  });

  it("Poetry dev sections are package entries only: their test runners and linters name no tool", async () => {
    // modelled on held-out fileupload-fastapi and hubitatcontrol: the site lists these packages, with
    // poetry.lock's releases, and names FastAPI from the main section but no pytest, mypy, Pylint or pre-commit
    const pyproject = [
      "[tool.poetry.dependencies]",
      'python = "^3.8"',
      'fastapi = "^0.65.2"',
      "",
      "[tool.poetry.dev-dependencies]",
      'mypy = "^0.902"',
      "",
      "[tool.poetry.group.test.dependencies]",
      'pytest = "*"',
      'pylint = "*"',
      'pre-commit = "*"',
    ].join("\n");
    const lock = ["fastapi 0.65.3", "mypy 0.902", "pytest 7.3.1", "pylint 2.17.4", "pre-commit 3.3.2"]
      .map((p) => `[[package]]\nname = "${p.split(" ")[0]}"\nversion = "${p.split(" ")[1]}"\n`)
      .join("\n");
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject, "poetry.lock": lock }), opts);
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(named(document.tools, "FastAPI")).toMatchObject({ version: "0.65.3", detection_source: "pyproject.toml" });
    for (const name of ["pytest", "mypy", "Pylint", "pre-commit"]) expect(tools, name).not.toContain(name);
    const packages = document.tools.filter((t) => t.package_url);
    for (const [name, version] of [["mypy", "0.902"], ["pytest", "7.3.1"], ["pylint", "2.17.4"], ["pre-commit", "3.3.2"]])
      expect(packages.find((t) => t.name === name), name).toMatchObject({ version, package_url: `https://pypi.org/project/${name}` });
    // the same runner as a main dependency, or in a requirements file, still names its tool
    const main = await scan(new MemorySource({ "pyproject.toml": '[tool.poetry.dependencies]\npython = "^3.9"\npytest = "^5.4.1"\n' }), opts);
    expect(named(main.document.tools, "pytest")).toMatchObject({ detection_source: "pyproject.toml" });
  });

  it("Flask, Gunicorn and LangChain from a requirements file are package entries; from a Pipfile or setup.py they are tools", async () => {
    // modelled on held-out vectorflow's src/api/requirements.txt (the site lists flask, gunicorn and
    // langchain there and names none) and aryaniyaps/todos' server/Pipfile (it names Flask and Gunicorn)
    const req = "Flask==2.3.2\nGunicorn==21.2.0\nlangchain==0.0.300\nnumpy==1.25.2\n";
    const { document } = await scan(new MemorySource({ "src/api/requirements.txt": req }), opts);
    const tools = document.tools.filter((t) => !t.package_url).map((t) => t.name);
    for (const name of ["Flask", "Gunicorn", "LangChain"]) expect(tools, name).not.toContain(name);
    expect(tools).toContain("NumPy");
    for (const [name, version] of [["Flask", "2.3.2"], ["Gunicorn", "21.2.0"], ["langchain", "0.0.300"]])
      expect(document.tools.find((t) => t.name === name && t.package_url), name).toMatchObject({ version, detection_source: "src/api/requirements.txt" });
    const all = await scan(new MemorySource({ "src/api/requirements.txt": req }), { ...opts, allTools: true });
    expect(all.document.tools.find((t) => t.name === "Gunicorn" && !t.package_url)).toMatchObject({ version: "21.2.0", detection_source: "src/api/requirements.txt" });
    // the same packages through an include, and pip-tools' requirements.in, are requirements files too
    const included = await scan(new MemorySource({ "requirements.txt": "-r requirements/base.in\n", "requirements/base.in": "flask>=2\n" }), opts);
    expect(included.document.tools.find((t) => t.name === "Flask" && !t.package_url)).toBeUndefined();
    expect(included.document.tools.find((t) => t.name === "flask" && t.package_url)).toMatchObject({ detection_source: "requirements/base.in" });
    // an included file is read as a requirements file whatever its name
    const common = await scan(new MemorySource({ "requirements.txt": "-r common.txt\n", "common.txt": "flask>=2\n" }), opts);
    expect(common.document.tools.find((t) => t.name === "flask" && t.package_url)).toMatchObject({ detection_source: "common.txt" });
    expect(common.document.tools.find((t) => t.name === "Flask" && !t.package_url)).toBeUndefined();
    const pipfile = '[packages]\nflask = "==2.2.3"\ngunicorn = "*"\n\n[requires]\npython_version = "3.11"\n';
    const setup = "from setuptools import setup\nsetup(name='svc', install_requires=['flask>=2.0', 'gunicorn'])\n";
    const other = await scan(new MemorySource({ "server/Pipfile": pipfile, "worker/setup.py": setup }), opts);
    const tool = (doc: typeof other.document, name: string) => doc.tools.find((t) => t.name === name && !t.package_url);
    expect(tool(other.document, "Flask")).toMatchObject({ detection_source: "server/Pipfile" });
    expect(tool(other.document, "Gunicorn")).toMatchObject({ detection_source: "server/Pipfile" });
    const setupOnly = await scan(new MemorySource({ "setup.py": setup }), opts);
    expect(tool(setupOnly.document, "Flask")).toMatchObject({ detection_source: "setup.py" });
  });

  it("Werkzeug: named from a Pipfile, a package entry from a requirements file (as Flask)", async () => {
    // held-out aryaniyaps/flask-graphql-boilerplate: the site names Werkzeug (category-less) from
    // {{cookiecutter.project_slug}}/Pipfile; cyberlytics/KubeVision's requirements.txt lists Werkzeug 2.0.2
    // as a package and names no tool
    const pipfile = '[packages]\nflask = "==2.0.1"\nwerkzeug = "==2.0.1"\n\n[requires]\npython_version = "3.8"\n';
    const fromPipfile = await scan(new MemorySource({ "app/Pipfile": pipfile }), opts);
    const tool = fromPipfile.document.tools.find((t) => t.name === "Werkzeug" && !t.package_url);
    expect(tool).toMatchObject({ detection_source: "app/Pipfile", website_url: "https://palletsprojects.com/p/werkzeug/" });
    expect(tool?.category).toBeUndefined();
    const req = "Flask==2.0.2\nWerkzeug==2.0.2\n";
    const fromReq = await scan(new MemorySource({ "microservices/authentication/requirements.txt": req }), opts);
    expect(fromReq.document.tools.find((t) => t.name === "Werkzeug" && !t.package_url)).toBeUndefined();
    expect(fromReq.document.tools.find((t) => t.name === "Werkzeug" && t.package_url)).toMatchObject({ version: "2.0.2" });
  });

  it("black and isort declared as dependencies are package entries; their pyproject tables name them only with allTools", async () => {
    const pyproject = '[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "^0.109.1"\n\n[tool.poetry.group.dev.dependencies]\nblack = "^23.9.1"\nisort = "^5.13.2"\n';
    const deps = await scan(new MemorySource({ "pyproject.toml": pyproject, "requirements-dev.txt": "black==23.1.0\nisort==5.10.1\n" }), opts);
    const tools = deps.document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(tools).not.toContain("Black");
    expect(tools).not.toContain("isort");
    expect(tools).toContain("FastAPI");
    expect(deps.document.tools.filter((t) => t.package_url).map((t) => t.name)).toEqual(expect.arrayContaining(["black", "isort"]));
    // modelled on held-out porch_light: the site lists the dev packages and names FastAPI, but no
    // pytest, Black or isort from their tables
    const withTables = `${pyproject}\n[tool.pytest.ini_options]\naddopts = "-ra"\ntestpaths = ["tests"]\n\n[tool.black]\nline-length = 100\n\n[tool.isort]\nprofile = "black"\n\n[tool.mypy]\nstrict = true\n`;
    const tables = await scan(new MemorySource({ "pyproject.toml": withTables }), opts);
    const configured = tables.document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(configured).toContain("FastAPI");
    for (const name of ["Black", "isort", "pytest", "mypy"]) expect(configured, name).not.toContain(name);
    const all = await scan(new MemorySource({ "pyproject.toml": withTables }), { ...opts, allTools: true });
    const allNamed = all.document.tools.filter((t) => !t.package_url).map((t) => t.name);
    expect(allNamed).toEqual(expect.arrayContaining(["Black", "isort", "pytest", "mypy"]));
    expect(named(all.document.tools, "pytest")).toMatchObject({ detection_source: "pyproject.toml" });
    // the tools' own files still name them
    const files = await scan(new MemorySource({ "pyproject.toml": withTables, "pytest.ini": "[pytest]\naddopts = -ra\n", "mypy.ini": "[mypy]\nstrict = True\n" }), opts);
    expect(named(files.document.tools, "pytest")).toMatchObject({ detection_source: "pytest.ini" });
    expect(named(files.document.tools, "mypy")).toMatchObject({ detection_source: "mypy.ini" });
  });

  it("isort's .isort.cfg, pytest's hidden .pytest.ini and setup.cfg's [tox:tox] name their tools; setup.cfg's other tools' sections do not", async () => {
    // a library's setup.cfg carrying tox's settings (tox reads `[tox:tox]` there when no tox.ini
    // exists) beside flake8's and pytest's sections, with isort's and pytest's own files
    const setupCfg = "[metadata]\nname = slugkit\n\n[options]\ninstall_requires =\n    regex>=2023.6.3\n\n[flake8]\nmax-line-length = 100\n\n[tool:pytest]\ntestpaths = tests\n\n[tox:tox]\nenvlist = py311, py312\n\n[testenv]\ncommands = pytest\n";
    const files = { "setup.cfg": setupCfg, ".isort.cfg": "[settings]\nprofile = black\n", ".pytest.ini": "[pytest]\naddopts = -ra\n" };
    const { document } = await scan(new MemorySource(files), opts);
    expect(named(document.tools, "isort")).toMatchObject({ detection_source: ".isort.cfg", category: "Build, Test, Deploy" });
    expect(named(document.tools, "pytest")).toMatchObject({ detection_source: ".pytest.ini" });
    expect(named(document.tools, "tox")).toMatchObject({ detection_source: "setup.cfg" });
    expect(named(document.tools, "flake8")).toBeUndefined();
    const plain = await scan(new MemorySource({ "setup.cfg": setupCfg.replace("[tox:tox]", "[coverage:run]") }), opts);
    expect(named(plain.document.tools, "tox")).toBeUndefined();
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

  it("conda packages show their tools, by their PyPI namesake or their conda name, without package entries", async () => {
    // A data-science dashboard's environment (voila on App Engine).
    const env = [
      "name: NAM-Dash",
      "",
      "channels:",
      "  - conda-forge",
      "",
      "dependencies:",
      "  - python",
      "  - bqplot",
      "  - jupyterlab",
      "  - matplotlib",
      "  - nodejs=18",
      "  - numpy>=1.24",
      "  - conda-forge::pandas=1.5.3=py310h1128e8f_0",
      "  - seaborn",
      "  - voila",
      "  - pip",
      "",
      "  - pip:",
      "      - ipypb",
      "      - netcdf4",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "Jupyter")).toMatchObject({ detection_source: "environment.yml" });
    expect(named(document.tools, "Matplotlib")).toBeDefined();
    expect(named(document.tools, "NumPy")?.version).toBe("1.24");
    expect(named(document.tools, "Pandas")?.version).toBe("1.5.3");
    expect(named(document.tools, "Node.js")?.version).toBe("18");
    // The pip section's packages are PyPI package entries; the conda ones are not.
    const packages = document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages).toEqual(["ipypb", "netcdf4"]);
  });

  it("conda match specs", () => {
    expect(readCondaSpec("numpy")).toEqual({ name: "numpy", specifier: "" });
    expect(readCondaSpec("numpy=1.26")).toEqual({ name: "numpy", specifier: "==1.26" });
    expect(readCondaSpec("numpy 1.26.*")).toEqual({ name: "numpy", specifier: "==1.26" });
    expect(readCondaSpec("numpy==1.26.4=py311h64a7726_0")).toEqual({ name: "numpy", specifier: "==1.26.4" });
    expect(readCondaSpec("conda-forge::scikit-learn>=1.3,<2")).toEqual({ name: "scikit-learn", specifier: ">=1.3,<2" });
    expect(readCondaSpec("r-base=4.3.1=hb8ee39d_5")).toEqual({ name: "r-base", specifier: "==4.3.1" });
    // the bracket form of a match spec
    expect(readCondaSpec("pandas[version='>=2.0']")).toEqual({ name: "pandas", specifier: ">=2.0" });
    expect(readCondaSpec('numpy[build=py311*, version=">=1.26,<2"]')).toEqual({ name: "numpy", specifier: ">=1.26,<2" });
  });

  it("a channel before python keeps the Python pin; conda-forge's matplotlib-base, pytorch-gpu and cuda-version show their tools", async () => {
    expect(readCondaEnvironment(parseYaml("dependencies:\n  - conda-forge::python=3.11.6\n")).python).toBe("3.11.6");
    const env = ["name: geo", "channels:", "  - conda-forge", "dependencies:", "  - conda-forge::python=3.11.6", "  - matplotlib-base>=3.8", "  - pytorch-gpu=2.1.0", "  - cuda-version=12.0", "  - pandas[version='>=2.0']", ""].join("\n");
    const { document } = await scan(new MemorySource({ "environment.yml": env }), opts);
    expect(named(document.tools, "Python")).toMatchObject({ version: "3.11.6", detection_source: "environment.yml" });
    expect(named(document.tools, "Matplotlib")?.version).toBe("3.8");
    expect(named(document.tools, "PyTorch")?.version).toBe("2.1.0");
    expect(named(document.tools, "CUDA")?.version).toBe("12.0");
    expect(named(document.tools, "Pandas")?.version).toBe("2.0");
  });
});

describe("pip-compile's `# via -c` reasons", () => {
  it("a constraints file that pinned a release makes no package direct; an input file still does", () => {
    const parsed = readRequirements(
      [
        "flask-sqlalchemy==3.1.1",
        "    # via",
        "    #   -c constraints.txt",
        "    #   -r requirements.in",
        "sqlalchemy==2.0.23",
        "    # via",
        "    #   -c constraints.txt",
        "    #   flask-sqlalchemy",
        "greenlet==3.0.1  # via -c constraints.txt (line 3), sqlalchemy",
        "mako==1.3.0",
        "    # via",
        "    #   --constraint=constraints.txt",
        "    #   alembic",
        "alembic==1.13.0",
        "    # via -c constraints.txt",
      ].join("\n"),
    );
    const transitive = Object.fromEntries(parsed.requirements.map((r) => [r.name, r.transitive ?? false]));
    // alembic: only constrained, no other reason; read as declared, as before
    expect(transitive).toEqual({ "flask-sqlalchemy": false, sqlalchemy: true, greenlet: true, mako: true, alembic: false });
  });
});

describe("setup.py lists built by calls", () => {
  it("the file names a comprehension or a call reads are no requirements; literal lists and tuples still are", () => {
    const text = [
      "from setuptools import setup",
      "setup(",
      '    name="webapp",',
      '    install_requires=[line.strip() for line in open("requirements.txt") if not line.startswith("#")],',
      '    tests_require=[r.strip() for r in open(os.path.join(here, "requirements-test.txt")).readlines()],',
      '    setup_requires=("setuptools_scm>=8", "wheel"),  # (a comment\'s bracket',
      '    extras_require={"dev": open("dev.txt").read().splitlines(), "redis": ["redis>=5"]},',
      ")",
    ].join("\n");
    expect(readSetupPy(text).map((r) => r.name)).toEqual(["setuptools_scm", "wheel", "redis"]);
  });
});
