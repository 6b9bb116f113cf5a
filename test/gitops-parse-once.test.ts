import { describe, expect, it } from "vitest";
import { readGitOpsTargets } from "../detectors/infra/gitops-targets.js";
import { reportKubernetesManifest } from "../detectors/infra/manifests-report.js";
import { parseYamlDocuments, type ParsedYamlDocuments } from "../src/kit.js";
import type { Detector } from "../src/types.js";
import { compact, detectorFindings } from "./detector-findings.js";

// The infra detector reads a GitOps repository's YAML twice: first for the folders its Argo CD and
// Flux objects apply, then each file as a manifest. A file the first pass parses (any holding
// `argoproj.io` or Flux's group: an Application, every Argo Rollout and Workflow) is parsed there
// once, and the second pass reads those documents: a platform repository of a few hundred Rollouts
// parsed each twice.

const rollout = (image: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: shop\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 20\n  template:\n    spec:\n      containers:\n        - name: shop\n          image: ${image}\n`;
const application = `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: shop\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/acme/platform.git\n    path: apps/shop\n  destination:\n    server: https://kubernetes.default.svc\n`;
const service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\nspec:\n  ports:\n    - port: 80\n";

/** A detector running `detect` alone over the tree's YAML. */
const yamlDetector = (detect: Detector["detect"]): Detector => ({ name: "infra", files: ["*.yaml"], detect });

describe("a GitOps repository's YAML, parsed once", () => {
  it("the first pass hands on the documents of each file it parsed: the GitOps objects' and the Rollouts', not a Service's", async () => {
    const parsed = new Map<string, ParsedYamlDocuments>();
    let targets: unknown;
    const files = { "argocd/shop.yaml": application, "apps/shop/rollout.yaml": rollout("ghcr.io/acme/shop:2.4.1"), "apps/shop/service.yaml": service };
    await detectorFindings(
      yamlDetector(async (ctx) => {
        targets = await readGitOpsTargets(ctx, () => false, parsed);
      }),
      files,
    );
    expect(targets).toEqual([{ path: "apps/shop", recurse: false }]);
    expect([...parsed.keys()].sort()).toEqual(["apps/shop/rollout.yaml", "argocd/shop.yaml"]);
    expect(parsed.get("apps/shop/rollout.yaml")).toEqual(parseYamlDocuments(files["apps/shop/rollout.yaml"], "apps/shop/rollout.yaml"));
  });

  it("the manifest pass reads the documents handed to it, not the text again", async () => {
    const text = rollout("ghcr.io/acme/shop:2.4.1");
    const handed = parseYamlDocuments(rollout("redis:7.2.4"), "k8s/rollout.yaml");
    const { findings } = await detectorFindings(
      yamlDetector((ctx) => reportKubernetesManifest(ctx, "k8s/rollout.yaml", text, () => false, handed)),
      { "k8s/rollout.yaml": text },
    );
    expect(compact(findings).filter((ref) => ref.startsWith("docker:"))).toEqual([expect.stringMatching(/^docker:redis\b/)]);
  });
});
