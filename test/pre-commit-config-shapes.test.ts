import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { preCommitDetector } from "../detectors/pre-commit/index.js";

// Shapes of .pre-commit-config.yaml that the other pre-commit tests leave out, written against the
// survivors of a mutation run (5 December 2026, stop 51).
describe("pre-commit configuration shapes", () => {
  it("a configuration whose hook repositories are all commented out (`repos:` empty) or that holds only settings names nothing, without a warning", async () => {
    const commented = "default_language_version:\n  python: python3.11\nrepos:\n#  - repo: https://github.com/psf/black\n#    rev: 23.12.1\n#    hooks:\n#      - id: black\n";
    const settingsOnly = "# pre-commit is configured per package\nfail_fast: true\n";
    for (const config of [commented, settingsOnly, "# repos:\n#   - repo: local\n"]) {
      const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
      expect(warnings).toEqual([]);
      expect(findings).toEqual([]);
    }
    // The commented-out repository, uncommented, is read.
    const uncommented = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": commented.replace(/^#/gm, "") });
    expect(compact(uncommented.findings)).toEqual(expect.arrayContaining([expect.stringMatching(/^pre-commit-hook:psf\/black@4 /)]));
  });

  it("each hook at its own line: a flow map with further keys after its id, an id with a comment after it, a quoted id, an id that an earlier hook's arguments also name", async () => {
    const config = [
      "repos:",
      "  - repo: https://github.com/pre-commit/pre-commit-hooks",
      "    rev: v4.5.0",
      "    hooks:",
      "      - id: check-yaml",
      "        args: [--allow-multiple-documents]",
      "      - id: end-of-file-fixer  # a newline at the end of each file",
      "      - id: 'trailing-whitespace'",
      "  - repo: https://github.com/PyCQA/isort",
      "    rev: 5.13.2",
      "    hooks:",
      "      - id: isort",
      "        name: isort (python)",
      '        args: ["--profile", "black"]',
      "  - repo: https://github.com/psf/black",
      "    rev: 23.12.1",
      "    hooks: [{id: black, language_version: python3.11}]",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "pre-commit-hook:pre-commit/pre-commit-hooks@2 v4.5.0 ->4.5.0",
      "pre-commit-hook:pre-commit/pre-commit-hooks#check-yaml@5",
      "pre-commit-hook:pre-commit/pre-commit-hooks#end-of-file-fixer@7",
      "pre-commit-hook:pre-commit/pre-commit-hooks#trailing-whitespace@8",
      "pre-commit-hook:pycqa/isort@9 5.13.2 ->5.13.2",
      "pre-commit-hook:pycqa/isort#isort@12",
      "pre-commit-hook:psf/black@15 23.12.1 ->23.12.1",
      "pre-commit-hook:psf/black#black@17",
    ]);
  });

  it("a hook whose id begins a hook listed above it (ruff-format before ruff) at its own line, not the longer id's", async () => {
    const config = "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.4.4\n    hooks:\n      - id: ruff-format\n      - id: ruff\n        args: [--fix]\n";
    const { findings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(compact(findings)).toEqual(["pre-commit-hook:astral-sh/ruff-pre-commit@2 v0.4.4 ->0.4.4", "pre-commit-hook:astral-sh/ruff-pre-commit#ruff-format@5", "pre-commit-hook:astral-sh/ruff-pre-commit#ruff@6"]);
  });
  it("a repository and its hooks commented out above their live entry (an older pin kept for reference) are found at the live lines, not the comment's", async () => {
    const config = [
      "repos:",
      "#  - repo: https://github.com/psf/black",
      "#    rev: 22.3.0",
      "#    hooks:",
      "#      - id: black",
      "  - repo: https://github.com/psf/black",
      "    rev: 23.12.1",
      "    hooks:",
      "      # - id: black-jupyter",
      "      - id: black-jupyter",
      "      - id: black",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["pre-commit-hook:psf/black@6 23.12.1 ->23.12.1", "pre-commit-hook:psf/black#black-jupyter@10", "pre-commit-hook:psf/black#black@11"]);
  });
  it("a configuration a script wrote as JSON (`json.dump(config, f, indent=2)`, which YAML reads): each hook at its `\"id\": \"...\"` line", async () => {
    const config = JSON.stringify(
      {
        repos: [
          { repo: "https://github.com/pre-commit/pre-commit-hooks", rev: "v4.5.0", hooks: [{ id: "trailing-whitespace" }, { id: "end-of-file-fixer" }] },
          { repo: "https://github.com/psf/black", rev: "23.7.0", hooks: [{ id: "black", language_version: "python3.11" }] },
        ],
      },
      null,
      2,
    );
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "pre-commit-hook:pre-commit/pre-commit-hooks@4 v4.5.0 ->4.5.0",
      "pre-commit-hook:pre-commit/pre-commit-hooks#trailing-whitespace@8",
      "pre-commit-hook:pre-commit/pre-commit-hooks#end-of-file-fixer@11",
      "pre-commit-hook:psf/black@16 23.7.0 ->23.7.0",
      "pre-commit-hook:psf/black#black@20",
    ]);
  });
});
