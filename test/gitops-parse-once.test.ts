import yaml from "js-yaml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
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

// Each file's YAML parses, by its name: js-yaml's loadAll, which parseYamlEach calls once a file that
// parses whole (the file shares its worker's modules: the reader is spied on, not replaced, and put back).
afterEach(() => {
  vi.restoreAllMocks();
});
const countParses = (): (() => Record<string, number>) => {
  const loadAll = vi.spyOn(yaml, "loadAll");
  return () => {
    const byFile: Record<string, number> = {};
    for (const call of loadAll.mock.calls) {
      const file = String((call[2] as { filename?: string } | undefined)?.filename);
      byFile[file] = (byFile[file] ?? 0) + 1;
    }
    return byFile;
  };
};

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

  it("the infra detector parses each of the GitOps repository's files once: the Application, the Rollout it applies and a Service beside", async () => {
    const parses = countParses();
    const files = { "argocd/shop.yaml": application, "apps/shop/rollout.yaml": rollout("ghcr.io/acme/shop:2.4.1"), "apps/shop/service.yaml": service };
    const { findings, warnings } = await detectorFindings(infraDetector, files);
    expect(warnings).toEqual([]);
    expect(compact(findings).filter((ref) => ref.startsWith("docker:"))).toEqual(["docker:acme/shop 2.4.1 ->2.4.1"]);
    expect(parses()).toEqual({ "argocd/shop.yaml": 1, "apps/shop/rollout.yaml": 1, "apps/shop/service.yaml": 1 });
  });

  // A one-document Application broken by hand (a list's bracket left open): the GitOps pass parses it
  // quietly, and the manifest pass warns once with the reason of that one parse.
  it("a broken Application is warned of once, with the YAML reader's reason", async () => {
    const parses = countParses();
    const broken = application.replace("    path: apps/shop\n", "    path: apps/shop\n    helm:\n      valueFiles: [values.yaml\n");
    const { warnings } = await detectorFindings(infraDetector, { "argocd/shop.yaml": broken });
    expect(warnings).toEqual([expect.stringMatching(/^argocd\/shop\.yaml: malformed YAML: .*\(\d+:\d+\)$/)]);
    expect(parses()).toEqual({ "argocd/shop.yaml": 1 });
  });
});
