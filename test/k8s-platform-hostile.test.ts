import { describe, expect, it } from "vitest";
import { infraDetector } from "../detectors/infra/index.js";
import { byFile, detectorFindings } from "./detector-findings.js";
import { expectFinishesWithin } from "./work-budget.js";

// Manifests of many documents against the lines the Kubernetes platform rules look up: each
// document asked for the line of its label key or trigger type from the file's top, and a needle
// the text lacks (a quoted `type: "kafka"`, a label key without a `/`) was searched for to the end
// of the file once a document: 50,000 Namespaces took 90 s, 50,000 ScaledObjects over two minutes.
// The sizes (stop 72: half, from 20,000 and 50,000) keep such a search each seconds over the budget.

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");
const read = async (files: Record<string, string>) => byFile((await expectFinishesWithin(() => detectorFindings(infraDetector, files), 30)).findings);

describe("many documents in one manifest file", () => {
  it("10,000 Namespaces labelled istio-injection (a key with no `/`, searched for with one)", async () => {
    const text = repeat(10_000, (i) => `---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: n${i}\n  labels:\n    istio-injection: enabled\n`);
    const found = await read({ "k8s/namespaces.yaml": text });
    expect(found["k8s/namespaces.yaml"]).toContain("k8s-metadata:istio-injection@7");
  });

  it("10,000 ScaledObjects whose trigger type is quoted", async () => {
    const text = repeat(10_000, (i) => `---\napiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata:\n  name: s${i}\nspec:\n  scaleTargetRef:\n    name: w\n  triggers:\n    - type: "kafka"\n      metadata: {topic: t}\n`);
    const found = await read({ "k8s/scalers.yaml": text });
    expect(found["k8s/scalers.yaml"]).toContain("keda-trigger:kafka@10");
  });

  it("an Argo Rollout of 20,000 containers", async () => {
    const text = `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n      containers:\n${repeat(20_000, (i) => `        - name: c${i}\n          image: repo/img${i}:1.0\n`)}`;
    const found = await read({ "k8s/rollout.yaml": text });
    expect(found["k8s/rollout.yaml"]).toContain("docker:repo/img19999 1.0 ->1.0");
  });
});
