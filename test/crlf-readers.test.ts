import { describe, expect, it } from "vitest";
import { ciDetector } from "../detectors/ci/index.js";
import { cppDetector } from "../detectors/cpp/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { registriesDetector } from "../detectors/registries/index.js";
import { MemorySource, scan } from "../src/index.js";
import type { Detector } from "../src/types.js";
import { compact, detectorFindings } from "./detector-findings.js";

/** A file as a Windows checkout (core.autocrlf) leaves it: CRLF at every line's end. */
const crlf = (text: string): string => text.replace(/\n/g, "\r\n");

/** One detector's findings for a tree, written compactly, as LF and as CRLF: they must be the same, and hold `want`. */
async function sameUnderCrlf(detector: Detector, files: Record<string, string>, want: string[]): Promise<void> {
  const lf = compact((await detectorFindings(detector, files)).findings);
  const windows = compact((await detectorFindings(detector, Object.fromEntries(Object.entries(files).map(([p, t]) => [p, crlf(t)])))).findings);
  for (const w of want) expect(lf).toContain(w);
  expect(windows).toEqual(lf);
}

describe("readers give the same findings for CRLF files", () => {
  it("Jenkinsfile: a commented-out step (`// withSonarQubeEnv(...)`, a trailing `// s3Upload(...)`) stays a comment under CRLF", async () => {
    const jenkinsfile = "pipeline {\n  agent any\n  stages {\n    stage('a') {\n      steps {\n        // withSonarQubeEnv('sonar') {\n        sh 'make' // s3Upload(bucket: 'b', file: 'f')\n        snykSecurity snykInstallation: 'snyk'\n      }\n    }\n  }\n}\n";
    await sameUnderCrlf(ciDetector, { Jenkinsfile: jenkinsfile }, ["jenkins-step:snykSecurity@8"]);
    const { findings } = await detectorFindings(ciDetector, { Jenkinsfile: crlf(jenkinsfile) });
    expect(compact(findings).filter((f) => f.startsWith("jenkins-step:"))).toEqual(["jenkins-step:snykSecurity@8"]);
  });

  it("pip.conf: an `extra-index-url =` whose URLs follow on indented lines keeps them under CRLF", async () => {
    const conf = "[global]\ntimeout = 60\nextra-index-url =\n    https://pypi.fury.io/acme/\n    https://acme.jfrog.io/artifactory/api/pypi/pypi-local/simple\n";
    await sameUnderCrlf(registriesDetector, { "pip.conf": conf }, ["registry-host:*.fury.io@3", "registry-host:*.jfrog.io@3"]);
  });

  it("Terraform: `tracing_config {` with `mode = \"Active\"` on the next line is X-Ray tracing under CRLF", async () => {
    const tf = 'resource "aws_lambda_function" "orders" {\n  function_name = "orders"\n  tracing_config {\n    mode = "Active"\n  }\n}\n\nresource "aws_sfn_state_machine" "flow" {\n  tracing_configuration {\n    enabled = true\n  }\n}\n';
    await sameUnderCrlf(infraDetector, { "main.tf": tf }, ["format:xray-tracing"]);
    await sameUnderCrlf(infraDetector, { "main.tf": tf.replace(/tracing_config \{\n    mode = "Active"\n  \}\n/, "") }, ["format:xray-tracing"]);
  });

  it("Makefile and qmake .pro: a value continued with `\\` at a CRLF line end keeps its continued words", async () => {
    const makefile = "PKGS = gtk+-3.0 \\\n       libcurl\nCFLAGS += $(shell pkg-config --cflags $(PKGS))\nLDLIBS = -lcurl \\\n         -lz\n";
    await sameUnderCrlf(cppDetector, { Makefile: makefile }, ["pkgconfig:libcurl@1 direct"]);
    const pro = "QT += core gui\nLIBS += -lsqlite3 \\\n        -lssl\nPKGCONFIG += libpq \\\n             libcurl\n";
    await sameUnderCrlf(cppDetector, { "app.pro": pro }, ["ldlib:ssl@2 direct", "pkgconfig:libcurl@4 direct"]);
  });
});

describe("a repository's techstack.catalog.yml saved by a Windows editor", () => {
  const catalogFile = 'tools:\n  - id: acme-bus\n    name: Acme Bus\n    category: Data Stores\nmatchers:\n  npm:\n    "@acme/bus-client": acme-bus\n';
  const manifests = { "package.json": JSON.stringify({ dependencies: { "@acme/bus-client": "1.2.0" } }) };
  const saved = {
    "CRLF": Buffer.from(crlf(catalogFile)),
    "a UTF-8 BOM": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(catalogFile)]),
    "UTF-16 LE with a BOM (PowerShell's `>`, an editor's \"Unicode\")": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf(catalogFile), "utf16le")]),
    "UTF-16 BE with a BOM": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(catalogFile, "utf16le").swap16()]),
  };
  for (const [how, bytes] of Object.entries(saved)) {
    it(`${how}: its tools and matchers are used, with no warning`, async () => {
      const result = await scan(new MemorySource({ ...manifests, "techstack.catalog.yml": bytes }), { git: false });
      expect(result.warnings).toEqual([]);
      expect(result.document.tools.map((t) => t.name)).toContain("Acme Bus");
    });
  }
});
