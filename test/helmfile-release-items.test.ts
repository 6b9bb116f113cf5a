import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { compact, detectorFindings } from "./detector-findings.js";

// A helmfile's releases as hand-edited state files hold them: an empty item left by a deleted
// release, a version YAML reads as a number or one a template fills in, a chart left blank, named
// by a template, or no text at all. Each is skipped (or read without its version) and the
// releases after it are still read: none stops the scan.

const found = async (helmfile: string) => {
  const { findings, warnings } = await detectorFindings(infraDetector, { "helmfile.yaml": helmfile });
  expect(warnings).toEqual([]);
  return compact(findings);
};

const release = (name: string, chart: string, version?: string) => `  - name: ${name}\n    namespace: data\n    chart: ${chart}\n${version !== undefined ? `    version: ${version}\n` : ""}`;
const state = (...releases: string[]) => `repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\n\nreleases:\n${releases.join("")}`;

describe("a helmfile's release items", () => {
  it("an empty item, or one that is no mapping, is skipped and the next release read", async () => {
    expect(await found(state("  -\n", "  - bitnami/nginx\n", release("cache", "bitnami/redis", "18.6.1")))).toEqual(["helm-chart:redis 18.6.1"]);
    // Releases keyed by name, as no Helmfile release writes them: no list, so nothing is read.
    expect(await found("releases:\n  cache:\n    chart: bitnami/redis\n")).toEqual([]);
  });

  // The state is read as Helmfile reads it, scalars as text: `13.2` is the constraint "13.2", not the number 13.2.
  it("a version written as a number is its text; one that is no text (a mapping) or a template names the chart without one", async () => {
    expect(await found(state(release("db", "bitnami/postgresql", "13.2"), release("queue", "bitnami/rabbitmq", "{ min: 12.5.1 }"), release("search", "bitnami/elasticsearch", '"{{ .Values.search.version }}"'), release("cache", "bitnami/redis", "~18.6.0")))).toEqual([
      "helm-chart:elasticsearch",
      "helm-chart:postgresql 13.2",
      "helm-chart:rabbitmq",
      "helm-chart:redis ~18.6.0",
    ]);
  });

  it("a chart that is blank, left empty, no text, a template, or a path naming no folder names nothing", async () => {
    expect(await found(state(release("blank", '""'), release("empty", ""), release("mapped", "{ repo: bitnami, name: redis }"), release("templated", '"{{ .Values.chart }}"'), release("root", "/"), release("cache", "bitnami/redis")))).toEqual(["helm-chart:redis"]);
  });
});
