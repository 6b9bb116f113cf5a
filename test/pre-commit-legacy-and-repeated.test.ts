import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { preCommitDetector } from "../detectors/pre-commit/index.js";

// Configurations pre-commit still reads that the other pre-commit tests leave out: the forms it wrote
// before 1.0 and 1.7, a hook run twice, and entries it would refuse beside good ones. Written against
// the survivors of stop 56's mutation run.
describe("pre-commit configurations of older releases, repeated hooks and broken entries", () => {
  it("pre-commit 0.x's form, a top-level list of repositories pinned by `sha:`, is read as pre-commit reads it: each repository at its tag", async () => {
    // pre-commit normalizes a top-level list to `repos:` and takes `sha` for `rev` (migrate-config rewrites both)
    const config = [
      "-   repo: git://github.com/pre-commit/pre-commit-hooks",
      "    sha: v0.9.1",
      "    hooks:",
      "    -   id: trailing-whitespace",
      "    -   id: flake8",
      "        args: [--max-line-length=120]",
      "-   repo: git://github.com/pre-commit/mirrors-yapf",
      "    sha: v0.16.0",
      "    hooks:",
      "    -   id: yapf",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "pre-commit-hook:pre-commit/pre-commit-hooks@1 v0.9.1 ->0.9.1",
      "pre-commit-hook:pre-commit/pre-commit-hooks#trailing-whitespace@4",
      "pre-commit-hook:pre-commit/pre-commit-hooks#flake8@5",
      "pre-commit-hook:pre-commit/mirrors-yapf@7 v0.16.0 ->0.16.0",
      "pre-commit-hook:pre-commit/mirrors-yapf#yapf@10",
    ]);
  });

  it("pre-commit 1.0 to 1.6's `repos:` with `sha:` pins; an entry with neither `rev` nor `sha` names no release", async () => {
    const config = [
      "repos:",
      "- repo: https://github.com/ambv/black",
      "  sha: 18.6b4",
      "  hooks:",
      "  - id: black",
      "    language_version: python3.6",
      "- repo: https://github.com/pre-commit/pre-commit-hooks",
      "  hooks:",
      "  - id: check-merge-conflict",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual([
      "pre-commit-hook:ambv/black@2 18.6b4 ->18.6",
      "pre-commit-hook:ambv/black#black@5",
      "pre-commit-hook:pre-commit/pre-commit-hooks@7",
      "pre-commit-hook:pre-commit/pre-commit-hooks#check-merge-conflict@9",
    ]);
  });

  it("a hook run twice (check-yaml for plain files, then for Helm's multi-document templates) is found at each of its lines, next to each other or apart", async () => {
    const hooks = (between: string[]) => [
      "repos:",
      "  - repo: https://github.com/pre-commit/pre-commit-hooks",
      "    rev: v4.5.0",
      "    hooks:",
      "      - id: check-yaml",
      "        exclude: ^deploy/helm/",
      ...between,
      "      - id: check-yaml",
      "        name: check-yaml (Helm templates)",
      "        args: [--allow-multiple-documents]",
      "        files: ^deploy/helm/",
      "",
    ].join("\n");
    const apart = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": hooks(["      - id: end-of-file-fixer"]) });
    expect(compact(apart.findings).slice(1)).toEqual([
      "pre-commit-hook:pre-commit/pre-commit-hooks#check-yaml@5",
      "pre-commit-hook:pre-commit/pre-commit-hooks#end-of-file-fixer@7",
      "pre-commit-hook:pre-commit/pre-commit-hooks#check-yaml@8",
    ]);
    const together = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": hooks([]) });
    expect(compact(together.findings).slice(1)).toEqual(["pre-commit-hook:pre-commit/pre-commit-hooks#check-yaml@5", "pre-commit-hook:pre-commit/pre-commit-hooks#check-yaml@7"]);
    // in flow style, twice on one line: both at that line (the scan keeps one of two findings alike)
    const flow = "repos:\n  - repo: https://github.com/psf/black\n    rev: 23.12.1\n    hooks: [{ id: black, files: ^src/ }, { id: black, files: ^tests/, args: [--fast] }]\n  - repo: https://github.com/pycqa/isort\n    rev: 5.13.2\n    hooks: [{ id: isort }]\n";
    expect(compact((await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": flow })).findings).filter((f) => f.includes("#"))).toEqual([
      "pre-commit-hook:psf/black#black@4",
      "pre-commit-hook:pycqa/isort#isort@7",
    ]);
  });

  it("entries pre-commit would refuse (a repository left without its URL, one written as a bare URL, a hook without an id or written as a bare name) are passed over, the others read, without a warning", async () => {
    const config = [
      "repos:",
      "  - repo:",
      "    rev: v1.0.0",
      "    hooks:",
      "      - id: shellcheck",
      "  - https://github.com/pycqa/flake8",
      "  - repo: https://github.com/psf/black",
      "    rev: 23.12.1",
      "    hooks:",
      "      - id:",
      "      - black-jupyter",
      "      - id: black",
      "",
    ].join("\n");
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    expect(compact(findings)).toEqual(["pre-commit-hook:psf/black@7 23.12.1 ->23.12.1", "pre-commit-hook:psf/black#black@12"]);
  });
});
