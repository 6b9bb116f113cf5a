import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import { expectFinishesWithin } from "./work-budget.js";
import { toolVersions } from "./helpers.js";
import { detectorFindings } from "./detector-findings.js";
import { toolVersionsDetector } from "../detectors/tool-versions/index.js";

// The plugin names asdf's .tool-versions and mise's [tools] (its registry's short names and
// aliases, and its explicit `aqua:` / `ubi:` backends) give site tools: each group maps
// tool name -> version, "-" for a tool named without a release.
const opts = { git: false, timestamp: "2024-01-01T00:00:00+00:00" } as const;

const pins = (files: Record<string, string>) => toolVersions(files, opts);

describe("version-manager plugin names of site tools", () => {
  it("a platform team's .tool-versions: Kubernetes and HashiCorp CLIs at their releases", async () => {
    const toolVersions = [
      "awscli 2.15.10",
      "istioctl 1.20.3",
      "flux2 2.2.3",
      "argocd 2.10.1",
      "k9s 0.31.7",
      "kops 1.28.4",
      "velero 1.13.0",
      "vault 1.15.5",
      "consul 1.17.2",
      "linkerd stable-2.14.10",
      "bazelisk 1.19.0",
      "",
    ].join("\n");
    expect(await pins({ ".tool-versions": toolVersions })).toMatchObject({
      "AWS CLI": "2.15.10",
      Istio: "1.20.3",
      "Flux CD": "2.2.3",
      Argo: "2.10.1",
      K9s: "0.31.7",
      kops: "1.28.4",
      Velero: "1.13.0",
      Vault: "1.15.5",
      Consul: "1.17.2",
      linkerd: "-",
      Bazel: "-",
    });
  });

  it("mise.toml: the CLIs of hosted platforms name the platform without the CLI's release", async () => {
    const mise = ["[tools]", 'gcloud = "462.0.1"', 'azure-cli = "2.57.0"', 'doctl = "1.104.0"', 'flyctl = "0.2.5"', 'heroku-cli = "8.7.1"', 'sentry-cli = "2.28.0"', 'stripe = "1.19.2"', 'snyk = "1.1277.0"', 'mongosh = "2.1.3"', ""].join("\n");
    const found = await pins({ "mise.toml": mise });
    expect(found).toMatchObject({
      "Google Cloud Platform": "-",
      "Microsoft Azure": "-",
      DigitalOcean: "-",
      Fly: "-",
      Heroku: "-",
      Sentry: "-",
      Stripe: "-",
      Snyk: "-",
      MongoDB: "-",
    });
  });

  it("a Rails/JVM project's .tool-versions: servers, build tools and language toolchains", async () => {
    const toolVersions = ["kafka 3.6.1", "sqlite 3.45.0", "redis-cli 7.2.4", "cockroach 23.2.0", "clickhouse 24.1.2.5", "protoc 25.2", "ghc 9.4.8", "graalvm 22.3.1", "spring-boot 3.2.2", "liquibase 4.25.1", "racket 8.11.1", "serverless 3.38.0", "pre-commit 3.6.0", ""].join("\n");
    expect(await pins({ ".tool-versions": toolVersions })).toMatchObject({
      Kafka: "3.6.1",
      SQLite: "3.45.0",
      Redis: "7.2.4",
      CockroachDB: "23.2.0",
      Clickhouse: "24.1.2",
      Protobuf: "25.2",
      Haskell: "9.4.8",
      GraalVM: "22.3.1",
      "Spring Boot": "3.2.2",
      Liquibase: "4.25.1",
      Racket: "8.11.1",
      Serverless: "3.38.0",
      "pre-commit": "3.6.0",
    });
  });

  it("mise's explicit aqua: and ubi: backends name the tool their package is", async () => {
    const mise = [
      "[tools]",
      '"aqua:hashicorp/terraform" = "1.7.3"',
      '"aqua:kubernetes/kubectl" = "1.29.1"',
      '"aqua:helm/helm" = "3.14.0"',
      '"aqua:GoogleContainerTools/skaffold" = "2.10.0"',
      '"aqua:istio/istio/istioctl" = "1.20.2"',
      '"aqua:protocolbuffers/protobuf/protoc" = "25.1"',
      '"aqua:superfly/flyctl" = "0.2.4"',
      '"ubi:derailed/k9s" = "0.31.8"',
      '"ubi:grafana/k6" = "0.49.0"',
      "",
    ].join("\n");
    expect(await pins({ "mise.toml": mise })).toMatchObject({
      Terraform: "1.7.3",
      Kubernetes: "1.29.1",
      Helm: "3.14.0",
      Skaffold: "2.10.0",
      Istio: "1.20.2",
      Protobuf: "25.1",
      Fly: "-",
      K9s: "0.31.8",
      k6: "0.49.0",
    });
  });
});

describe("Devbox's Nix package names", () => {
  it("devbox.json: the nixpkgs attributes of AWS CLI v2, Helm, the JDK, Python 3 and the Cloud SDK", async () => {
    const devbox = JSON.stringify({ packages: ["awscli2@2.15.30", "kubernetes-helm@3.14.2", "jdk@17.0.8", "python3@3.11.8", "google-cloud-sdk@latest"], shell: { init_hook: ["echo ready"] } }, null, 2);
    expect(await pins({ "devbox.json": devbox })).toMatchObject({ "AWS CLI": "2.15.30", Helm: "3.14.2", Java: "17.0.8", Python: "3.11.8", "Google Cloud Platform": "-" });
  });
});

describe("aqua's aqua.yaml", () => {
  it("its packages name their tools at the pinned tag (`name@tag` or a `version` beside it)", async () => {
    const aqua = [
      "---",
      "# aqua - Declarative CLI Version Manager",
      "checksum:",
      "  enabled: true",
      "registries:",
      "  - type: standard",
      "    ref: v4.155.1",
      "packages:",
      "  - name: hashicorp/terraform@v1.7.5",
      "  - name: kubernetes/kubectl",
      "    version: v1.29.3",
      "  - name: helm/helm@v3.14.3",
      "  - name: aquasecurity/trivy@v0.50.1",
      "  - name: superfly/flyctl@v0.2.25",
      "  - name: int128/kubelogin@v1.28.0",
      "  - name: derailed/k9s@v0.32.4",
      "  - name: golang/go@go1.22.2",
      "  - name: denoland/deno@v1.42.1",
      "  - name: digitalocean/doctl@v1.105.0",
      "  - import: aqua/*.yaml",
      "",
    ].join("\n");
    const found = await pins({ "aqua.yaml": aqua });
    expect(found).toMatchObject({ Terraform: "1.7.5", Kubernetes: "1.29.3", Helm: "3.14.3", Trivy: "0.50.1", Fly: "-", K9s: "0.32.4", Golang: "1.22.2", Deno: "1.42.1", DigitalOcean: "-" });
    const hidden = await pins({ ".aqua/aqua.yaml": "registries:\n  - type: standard\n    ref: v4.155.1\npackages:\n  - name: GoogleContainerTools/skaffold@v2.11.0\n" });
    expect(hidden).toMatchObject({ Skaffold: "2.11.0" });
  });

  it("a file of that name that is no aqua configuration names nothing, and bad YAML warns without stopping the scan", async () => {
    expect(await pins({ "aqua.yaml": "species:\n  - name: clownfish\n  - name: blue/tang@v1\n" })).toEqual({});
    const { document, warnings } = await scan(new MemorySource({ "aqua.yaml": "packages: [\n  - name: {", ".tool-versions": "nodejs 20.11.0\n" }), opts);
    expect(document.tools.find((t) => t.name === "Node.js")?.version).toBe("20.11.0");
    expect(JSON.stringify(warnings)).toContain("aqua.yaml");
  });
});

describe("aqua.yaml's imports", () => {
  it("packages split into files an `import` glob names (aqua/*.yaml) are read as the configuration's own", async () => {
    const aqua = "registries:\n  - type: standard\n    ref: v4.155.1\npackages:\n  - name: hashicorp/terraform@v1.7.5\n  - import: aqua/*.yaml\n";
    const found = await pins({
      "aqua.yaml": aqua,
      "aqua/helm.yaml": "packages:\n  - name: helm/helm@v3.14.3\n",
      "aqua/k8s.yaml": "packages:\n  - name: kubernetes/kubectl\n    version: v1.29.3\n",
      "aqua/notes.txt": "packages:\n  - name: derailed/k9s@v0.32.4\n",
      "other/aqua-like.yaml": "packages:\n  - name: aquasecurity/trivy@v0.50.1\n",
      "tools/.aqua.yaml": "packages:\n  - name: aquasecurity/trivy@v0.50.1\n  - import: ../aqua/*.yaml\n",
    });
    expect(found).toMatchObject({ Terraform: "1.7.5", Helm: "3.14.3", Kubernetes: "1.29.3", Trivy: "0.50.1" });
    expect(found).not.toHaveProperty("K9s");
    const { findings } = await detectorFindings(toolVersionsDetector, { "aqua.yaml": aqua, "aqua/helm.yaml": "packages:\n  - name: helm/helm@v3.14.3\n" });
    expect(findings.find((f) => f.ref.endsWith("helm/helm"))).toMatchObject({ file: "aqua/helm.yaml", line: 2 });
  });

  it("an import glob's `?` stands for one character of a name, as its `*` for any run (`aqua/k8s-?.yaml`)", async () => {
    const found = await pins({
      "aqua.yaml": "packages:\n  - import: aqua/k8s-?.yaml\n",
      "aqua/k8s-1.yaml": "packages:\n  - name: helm/helm@v3.14.3\n",
      "aqua/k8s-10.yaml": "packages:\n  - name: derailed/k9s@v0.32.4\n",
    });
    expect(found).toMatchObject({ Helm: "3.14.3" });
    expect(found).not.toHaveProperty("K9s");
  });

  it("a bounded number of import globs is matched against the tree (2,000 of them, 5,000 files)", async () => {
    // Stop 72, from 10,000 globs and 20,000 files: every glob matched against every file still takes over 300 times the budget's unit.
    const files: Record<string, string> = {};
    for (let i = 0; i < 5_000; i++) files[`aqua/d${i % 50}/f${i}.yaml`] = "packages: []\n";
    files["aqua.yaml"] = `packages:\n${Array.from({ length: 2_000 }, (_, i) => `  - import: aqua/**/*${i}*.yaml`).join("\n")}\n  - name: hashicorp/terraform@v1.7.5\n`;
    const { findings } = await expectFinishesWithin(() => detectorFindings(toolVersionsDetector, files), 10, "aqua.yaml of 2,000 import globs");
    expect(findings.some((f) => f.ref.endsWith("hashicorp/terraform"))).toBe(true);
  });
});

describe("aqua.yaml: hostile input", () => {
  it("a file of 20,000 packages is read in linear time, each package at its own line", async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `  - name: owner-${i}/tool-${i}@v1.${i % 50}.${i}`).join("\n");
    const aqua = `registries:\n  - type: standard\n    ref: v4.155.1\npackages:\n${body}\n  - name: hashicorp/terraform@v1.7.5\n`;
    const { document } = await expectFinishesWithin(() => scan(new MemorySource({ "aqua.yaml": aqua }), opts), 50, "aqua.yaml of 20,000 packages");
    expect(document.tools.find((t) => t.name === "Terraform")?.version).toBe("1.7.5");
  });
});
