import { describe, expect, it } from "vitest";
import { compact, detectorFindings } from "./detector-findings.js";
import { hookRepository, preCommitDetector } from "../detectors/pre-commit/index.js";
import { MemorySource, scan } from "../src/index.js";
import { fixture, tool, toolVersions } from "./helpers.js";
import { expectFinishesWithin } from "./work-budget.js";

// pre-commit's hook repositories: the linters and formatters a repository runs before each commit.
describe("pre-commit hooks", () => {
  it("a hook repository's owner/repo from https, ssh and scp-like URLs; local and meta name none", () => {
    expect(hookRepository("https://github.com/PSF/black")).toBe("psf/black");
    expect(hookRepository("https://github.com/astral-sh/ruff-pre-commit.git")).toBe("astral-sh/ruff-pre-commit");
    expect(hookRepository("git@github.com:antonbabenko/pre-commit-terraform.git")).toBe("antonbabenko/pre-commit-terraform");
    expect(hookRepository("ssh://git@gitlab.com/group/sub/hooks/")).toBe("sub/hooks");
    // A trailing slash after `.git` (as pasted from a clone URL) still leaves the repository's own name.
    expect(hookRepository("https://github.com/psf/black.git/")).toBe("psf/black");
    // git://, http:// and a port in an ssh URL, a host in any case, a repository on another forge
    expect(hookRepository("git://github.com/awebdeveloper/pre-commit-tslint/")).toBe("awebdeveloper/pre-commit-tslint");
    expect(hookRepository("http://GitHub.com/PyCQA/Flake8.GIT")).toBe("pycqa/flake8");
    expect(hookRepository("ssh://git@github.com:22/rubocop/rubocop.git")).toBe("rubocop/rubocop");
    expect(hookRepository("https://gitlab.com/pycqa/flake8")).toBe("pycqa/flake8");
    expect(hookRepository(" Local ")).toBeUndefined();
    expect(hookRepository("local")).toBeUndefined();
    expect(hookRepository("meta")).toBeUndefined();
  });

  it("finding by finding: each repository at its line, with the release a tag names; a commit hash names none", async () => {
    const config = "repos:\n  - repo: https://github.com/psf/black\n    rev: 23.12.1\n    hooks: [{ id: black }]\n  - repo: https://github.com/pycqa/flake8\n    rev: 1f7a6b5c9d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a\n    hooks: [{ id: flake8 }]\n  - repo: local\n    hooks: [{ id: x, name: x, entry: x, language: system }]\n";
    const { findings, warnings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(warnings).toEqual([]);
    // and each hook, `owner/repo#id` at its own line, for a collection's hooks
    expect(compact(findings)).toEqual(["pre-commit-hook:psf/black@2 23.12.1 ->23.12.1", "pre-commit-hook:psf/black#black@4", "pre-commit-hook:pycqa/flake8@5 1f7a6b5c9d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a", "pre-commit-hook:pycqa/flake8#flake8@7"]);
  });

  it("an unquoted two-part rev, which YAML reads as a number, is its tag as written (5.10, not 5.1)", async () => {
    const config = "repos:\n  - repo: https://github.com/pycqa/isort\n    rev: 5.10\n    hooks: [{ id: isort }]\n  - repo: https://github.com/psf/black\n    rev: 22\n    hooks: [{ id: black }]\n";
    const { findings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(compact(findings)).toEqual(["pre-commit-hook:pycqa/isort@2 5.10 ->5.10", "pre-commit-hook:pycqa/isort#isort@4", "pre-commit-hook:psf/black@5 22", "pre-commit-hook:psf/black#black@7"]);
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

  it("a collection's hooks name the tools they run, without the collection's tag: pre-commit-hooks' flake8 of 2019, Gruntwork's Terraform, Packer, golangci-lint and Helm hooks", async () => {
    const config = [
      "repos:",
      "-   repo: https://github.com/pre-commit/pre-commit-hooks",
      "    rev: v2.4.0",
      "    hooks:",
      "    -   id: trailing-whitespace",
      "    -   id: flake8",
      "        args: ['--max-line-length=100']",
      "-   repo: https://github.com/gruntwork-io/pre-commit",
      "    rev: v0.1.23",
      "    hooks:",
      "    -   id: terraform-fmt",
      "    -   id: tflint",
      "    -   id: packer-validate",
      "    -   id: golangci-lint",
      "    -   id: helmlint",
      "    -   id: shellcheck", // no tool of the site's
      "",
    ].join("\n");
    const { findings } = await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config });
    expect(compact(findings).filter((f) => f.includes("#"))).toEqual([
      "pre-commit-hook:pre-commit/pre-commit-hooks#trailing-whitespace@5",
      "pre-commit-hook:pre-commit/pre-commit-hooks#flake8@6",
      "pre-commit-hook:gruntwork-io/pre-commit#terraform-fmt@11",
      "pre-commit-hook:gruntwork-io/pre-commit#tflint@12",
      "pre-commit-hook:gruntwork-io/pre-commit#packer-validate@13",
      "pre-commit-hook:gruntwork-io/pre-commit#golangci-lint@14",
      "pre-commit-hook:gruntwork-io/pre-commit#helmlint@15",
      "pre-commit-hook:gruntwork-io/pre-commit#shellcheck@16",
    ]);
    expect(await toolVersions({ ".pre-commit-config.yaml": config })).toEqual({ "pre-commit": "-", flake8: "-", Terraform: "-", Packer: "-", "golangci-lint": "-", Helm: "-" });
    // flow style: each hook at its own line, the repository's own line included
    const flow = "repos:\n  - { repo: https://github.com/gruntwork-io/pre-commit, rev: v0.1.23, hooks: [{ id: tflint }] }\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v2.4.0\n    hooks: [{ id: flake8 }, { id: 'check-yaml' }]\n";
    expect(compact((await detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": flow })).findings).filter((f) => f.includes("#"))).toEqual([
      "pre-commit-hook:gruntwork-io/pre-commit#tflint@2",
      "pre-commit-hook:pre-commit/pre-commit-hooks#check-yaml@5",
      "pre-commit-hook:pre-commit/pre-commit-hooks#flake8@5",
    ]);
  });

  it("hostile input: 10,000 frozen repositories with quoted hook ids, or 20,000 hooks of one flow-style line never found as written, finish in linear time", async () => {
    const sha = (i: number) => i.toString(16).padStart(40, "0");
    const config = `repos:\n${Array.from({ length: 10_000 }, (_, i) => `  - repo: https://github.com/o${i}/r${i}\n    rev: ${sha(i)}  # frozen: v1.${i}.0\n    hooks:\n      - "id": "h${i}"\n`).join("")}`;
    const { findings } = await expectFinishesWithin(() => detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": config }), 40, "10,000 hook repositories");
    expect(findings).toHaveLength(20_000);
    expect(findings.find((f) => f.ref === "pre-commit-hook:o9999/r9999")).toMatchObject({ line: 2 + 4 * 9_999, version: "1.9999.0" });
    expect(findings.find((f) => f.ref === "pre-commit-hook:o9999/r9999#h9999")).toMatchObject({ line: 5 + 4 * 9_999 });
    // Each id is written with an escape (`"\x78" + "0"` for x0): none is found as written, and each
    // search meets an `x` at every hook of the line (unbounded, this took seconds)
    const flow = `repos:\n  - repo: https://github.com/o/r\n    rev: v1.0.0\n    hooks: [${Array.from({ length: 20_000 }, (_, i) => `{ id: "\\x78${i}" }`).join(", ")}]\n${"    # filler\n".repeat(300)}`;
    const many = await expectFinishesWithin(() => detectorFindings(preCommitDetector, { ".pre-commit-config.yaml": flow }), 40, "20,000 hooks on one line");
    expect(many.findings).toHaveLength(20_001);
    expect(many.findings.find((f) => f.ref === "pre-commit-hook:o/r#x19999")).toMatchObject({ line: 2 });
  });

  it("a commit that `pre-commit autoupdate --freeze` pinned gives the release its `# frozen:` comment names; a bare commit, a major tag or a collection's tag none", async () => {
    const config = [
      "repos:",
      "  - repo: https://github.com/astral-sh/ruff-pre-commit",
      "    rev: 488940d9de1b658fac229e34c521d75a6ea476f2  # frozen: v0.14.5",
      "    hooks: [{ id: ruff }, { id: ruff-format }]",
      "  - repo: https://github.com/psf/black-pre-commit-mirror",
      "    rev: '3702ba224ecffbcec30af640c149f231d90aebdb'  # frozen: 24.10.0",
      "    hooks: [{ id: black }]",
      "  - repo: https://github.com/pre-commit/mirrors-mypy",
      "    rev: 0161422b4e09b47536ea13f49e786eb3616fe0d7  # frozen: v1", // a major tag names no release
      "    hooks: [{ id: mypy }]",
      "  - repo: https://github.com/pycqa/isort",
      "    rev: c235f5e450b4b84e58d114ed4c589cbf454175a3", // no comment: no release
      "    hooks: [{ id: isort }]",
      "  - repo: https://github.com/antonbabenko/pre-commit-terraform",
      "    rev: 34a269fd7650d264e4de7603157c10d0a9bb8211  # frozen: v1.96.1", // the collection's own tag
      "    hooks: [{ id: terraform_fmt }]",
      "",
    ].join("\n");
    expect(await toolVersions({ ".pre-commit-config.yaml": config })).toEqual({ "pre-commit": "-", Ruff: "0.14.5", Black: "24.10.0", mypy: "-", isort: "-", Terraform: "-" });
  });

  it("a platform monorepo's hooks: each tool at its rev where the repository is tagged with the tool's releases, none from a linter's own tags, a commit, a branch, meta or local hooks", async () => {
    // Python services on Poetry, Ansible roles, CloudFormation and Terraform modules, gRPC APIs linted
    // by Buf, Jsonnet dashboards and notebooks, pinned through every URL form pre-commit clones
    const config = [
      "ci:",
      "  autoupdate_schedule: quarterly",
      "repos:",
      "  - repo: meta",
      "    hooks: [{ id: check-useless-excludes }]",
      "  - repo: https://github.com/pre-commit/pre-commit-hooks",
      "    rev: v4.5.0",
      "    hooks: [{ id: check-yaml, args: [--unsafe] }, { id: end-of-file-fixer }]",
      "  - repo: https://github.com/psf/black",
      "    rev: stable", // a branch: no release
      "    hooks: [{ id: black }]",
      "  - repo: https://github.com/astral-sh/ruff-pre-commit",
      "    rev: 8983acb92ee4b01924893632cf90af926fa608f0", // a commit: no release
      "    hooks: [{ id: ruff, args: [--fix] }]",
      "  - repo: https://gitlab.com/pycqa/flake8", // flake8's home before 2020
      "    rev: 3.8.4",
      "    hooks: [{ id: flake8 }]",
      "  - repo: https://GitHub.com/PyCQA/Pylint/",
      "    rev: v3.0.3",
      "    hooks: [{ id: pylint }]",
      "  - repo: https://github.com/python-poetry/poetry",
      "    rev: '1.8.2'",
      "    hooks: [{ id: poetry-check }, { id: poetry-lock, args: [--no-update] }]",
      "  - repo: https://github.com/python-poetry/poetry-plugin-export", // the plugin's own 1.x
      "    rev: '1.6.0'",
      "    hooks: [{ id: poetry-export, args: [-f, requirements.txt, -o, requirements.txt] }]",
      "  - repo: https://github.com/nbQA-dev/nbQA",
      "    rev: 1.7.1",
      "    hooks: [{ id: nbqa-ruff }]",
      "  - repo: https://github.com/kynan/nbstripout",
      "    rev: 0.7.1",
      "    hooks: [{ id: nbstripout }]",
      "  - repo: https://github.com/ansible/ansible-lint.git",
      "    rev: v24.2.0",
      "    hooks: [{ id: ansible-lint }]",
      "  - repo: https://github.com/aws-cloudformation/cfn-python-lint",
      "    rev: v0.61.0",
      "    hooks: [{ id: cfn-python-lint, files: 'templates/.*\\.yaml$' }]",
      "  - repo: https://github.com/terraform-docs/terraform-docs",
      "    rev: \"v0.17.0\"",
      "    hooks: [{ id: terraform-docs-go, args: [markdown, table, --output-file, README.md, ./modules/vpc] }]",
      "  - repo: https://github.com/bufbuild/buf",
      "    rev: v1.29.0",
      "    hooks: [{ id: buf-lint }, { id: buf-format }]",
      "  - repo: https://github.com/google/go-jsonnet",
      "    rev: v0.20.0",
      "    hooks: [{ id: jsonnet-format }]",
      "  - repo: local",
      "    hooks:",
      "      - { id: pytest, name: pytest, entry: poetry run pytest, language: system, pass_filenames: false }",
      "      - { id: hadolint, name: hadolint, entry: hadolint/hadolint:v2.12.0 hadolint, language: docker_image, files: Dockerfile }",
      "",
    ].join("\n");
    expect(await toolVersions({ ".pre-commit-config.yaml": config })).toEqual({
      "pre-commit": "-",
      Black: "-",
      Ruff: "-",
      flake8: "3.8.4",
      Pylint: "3.0.3",
      Poetry: "1.8.2", // Poetry's own hooks at its release; the export plugin's tag gives none
      Jupyter: "-",
      Ansible: "-", // ansible-lint's release, not Ansible's
      "AWS CloudFormation": "-",
      Terraform: "-",
      Protobuf: "-",
      Jsonnet: "0.20.0", // go-jsonnet is released with Jsonnet's numbers
    });
  });

  it("a 2019 Rails and Angular app's hooks: RuboCop at its old home over SSH, pre-commit's JSHint and scss-lint mirrors, Prettier's own hook; a TSLint or puppet-lint hook repository's tags name no release", async () => {
    const config = [
      "repos:",
      "-   repo: git@github.com:rubocop-hq/rubocop.git",
      "    rev: v0.63.1",
      "    hooks:",
      "    -   id: rubocop",
      "-   repo: https://github.com/pre-commit/mirrors-scss-lint",
      "    rev: v0.57.1",
      "    hooks:",
      "    -   id: scss-lint",
      "-   repo: https://github.com/pre-commit/mirrors-jshint",
      "    rev: v2.9.7",
      "    hooks:",
      "    -   id: jshint",
      "-   repo: git://github.com/awebdeveloper/pre-commit-tslint/",
      "    rev: v0.0.2",
      "    hooks:",
      "    -   id: tslint",
      "        additional_dependencies: ['tslint@5.20.1']",
      "-   repo: https://github.com/prettier/prettier",
      "    rev: 1.19.1",
      "    hooks:",
      "    -   id: prettier",
      "-   repo: https://github.com/pre-commit/mirrors-puppet-lint",
      "    rev: v2.4.2",
      "    hooks:",
      "    -   id: puppet-lint",
      "-   repo: https://github.com/pre-commit/mirrors-coffeelint", // CoffeeScript comes from .coffee files alone
      "    rev: v2.1.0",
      "    hooks:",
      "    -   id: coffeelint",
      "",
    ].join("\n");
    expect(await toolVersions({ ".pre-commit-config.yaml": config })).toEqual({
      "pre-commit": "-",
      RuboCop: "0.63.1",
      "scss-lint": "0.57.1",
      JSHint: "2.9.7",
      TSLint: "-",
      Prettier: "1.19.1",
      "Puppet Labs": "-",
    });
  });

  it("a Python project's hooks: Ruff and mypy at their revs, Prettier from a mirror pinned by hash without one, Terraform from a hooks collection without its tag", async () => {
    const { document, warnings } = await scan(fixture("pre-commit-hooks"), { git: false });
    expect(warnings).toEqual([]);
    expect(tool(document.tools, "Ruff")).toMatchObject({ version: "0.1.11", detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "mypy")).toMatchObject({ version: "1.8.0", detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "Prettier")).toMatchObject({ detection_source: ".pre-commit-config.yaml" });
    expect(tool(document.tools, "Prettier")?.version).toBeUndefined();
    expect(tool(document.tools, "Terraform")).toBeDefined();
    expect(tool(document.tools, "Terraform")?.version).toBeUndefined();
    expect(tool(document.tools, "pre-commit")).toBeDefined();
    expect(tool(document.tools, "Pytest")).toBeUndefined(); // a local hook names nothing
  });
});
