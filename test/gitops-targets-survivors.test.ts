import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";

// GitOps objects as Argo CD's and Flux's documentation and users' platform repositories write them,
// read through the infra detector: which manifests each applies. Written against the survivors of
// stop 58's mutation run of gitops-targets.ts.

const infra = (files: Record<string, string>) => detectorFindings(infraDetector, files);
const deployment = (image: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - name: x\n          image: ${image}\n`;
/** The files the detector reports anything of, less the GitOps objects' own folder. */
const applied = async (files: Record<string, string>) => Object.keys(byFile((await infra(files)).findings)).filter((f) => !f.startsWith("argocd/")).sort();

const appSet = (directories: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: cluster-addons\n  namespace: argocd\nspec:\n  goTemplate: true\n  generators:\n    - git:\n        repoURL: https://github.com/acme/platform.git\n        revision: HEAD\n        directories:\n${directories}  template:\n    metadata:\n      name: '{{.path.basename}}'\n    spec:\n      project: default\n      source:\n        repoURL: https://github.com/acme/platform.git\n        targetRevision: HEAD\n        path: '{{.path.path}}'\n      destination:\n        server: https://kubernetes.default.svc\n        namespace: '{{.path.basename}}'\n`;

describe("an ApplicationSet's Git directories", () => {
  it("an excluded directory is left out of the glob that would take it (Argo CD: exclude wins)", async () => {
    const files = {
      "argocd/cluster-addons.yaml": appSet("          - path: cluster-addons/*\n          - path: cluster-addons/experimental\n            exclude: true\n"),
      "cluster-addons/ingress/deployment.yaml": deployment("registry.k8s.io/ingress-nginx/controller:v1.10.0"),
      "cluster-addons/experimental/deployment.yaml": deployment("redis:7.2.4"),
    };
    expect(await applied(files)).toEqual(["cluster-addons/ingress/deployment.yaml"]);
  });

  it("an excluded glob leaves out every directory it matches", async () => {
    const files = {
      "argocd/cluster-addons.yaml": appSet("          - path: cluster-addons/*\n          - path: cluster-addons/*-test\n            exclude: true\n"),
      "cluster-addons/ingress/deployment.yaml": deployment("registry.k8s.io/ingress-nginx/controller:v1.10.0"),
      "cluster-addons/ingress-test/deployment.yaml": deployment("redis:7.2.4"),
    };
    expect(await applied(files)).toEqual(["cluster-addons/ingress/deployment.yaml"]);
  });
});

const application = (name: string, source: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/acme/platform.git\n    targetRevision: HEAD\n${source}  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${name}\n`;

describe("an Argo CD Application's source folder", () => {
  it("a directory source with an include pattern and no recurse applies its folder's own files only", async () => {
    const files = {
      "argocd/guestbook.yaml": application("guestbook", "    path: guestbook\n    directory:\n      include: '*.yaml'\n"),
      "guestbook/guestbook-ui-deployment.yaml": deployment("redis:7.2.4"),
      "guestbook/old/deployment.yaml": deployment("mysql:8.0"),
    };
    expect(await applied(files)).toEqual(["guestbook/guestbook-ui-deployment.yaml"]);
  });

  it("path . applies the repository's top folder, not the folders below it", async () => {
    const files = {
      "argocd/root.yaml": application("root", "    path: .\n"),
      "deployment.yaml": deployment("redis:7.2.4"),
      "tools/deployment.yaml": deployment("mysql:8.0"),
    };
    expect(await applied(files)).toEqual(["deployment.yaml"]);
  });

  it("a .yml bootstrap file holding the namespace before the Application and a closing ---", async () => {
    const bootstrap = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: guestbook\n---\n${application("guestbook", "    path: guestbook\n")}---\n`;
    const files = { "argocd/bootstrap.yml": bootstrap, "guestbook/deployment.yaml": deployment("redis:7.2.4") };
    expect(await applied(files)).toEqual(["guestbook/deployment.yaml"]);
  });

  it("a kustomize overlay's patch of an Application or a Flux Kustomization (metadata alone, no spec) applies nothing and stops nothing", async () => {
    const wave = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: guestbook\n  annotations:\n    argocd.argoproj.io/sync-wave: \"1\"\n";
    const flux = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\n  labels:\n    tier: apps\n";
    const files = {
      "argocd/base/guestbook.yaml": application("guestbook", "    path: guestbook\n"),
      "argocd/overlays/production/kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\npatches:\n  - path: sync-wave.yaml\n  - path: flux-apps.yaml\n",
      "argocd/overlays/production/sync-wave.yaml": wave,
      "argocd/overlays/production/flux-apps.yaml": flux,
      "guestbook/deployment.yaml": deployment("redis:7.2.4"),
      "tools/deployment.yaml": deployment("mysql:8.0"),
    };
    const { warnings } = await infra(files);
    expect(warnings).toEqual([]);
    expect(await applied(files)).toEqual(["guestbook/deployment.yaml"]);
  });

  it("a broken Application is warned of once, as the manifest it is", async () => {
    const broken = application("guestbook", "    path: guestbook\n").replace("  project: default\n", "  project: default\n   syncPolicy: {}\n");
    const { warnings } = await infra({ "argocd/guestbook.yaml": broken, "guestbook/deployment.yaml": deployment("redis:7.2.4") });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("argocd/guestbook.yaml");
  });
});

describe("an ApplicationSet's generators", () => {
  it("a matrix's Git directories (beside a cluster generator) and a plain directory, whose subfolders are not applied", async () => {
    const matrix = appSet("").replace(
      "    - git:\n        repoURL: https://github.com/acme/platform.git\n        revision: HEAD\n        directories:\n",
      "    - matrix:\n        generators:\n          - git:\n              repoURL: https://github.com/acme/platform.git\n              revision: HEAD\n              directories:\n                - path: addons/*\n                - path: platform/ingress\n          - clusters:\n              selector:\n                matchLabels:\n                  env: production\n",
    );
    const files = {
      "argocd/addons.yaml": matrix,
      "addons/cert-manager/deployment.yaml": deployment("quay.io/jetstack/cert-manager-controller:v1.14.4"),
      "platform/ingress/deployment.yaml": deployment("registry.k8s.io/ingress-nginx/controller:v1.10.0"),
      "platform/ingress/legacy/deployment.yaml": deployment("redis:7.2.4"),
    };
    expect(await applied(files)).toEqual(["addons/cert-manager/deployment.yaml", "platform/ingress/deployment.yaml"]);
  });
});
