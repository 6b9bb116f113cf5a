import { describe, expect, it } from "vitest";
import { ILLUSTRATIONS, inTestingPlace, keptAsManifest } from "../detectors/infra/manifest-places.js";

// The folder and file names of manifest-places.ts's patterns, each as projects lay them out: written
// against the hand-made mutants of stop 58 (the patterns are module constants, which Stryker's
// runner loads before it switches a mutant on).

describe("where manifests are kept, by name", () => {
  it("a YAML named for Kubernetes alone, .yml or .yaml, is kept; one only holding the word is not", () => {
    for (const kept of ["kubernetes.yml", "k8s.yaml", "deploy/kube.yml", "k8s-app.yml", "ops/api.kube.yml"]) expect(keptAsManifest(kept), kept).toBe(true);
    for (const other of ["k8sutil.yaml", "ops/kubernetes.json", "ops/app-k8s.json"]) expect(keptAsManifest(other), other).toBe(false);
  });
});

describe("a test's place", () => {
  it("RSpec's spec/, an integration-tests folder, a .NET test project's Fixtures, a test_data folder at any depth", () => {
    expect(inTestingPlace("spec/support/k8s/pod.yaml")).toBe(true);
    expect(inTestingPlace("integration-tests/manifests/deployment.yaml")).toBe(true);
    expect(inTestingPlace("src/Operator.Tests/Fixtures/deployment.yaml")).toBe(true);
    expect(inTestingPlace("k8s/test_data/pod.yaml")).toBe(true);
    expect(inTestingPlace("charts/api/test-data/values.yaml")).toBe(true);
  });

  it("a test environment under environments/ is deployed", () => {
    expect(inTestingPlace("environments/test/deployment.yaml")).toBe(false);
    expect(inTestingPlace("envs/tests/deployment.yaml")).toBe(false);
  });
});

describe("illustrations", () => {
  it("docs/ and doc/ at any depth are illustrations; a service whose name ends in docs is not", () => {
    expect(ILLUSTRATIONS.test("docs/k8s/deployment.yaml")).toBe(true);
    expect(ILLUSTRATIONS.test("operator/doc/samples.yaml")).toBe(true);
    expect(ILLUSTRATIONS.test("services/api-docs/k8s/deployment.yaml")).toBe(false);
    expect(ILLUSTRATIONS.test("tools/mydemos/k8s/deployment.yaml")).toBe(false);
  });
});
