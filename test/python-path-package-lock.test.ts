import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A Python monorepo's shared library installed by path (Poetry's `common = { path = "../../libs/common" }`)
// keeps no lockfile of its own: the service depending on it locks its dependencies, and installs
// them at those releases.

const common = '[tool.poetry]\nname = "common"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\npydantic = "^2.8"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^8.0"\n';
const orders = '[tool.poetry]\nname = "orders"\nversion = "0.1.0"\n\n[tool.poetry.dependencies]\npython = "^3.11"\ncommon = { path = "../../libs/common", develop = true }\npytest = "^8.0"\n';
const lock = [
  "[[package]]", 'name = "common"', 'version = "0.1.0"', "", "[package.dependencies]", 'pydantic = "^2.8"', "", "[package.source]", 'type = "directory"', 'url = "../../libs/common"', "",
  "[[package]]", 'name = "pydantic"', 'version = "2.9.2"', "",
  "[[package]]", 'name = "pytest"', 'version = "8.3.3"', "",
  "[metadata]", 'lock-version = "2.0"', "",
].join("\n");

const pkg = async (files: Record<string, string>, name: string) =>
  (await scan(new MemorySource(files), { git: false })).document.tools.find((t) => t.name === name && t.package_url);

describe("a path package without a lockfile of its own", () => {
  it("takes its dependencies' releases from the lockfile of the project installing it by path", async () => {
    const files = { "libs/common/pyproject.toml": common, "services/orders/pyproject.toml": orders, "services/orders/poetry.lock": lock };
    const pydantic = await pkg(files, "pydantic");
    expect(pydantic?.version).toBe("2.9.2");
    expect(pydantic?.detection_source).toBe("libs/common/pyproject.toml");
    expect(pydantic?.detection_source_url).toBe("services/orders/poetry.lock");
  });

  it("not without such a lockfile, and not for its development group, which the dependent does not install", async () => {
    expect((await pkg({ "libs/common/pyproject.toml": common }, "pydantic"))?.version).toBe("2.8");
    const lone = { "libs/common/pyproject.toml": common, "services/orders/pyproject.toml": orders.replace("pytest", "#"), "services/orders/poetry.lock": lock };
    expect((await pkg(lone, "pytest"))?.detection_source_url).toBe("libs/common/pyproject.toml");
  });
});
