import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

// A Django REST API's Poetry manifest with Swagger schemas from drf-yasg and a Web3.py client.
const pyproject = `[tool.poetry]
name = "core"
version = "0.1.0"
description = ""

[tool.poetry.dependencies]
python = "^3.10"
djangorestframework = "3.14.0"
python-dotenv = "^1.0.0"
psycopg2-binary = "^2.9.9"
drf-yasg = "^1.21.7"
django-cors-headers = "^4.3.1"
web3 = "^6.13.0"

[build-system]
requires = ["poetry-core"]
build-backend = "poetry.core.masonry.api"
`;

// A pip freeze of a blockchain demo: Flask plus Web3.py.
const requirements = "Flask==2.2.2\nweb3==5.31.1\ndrf-yasg==1.21.7\n";

describe("pypi: web3 and drf-yasg", () => {
  it("stay package entries and name neither Ethereum nor drf-yasg", async () => {
    const { document } = await scan(new MemorySource({ "pyproject.toml": pyproject }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Ethereum");
    expect(names).not.toContain("drf-yasg");
    expect(names).toEqual(expect.arrayContaining(["Python", "PyPI"]));
    expect(document.tools.find((t) => t.name === "web3")).toMatchObject({ package_url: "https://pypi.org/project/web3" });
    expect(document.tools.find((t) => t.name === "drf-yasg")).toMatchObject({ package_url: "https://pypi.org/project/drf-yasg" });
  });

  it("name neither from a requirements file", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": requirements }), { git: false });
    const names = named(document.tools);
    expect(names).not.toContain("Ethereum");
    expect(names).not.toContain("drf-yasg");
    expect(document.tools.find((t) => t.name === "web3")).toMatchObject({ version: "5.31.1" });
  });

  it("--all-tools names Ethereum without Web3.py's release, and drf-yasg", async () => {
    const { document } = await scan(new MemorySource({ "requirements.txt": requirements }), { git: false, allTools: true });
    const ethereum = document.tools.find((t) => t.name === "Ethereum" && !t.package_url);
    expect(ethereum).toBeDefined();
    expect(ethereum?.version).toBeUndefined();
    expect(document.tools.some((t) => t.name === "drf-yasg" && !t.package_url)).toBe(true);
  });
});
