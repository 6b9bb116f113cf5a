import { describe, expect, it } from "vitest";
import { pythonDetector } from "../detectors/python/index.js";
import { compact, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// A uv workspace that took in a package which kept the uv.lock it had on its own, and excludes
// a sandbox project locked apart. uv resolves every member with the root's uv.lock.
const rootPyproject = [
  "[project]",
  'name = "shop"',
  'version = "0.1.0"',
  'requires-python = ">=3.11"',
  'dependencies = ["shop-core", "fastapi>=0.110"]',
  "",
  "[tool.uv.sources]",
  "shop-core = { workspace = true }",
  "",
  "[tool.uv.workspace]",
  'members = ["packages/*"]',
  'exclude = ["packages/sandbox"]',
  "",
].join("\n");
const rootLock = [
  "version = 1",
  'requires-python = ">=3.11"',
  "",
  "[manifest]",
  'members = ["shop", "shop-core"]',
  "",
  "[[package]]",
  'name = "django"',
  'version = "5.0.6"',
  'source = { registry = "https://pypi.org/simple" }',
  "",
  "[[package]]",
  'name = "fastapi"',
  'version = "0.111.0"',
  'source = { registry = "https://pypi.org/simple" }',
  "",
  "[[package]]",
  'name = "shop-core"',
  'version = "0.1.0"',
  'source = { editable = "packages/core" }',
  'dependencies = [{ name = "django" }]',
  "",
].join("\n");
const oldLock = (version: string) => `version = 1\nrequires-python = ">=3.11"\n\n[[package]]\nname = "django"\nversion = "${version}"\nsource = { registry = "https://pypi.org/simple" }\n`;

describe("a uv workspace member's versions", () => {
  it("come from the root's uv.lock, not one left in the member's folder; an excluded project keeps its own", async () => {
    const { findings } = await detectorFindings(pythonDetector, {
      "pyproject.toml": rootPyproject,
      "uv.lock": rootLock,
      "packages/core/pyproject.toml": '[project]\nname = "shop-core"\nversion = "0.1.0"\ndependencies = ["django>=4.2"]\n',
      "packages/core/uv.lock": oldLock("4.2.11"),
      "packages/sandbox/pyproject.toml": '[project]\nname = "sandbox"\nversion = "0.0.1"\ndependencies = ["django>=4.2"]\n',
      "packages/sandbox/uv.lock": oldLock("4.2.13"),
    });
    expect(compact(findings.filter((f) => f.ref.startsWith("pypi:"))).sort()).toEqual([
      "pypi:django@4 >=4.2 ->4.2.13 (packages/sandbox/uv.lock) direct",
      "pypi:django@4 >=4.2 ->5.0.6 (uv.lock) direct",
      "pypi:fastapi@5 >=0.110 ->0.111.0 (uv.lock) direct",
    ]);
  });

  it("member globs are the repository's writing: many stars are matched without backtracking (72 s for eight before), braces still by picomatch", async () => {
    const long = "a".repeat(60);
    const files = (members: string) => ({
      "pyproject.toml": rootPyproject.replace('members = ["packages/*"]', `members = [${members}]`),
      "uv.lock": rootLock,
      [`packages/${long}/pyproject.toml`]: '[project]\nname = "x"\nversion = "0.1.0"\ndependencies = ["django>=4.2"]\n',
      [`packages/${long}/uv.lock`]: oldLock("4.2.11"),
    });
    const hostile = await expectFinishesWithin(() => detectorFindings(pythonDetector, files(`"packages/${"*a".repeat(8)}b", "packages/{core,sandbox}"`)), 5);
    // Not a member (the glob asks for a final b): the folder's own lock stands.
    expect(compact(hostile.findings.filter((f) => f.ref === "pypi:django"))).toContain(`pypi:django@4 >=4.2 ->4.2.11 (packages/${long}/uv.lock) direct`);
    // A member by a star-and-question-mark glob: the root's lock.
    const member = await detectorFindings(pythonDetector, files(`"packages/a*a?"`));
    expect(compact(member.findings.filter((f) => f.ref === "pypi:django"))).toEqual(["pypi:django@4 >=4.2 ->5.0.6 (uv.lock) direct"]);
  });
});
