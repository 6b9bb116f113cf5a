import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { hookRepository, preCommitDetector } from "../detectors/pre-commit/index.js";
import { MemorySource, scan } from "../src/index.js";
import { fixture, tool } from "./helpers.js";

// pre-commit's hook repositories: the linters and formatters a repository runs before each commit.
describe("pre-commit hooks", () => {
  it("a hook repository's owner/repo from https, ssh and scp-like URLs; local and meta name none", () => {
    expect(hookRepository("https://github.com/PSF/black")).toBe("psf/black");
    expect(hookRepository("https://github.com/astral-sh/ruff-pre-commit.git")).toBe("astral-sh/ruff-pre-commit");
    expect(hookRepository("git@github.com:antonbabenko/pre-commit-terraform.git")).toBe("antonbabenko/pre-commit-terraform");
    expect(hookRepository("ssh://git@gitlab.com/group/sub/hooks/")).toBe("sub/hooks");
    // A trailing slash after `.git` (as pasted from a clone URL) still leaves the repository's own name.
    expect(hookRepository("https://github.com/psf/black.git/")).toBe("psf/black");
    expect(hookRepository("local")).toBeUndefined();
    expect(hookRepository("meta")).toBeUndefined();
  });

  it("finding by finding: each repository at its line, with the release a tag names; a commit hash names none", async () => {
    const config = "repos:\n  - repo: https://github.com/psf/black\n    rev: 23.12.1\n    hooks: [{ id: black }]\n  - repo: https://github.com/pycqa/flake8\n    rev: 1f7a6b5c9d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a\n    hooks: [{ id: flake8 }]\n  - repo: local\n    hooks: [{ id: x, name: x, entry: x, language: system }]\n";
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["pre-commit-hook:psf/black@2 23.12.1 ->23.12.1", "pre-commit-hook:pycqa/flake8@5 1f7a6b5c9d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a"]);
  });

  it("an unquoted two-part rev, which YAML reads as a number, is its tag as written (5.10, not 5.1)", async () => {
    const config = "repos:\n  - repo: https://github.com/pycqa/isort\n    rev: 5.10\n    hooks: [{ id: isort }]\n  - repo: https://github.com/psf/black\n    rev: 22\n    hooks: [{ id: black }]\n";
    const { findings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(compact(findings)).toEqual(["pre-commit-hook:pycqa/isort@2 5.10 ->5.10", "pre-commit-hook:psf/black@5 22"]);
  });

  it("the older homes of Black and Pylint, pre-commit's archived isort and Pylint mirrors and uv's hooks name their tools at their revs; a mirror's rebuild tag gives its release", async () => {
    // a 2019-era Flask app's hooks (Black still at ambv/black and python/black, isort and Pylint from
    // pre-commit's mirrors, Pylint tagged `pylint-2.4.4`) and a uv project's uv-lock hook
    const config = [
      "repos:",
      "-   repo: https://github.com/ambv/black",
      "    rev: 18.9b0",
      "    hooks: [{ id: black }]",
      "-   repo: https://github.com/pre-commit/mirrors-isort",
      "    rev: v4.3.21",
      "    hooks: [{ id: isort }]",
      "-   repo: https://github.com/PyCQA/pylint",
      "    rev: pylint-2.4.4",
      "    hooks: [{ id: pylint }]",
      "-   repo: https://github.com/astral-sh/uv-pre-commit",
      "    rev: 0.4.20",
      "    hooks: [{ id: uv-lock }]",
      "-   repo: https://github.com/pre-commit/mirrors-mypy",
      "    rev: v0.910-1",
      "    hooks: [{ id: mypy }]",
      "",
    ].join("\n");
    const { document, warnings } = await scan(new MemorySource({ ".pre-commit-config.yaml": config }), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Black")).toMatchObject({ version: "18.9", detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "isort")).toMatchObject({ version: "4.3.21" });
    expect(tool(document.tools, "Pylint")).toMatchObject({ version: "2.4.4" });
    expect(tool(document.tools, "mypy")).toMatchObject({ version: "0.910" }); // a mirror's rebuild of 0.910
    expect(tool(document.tools, "Astral uv")).toMatchObject({ version: "0.4.20", detection_source: ".pre-commit-config.yaml" });
    for (const [repo, name] of <Array<[string, string]>>[["python/black", "Black"], ["pre-commit/mirrors-pylint", "Pylint"], ["pylint-dev/pylint", "Pylint"]]) {
      const one = `repos:\n  - repo: https://github.com/${repo}\n    rev: v2.17.4\n    hooks: [{ id: x }]\n`;
      const found = await scan(new MemorySource({ ".pre-commit-config.yaml": one }), { git: false });
      expect(tool(found.document.tools, name), repo).toMatchObject({ version: "2.17.4" });
    }
  });

  it("a Python project's hooks: Ruff and mypy at their revs, Prettier from a mirror pinned by hash without one, Terraform from a hooks collection without its tag", async () => {
    const { document, warnings } = await scan(fixture("pre-commit-hooks"), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Ruff")).toMatchObject({ version: "0.1.11", detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "mypy")).toMatchObject({ version: "1.8.0", detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "Prettier")).toMatchObject({ detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "Prettier")?.version).toBeUndefined();
    expect(tool(document.tools, "Terraform")?.version).toBeUndefined();
    expect(tool(document.tools, "pre-commit")).toBeDefined();
    expect(tool(document.tools, "Pytest")).toBeUndefined(); // a local hook names nothing
  });
});
