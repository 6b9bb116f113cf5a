import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { gitOpsApplies, gitOpsTargets } from "../detectors/infra/gitops-targets.js";
import { inTestingPlace, keptAsManifest } from "../detectors/infra/manifest-places.js";
import { parseYaml } from "../src/parse/yaml.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// Where Kubernetes manifests are kept, as real repositories keep them: a monorepo's services each
// with a k8s/ folder (backend/k8s/deployment.yaml in 453 repositories of the code index,
// infrastructure/k8s/ in 262, kube/ in 841, k8s-manifests/ in 759, .k8s/ in 256, openshift/ in 441),
// Flux's documented layout (clusters/<name>/ Kustomizations applying ./apps/<env>), Argo CD's
// directory applications, and an operator's test manifests that are never deployed
// (ingress-nginx's test/manifests/, Argo CD's test/e2e/testdata/).

const infra = (files: Record<string, string>) => detectorFindings(infraDetector, files);
const deployment = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: ${image}\n`;

describe("manifest folders at any depth", () => {
  it("a monorepo's services/*/k8s, apps/web/kubernetes, infrastructure/k8s, .k8s, openshift and k8s-manifests are manifests, with their images", async () => {
    const { findings, warnings } = await infra({
      "services/api/k8s/deployment.yaml": deployment("redis:7.2.4"),
      "apps/web/kubernetes/deployment.yml": deployment("nginx:1.25.4"),
      "infrastructure/k8s/queue.yaml": deployment("rabbitmq:3.13"),
      ".k8s/deployment.yaml": deployment("postgres:16.2"),
      "openshift/deployment.yaml": deployment("memcached:1.6"),
      "platform/k8s-manifests/db.yaml": deployment("mongo:7.0"),
      "ops/kube/svc.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n",
      // a folder of no manifest name: a core kind says nothing there
      "services/api/config/deployment.yaml": deployment("mysql:8.0"),
    });
    expect(warnings).toEqual([]);
    expect(byFile(findings)).toEqual({
      ".k8s/deployment.yaml": ["docker:postgres 16.2 ->16.2", "k8s-kind:Deployment"],
      "apps/web/kubernetes/deployment.yml": ["docker:nginx 1.25.4 ->1.25.4", "k8s-kind:Deployment"],
      "infrastructure/k8s/queue.yaml": ["docker:rabbitmq 3.13 ->3.13", "k8s-kind:Deployment"],
      "openshift/deployment.yaml": ["docker:memcached 1.6 ->1.6", "k8s-kind:Deployment"],
      "ops/kube/svc.yaml": ["k8s-kind:Service"],
      "platform/k8s-manifests/db.yaml": ["docker:mongo 7.0 ->7.0", "k8s-kind:Deployment"],
      "services/api/k8s/deployment.yaml": ["docker:redis 7.2.4 ->7.2.4", "k8s-kind:Deployment"],
    });
  });

  it("folder names: Kubernetes' own and their compounds, deployment, GitOps and Helm folders, any case; not a name that merely holds one", () => {
    for (const kept of ["a/k8s/x.yaml", "a/K8s/x.yaml", "a/Kubernetes/x.yaml", "a/.kube/x.yaml", "a/kubernetes-config/x.yaml", "a/k8s_deploy/x.yaml", "a/deployments/x.yaml", "a/manifest/x.yaml", "a/argocd/x.yaml", "a/gitops/x.yaml", "a/clusters/prod/x.yaml", "a/charts/c/x.yaml", "a/infra/x.yaml", "a/kustomize/x.yaml", "ops/app.k8s.yaml"]) {
      expect(keptAsManifest(kept), kept).toBe(true);
    }
    for (const other of ["a/x.yaml", "k8s.yaml/x.yaml", "a/kubernetes-client/x.yaml", "a/k8sutil/x.yaml", "a/mydeploy/x.yaml", "a/deploy.yaml", "a/chart/x.yaml"]) {
      expect(keptAsManifest(other), other).toBe(false);
    }
  });
});

describe("a test's manifests", () => {
  it("an operator's test and fixture manifests are not deployed; a test environment's overlay is", async () => {
    const { findings } = await infra({
      // ingress-nginx keeps its e2e controller under test/manifests/, Argo CD its cases under test/e2e/testdata/
      "test/manifests/ingress-controller/mandatory.yaml": deployment("nginx:1.25.4"),
      "test/e2e/testdata/guestbook/guestbook-ui-deployment.yaml": deployment("redis:7.2.4"),
      "test/e2e/testdata/guestbook/kustomization.yaml": "resources:\n  - guestbook-ui-deployment.yaml\n",
      "internal/webhook/testdata/k8s/pod.yaml": deployment("mysql:8.0"),
      "src/test/resources/k8s/deployment.yaml": deployment("mongo:7.0"),
      "pkg/render/fixtures/deploy/app.yaml": deployment("rabbitmq:3.13"),
      // an overlay for the test environment, and the operator's own manager beside its kustomization
      "k8s/overlays/test/deployment.yaml": deployment("postgres:16.2"),
      "config/manager/manager.yaml": deployment("controller:latest"),
      "config/manager/kustomization.yaml": "resources:\n  - manager.yaml\n",
    });
    expect(Object.keys(byFile(findings)).filter((f) => !f.endsWith("kustomization.yaml")).sort()).toEqual(["config/manager/manager.yaml", "k8s/overlays/test/deployment.yaml"]);
  });

  it("test folders exclude only before a manifest or environment folder; fixture folders anywhere", () => {
    expect(inTestingPlace("test/k8s/x.yaml")).toBe(true);
    expect(inTestingPlace("tests/x.yaml")).toBe(true);
    expect(inTestingPlace("spec/fixtures/x.yaml")).toBe(true);
    expect(inTestingPlace("k8s/test/x.yaml")).toBe(false);
    expect(inTestingPlace("platform/overlays/tests/x.yaml")).toBe(false);
    expect(inTestingPlace("k8s/testdata/x.yaml")).toBe(true);
    expect(inTestingPlace("deploy/e2e/x.yaml")).toBe(true);
    expect(inTestingPlace("test.yaml")).toBe(false);
    expect(inTestingPlace("latest/contest/x.yaml")).toBe(false);
  });
});

describe("GitOps layouts, by the folders their objects apply", () => {
  const fluxKustomization = (path: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ${path}\n  prune: true\n`;

  it("a Flux repository: a cluster's Kustomization applies ./apps/production and the tree below it, no kustomization there", async () => {
    const { findings } = await infra({
      "clusters/production/apps.yaml": fluxKustomization("./apps/production"),
      "apps/production/podinfo/deployment.yaml": deployment("ghcr.io/stefanprodan/podinfo:6.5.4"),
      "apps/production/redis.yaml": deployment("redis:7.2.4"),
      // a folder no object applies
      "apps/staging/redis.yaml": deployment("redis:7.0.0"),
    });
    const files = byFile(findings);
    expect(files["apps/production/redis.yaml"]).toEqual(["docker:redis 7.2.4 ->7.2.4", "k8s-kind:Deployment"]);
    expect(files["apps/production/podinfo/deployment.yaml"]).toContain("k8s-kind:Deployment");
    expect(files["apps/staging/redis.yaml"]).toBeUndefined();
    expect(files["clusters/production/apps.yaml"]).toEqual(["k8s-api:kustomize.toolkit.fluxcd.io", "k8s-kind:Kustomization"]);
  });

  it("an Argo CD Application's directory: its own files, the tree below only with recurse; an ApplicationSet's Git directories", async () => {
    const application = (path: string, recurse: boolean) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: guestbook\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/acme/platform.git\n    targetRevision: HEAD\n    path: ${path}\n${recurse ? "    directory:\n      recurse: true\n" : ""}  destination:\n    server: https://kubernetes.default.svc\n`;
    const appSet = "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: services\nspec:\n  generators:\n    - git:\n        repoURL: https://github.com/acme/platform.git\n        revision: HEAD\n        directories:\n          - path: services/*\n          - path: services/legacy\n            exclude: true\n  template:\n    metadata:\n      name: '{{path.basename}}'\n    spec:\n      source:\n        path: '{{path}}'\n";
    const { findings } = await infra({
      "bootstrap/guestbook.yaml": application("guestbook", false),
      "bootstrap/tools.yaml": application("tools", true),
      "bootstrap/services.yaml": appSet,
      "guestbook/guestbook-ui-deployment.yaml": deployment("redis:7.2.4"),
      "guestbook/extra/job.yaml": deployment("mysql:8.0"),
      "tools/cron/job.yaml": deployment("postgres:16.2"),
      "services/cart/deployment.yaml": deployment("mongo:7.0"),
    });
    expect(Object.keys(byFile(findings)).filter((f) => !f.startsWith("bootstrap/")).sort()).toEqual(["guestbook/guestbook-ui-deployment.yaml", "services/cart/deployment.yaml", "tools/cron/job.yaml"]);
  });

  it("targets: a chart source, a templated path and a Flux Kustomization without a path apply none; paths leaving the repository none", () => {
    const y = (text: string) => parseYaml(text);
    expect(gitOpsTargets("kustomize.toolkit.fluxcd.io", "Kustomization", y("spec:\n  path: ./clusters/prod/../apps\n"))).toEqual([{ path: "clusters/apps", recurse: true }]);
    expect(gitOpsTargets("kustomize.toolkit.fluxcd.io", "Kustomization", y("spec:\n  interval: 1m\n"))).toEqual([]);
    expect(gitOpsTargets("kustomize.toolkit.fluxcd.io", "Kustomization", y("spec:\n  path: ../outside\n"))).toEqual([]);
    expect(gitOpsTargets("argoproj.io", "Application", y("spec:\n  source:\n    chart: redis\n    path: charts/redis\n"))).toEqual([]);
    expect(gitOpsTargets("argoproj.io", "Application", y("spec:\n  source:\n    path: '{{path}}'\n"))).toEqual([]);
    expect(gitOpsTargets("argoproj.io", "AppProject", y("spec:\n  source:\n    path: apps\n"))).toEqual([]);
    const applies = gitOpsApplies([{ path: "", recurse: true }]);
    expect(applies("x.yaml") && applies("a/b/x.yaml")).toBe(true);
    expect(gitOpsApplies([{ path: "apps", recurse: false }])("apps-old/x.yaml")).toBe(false);
  });

  it("an object under examples or a test's place applies nothing", async () => {
    const { findings } = await infra({
      "examples/flux/apps.yaml": fluxKustomization("./apps"),
      "test/fixtures/apps.yaml": fluxKustomization("./apps"),
      "apps/redis.yaml": deployment("redis:7.2.4"),
    });
    expect(byFile(findings)["apps/redis.yaml"]).toBeUndefined();
  });
});
