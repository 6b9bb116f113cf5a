import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { infraDetector } from "../detectors/infra/index.js";
import { withoutActionLines } from "../detectors/infra/helm.js";
import { compact, detectorFindings } from "./detector-findings.js";

// Helm's lockfile beside a chart, and Helmfile's templated state files: helmfile.yaml.gotmpl (the
// name Helmfile 1.x renders a template under) and the `{{- if }}` / `{{- end }}` lines that guard
// releases. Modelled on real charts and state files: Bitnami dependencies over OCI, a homelab's
// helmfile.d folder.

const CHART = `apiVersion: v2
name: shop
version: 0.3.1
appVersion: "2.4.0"
dependencies:
  - name: postgresql
    version: 13.x.x
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: postgresql.enabled
  - name: common
    version: 2.x.x
    repository: oci://registry-1.docker.io/bitnamicharts
`;
const CHART_LOCK = `dependencies:
- name: postgresql
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 13.4.4
- name: common
  repository: oci://registry-1.docker.io/bitnamicharts
  version: 2.14.1
digest: sha256:0c6b7f1d9e3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e
generated: "2024-02-01T10:22:31.118263+01:00"
`;

const HELMFILE = `environments:
  default:
    values:
      - env/default.yaml
---
repositories:
  - name: bitnami
    url: https://charts.bitnami.com/bitnami
releases:
{{- if .Values.database.enabled }}
  - name: db
    namespace: {{ .Values.namespace }}
    chart: bitnami/postgresql
    version: 13.4.4
{{- end }}
  {{/* the cache every environment runs */}}
  - name: cache
    chart: bitnami/redis
    values:
      - auth:
          password: {{ requiredEnv "REDIS_PASSWORD" | quote }}
`;

describe("Helm's Chart.lock", () => {
  it("names Kubernetes from the lockfile, which the entry cites, with no chart release for a tool", async () => {
    const { document } = await scan(new MemorySource({ "deploy/helm/Chart.yaml": CHART, "deploy/helm/Chart.lock": CHART_LOCK }), { git: false });
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, `${t.version ?? "-"} ${t.detection_source}`]));
    expect(tools).toEqual({ Kubernetes: "- deploy/helm/Chart.lock", PostgreSQL: "- deploy/helm/Chart.yaml" });
  });
});

describe("Helmfile's templated state files", () => {
  it("helmfile.yaml.gotmpl and a helmfile.d/*.yaml.gotmpl are read as helmfile.yaml is, past lines of template actions", async () => {
    for (const path of ["helmfile.yaml.gotmpl", "platform/helmfile.d/10-data.yaml.gotmpl", "helmfile.yaml"]) {
      const { findings, warnings } = await detectorFindings(infraDetector, { [path]: HELMFILE });
      expect(warnings).toEqual([]);
      expect(compact(findings)).toEqual(["helm-chart:postgresql 13.4.4", "helm-chart:redis"]);
    }
  });

  it("the scan names Helmfile, Helm and the releases' servers from a .gotmpl state file", async () => {
    const { document } = await scan(new MemorySource({ "helmfile.yaml.gotmpl": HELMFILE }), { git: false });
    expect(document.tools.map((t) => t.name).sort()).toEqual(["Helm", "Helmfile", "Kubernetes", "PostgreSQL", "Redis"]);
  });

  it("another .gotmpl (a values template) is no state file", async () => {
    const { findings } = await detectorFindings(infraDetector, { "values/db.yaml.gotmpl": HELMFILE, "helmfile/bases/env.yaml.gotmpl": HELMFILE });
    expect(findings).toEqual([]);
  });

  it("the state files a helmfile's `helmfiles:` names under names of their own, by path or glob, each once; remote and templated paths are not followed", async () => {
    const ROOT = `helmfiles:
  - path: helmfile/apps/keycloak/helmfile-child.yaml.gotmpl
    values:
      - {{ toYaml .Values | nindent 8 }}
  - helmfile/platform/*.yaml
  - path: git::https://github.com/acme/helm.git@apps/grafana.yaml.gotmpl
  - path: '{{ env "EXTRA" }}/helmfile.yaml'
  - path: ../outside.yaml
`;
    const CHILD = "helmfiles:\n  - path: ../../../helmfile.yaml.gotmpl\n  - path: ../../platform/data.yaml\nreleases:\n  - name: keycloak\n    chart: bitnami/keycloak\n    version: 21.0.0\n";
    const { findings, warnings } = await detectorFindings(infraDetector, {
      "helmfile.yaml.gotmpl": ROOT,
      "helmfile/apps/keycloak/helmfile-child.yaml.gotmpl": CHILD,
      "helmfile/platform/data.yaml": "releases:\n  - name: db\n    chart: oci://registry-1.docker.io/bitnamicharts/postgresql\n",
      "helmfile/platform/cache.yaml": "releases:\n  - name: cache\n    chart: bitnami/redis\n",
      "helmfile/values/web.yaml": "releases:\n  - name: not-a-state\n    chart: bitnami/nginx\n",
    });
    expect(warnings).toEqual([]);
    expect(findings.map((f) => `${f.file} ${f.ref}`)).toEqual([
      "helmfile/apps/keycloak/helmfile-child.yaml.gotmpl helm-chart:keycloak",
      "helmfile/platform/cache.yaml helm-chart:redis",
      "helmfile/platform/data.yaml helm-chart:postgresql",
    ]);
  });

  it("blanks only the lines that hold nothing but actions, keeping every line's number", () => {
    const text = "a: 1\n  {{- if .X }}{{ .Y }}\nb: {{ .Z }}\n{{ .A }} c\n\t{{- end }}  \r\n{{ unclosed\nd: 2\n";
    expect(withoutActionLines(text)).toBe("a: 1\n\nb: {{ .Z }}\n{{ .A }} c\n\r\n{{ unclosed\nd: 2\n");
    expect(withoutActionLines("plain: yaml\n")).toBe("plain: yaml\n");
  });
});
