import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Development-only sections of pyproject.toml (PEP 735 groups, uv's, PDM's and Rye's dev-dependencies,
// Flit's dev-requires) list their packages and name no tool, as a Poetry dev group's: the site names
// none of 14 tools from Poetry dev sections in 8 repositories, and a project moving its dev group from
// Poetry to uv keeps its stack. A main dependency still names its tool.
const uvProject = [
  "[project]",
  'name = "bot"',
  'version = "0.3.0"',
  'requires-python = ">=3.12"',
  "dependencies = [",
  '    "discord-py>=2.4.0",',
  '    "httpx>=0.28.0",',
  '    "loguru>=0.7.2",',
  "]",
  "",
  "[dependency-groups]",
  'dev = ["pre-commit==4.0.1", "ruff==0.8.1", "mypy>=1.13.0"]',
  'test = ["pytest>=8.3.0,<9", "pytest-asyncio>=0.24.0"]',
  'docs = ["mkdocs-material>=9.5.47"]',
  "",
  "[build-system]",
  'requires = ["hatchling"]',
  'build-backend = "hatchling.build"',
  "",
].join("\n");

const uvLock = [
  "version = 1",
  'requires-python = ">=3.12"',
  "",
  ...[
    ["httpx", "0.28.1"],
    ["loguru", "0.7.2"],
    ["mkdocs-material", "9.5.47"],
    ["mypy", "1.13.0"],
    ["pre-commit", "4.0.1"],
    ["pytest", "8.3.4"],
    ["pytest-asyncio", "0.24.0"],
    ["ruff", "0.8.1"],
  ].flatMap(([name, version]) => ["[[package]]", `name = "${name}"`, `version = "${version}"`, 'source = { registry = "https://pypi.org/simple" }', ""]),
].join("\n");

const pdmProject = [
  "[project]",
  'name = "shop"',
  'version = "0.1.0"',
  'dependencies = ["flask>=3.0.3", "pytest>=8.3.2"]',
  'requires-python = ">=3.10"',
  "",
  "[tool.pdm.dev-dependencies]",
  'lint = ["ruff>=0.6.1", "mypy>=1.11.1"]',
  "",
  "[build-system]",
  'requires = ["pdm-backend"]',
  'build-backend = "pdm.backend"',
  "",
].join("\n");

async function stack(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  return {
    tools: document.tools.filter((t) => !t.package_url).map((t) => t.name),
    packages: Object.fromEntries(document.tools.filter((t) => t.package_url).map((t) => [t.name, t.version ?? "-"])),
  };
}

describe("development-only sections of pyproject.toml", () => {
  it("a uv project's PEP 735 groups: package entries at uv.lock's releases, no Ruff, mypy, pytest, pre-commit or MkDocs", async () => {
    const { tools, packages } = await stack({ "pyproject.toml": uvProject, "uv.lock": uvLock });
    for (const name of ["Ruff", "mypy", "pytest", "pre-commit", "MkDocs"]) expect(tools, name).not.toContain(name);
    expect(packages).toMatchObject({ ruff: "0.8.1", mypy: "1.13.0", pytest: "8.3.4", "pre-commit": "4.0.1", "mkdocs-material": "9.5.47", httpx: "0.28.1" });
  });

  it("PDM's dev-dependencies likewise, while a main dependency names its tool", async () => {
    const { tools, packages } = await stack({ "pyproject.toml": pdmProject });
    expect(tools).toEqual(expect.arrayContaining(["Flask", "pytest"]));
    expect(tools).not.toContain("Ruff");
    expect(tools).not.toContain("mypy");
    expect(packages).toMatchObject({ ruff: "0.6.1", mypy: "1.11.1" });
  });
});
