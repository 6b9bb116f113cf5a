import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { pkg, tool } from "./helpers.js";

// A Flask app on uv that declares flask-sqlalchemy and not SQLAlchemy: the extension names
// SQLAlchemy on its own numbering, and uv.lock's sqlalchemy gives the tool its release, as an npm
// lockfile's installed copy does. No package entry is written for what the project does not declare.
const pyproject = '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.11"\ndependencies = ["flask>=3.0", "flask-sqlalchemy>=3.1"]\n';
const lock = (sqlalchemy: string) =>
  [
    "version = 1",
    'requires-python = ">=3.11"',
    "",
    "[[package]]",
    'name = "flask"',
    'version = "3.0.3"',
    'source = { registry = "https://pypi.org/simple" }',
    "",
    "[[package]]",
    'name = "flask-sqlalchemy"',
    'version = "3.1.1"',
    'source = { registry = "https://pypi.org/simple" }',
    'dependencies = [{ name = "flask" }, { name = "sqlalchemy" }]',
    "",
    "[[package]]",
    'name = "sqlalchemy"',
    `version = "${sqlalchemy}"`,
    'source = { registry = "https://pypi.org/simple" }',
    "",
  ].join("\n");

describe("a Python lockfile's undeclared installs", () => {
  it("give their release to the tool the project names without one, citing the lockfile", async () => {
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject, "uv.lock": lock("2.0.31") }), { git: false });
    expect(tool(document.tools, "SQLAlchemy")).toMatchObject({ version: "2.0.31", detection_source: "pyproject.toml", detection_source_url: "uv.lock" });
    expect(pkg(document.tools, "sqlalchemy")).toBeUndefined();
    expect(pkg(document.tools, "flask-sqlalchemy")?.version).toBe("3.1.1");
  });

  it("a declared package keeps its own entry and release; without a lockfile the tool has none", async () => {
    const declared = pyproject.replace('"flask-sqlalchemy>=3.1"]', '"flask-sqlalchemy>=3.1", "sqlalchemy>=2.0"]');
    const both = await scan(new MemorySource({ "pyproject.toml": declared, "uv.lock": lock("2.0.30") }), { git: false });
    expect(pkg(both.document.tools, "sqlalchemy")?.version).toBe("2.0.30");
    expect(tool(both.document.tools, "SQLAlchemy")?.version).toBe("2.0.30");
    const unlocked = await scan(new MemorySource({ "pyproject.toml": pyproject }), { git: false });
    expect(tool(unlocked.document.tools, "SQLAlchemy")?.version).toBeUndefined();
  });
});

// pip-compile's output beside its input: requirements.in declares flask-sqlalchemy, the compiled
// requirements.txt pins the sqlalchemy it pulls in (`# via`), which gives SQLAlchemy its release.
describe("a compiled requirements file's pins of what its inputs pull in", () => {
  const compiled = [
    "flask-sqlalchemy==3.1.1 \\",
    "    --hash=sha256:4ba4be7f419dc72f4efd8802d69974803c37259dd42f3913b0dcf75c9447e0a0",
    "    # via -r requirements.in",
    "redis==5.0.1",
    "    # via celery",
    "celery==5.3.6",
    "    # via -r requirements.in",
    "sqlalchemy==2.0.23 \\",
    "    --hash=sha256:c1bda93cbbe63c3b8a86cdb2d3f1a3b1b4e2a5b4c1d1e9d1e5d5f7a8b9c0d1e2",
    "    # via",
    "    #   alembic",
    "    #   flask-sqlalchemy",
    "alembic==1.13.0",
    "    # via flask-migrate",
    "flask-migrate==4.0.5",
    "    # via -r requirements.in",
    "",
  ].join("\n");

  it("give their release to the tool the inputs name without one, citing the compiled file", async () => {
    const files = { "requirements.in": "flask-sqlalchemy\ncelery\n", "requirements.txt": compiled };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "SQLAlchemy")).toMatchObject({ version: "2.0.23", detection_source_url: "requirements.txt" });
    // a transitively installed client names no server and gives none a release
    expect(tool(document.tools, "Redis")).toBeUndefined();
    expect(pkg(document.tools, "sqlalchemy")?.version).toBe("2.0.23");
  });

  it("a range, not a pin, lends nothing", async () => {
    const files = { "requirements.in": "flask-sqlalchemy\n", "requirements.txt": compiled.replace("sqlalchemy==2.0.23", "sqlalchemy>=2.0.23") };
    const { document } = await scan(new MemorySource(files), { git: false });
    expect(tool(document.tools, "SQLAlchemy")).toBeDefined();
    expect(tool(document.tools, "SQLAlchemy")?.version).toBeUndefined();
  });
});
