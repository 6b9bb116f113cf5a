import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";

// Client crates and modules that reveal the platform, store or framework they speak to: kube-rs and
// k8s-openapi (Kubernetes), TensorFlow's and PyTorch's Rust bindings, Rusoto's AWS service crates,
// franz-go (Kafka) and Dgraph's Go client. Bindings numbered apart lend their tool no release.
const cargoToml = `[package]
name = "operator"
version = "0.1.0"
edition = "2021"

[dependencies]
kube = { version = "0.93", features = ["runtime", "derive"] }
k8s-openapi = { version = "0.22", features = ["latest"] }
tch = "0.16"
tensorflow = "0.21"
rusoto_core = "0.48"
rusoto_s3 = "0.48"
rusoto_ses = "0.48"
`;
const cargoLock = `version = 3

[[package]]
name = "k8s-openapi"
version = "0.22.0"

[[package]]
name = "kube"
version = "0.93.1"

[[package]]
name = "tch"
version = "0.16.0"

[[package]]
name = "tensorflow"
version = "0.21.0"
`;
const goMod = `module github.com/acme/ingest

go 1.22

require (
	github.com/dgraph-io/dgo/v230 v230.0.1
	github.com/twmb/franz-go v1.17.1
	github.com/twmb/franz-go/pkg/kadm v1.13.0
)
`;

describe("client crates and modules of platforms and stores", () => {
  it("name Kubernetes, PyTorch and TensorFlow without the bindings' releases, and the AWS services of Rusoto's crates", async () => {
    const { document } = await scan(new MemorySource({ "Cargo.toml": cargoToml, "Cargo.lock": cargoLock }), { git: false });
    const tools = Object.fromEntries(document.tools.map((t) => [t.name, t.version]));
    expect(tools).toMatchObject({ Kubernetes: undefined, PyTorch: undefined, TensorFlow: undefined });
    expect(Object.keys(tools)).toEqual(expect.arrayContaining(["Kubernetes", "PyTorch", "TensorFlow", "Amazon S3", "Amazon SES"]));
  });

  it("name Kafka from franz-go and Dgraph from its Go client, major-suffixed", async () => {
    const { document } = await scan(new MemorySource({ "go.mod": goMod }), { git: false });
    expect(document.tools.map((t) => t.name)).toEqual(expect.arrayContaining(["Kafka", "Dgraph"]));
  });
});

describe("golangci-lint v2", () => {
  it("a Go 1.24 tool directive on golangci-lint v2's module (/v2) names golangci-lint at the release required", async () => {
    const mod = [
      "module github.com/acme/svc",
      "",
      "go 1.24.2",
      "",
      "tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint",
      "",
      "require github.com/golangci/golangci-lint/v2 v2.1.6 // indirect",
      "",
    ].join("\n");
    const { document } = await scan(new MemorySource({ "go.mod": mod }), { git: false });
    expect(document.tools.find((t) => t.name === "golangci-lint")).toMatchObject({ version: "2.1.6", detection_source: "go.mod" });
  });
});

describe("OpenTelemetry exporters of Go and Rust", () => {
  it("name the tracing or metrics backend they ship to, without the SDK's release", async () => {
    const mod = [
      "module github.com/acme/svc",
      "",
      "go 1.22",
      "",
      "require (",
      "\tgo.opentelemetry.io/otel v1.24.0",
      "\tgo.opentelemetry.io/otel/exporters/jaeger v1.17.0",
      "\tgo.opentelemetry.io/otel/exporters/prometheus v0.46.0",
      ")",
      "",
    ].join("\n");
    const cargo = '[package]\nname = "svc"\nversion = "0.1.0"\n\n[dependencies]\nopentelemetry = "0.22"\nopentelemetry-zipkin = "0.20"\n';
    const { document } = await scan(new MemorySource({ "go/go.mod": mod, "rs/Cargo.toml": cargo }), { git: false });
    const tools = Object.fromEntries(document.tools.filter((t) => !t.package_url).map((t) => [t.name, [t.version, t.detection_source]]));
    expect(tools).toMatchObject({ Jaeger: [undefined, "go/go.mod"], Prometheus: [undefined, "go/go.mod"], Zipkin: [undefined, "rs/Cargo.toml"] });
  });
});
