import { describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { jvmOtherDetector } from "../detectors/jvm-other/index.js";
import { cppDetector } from "../detectors/cpp/index.js";
import { readTerraformJson } from "../detectors/infra/terraform.js";
import { firstLineFinder, lineOf } from "../src/kit.js";
import { parseJson, stripJsonComments } from "../src/parse/json.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Hostile shapes of the files readers added in stop 40 read: each took seconds to minutes (a time
// growing with the square of the file) before its fix. Not a speed test: the budget, counted in runs
// of a reference job timed just before (test/work-budget.ts), only tells "finished" from "stuck".

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join("\n") + "\n";

describe("readers of stop 40 finish on hostile input", () => {
  it("firstLineFinder gives lineOf's line for each needle, asked in any order, inside names too", () => {
    const text = "steps:\n- name: node:20-alpine\n- name: node:20\n- name: golang:1.22\n";
    const find = firstLineFinder(text);
    for (const needle of ["golang:1.22", "node:20", "node:20-alpine", "missing", "steps", "node:20"]) expect(find(needle)).toBe(lineOf(text, needle));
  });

  it("a Cloud Build config of 20,000 distinct step images gives each its line, in one walk (19 s when each was counted from the top)", async () => {
    const text = "steps:\n" + lines(20_000, (i) => `- name: 'gcr.io/cloud-builders/docker:${i}'\n  args: ['build']`);
    const { findings, warnings } = await expectFinishesWithin(() => detectorFindings(ciDetector, { "cloudbuild.yaml": text }), 70, "20,000 Cloud Build images");
    expect(warnings).toEqual([]);
    expect(findings.filter((f) => f.line !== undefined)).toHaveLength(20_000);
    expect(findings.at(-1)).toMatchObject({ file: "cloudbuild.yaml", line: 40_000 });
  });

  it("a Concourse pipeline of 20,000 resource types gives each its line, in one walk (a minute when each was counted from the top)", async () => {
    const text = "resources:\n" + lines(20_000, (i) => `- name: r${i}\n  type: type-${i}`) + "jobs:\n- name: build\n  plan:\n  - get: r1\n";
    const { findings } = await expectFinishesWithin(() => detectorFindings(ciDetector, { "ci/pipeline.yml": text }), 20, "20,000 Concourse resource types");
    const types = findings.filter((f) => f.ref.startsWith("concourse-resource:"));
    expect(types).toHaveLength(20_000);
    expect(types.at(-1)).toMatchObject({ ref: "concourse-resource:type-19999", line: 40_001 });
  });

  it("a Terraform JSON configuration of 20,000 providers lists each once (each was looked for in the list of those before it)", () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const doc = {
      terraform: { required_providers: Object.fromEntries(names.map((n) => [n, { source: `acme/${n}`, version: "1.0.0" }])) },
      provider: [Object.fromEntries(names.map((n) => [n, {}])), Object.fromEntries(names.map((n) => [`q${n}`, {}]))],
    };
    const use = expectFinishesWithin(() => readTerraformJson(doc), 12, "20,000 Terraform JSON providers");
    expect(use.providers).toHaveLength(40_000);
    expect(use.providers[0]).toEqual({ name: "p0", source: "acme/p0", version: "1.0.0" });
    expect(use.providers.at(-1)).toEqual({ name: "qp19999" });
  });

  it("a Terraform file of 20,000 Heroku add-ons and DigitalOcean clusters gives each its line, in one walk", async () => {
    const text = lines(10_000, (i) => `resource "heroku_addon" "a${i}" {\n  plan = "addon-${i}:basic"\n}\nresource "digitalocean_database_cluster" "d${i}" {\n  engine = "engine${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26 | 0))}${String.fromCharCode(97 + ((i / 676) % 26 | 0))}"\n}`);
    const { findings } = await expectFinishesWithin(() => detectorFindings(infraDetector, { "main.tf": text }), 28, "20,000 add-ons and clusters");
    const addons = findings.filter((f) => f.ref.startsWith("heroku-addon:"));
    expect(addons).toHaveLength(10_000);
    expect(addons.at(-1)).toMatchObject({ ref: "heroku-addon:addon-9999", line: 59_996 });
  });

  it("a malformed JSON file of 12 MB (dagger.json, library.json of lines of spaces) fails at once, not after seconds of garbage collection", () => {
    const text = Array.from({ length: 5000 }, (_, i) => " ".repeat(i) + "a:").join("\n");
    expect(expectFinishesWithin(() => stripJsonComments(text), 6, "12 MB of indented lines")).toBe(text);
    expect(() => parseJson(text)).toThrow(SyntaxError);
    // Comments and trailing commas outside strings still go; a string keeps them.
    expect(parseJson('{\n  // a comment\n  "a": "x // y, /* z */",\n  "b": [1, 2, /* two */],\n}\n')).toEqual({ a: "x // y, /* z */", b: [1, 2] });
  });

  it("a build.sbt of a `Seq()` then a long run of spaces is read at once; a `Seq(...).map(_ % v)` before it still counts", async () => {
    const sbt = 'scalaVersion := "2.13.12"\nlibraryDependencies ++= Seq("com.typesafe.akka" %% "akka-stream", "com.typesafe.akka" %% "akka-actor-typed") . map(_ % "2.8.5")\n';
    const { findings } = await expectFinishesWithin(() => detectorFindings(jvmOtherDetector, { "build.sbt": sbt + "Seq()" + " ".repeat(100_000) + "x\n" }), 28, "Seq() and 100,000 spaces");
    expect(findings.filter((f) => f.ref.startsWith("maven:")).map((f) => `${f.ref} ${f.version}`)).toEqual(["maven:com.typesafe.akka:akka-actor-typed_2.13 2.8.5", "maven:com.typesafe.akka:akka-stream_2.13 2.8.5"]);
  });

  it("a Terraform file of `tracing_config {` then a long run of spaces is read at once; tracing written over two lines still counts", async () => {
    const lambda = 'resource "aws_lambda_function" "f" {\n  runtime = "python3.12"\n  tracing_config {\n    mode = "Active"\n  }\n}\n';
    const machine = 'resource "aws_sfn_state_machine" "m" {\n  tracing_configuration {\n    enabled = true\n  }\n}\n';
    for (const [opener, traced] of [["  tracing_config {", lambda], ["  tracing_configuration {", machine]] as const) {
      const text = `resource "aws_lambda_function" "g" {\n${opener}${" ".repeat(120_000)}x\n}\n` + traced;
      const { findings } = await expectFinishesWithin(() => detectorFindings(infraDetector, { "main.tf": text }), 25, `${opener} and 120,000 spaces`);
      expect(findings.map((f) => f.ref)).toContain("format:xray-tracing");
    }
  });

  it("CMakeLists.txt files of 80,000 find_package beside 9,000 folders with a vcpkg.json walks its own folders up, not every manifest's folder per find_package", async () => {
    const files: Record<string, string> = { "vcpkg.json": JSON.stringify({ name: "root", dependencies: ["zlib"], overrides: [{ name: "zlib", version: "1.3.1" }] }) };
    for (let i = 0; i < 9000; i++) files[`libs/p${i}/vcpkg.json`] = JSON.stringify({ name: `p${i}`, dependencies: [{ name: "fmt", "version>=": "10.0" }] });
    for (let i = 0; i < 9000; i += 90) files[`libs/p${i}/CMakeLists.txt`] = lines(600, (k) => `find_package(Pkg${k} 1.${k})`);
    files["libs/p7/CMakeLists.txt"] = "find_package(fmt 9.1)\nfind_package(ZLIB 1.2)\n" + lines(20_000, (k) => `find_package(Pkg${k} 1.${k})`);
    files["app/CMakeLists.txt"] = "find_package(fmt 9.1)\n";
    const { findings } = await expectFinishesWithin(() => detectorFindings(cppDetector, files), 130, "80,000 find_package beside 9,000 vcpkg.json folders");
    const of = (file: string, ref: string) => findings.find((f) => f.file === file && f.ref === ref);
    // A floor under the folder's own `version>=` or the root's override gives no release; one no manifest of its folders names keeps its own.
    expect(of("libs/p7/CMakeLists.txt", "cmake:fmt")?.version).toBeUndefined();
    expect(of("libs/p7/CMakeLists.txt", "cmake:zlib")?.version).toBeUndefined();
    expect(of("libs/p7/CMakeLists.txt", "cmake:pkg19999")?.version).toBe("1.19999");
    expect(of("app/CMakeLists.txt", "cmake:fmt")?.version).toBe("9.1");
  });
});
