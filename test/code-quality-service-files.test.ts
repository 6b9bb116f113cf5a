import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { tool } from "./helpers.js";

const opts = { git: false, timestamp: "2024-01-01T00:00:00Z" } as const;

async function tools(files: Record<string, string>) {
  return (await scan(new MemorySource(files), opts)).document.tools;
}

describe("coverage, code-review and dependency-update services' own files", () => {
  it("are read where the service reads them: Codecov's at the root, in .github/ or dev/, in either spelling", async () => {
    for (const path of ["codecov.yml", ".codecov.yml", "codecov.yaml", ".codecov.yaml", ".github/.codecov.yml", ".github/codecov.yaml", "dev/codecov.yml"]) {
      expect(tool(await tools({ [path]: "coverage:\n  precision: 2\n" }), "Codecov")?.detection_source, path).toBe(path);
    }
    expect(tool(await tools({ ".codacy.yaml": "---\nexclude_paths:\n  - 'tests/**'\n" }), "Codacy")?.detection_source).toBe(".codacy.yaml");
    expect(tool(await tools({ ".codeclimate.json": '{ "version": "2" }\n' }), "Code Climate")?.detection_source).toBe(".codeclimate.json");
    for (const path of [".renovaterc.json5", ".gitlab/renovate.json", ".github/renovate.json5", "renovate.json"]) {
      expect(tool(await tools({ [path]: '{ "extends": ["config:recommended"] }\n' }), "Renovate")?.detection_source, path).toBe(path);
    }
  });

  it("name nothing from a copy in a project template, a test fixture or a nested project the service never reads", async () => {
    const found = await tools({
      "cookiecutter.json": '{ "project_slug": "demo" }\n',
      "{{cookiecutter.project_slug}}/codecov.yml": "comment: false\n",
      "{{cookiecutter.project_slug}}/.codacy.yml": "---\nexclude_paths: []\n",
      "tests/fixtures/proj/.codeclimate.yml": 'version: "2"\n',
      "examples/app/renovate.json": '{ "extends": ["config:base"] }\n',
      "packages/lib/.renovaterc": "{}\n",
      "tests/fixtures/lib/.scrutinizer.yml": "checks:\n  php: true\n",
      "examples/app/.hound.yml": "rubocop:\n  enabled: true\n",
    });
    for (const name of ["Codecov", "Codacy", "Code Climate", "Renovate", "Scrutinizer", "Hound"]) expect(tool(found, name), name).toBeUndefined();
    const root = await tools({ ".scrutinizer.yml": "checks:\n  php: true\n", ".hound.yml": "rubocop:\n  enabled: true\n" });
    expect(tool(root, "Scrutinizer")?.detection_source).toBe(".scrutinizer.yml");
    expect(tool(root, "Hound")?.detection_source).toBe(".hound.yml");
  });

  it("knows the other names analyzers read: phpstan.dist.neon, .sonarcloud.properties, .trivyignore.yaml", async () => {
    const found = await tools({
      "phpstan.dist.neon": "parameters:\n  level: 6\n  paths:\n    - src\n",
      ".sonarcloud.properties": "sonar.sources=src\nsonar.exclusions=tests/**\n",
      ".trivyignore.yaml": "vulnerabilities:\n  - id: CVE-2023-1234\n",
    });
    expect(tool(found, "PHPStan")?.detection_source).toBe("phpstan.dist.neon");
    expect(tool(found, "SonarQube")?.detection_source).toBe(".sonarcloud.properties");
    expect(tool(found, "Trivy")?.detection_source).toBe(".trivyignore.yaml");
  });

  it("knows the analyzers' own GitHub Actions, taking no release from an action's tag", async () => {
    const workflow = [
      "name: quality",
      "on: [push]",
      "jobs:",
      "  scan:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v4",
      "      - uses: aquasecurity/setup-trivy@v0.2.2",
      "        with: { version: v0.56.1 }",
      "      - uses: SonarSource/sonarcloud-github-c-cpp@v3",
      "      - uses: norio-nomura/action-swiftlint@3.2.1",
      "      - uses: codecov/test-results-action@v1",
      "",
    ].join("\n");
    const found = await tools({ ".github/workflows/quality.yml": workflow });
    for (const name of ["Trivy", "SonarQube", "SwiftLint", "Codecov"]) {
      expect(tool(found, name), name).toMatchObject({ detection_source: ".github/workflows/quality.yml" });
      expect(tool(found, name)?.version, name).toBeUndefined();
    }
  });

  it("knows SonarScanner for .NET installed as a local .NET tool, without the scanner's release", async () => {
    const manifest = JSON.stringify({ version: 1, isRoot: true, tools: { "dotnet-sonarscanner": { version: "6.2.0", commands: ["dotnet-sonarscanner"] } } });
    const found = await tools({ ".config/dotnet-tools.json": manifest, "src/Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>\n' });
    expect(tool(found, "SonarQube")).toMatchObject({ detection_source: ".config/dotnet-tools.json" });
    expect(tool(found, "SonarQube")?.version).toBeUndefined();
  });

  it("knows SonarScanner for NPM under both its names, without the scanner's release", async () => {
    for (const name of ["sonarqube-scanner", "@sonar/scan"]) {
      const manifest = JSON.stringify({ name: "web", version: "1.0.0", devDependencies: { [name]: "4.2.6" } });
      const found = await tools({ "package.json": manifest });
      expect(tool(found, "SonarQube"), name).toMatchObject({ detection_source: "package.json" });
      expect(tool(found, "SonarQube")?.version, name).toBeUndefined();
    }
  });

  it("takes Trivy's release from a mise or asdf pin", async () => {
    expect(tool(await tools({ ".mise.toml": '[tools]\ntrivy = "0.52.0"\n', ".trivyignore": "CVE-2023-1234\n" }), "Trivy")).toMatchObject({ version: "0.52.0", detection_source: ".mise.toml" });
    expect(tool(await tools({ ".tool-versions": "trivy 0.51.4\n" }), "Trivy")).toMatchObject({ version: "0.51.4", detection_source: ".tool-versions" });
  });
});
