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
