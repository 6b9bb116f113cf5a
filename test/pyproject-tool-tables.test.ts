import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A pyproject.toml's [tool.*] tables are reported by their names; the catalog's python-tool keys
// alone decide which of them name a tool, so a key added to the data is all a new table needs.
describe("pyproject.toml: [tool.*] tables and the catalog's python-tool keys", () => {
  const pyproject = [
    "[project]",
    'name = "ledger"',
    'version = "0.3.0"',
    "",
    "[tool.tox]",
    'legacy_tox_ini = "[tox]\\nenvlist = py312\\n"',
    "",
    "[tool.pyright]",
    'include = ["src"]',
    'typeCheckingMode = "strict"',
    "",
  ].join("\n");
  const names = (tools: Array<{ name: string }>) => tools.map((t) => t.name).sort();

  it("names tox from its table, and nothing from a table no key knows", async () => {
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject }), { git: false });
    expect(names(document.tools)).toEqual(["PyPI", "Python", "tox"]);
  });

  it("a catalog key for a table's name is all it takes for the table to name a tool", async () => {
    const catalog = {
      tools: [{ id: "pyright", name: "Pyright", category: "Build, Test, Deploy", sub_category: "Code Review" }],
      matchers: { "python-tool": { pyright: "pyright" } },
    };
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject }), { git: false, catalog });
    expect(names(document.tools)).toEqual(["PyPI", "Pyright", "Python", "tox"]);
    expect(document.tools.find((t) => t.name === "Pyright")?.detection_source).toBe("pyproject.toml");
  });

  it("names no Pipenv from a [tool.pipenv] table: Pipenv reads its Pipfile, never pyproject.toml", async () => {
    const withPipenv = `${pyproject}\n[tool.pipenv]\nallow_prereleases = true\n`;
    const { document } = await scan(new MemorySource({ "pyproject.toml": withPipenv }), { git: false });
    expect(names(document.tools)).toEqual(["PyPI", "Python", "tox"]);
  });
});
