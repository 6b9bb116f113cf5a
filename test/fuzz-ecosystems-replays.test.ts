import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// The inputs test/fuzz-ecosystems.test.ts found, shrunk and written back into the tree a project
// would hold: each made a detector fail, which loses every other finding of that detector.

const options = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

/** The tools a tree gives, once no detector failed on it. */
async function toolsOf(files: Record<string, string>): Promise<string[]> {
  const result = await scan(new MemorySource(files), options);
  expect(result.warnings.filter((w) => /^detector .* failed/.test(w.message)).map((w) => `${w.file}: ${w.message}`)).toEqual([]);
  return result.document.tools.map((t) => t.name);
}

describe("fuzz-ecosystems' finds, replayed", () => {
  it("a pubspec.lock path package whose `relative` is a mapping with a `toString` key (the Flutter app beside it still reported)", async () => {
    const lock = ["packages:", "  core:", "    dependency: direct main", "    description:", "      path: packages/core", "      relative: {toString: 1}", "    source: path", '    version: "0.0.1"', "sdks:", '  dart: ">=3.0.0 <4.0.0"', ""].join("\n");
    const names = await toolsOf({
      "example/pubspec.yaml": "name: example\ndependencies:\n  flutter:\n    sdk: flutter\n  core:\n    path: ../packages/core\n",
      "example/pubspec.lock": lock,
      "packages/core/pubspec.yaml": "name: core\ndependencies:\n  dio: ^5.4.0\n",
    });
    expect(names).toContain("Flutter");
    expect(names).toContain("dio");
  });

  it("a pubspec.lock package whose `version` is a mapping (the release left out, the pubspec's other packages still reported)", async () => {
    const lock = ["packages:", "  provider:", "    dependency: direct main", "    description:", "      name: provider", '      url: "https://pub.dev"', "    source: hosted", "    version:", "      a: 1", "  http:", "    dependency: direct main", "    description:", "      name: http", '      url: "https://pub.dev"', "    source: hosted", '    version: "1.2.1"', ""].join("\n");
    const result = await scan(new MemorySource({ "pubspec.yaml": "name: app\ndependencies:\n  flutter:\n    sdk: flutter\n  provider: ^6.1.0\n  http: ^1.2.0\n", "pubspec.lock": lock }), options);
    expect(result.warnings.filter((w) => /^detector .* failed/.test(w.message))).toEqual([]);
    const versions = Object.fromEntries(result.document.tools.map((t) => [t.name, t.version]));
    expect(versions).toMatchObject({ Flutter: undefined, http: "1.2.1" });
    expect(Object.keys(versions)).toContain("provider");
  });

  it("a Chart.yaml whose `dependencies` is a mapping, not a list (the chart's Terraform beside it still reported)", async () => {
    const names = await toolsOf({
      "deploy/chart/Chart.yaml": "apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  postgresql:\n    version: 13.2.0\n    repository: https://charts.bitnami.com/bitnami\n",
      "deploy/main.tf": 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n',
    });
    expect(names).toContain("Terraform");
    expect(names).toContain("Kubernetes");
  });

  it("a GitLab CI job whose `pages` is a mapping with a `toString` key (the included file's image still reported)", async () => {
    const names = await toolsOf({
      ".gitlab-ci.yml": "include:\n  - local: ci/build.yml\npages:\n  pages: {toString: 1}\n  script: [npm run build]\n",
      "ci/build.yml": "build:\n  image: node:20\n  script: [npm ci]\n  pages:\n    toString: 1\n",
    });
    expect(names).toContain("GitLab CI");
    expect(names).toContain("Node.js");
  });

  // Found by reading the detectors for the conversion the two finds above made (String() of a
  // parsed value that may be a mapping), then confirmed by a scan.

  it("an XcodeGen project.yml package whose `url` is a mapping beside its `github` (the package still named from `github`)", async () => {
    const names = await toolsOf({ "project.yml": "name: App\npackages:\n  Alamofire:\n    url: {toString: 1}\n    github: Alamofire/Alamofire\n    from: 5.8.0\ntargets:\n  App:\n    type: application\n    platform: iOS\n" });
    expect(names).toContain("Alamofire");
  });

  it("a Skaffold helm release whose `remote` is a mapping (its other release's chart still reported)", async () => {
    const skaffold = ["apiVersion: skaffold/v2beta29", "kind: Config", "deploy:", "  helm:", "    releases:", "      - name: cache", "        chartPath: bitnami/redis", "        remote: {toString: 1}", "      - name: db", "        remoteChart: bitnami/postgresql", ""].join("\n");
    expect(await toolsOf({ "skaffold.yaml": skaffold })).toContain("PostgreSQL");
  });

  it("an Argo CD Application whose `directory.recurse` and an ApplicationSet whose `exclude` are mappings (the Terraform beside them still reported)", async () => {
    const application = ["apiVersion: argoproj.io/v1alpha1", "kind: Application", "metadata:", "  name: web", "spec:", "  source:", "    repoURL: https://github.com/acme/deploy", "    path: k8s", "    directory:", "      recurse: {toString: 1}", ""].join("\n");
    const set = ["apiVersion: argoproj.io/v1alpha1", "kind: ApplicationSet", "metadata:", "  name: apps", "spec:", "  generators:", "    - git:", "        repoURL: https://github.com/acme/deploy", "        directories:", "          - path: apps/*", "          - path: apps/legacy", "            exclude: {toString: 1}", ""].join("\n");
    const main = 'terraform {\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n    }\n  }\n}\n';
    expect(await toolsOf({ "argo/web.yaml": application, "main.tf": main })).toContain("Terraform");
    expect(await toolsOf({ "argo/apps.yaml": set, "main.tf": main })).toContain("Terraform");
  });

  it("a pyproject.toml whose `build-backend` is a table (its dependencies still read)", async () => {
    const pyproject = '[build-system]\nrequires = ["hatchling"]\nbuild-backend = {}\n\n[project]\nname = "shop"\ndependencies = ["fastapi==0.109.2"]\n';
    const result = await scan(new MemorySource({ "pyproject.toml": pyproject }), options);
    expect(result.warnings).toEqual([]);
    expect(result.document.tools.map((t) => t.name)).toContain("FastAPI");
  });
});
