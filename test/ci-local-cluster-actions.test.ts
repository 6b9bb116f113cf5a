import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// A workflow that starts a local Kubernetes cluster for its end-to-end tests: helm/kind-action (or
// engineerd/setup-kind) runs Kind, medyagh/setup-minikube runs minikube. Their `version` and
// `minikube-version` inputs are the release of the tool they install, not the action's own.
const workflow = `name: e2e
on: [push]
jobs:
  kind:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: helm/kind-action@v1.10.0
        with:
          version: v0.23.0
          cluster_name: e2e
  minikube:
    runs-on: ubuntu-latest
    steps:
      - uses: medyagh/setup-minikube@v0.0.18
        with:
          minikube-version: 1.33.1
          kubernetes-version: v1.30.0
`;

async function tools(files: Record<string, string>) {
  const { document } = await scan(new MemorySource(files), { git: false, packages: false });
  return Object.fromEntries(document.tools.map((t) => [t.name, t.version ?? "-"]));
}

describe("local cluster actions", () => {
  it("name Kind and minikube at the release their inputs install, and Kubernetes", async () => {
    expect(await tools({ ".github/workflows/e2e.yml": workflow })).toMatchObject({ Kind: "0.23.0", minikube: "1.33.1", Kubernetes: "-" });
  });

  it("name Kind without a release when the action picks its default", async () => {
    const setupKind = "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: engineerd/setup-kind@v0.5.0\n";
    const found = await tools({ ".github/workflows/t.yml": setupKind });
    expect(found).toMatchObject({ Kind: "-", Kubernetes: "-" });
  });
});
