import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { withoutActionLines } from "../detectors/infra/helm.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Helmfile state files as repositories keep them, for what stop 61's nested and templated reading
// left untested: a root helmfile naming another that the scan reads under its own name, nested
// states kept as .yml and .gotmpl, values files beside the states a glob names, `.yml` names, and
// template lines that are more than actions or whose action goes on to the next line.

const found = async (files: Record<string, string>) => {
  const { findings, warnings } = await detectorFindings(infraDetector, files);
  expect(warnings).toEqual([]);
  return findings.map((f) => `${f.file} ${compact([f])[0]}`);
};

describe("Helmfile's nested state files", () => {
  it("a nested helmfile.yaml, which the scan reads by its name anyway, is read once", async () => {
    const root = "helmfiles:\n  - path: services/helmfile.yaml\n";
    const services = "releases:\n  - name: queue\n    chart: bitnami/rabbitmq\n    version: 12.5.1\n";
    expect(await found({ "helmfile.yaml": root, "services/helmfile.yaml": services })).toEqual(["services/helmfile.yaml helm-chart:rabbitmq 12.5.1"]);
  });

  it("a glob names .yml and .gotmpl states too, and not the values files in a folder below it", async () => {
    const root = "helmfiles:\n  - releases/*.yml\n  - apps/*/helmfile-child.yaml.gotmpl\n  - path: platform/*.yaml\n";
    expect(
      await found({
        "helmfile.yaml": root,
        "releases/monitoring.yml": "releases:\n  - name: metrics\n    chart: prometheus-community/kube-prometheus-stack\n",
        "apps/wiki/helmfile-child.yaml.gotmpl": "releases:\n  - name: wiki\n    chart: bitnami/mediawiki\n",
        "platform/ingress.yaml": "releases:\n  - name: ingress\n    chart: ingress-nginx/ingress-nginx\n",
        "platform/values/ingress.yaml": "releases:\n  - name: not-a-state\n    chart: bitnami/nginx\n",
      }),
    ).toEqual([
      "apps/wiki/helmfile-child.yaml.gotmpl helm-chart:mediawiki",
      "platform/ingress.yaml helm-chart:ingress-nginx",
      "releases/monitoring.yml helm-chart:kube-prometheus-stack",
    ]);
  });

  it("helmfile.yml and helmfile.d/*.yml are state files as their .yaml names are", async () => {
    const state = "releases:\n  - name: cache\n    chart: bitnami/redis\n    version: 18.6.1\n";
    expect(await found({ "deploy/helmfile.yml": state })).toEqual(["deploy/helmfile.yml helm-chart:redis 18.6.1"]);
    expect(await found({ "helmfile.d/00-cache.yml": state })).toEqual(["helmfile.d/00-cache.yml helm-chart:redis 18.6.1"]);
  });
});

describe("template action lines", () => {
  it("a line of actions around a key is text; an action closed on the next line is left as written", () => {
    const text = "values:\n  {{ $key }}: {{ $value }}\n  {{- if and .Values.a\n         .Values.b }}\n  {{ end }}\n";
    expect(withoutActionLines(text)).toBe("values:\n  {{ $key }}: {{ $value }}\n  {{- if and .Values.a\n         .Values.b }}\n\n");
  });
});
