import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { cppDetector } from "../detectors/cpp/index.js";
import { readTerraformJson } from "../detectors/infra/terraform.js";
import { parseJson, stripJsonComments } from "../src/parse/json.js";
import { detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Hostile shapes of the files readers added in stop 40 read: each took seconds to minutes (a time
// growing with the square of the file) before its fix. Not a speed test: the budget, counted in runs
// of a reference job timed just before (test/work-budget.ts), only tells "finished" from "stuck".

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join("\n") + "\n";

describe("readers of stop 40 finish on hostile input", () => {
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

  it("a malformed JSON file of 12 MB (dagger.json, library.json of lines of spaces) fails at once, not after seconds of garbage collection", () => {
    const text = Array.from({ length: 5000 }, (_, i) => " ".repeat(i) + "a:").join("\n");
    expect(expectFinishesWithin(() => stripJsonComments(text), 6, "12 MB of indented lines")).toBe(text);
    expect(() => parseJson(text)).toThrow(SyntaxError);
    // Comments and trailing commas outside strings still go; a string keeps them.
    expect(parseJson('{\n  // a comment\n  "a": "x // y, /* z */",\n  "b": [1, 2, /* two */],\n}\n')).toEqual({ a: "x // y, /* z */", b: [1, 2] });
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

  it("a .tf file of 20,000 provider blocks lists each once; 10,000 Heroku add-ons and DigitalOcean clusters each find their line in one lookup", async () => {
    const providers = lines(20_000, (i) => `provider "p${i}" {}`);
    const { findings } = await expectFinishesWithin(() => detectorFindings(infraDetector, { "main.tf": providers }), 25, "20,000 provider blocks");
    expect(findings.filter((f) => f.ref.startsWith("terraform-provider:"))).toHaveLength(20_000);
    const addons = lines(10_000, (i) => `resource "heroku_addon" "a${i}" {\n  app_id = heroku_app.web.id\n  plan   = "addon${i}:basic"\n}`) + 'resource "heroku_addon" "db" {\n  plan = "heroku-postgresql:essential-0"\n}\n';
    const clusters = lines(10_000, (i) => `resource "digitalocean_database_cluster" "c${i}" {\n  engine = "engine${i}"\n}`) + 'resource "digitalocean_database_cluster" "pg" {\n  engine = "pg"\n}\n';
    const found = await expectFinishesWithin(() => detectorFindings(infraDetector, { "heroku.tf": addons, "do.tf": clusters }), 25, "10,000 add-ons and clusters");
    expect(found.findings.find((f) => f.ref === "heroku-addon:heroku-postgresql")?.line).toBe(40_002);
    expect(found.findings.find((f) => f.ref === "do-app-database:pg")?.line).toBe(30_001);
  });
});
