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
