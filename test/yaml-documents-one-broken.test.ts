import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { parseYamlEach } from "../src/parse/yaml.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// A YAML file of several documents where Go templating breaks one (`{{ requiredEnv "X" }}-suffix`
// is no YAML): the intact documents are still read, each on its own, and a warning names the file
// and the broken document's line. Before, the whole file was passed over.

const infra = (files: Record<string, string>) => detectorFindings(infraDetector, files);

describe("a YAML file whose documents are read one by one when one is broken", () => {
  it("Helmfile: its environments document, a templated helmDefaults document and its releases document", async () => {
    const helmfile = [
      "environments:",
      "  default:",
      "    values:",
      "      - env/default.yaml",
      "  production:",
      "    values:",
      "      - env/production.yaml",
      "---",
      "helmDefaults:",
      '  kubeContext: {{ requiredEnv "KUBE_CONTEXT" }}-{{ .Environment.Name }}',
      "  wait: true",
      "  timeout: 600",
      "---",
      "repositories:",
      "  - name: bitnami",
      "    url: https://charts.bitnami.com/bitnami",
      "releases:",
      "  - name: cache",
      "    namespace: platform",
      "    chart: bitnami/redis",
      "    version: 18.12.1",
      "  - name: db",
      "    namespace: platform",
      "    chart: bitnami/postgresql",
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "helmfile.yaml": helmfile });
    expect(byFile(findings)).toEqual({ "helmfile.yaml": ["helm-chart:postgresql", "helm-chart:redis 18.12.1"] });
    expect(warnings).toEqual([expect.stringMatching(/^helmfile\.yaml: malformed YAML: .* \(10:\d+\)$/)]);
  });

  it("Helmfile: a release list built by a `range` loop is read (its action lines read as blank, stop 61); a document a value's template breaks is the broken one", async () => {
    const helmfile = [
      "releases:",
      "  - name: ingress",
      "    chart: ingress-nginx/ingress-nginx",
      "    version: 4.10.0",
      "---",
      "releases:",
      "{{- range $app := .Values.apps }}",
      "  - name: {{ $app.name }}",
      "    chart: ./charts/app",
      "{{- end }}",
      "---",
      "releases:",
      "  - name: cache",
      '    namespace: {{ requiredEnv "NS" }}-{{ .Environment.Name }}',
      "    chart: bitnami/redis",
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "helmfile.yaml": helmfile });
    expect(byFile(findings)).toEqual({ "helmfile.yaml": ["helm-chart:app", "helm-chart:ingress-nginx 4.10.0"] });
    expect(warnings).toEqual([expect.stringMatching(/^helmfile\.yaml: malformed YAML: .* \(14:\d+\)$/)]);
  });

  it("Helmfile: a file of one document that templating breaks names no chart, and a warning names it (before, it was passed over silently)", async () => {
    const helmfile = ["releases:", "{{- range .Values.apps }}", "  - name: {{ .name }}-{{ .suffix }}", "    chart: bitnami/redis", "{{- end }}", ""].join("\n");
    const { findings, warnings } = await infra({ "helmfile.yaml": helmfile });
    expect(findings).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^helmfile\.yaml: malformed YAML: /)]);
  });

  it("Kubernetes manifests: a Deployment after a broken document still gives its image, and the broken one is warned of", async () => {
    const manifests = [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      "  name: api-config",
      "data:",
      "  LOG_LEVEL: info",
      "  bad: [unclosed",
      "---",
      "apiVersion: apps/v1",
      "kind: Deployment",
      "metadata:",
      "  name: api",
      "spec:",
      "  template:",
      "    spec:",
      "      containers:",
      "        - name: api",
      "          image: redis:7.2.4",
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "k8s/api.yaml": manifests });
    expect(findings.map((f) => f.ref)).toContain("docker:redis");
    expect(warnings).toEqual([expect.stringMatching(/^k8s\/api\.yaml: malformed YAML: .* \(\d+:\d+\)$/)]);
  });

  it("Kubernetes manifests: many broken documents give one warning naming the first and the count of the rest", async () => {
    // A list left unclosed by a hand edit: `args: [--port, "8080"` with no `]`.
    const broken = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      args: [--port, \"8080\"\n";
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: redis:7.2.4\n";
    const text = [broken, broken, deployment, broken].join("---\n");
    const { findings, warnings } = await infra({ "k8s/all.yaml": text });
    expect(findings.map((f) => f.ref)).toContain("docker:redis");
    expect(warnings).toEqual([expect.stringMatching(/^k8s\/all\.yaml: malformed YAML: .* \(\d+:\d+\) \(and 2 more broken documents, not read\)$/)]);
  });

  it("Argo Workflows: a template whose unquoted parameter breaks its document leaves the file's other WorkflowTemplate read, without a warning", async () => {
    const workflows = [
      "apiVersion: argoproj.io/v1alpha1",
      "kind: WorkflowTemplate",
      "metadata:",
      "  name: build",
      "spec:",
      "  templates:",
      "    - name: build",
      "      container:",
      "        image: {{inputs.parameters.registry}}/builder:{{inputs.parameters.tag}}",
      "---",
      "apiVersion: argoproj.io/v1alpha1",
      "kind: WorkflowTemplate",
      "metadata:",
      "  name: test",
      "spec:",
      "  templates:",
      "    - name: db",
      "      container:",
      "        image: postgres:16.1",
      '        args: ["--name={{workflow.name}}"]',
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "workflows/ci.yaml": workflows });
    expect(byFile(findings)).toEqual({ "workflows/ci.yaml": ["docker:postgres 16.1 ->16.1", "k8s-api:argoproj.io"] });
    expect(warnings).toEqual([]);
  });
});

describe("parseYamlEach", () => {
  it("reads a file that parses whole as it is, and throws for a single broken document", () => {
    expect(parseYamlEach("a: 1\n---\nb: 2\n")).toEqual({ docs: [{ a: "1" }, { b: "2" }], broken: [] });
    expect(() => parseYamlEach("a: [1\n")).toThrow();
  });

  it("keeps a broken document's place as null, and counts its line in the file", () => {
    const { docs, broken } = parseYamlEach("# head\n---\na: 1\n---\nb: {{ x }}-y\n---\nc: 3\n");
    expect(docs).toEqual([{ a: "1" }, null, { c: "3" }]);
    expect(broken).toEqual([{ line: 4, message: expect.stringMatching(/ \(5:\d+\)$/) }]);
  });

  it("splits only at a `---` that starts a line (alone or before content), and keeps a directive with its document", () => {
    const text = "%YAML 1.1\n---\na: |\n  x\n  --- not a marker\n--- # second\nb: {{ x }}-y\n--- |\n  text\n";
    const { docs, broken } = parseYamlEach(text);
    expect(docs).toEqual([{ a: "x\n--- not a marker\n" }, null, "text\n"]);
    expect(broken.map((b) => b.line)).toEqual([6]);
  });
});

// Written against stop 49's mutation survivors (parseYamlEach, documentPieces, yamlDocuments).
describe("the warning and the documents' lines, case by case", () => {
  it("two broken documents: one more, in the singular", async () => {
    const broken = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      args: [--port, \"8080\"\n";
    const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: redis:7.2.4\n";
    const { findings, warnings } = await infra({ "k8s/all.yaml": [broken, deployment, broken].join("---\n") });
    expect(findings.map((f) => f.ref)).toContain("docker:redis");
    expect(warnings).toEqual([expect.stringMatching(/^k8s\/all\.yaml: malformed YAML: .* \(9:1\) \(and 1 more broken document, not read\)$/)]);
  });

  it("an Argo WorkflowTemplate of one document that its unquoted parameter breaks: passed over without a warning", async () => {
    const workflow = [
      "apiVersion: argoproj.io/v1alpha1",
      "kind: WorkflowTemplate",
      "metadata:",
      "  name: build",
      "spec:",
      "  templates:",
      "    - name: build",
      "      container:",
      "        image: {{inputs.parameters.registry}}/builder:{{inputs.parameters.tag}}",
      "",
    ].join("\n");
    const { findings, warnings } = await infra({ "workflows/build.yaml": workflow });
    expect(findings).toEqual([]);
    expect(warnings).toEqual([]);
    // Its parameter quoted, the same template is read.
    const quoted = await infra({ "workflows/build.yaml": workflow.replace(/image: (.*)$/m, "image: '$1'") });
    expect(quoted.findings.map((f) => f.ref)).toContain("k8s-api:argoproj.io");
  });

  it("a file of several documents whose aliases expand past the budget (billion laughs) is warned of and read as none", async () => {
    const { yamlDocuments } = await import("../src/kit.js");
    const warnings: string[] = [];
    const ctx = { warn: (file: string, message: string) => warnings.push(`${file}: ${message}`) };
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\n${levels.join("\n")}\n`;
    expect(yamlDocuments(ctx, "k8s/bomb.yaml", text)).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/^k8s\/bomb\.yaml: skipped: more than \d+ values once aliases are expanded$/)]);
  });

  it("a %YAML directive with a comment beside it, before a later broken document, is that document's first line", () => {
    // The YAML 1.2 spec's layout of documents each opened by its directive, a document ended by `...`.
    const text = "%YAML 1.2\n---\nname: first\n...\n%YAML 1.2\n# the second, templated\n---\nname: {{ .Name }}-x\n...\n%YAML 1.2\n---\nname: third\n";
    const { docs, broken } = parseYamlEach(text);
    expect(docs).toEqual([{ name: "first" }, null, { name: "third" }]);
    expect(broken).toEqual([{ line: 5, message: expect.stringMatching(/ \(8:\d+\)$/) }]);
  });
});

describe("parseYamlEach: where each document starts", () => {
  it("a comment before a `---` stays with the document before it; a directive after the comment opens the next", () => {
    // kubectl-style files: a note on the next object above its `---`.
    const noted = parseYamlEach("kind: A\n# the next one is templated\n---\nkind: {{ .Kind }}-x\n---\nkind: C\n");
    expect(noted.docs).toEqual([{ kind: "A" }, null, { kind: "C" }]);
    expect(noted.broken.map((b) => b.line)).toEqual([3]);
    const headed = parseYamlEach("%YAML 1.2\n---\nkind: A\n# end of A\n---\nkind: {{ .Kind }}-x\n");
    expect(headed.docs).toEqual([{ kind: "A" }, null]);
    expect(headed.broken.map((b) => b.line)).toEqual([5]);
    const directed = parseYamlEach("kind: A\n...\n# the second\n%YAML 1.2\n---\nkind: {{ .Kind }}-x\n");
    expect(directed.docs).toEqual([{ kind: "A" }, null]);
    expect(directed.broken.map((b) => b.line)).toEqual([4]);
  });

  it("one broken document after its directive is no file of several: it throws as a whole", () => {
    expect(() => parseYamlEach("%YAML 1.2\n---\nkind: [A\n")).toThrow();
  });
});
