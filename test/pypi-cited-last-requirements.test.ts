import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// PyPI is cited from the last requirements file by path (as bytes), over a pyproject.toml, Pipfile
// or setup.py beside it, as npm is from its last package.json: 9 stack files of 9 owners (the
// evidence is listed above `pypi` in catalog/overrides.yml). The rule is catalog data: PyPI's
// `cited_files` with `cited_order: last`.

async function pypiSource(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false });
  return document.tools.find((t) => t.name === "PyPI" && !t.package_url)?.detection_source;
}

const POETRY = `[tool.poetry]
name = "cloud-api"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.10"
fastapi = "^0.95.0"
uvicorn = "^0.21.1"
`;

describe("PyPI's detection_source", () => {
  it("a Poetry pyproject.toml beside its exported requirements.txt: the requirements file", async () => {
    const files = { "pyproject.toml": POETRY, "requirements.txt": "fastapi==0.95.0 ; python_version >= \"3.10\"\nuvicorn==0.21.1\n" };
    expect(await pypiSource(files)).toBe("requirements.txt");
  });

  it("a pinned requirements.txt beside a requirements.freeze.txt: requirements.txt sorts last", async () => {
    const files = { "requirements.freeze.txt": "Flask==2.2.2\nWerkzeug==2.2.2\n", "requirements.txt": "Flask\n" };
    expect(await pypiSource(files)).toBe("requirements.txt");
  });

  it("requirements/base.txt and dev.txt, and a service's file after a scripts/Pipfile", async () => {
    expect(await pypiSource({ "requirements/base.txt": "Django==4.2.1\n", "requirements/dev.txt": "-r base.txt\npytest==7.4.0\n" })).toBe("requirements/dev.txt");
    const services = {
      "scripts/Pipfile": '[packages]\nrequests = "*"\n',
      "packages/services/api/requirements.txt": "fastapi==0.95.0\n",
    };
    expect(await pypiSource(services)).toBe("packages/services/api/requirements.txt");
  });

  it("with no requirements file, the finding that gives it, as before (a lone pyproject.toml)", async () => {
    expect(await pypiSource({ "pyproject.toml": POETRY })).toBe("pyproject.toml");
  });
});
