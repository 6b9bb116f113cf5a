import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { readXmakeRequires } from "../detectors/cpp/xmake.js";
import { readXcodeProducts } from "../detectors/mobile/index.js";
import { tool } from "./helpers.js";
import { expectFinishesWithin } from "./work-budget.js";

// Hostile shapes of files read as text by readers added in stop 35: each took minutes (a time
// growing with the square of the file) before its fix. Not a speed test: the budget, counted in runs
// of a reference job timed just before (test/work-budget.ts), only tells "finished" from "stuck".

describe("readers of stop 35 finish on hostile text", () => {
  it("an xmake.lua of unclosed calls or unclosed long comments is read at once; a real call after them still counts", () => {
    const tail = '\nadd_requires("fmt 10.2.1")\n';
    for (const text of ["add_requires(\n".repeat(60_000) + ")" + tail, "--[[\n".repeat(100_000) + tail, "add_requires(".repeat(60_000) + "\n"]) {
      const value = expectFinishesWithin(() => readXmakeRequires(text), 10, JSON.stringify(text.slice(0, 14)));
      if (text.endsWith(tail)) expect(value.requires.map((r) => [r.name, r.version])).toContainEqual(["fmt", "10.2.1"]);
    }
    // Long comments that close are still skipped, whatever their level.
    const lua = '--[==[ add_requires("boost") ]==]\n--[[\nadd_requires("zlib")\n]]\nadd_requires("fmt 10.2.1") -- add_requires("spdlog")\n';
    expect(readXmakeRequires(lua).requires.map((r) => [r.name, r.line])).toEqual([["fmt", 5]]);
  });

  it("a project.pbxproj of one long word, of many package objects, or of an object of unended product names, is read at once", () => {
    const object = (i: number) => `\t\tE${i} /* X */ = {\n\t\t\tisa = XCSwiftPackageProductDependency;\n\t\t\tpackage = D01;\n\t\t\tproductName = P${i};\n\t\t};\n`;
    const reference = '\t\tD01 = {\n\t\t\tisa = XCRemoteSwiftPackageReference;\n\t\t\trepositoryURL = "https://github.com/firebase/firebase-ios-sdk";\n\t\t};\n';
    const many = reference + Array.from({ length: 20_000 }, (_, i) => object(i)).join("");
    const names = `\t\tE9 = {\n\t\t\tisa = XCSwiftPackageProductDependency;\n\t\t\t${"productName = P ".repeat(100_000)}\n`;
    for (const text of ["A".repeat(400_000) + "\n" + reference + object(1), many, reference + object(1) + names]) {
      const value = expectFinishesWithin(() => readXcodeProducts(text), 15, JSON.stringify(text.slice(0, 14)));
      expect(value).toContainEqual(["https://github.com/firebase/firebase-ios-sdk", "P1"]);
    }
  });

  it("a CloudFormation template with a comment of opening braces is read at once, and still read", async () => {
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\n# ' + "{{".repeat(150_000) + "\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n";
    const { document } = await expectFinishesWithin(() => scan(new MemorySource({ "infra/stack.yaml": template }), { git: false }), 5);
    expect(tool(document.tools, "Amazon RDS for PostgreSQL")).toBeDefined();
  });
});

describe("an XcodeGen spec of unexpected shapes", () => {
  it("a deployment target written as a map gives iOS no release rather than '[object Object]'", async () => {
    const { mobileDetector } = await import("../detectors/mobile/index.js");
    const { byFile, detectorFindings } = await import("./detector-findings.js");
    const spec = "name: App\noptions:\n  deploymentTarget:\n    iOS:\n      min: 16.0\ntargets:\n  App:\n    type: application\n    platform: iOS\n";
    const { findings, warnings } = await detectorFindings(mobileDetector, { "project.yml": spec });
    expect(byFile(findings)["project.yml"]).toEqual(["apple-platform:ios"]);
    expect(warnings).toEqual([]);
  });
});

describe("an Azure Pipelines file of a very long task name", () => {
  it("is read at once, and the installer task after it still gives its release", async () => {
    const yml = `steps:\n- task: ${"A".repeat(300_000)}@0\n- task: UsePythonVersion@0\n  inputs:\n    versionSpec: '3.12'\n`;
    const { document } = await expectFinishesWithin(() => scan(new MemorySource({ "azure-pipelines.yml": yml }), { git: false }), 5);
    expect(tool(document.tools, "Python")).toMatchObject({ version: "3.12" });
  });
});

describe("a YAML file of several documents with an alias bomb", () => {
  it("is skipped with a warning, as ctx.yaml skips one, rather than walked without end", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? "*a" : `*l${i - 1}`).join(", ")}]`);
    const task = `apiVersion: tekton.dev/v1\nkind: Task\nmetadata:\n  name: build\n${levels.join("\n")}\nspec:\n  steps:\n    - image: golang:1.22\n---\napiVersion: v1\nkind: ConfigMap\n`;
    const { document, warnings } = await expectFinishesWithin(() => scan(new MemorySource({ "tekton/build.yaml": task, "Dockerfile": "FROM node:20\n" }), { git: false }), 5);
    expect(warnings).toContainEqual(expect.objectContaining({ file: "tekton/build.yaml", message: expect.stringMatching(/^skipped: more than/) }));
    expect(tool(document.tools, "Node.js")).toBeDefined();
  });
});

describe("a Knative Service repeating a long string", () => {
  it("is tested for Cloud Run's annotations without serializing it (past the longest string, the detector failed)", async () => {
    const { isCloudRun } = await import("../detectors/infra/manifests.js");
    const long = "x".repeat(600_000);
    expect(isCloudRun("serving.knative.dev", { metadata: { name: "api" }, spec: { values: Array(1000).fill(long) } })).toBe(false);
    const annotated = { metadata: { name: "api" }, spec: { template: { metadata: { annotations: { "run.googleapis.com/cpu-throttling": "false" } } } } };
    expect(isCloudRun("serving.knative.dev", annotated)).toBe(true);
    expect(isCloudRun("serving.knative.dev", { metadata: { annotations: { "autoscaling.knative.dev/maxScale": "3" } } })).toBe(false);
  });
});

describe("a .gitmodules line of a long run of blanks", () => {
  it("is read at once, and the submodules of the other lines still leave their build files out", async () => {
    const { cppDetector } = await import("../detectors/cpp/index.js");
    const { compact, detectorFindings } = await import("./detector-findings.js");
    const gitmodules = `[submodule "x"]\n\tpath = a${" ".repeat(200_000)}b\n[submodule "sdl"]\n\tpath = contrib/sdl  \n`;
    const { findings } = await expectFinishesWithin(
      () =>
        detectorFindings(cppDetector, {
          ".gitmodules": gitmodules,
          "CMakeLists.txt": "find_package(OpenGL REQUIRED)\n",
          "contrib/sdl/CMakeLists.txt": "find_package(OpenSSL)\n",
        }),
      5,
    );
    expect(compact(findings)).toEqual(["cmake:opengl@1 direct"]);
  });
});
