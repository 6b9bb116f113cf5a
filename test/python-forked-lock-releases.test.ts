import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { forkedRelease, specifierAllows } from "../detectors/python/pep508.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { pythonDetector } from "../detectors/python/index.js";

// uv forks a resolution by Python version: a library supporting 3.9 keeps numpy 1.x there and
// takes numpy 2 from 3.10 on, and its uv.lock holds both releases, each under its
// resolution-markers. A declaration takes the locked release its own range allows.
const pyproject = [
  "[project]",
  'name = "geo-tools"',
  'version = "0.4.0"',
  'requires-python = ">=3.9"',
  "dependencies = [",
  "    \"numpy>=2.0; python_version >= '3.10'\",",
  "    \"numpy>=1.24,<2; python_version < '3.10'\",",
  '    "shapely>=2.0",',
  "]",
  "",
].join("\n");
const uvLock = [
  "version = 1",
  'requires-python = ">=3.9"',
  "resolution-markers = [",
  "    \"python_full_version >= '3.10'\",",
  "    \"python_full_version < '3.10'\",",
  "]",
  "",
  "[[package]]",
  'name = "geo-tools"',
  'version = "0.4.0"',
  'source = { editable = "." }',
  "dependencies = [",
  '    { name = "numpy", version = "1.26.4", source = { registry = "https://pypi.org/simple" }, marker = "python_full_version < \'3.10\'" },',
  '    { name = "numpy", version = "2.0.2", source = { registry = "https://pypi.org/simple" }, marker = "python_full_version >= \'3.10\'" },',
  '    { name = "shapely" },',
  "]",
  "",
  "[[package]]",
  'name = "numpy"',
  'version = "1.26.4"',
  'source = { registry = "https://pypi.org/simple" }',
  "resolution-markers = [",
  "    \"python_full_version < '3.10'\",",
  "]",
  "",
  "[[package]]",
  'name = "numpy"',
  'version = "2.0.2"',
  'source = { registry = "https://pypi.org/simple" }',
  "resolution-markers = [",
  "    \"python_full_version >= '3.10'\",",
  "]",
  "",
  "[[package]]",
  'name = "shapely"',
  'version = "2.0.6"',
  'source = { registry = "https://pypi.org/simple" }',
  "",
].join("\n");

describe("a lockfile holding one package at several releases", () => {
  it("gives each declaration the release its own range allows, never one outside it", async () => {
    const { findings } = await detectorFindings(pythonDetector, { "pyproject.toml": pyproject, "uv.lock": uvLock });
    const numpy = compact(findings.filter((f) => f.ref === "pypi:numpy"));
    expect(numpy).toEqual(["pypi:numpy@6 >=2.0 ->2.0.2 (uv.lock) direct", "pypi:numpy@7 >=1.24,<2 ->1.26.4 (uv.lock) direct"]);
  });

  it("Poetry's caret range picks its fork too; the document's entry keeps a locked release", async () => {
    const poetry = [
      "[tool.poetry]",
      'name = "geo-tools"',
      'version = "0.4.0"',
      'description = ""',
      "authors = []",
      "",
      "[tool.poetry.dependencies]",
      'python = ">=3.9,<3.13"',
      'numpy = "^1.24"',
      "",
    ].join("\n");
    const lock = uvLock.replace(/^version = 1\n/, "").replace(/source = \{ registry = "https:\/\/pypi.org\/simple" \}\n/g, "");
    const { findings } = await detectorFindings(pythonDetector, { "pyproject.toml": poetry, "poetry.lock": lock });
    expect(compact(findings.filter((f) => f.ref === "pypi:numpy"))).toEqual(["pypi:numpy@9 ^1.24 ->1.26.4 (poetry.lock) direct"]);
    const { document } = await scan(new MemorySource({ "pyproject.toml": poetry, "poetry.lock": lock }), { git: false });
    expect(document.tools.find((t) => t.name === "numpy" && t.package_url)).toMatchObject({ version: "1.26.4", detection_source_url: "poetry.lock" });
  });

  it("reads PEP 440 and Poetry ranges by their release numbers", () => {
    expect(specifierAllows(">=1.24,<2", "1.26.4")).toBe(true);
    expect(specifierAllows(">=1.24,<2", "2.0.2")).toBe(false);
    expect(specifierAllows("~=2.2.1", "2.2.9")).toBe(true);
    expect(specifierAllows("~=2.2.1", "2.3.0")).toBe(false);
    expect(specifierAllows("==1.*", "1.9")).toBe(true);
    expect(specifierAllows("!=2.0.0", "2.0.0")).toBe(false);
    expect(specifierAllows("^0.4", "0.5.0")).toBe(false);
    expect(specifierAllows("~1.2", "1.2.7")).toBe(true);
    expect(specifierAllows("*", "1.0")).toBeUndefined();
    expect(forkedRelease(["1.26.4", "2.0.2"], ">=1.20")).toBe("2.0.2");
    expect(forkedRelease(["1.26.4", "2.0.2"], "")).toBeUndefined();
    expect(forkedRelease(["1.26.4", "2.0.2"], ">=3")).toBeUndefined();
  });
});
