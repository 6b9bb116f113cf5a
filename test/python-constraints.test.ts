import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { PatternIndex } from "../src/scan/select.js";
import { REQUIREMENTS_FILES } from "../detectors/python/files.js";
import { isConstraintsName, isRequirementsFile } from "../detectors/python/file-names.js";
import { pkg, tool } from "./helpers.js";

// pip's constraints files control which release of a requirement is installed, not whether it is
// installed: a project pins with one what it and its dependencies resolve to (often a `pip freeze`),
// and names its requirements elsewhere.
const constraints = `# pip freeze of the production image
amqp==5.2.0
billiard==4.2.0
celery==5.4.0
Django==4.2.13
gunicorn==22.0.0
kombu==5.3.7
SQLAlchemy==2.0.30
urllib3<2.3
vine==5.1.0
`;
const scanOf = async (files: Record<string, string>) => (await scan(new MemorySource(files), { git: false })).document.tools;

describe("pip constraints files", () => {
  it("pin the requirements installed with them, and add none of their own", async () => {
    const tools = await scanOf({
      "requirements.txt": "-c constraints.txt\n-r requirements/base.txt\ncelery[redis]\ndjango>=4.2\n",
      "requirements/base.txt": "gunicorn\nredis>=5.0.4\n",
      "constraints.txt": constraints,
    });
    // Django from a file named requirements.txt is a package entry (catalog/matchers/python.yml's `requirements`).
    expect(pkg(tools, "django")).toMatchObject({ version: "4.2.13", detection_source: "requirements.txt", detection_source_url: "constraints.txt" });
    expect(tool(tools, "Celery")).toMatchObject({ version: "5.4.0", detection_source: "requirements.txt", detection_source_url: "constraints.txt" });
    // base.txt is installed with the constraints its includer names.
    expect(pkg(tools, "gunicorn")).toMatchObject({ version: "22.0.0", detection_source: "requirements/base.txt", detection_source_url: "constraints.txt" });
    expect(pkg(tools, "redis")?.version).toBe("5.0.4"); // not pinned there: its own floor
    for (const name of ["kombu", "vine", "amqp", "billiard", "urllib3", "SQLAlchemy"]) expect(pkg(tools, name), name).toBeUndefined();
    expect(tool(tools, "SQLAlchemy")).toBeUndefined();
  });

  it("a requirements file another names with -c (to keep production's releases) still declares its own", async () => {
    const tools = await scanOf({
      "requirements.txt": "Django==4.2.13\ncelery[redis]==5.4.0\nkombu==5.3.7\n",
      "requirements-dev.txt": "-c requirements.txt\ncelery\npytest==8.2.1\n",
    });
    expect(pkg(tools, "Django")).toMatchObject({ version: "4.2.13", detection_source: "requirements.txt" });
    expect(pkg(tools, "kombu")?.version).toBe("5.3.7");
    expect(tool(tools, "Celery")?.version).toBe("5.4.0");
    expect(pkg(tools, "pytest")?.version).toBe("8.2.1");
  });

  it("one that no requirements file names pins the manifests of its folder, and lends its release to a tool they show without one", async () => {
    const pyproject = `[project]
name = "notes"
version = "0.1.0"
requires-python = ">=3.11"
dependencies = ["flask", "flask-sqlalchemy>=3.1"]
`;
    const tools = await scanOf({ "pyproject.toml": pyproject, "constraints.txt": "flask==3.0.3\nflask-sqlalchemy==3.1.1\nsqlalchemy==2.0.30\ngreenlet==3.0.3\n" });
    expect(tool(tools, "Flask")).toMatchObject({ version: "3.0.3", detection_source: "pyproject.toml", detection_source_url: "constraints.txt" });
    expect(pkg(tools, "flask-sqlalchemy")?.version).toBe("3.1.1");
    expect(tool(tools, "SQLAlchemy")?.version).toBe("2.0.30");
    expect(pkg(tools, "sqlalchemy")).toBeUndefined();
    expect(pkg(tools, "greenlet")).toBeUndefined();
  });

  it("one in a constraints/ folder, or named constraints.in, is selected and pins the project above it", async () => {
    const requirements = "django>=4.2\ncelery\n";
    const inFolder = await scanOf({ "requirements.txt": requirements, "constraints/prod.txt": constraints });
    expect(pkg(inFolder, "django")).toMatchObject({ version: "4.2.13", detection_source: "requirements.txt", detection_source_url: "constraints/prod.txt" });
    expect(tool(inFolder, "Celery")?.version).toBe("5.4.0");
    const compiledInput = await scanOf({ "requirements.txt": requirements, "constraints.in": constraints });
    expect(pkg(compiledInput, "django")).toMatchObject({ version: "4.2.13", detection_source_url: "constraints.in" });
    // requirements/base.txt and requirements/constraints.txt are both the root project's.
    const beside = await scanOf({ "requirements/base.txt": requirements, "requirements/constraints.txt": constraints });
    expect(pkg(beside, "django")).toMatchObject({ version: "4.2.13", detection_source: "requirements/base.txt", detection_source_url: "requirements/constraints.txt" });
    // A constraints file named .pip pins as one and declares nothing of its own.
    const pipNamed = await scanOf({ "requirements.txt": requirements, "constraints.pip": constraints });
    expect(pkg(pipNamed, "django")?.version).toBe("4.2.13");
    expect(pipNamed.filter((t) => t.detection_source === "constraints.pip")).toEqual([]);
  });

  it("the file selection picks every path isRequirementsFile accepts, and egg-info's requires.txt is none", () => {
    const index = new PatternIndex();
    for (const glob of REQUIREMENTS_FILES) index.add(glob, 0);
    const named = ["requirements.txt", "requirement.txt", "dev-requirements.in", "requirements.test.pip", "api/requirements/base.txt", "constraints.txt", "constraints.in", "pip-constraints.pip", "constraints/prod.txt", "svc/constraints/py312.in"];
    expect(named.filter(isRequirementsFile)).toEqual(named);
    expect(named.filter((p) => index.match(p).length === 0)).toEqual([]);
    expect(named.filter(isConstraintsName)).toEqual(["constraints.txt", "constraints.in", "pip-constraints.pip", "constraints/prod.txt", "svc/constraints/py312.in"]);
    expect(isRequirementsFile("ledger.egg-info/requires.txt")).toBe(false);
  });
});
