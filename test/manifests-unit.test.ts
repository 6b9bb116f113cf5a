import { describe, expect, it } from "vitest";
import { argoImages, chartImages, clusterConfigImages, gitOpsCharts, gitOpsValues, imageLines, ingressClassOf, isCloudRun, isLetsEncryptIssuer, istioOperatorTag, kedaTriggers, metadataKeyPrefixes, secretStoreProviders, tektonImages } from "../detectors/infra/manifests.js";
import { parseYaml } from "../src/parse/yaml.js";

// detectors/infra/manifests.ts's readers called alone on objects as real manifests hold them,
// written against the survivors of its mutation run (5 December 2026).

const y = (text: string) => parseYaml(text);

describe("Cloud Run and GitOps charts", () => {
  it("a Knative Service is Cloud Run only with a run.googleapis.com key; another group's key is not", () => {
    const knative = y("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: api\n  annotations:\n    run.googleapis.com/ingress: all\n");
    const plain = y("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: api\n  annotations:\n    autoscaling.knative.dev/maxScale: '10'\n");
    expect(isCloudRun("serving.knative.dev", knative)).toBe(true);
    expect(isCloudRun("serving.knative.dev", plain)).toBe(false);
    expect(isCloudRun("apps", knative)).toBe(false);
    expect(isCloudRun("run.googleapis.com", plain)).toBe(true);
  });

  it("a Flux HelmRelease of a chart kept in a Git repository (`./charts/app`) names no chart; a repository's chart by its name and version", () => {
    const fromGit = y("apiVersion: helm.toolkit.fluxcd.io/v2beta1\nkind: HelmRelease\nspec:\n  chart:\n    spec:\n      chart: ./charts/podinfo\n      sourceRef:\n        kind: GitRepository\n        name: podinfo\n");
    const fromRepo = y("apiVersion: helm.toolkit.fluxcd.io/v2beta1\nkind: HelmRelease\nspec:\n  chart:\n    spec:\n      chart: Redis\n      version: 18.12.1\n");
    expect(gitOpsCharts("helm.toolkit.fluxcd.io", "HelmRelease", fromGit)).toEqual([]);
    expect(gitOpsCharts("helm.toolkit.fluxcd.io", "HelmRelease", fromRepo)).toEqual([{ name: "redis", version: "18.12.1" }]);
    expect(gitOpsCharts("helm.toolkit.fluxcd.io", "Kustomization", fromRepo)).toEqual([]);
    expect(gitOpsCharts("argoproj.io", "HelmRelease", fromRepo)).toEqual([]);
  });

  it("an Argo CD Application's sources: a chart at its targetRevision, a values repository (`ref`) none", () => {
    const app = y("apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec:\n  sources:\n    - repoURL: https://charts.bitnami.com/bitnami\n      chart: postgresql\n      targetRevision: 13.2.24\n      helm:\n        valueFiles: [$values/pg.yaml]\n    - repoURL: https://github.com/acme/values.git\n      targetRevision: main\n      ref: values\n");
    expect(gitOpsCharts("argoproj.io", "Application", app)).toEqual([{ name: "postgresql", version: "13.2.24" }]);
    expect(gitOpsCharts("argoproj.io", "ApplicationSet", app)).toEqual([]);
    expect(gitOpsValues("argoproj.io", "Application", app)).toEqual([]);
  });
});

describe("images", () => {
  it("a chart's values: repository and tag; a URL repository and a templated tag give none or no tag", () => {
    const values = y("image:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2.4\nexporter:\n  image:\n    repository: https://example.com/x\nsidecar:\n  image:\n    repository: busybox\n    tag: '{{ .Chart.AppVersion }}'\nproxy:\n  image: nginx:1.25.4\n");
    expect(chartImages(values)).toEqual(["bitnami/redis:7.2.4", "busybox", "nginx:1.25.4"]);
  });

  it("imageLines: each image's first line, list items and quoted values alike", () => {
    const text = "containers:\n  - name: a\n    image: \"node:20\"\n  - image: redis:7 # cache\n  - image: node:20\n";
    expect([...imageLines(text)]).toEqual([["node:20", 3], ["redis:7", 4]]);
  });

  it("Tekton: step, sidecar and stepTemplate images as written, a `$(params.image)` none", () => {
    const task = y("apiVersion: tekton.dev/v1\nkind: Task\nspec:\n  stepTemplate:\n    image: alpine:3.19\n  steps:\n    - name: build\n      image: golang:1.22\n    - name: push\n      image: $(params.image)\n  sidecars:\n    - name: docker\n      image: docker:24-dind\n");
    expect(tektonImages(task)).toEqual(["alpine:3.19", "golang:1.22", "docker:24-dind"]);
  });

  it("Argo: a Rollout's pod images, a CronWorkflow's containers, scripts and sidecars, no parameter; another kind none", () => {
    const rollout = y("spec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.25.4\n        - name: x\n          image: '{{inputs.parameters.image}}'\n");
    expect(argoImages("argoproj.io", "Rollout", rollout)).toEqual(["nginx:1.25.4"]);
    const cron = y("spec:\n  workflowSpec:\n    templates:\n      - name: a\n        container:\n          image: postgres:16.1\n      - name: b\n        script:\n          image: python:3.12\n        sidecars:\n          - name: s\n            image: redis:7.2\n      - name: c\n        container:\n          image: postgres:16.1\n");
    expect(argoImages("argoproj.io", "CronWorkflow", cron)).toEqual(["postgres:16.1", "python:3.12", "redis:7.2"]);
    const set = y("spec:\n  templates:\n    - name: main\n      initContainers:\n        - name: init\n          image: busybox:1.36\n      containerSet:\n        containers:\n          - name: a\n            image: golang:1.22\n          - name: b\n            image: '{{inputs.parameters.image}}'\n");
    expect(argoImages("argoproj.io", "WorkflowTemplate", set)).toEqual(["busybox:1.36", "golang:1.22"]);
    expect(argoImages("argoproj.io", "Application", cron)).toEqual([]);
    expect(argoImages("apps", "CronWorkflow", cron)).toEqual([]);
  });

  it("a Kind cluster's node images once each, trimmed; a K3d config's image; another kind none", () => {
    expect(clusterConfigImages("kind.x-k8s.io", "Cluster", y("nodes:\n  - role: control-plane\n    image: kindest/node:v1.29.2\n  - role: worker\n    image: kindest/node:v1.29.2\n"))).toEqual(["kindest/node:v1.29.2"]);
    expect(clusterConfigImages("k3d.io", "Simple", y("image: rancher/k3s:v1.28.6-k3s2\n"))).toEqual(["rancher/k3s:v1.28.6-k3s2"]);
    expect(clusterConfigImages("k3d.io", "Cluster", y("image: rancher/k3s:v1.28.6-k3s2\n"))).toEqual([]);
    expect(clusterConfigImages("kind.x-k8s.io", "Simple", y("nodes:\n  - image: kindest/node:v1.29.2\n"))).toEqual([]);
  });
});

describe("controllers, issuers, scalers, secret stores", () => {
  it("an Ingress's class: ingressClassName, else the old annotation; trimmed, lowercase; not another kind's", () => {
    expect(ingressClassOf("networking.k8s.io/v1", "Ingress", y("spec:\n  ingressClassName: ' Traefik '\n"))).toBe("traefik");
    expect(ingressClassOf("extensions/v1beta1", "Ingress", y("metadata:\n  annotations:\n    kubernetes.io/ingress.class: nginx\n"))).toBe("nginx");
    expect(ingressClassOf("networking.k8s.io/v1", "IngressClass", y("spec:\n  ingressClassName: nginx\n"))).toBeUndefined();
    expect(ingressClassOf("voyager.appscode.com/v1beta1", "Ingress", y("spec:\n  ingressClassName: nginx\n"))).toBeUndefined();
  });

  it("Let's Encrypt's production and staging ACME servers; ZeroSSL's not", () => {
    const issuer = (server: string) => y(`spec:\n  acme:\n    server: ${server}\n`);
    expect(isLetsEncryptIssuer("cert-manager.io", "ClusterIssuer", issuer("https://acme-v02.api.letsencrypt.org/directory"))).toBe(true);
    expect(isLetsEncryptIssuer("cert-manager.io", "Issuer", issuer("https://acme-staging-v02.api.letsencrypt.org/directory"))).toBe(true);
    expect(isLetsEncryptIssuer("cert-manager.io", "Issuer", issuer("https://acme.zerossl.com/v2/DV90"))).toBe(false);
    expect(isLetsEncryptIssuer("cert-manager.io", "Certificate", issuer("https://acme-v02.api.letsencrypt.org/directory"))).toBe(false);
  });

  it("KEDA: each trigger type once, lowercase; a ScaledJob alike; another kind none", () => {
    const scaled = y("spec:\n  triggers:\n    - type: kafka\n    - type: Kafka\n    - type: aws-sqs-queue\n");
    expect(kedaTriggers("keda.sh", "ScaledObject", scaled)).toEqual(["kafka", "aws-sqs-queue"]);
    expect(kedaTriggers("keda.sh", "ScaledJob", scaled)).toEqual(["kafka", "aws-sqs-queue"]);
    expect(kedaTriggers("keda.sh", "TriggerAuthentication", scaled)).toEqual([]);
  });

  it("External Secrets: each provider; AWS's Parameter Store by its service, Secrets Manager otherwise", () => {
    expect(secretStoreProviders("external-secrets.io", "ClusterSecretStore", y("spec:\n  provider:\n    aws:\n      service: ParameterStore\n      region: eu-west-1\n"))).toEqual(["aws-parameterstore"]);
    expect(secretStoreProviders("external-secrets.io", "SecretStore", y("spec:\n  provider:\n    aws:\n      service: SecretsManager\n"))).toEqual(["aws-secretsmanager"]);
    expect(secretStoreProviders("external-secrets.io", "SecretStore", y("spec:\n  provider:\n    vault:\n      server: https://vault:8200\n"))).toEqual(["vault"]);
    expect(secretStoreProviders("external-secrets.io", "ExternalSecret", y("spec:\n  provider:\n    vault: {}\n"))).toEqual([]);
  });

  it("IstioOperator's tag, trimmed; another kind's none; label and annotation key prefixes at any depth", () => {
    expect(istioOperatorTag("install.istio.io", "IstioOperator", y("spec:\n  tag: 1.20.3-distroless\n"))).toBe("1.20.3-distroless");
    expect(istioOperatorTag("install.istio.io", "Other", y("spec:\n  tag: 1.20.3\n"))).toBeUndefined();
    const deploy = y("metadata:\n  labels:\n    app: web\nspec:\n  template:\n    metadata:\n      annotations:\n        linkerd.io/inject: enabled\n        sidecar.istio.io/inject: 'false'\n");
    expect([...metadataKeyPrefixes(deploy)].sort()).toEqual(["app", "linkerd.io", "sidecar.istio.io"]);
  });
});
