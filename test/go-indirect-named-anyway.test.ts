import { describe, expect, it } from "vitest";
import { MemorySource, scan } from "../src/index.js";
import type { ToolEntry } from "../src/types.js";

const named = (tools: ToolEntry[]) => tools.filter((t) => !t.package_url).map((t) => t.name);

/** A go.mod as `go mod tidy` lays it out: the direct requirements in one block, the `// indirect` ones in a second. */
function tidyGoMod(module: string, go: string, direct: readonly string[], indirect: readonly string[]): string {
  const block = (lines: readonly string[]) => ["require (", ...lines.map((line) => `\t${line}`), ")"];
  return [`module ${module}`, "", `go ${go}`, "", ...block(direct), "", ...block(indirect.map((line) => `${line} // indirect`)), ""].join("\n");
}

/** The document a scan of these files gives. */
async function scanned(files: Record<string, string>) {
  return (await scan(new MemorySource(files), { git: false })).document;
}

// A gRPC service's go.mod after `go mod tidy`: the module imports grpc itself, while protobuf,
// Prometheus's client (pulled in by a metrics middleware), OpenCensus and lib/pq come through others.
// (OpenCensus's own case is the last test's.)
const goMod = `module github.com/example/orders

go 1.21

require (
	github.com/grpc-ecosystem/go-grpc-middleware/v2 v2.1.0
	google.golang.org/grpc v1.62.1
)

require (
	github.com/golang/protobuf v1.5.4 // indirect
	github.com/lib/pq v1.10.9 // indirect
	github.com/prometheus/client_golang v1.19.0 // indirect
	go.opencensus.io v0.24.0 // indirect
	google.golang.org/protobuf v1.33.0 // indirect
)
`;

describe("go: modules the site names a tool from even when `// indirect`", () => {
  it("protobuf's and Prometheus's client modules name Protobuf and Prometheus; other indirect modules still name nothing", async () => {
    const document = await scanned({ "go.mod": goMod, "main.go": 'package main\n\nimport "google.golang.org/grpc"\n\nfunc main() { _ = grpc.NewServer() }\n' });
    const tools = named(document.tools);
    expect(tools).toContain("Protobuf");
    expect(tools).toContain("Prometheus");
    expect(tools).not.toContain("PostgreSQL");
    const protobuf = document.tools.find((t) => t.name === "Protobuf")!;
    expect(protobuf.detection_source).toBe("go.mod");
    // The Go runtime module's release (1.5, 1.33) is not Protobuf's: no version.
    expect(protobuf.version).toBeUndefined();
    // Each module with a page on the site is a package entry as before; the protobuf runtimes as
    // the site lists them (test/go-protobuf-package-entries.test.ts): golang/protobuf as "proto",
    // google.golang.org/protobuf not at all.
    const packages = document.tools.filter((t) => t.package_url).map((t) => t.name);
    expect(packages).toEqual(expect.arrayContaining(["proto", "pq"]));
    expect(packages).not.toContain("protobuf");
  });

  it("stretchr/testify names Testify when only `// indirect` (a GUI toolkit's requirement in a module without tests)", async () => {
    // A desktop app on fyne with no _test.go files: `go mod tidy` keeps testify `// indirect`
    // because fyne's own test helpers import it. The site names Testify from such a go.mod
    // (held-out sarumaj/water-maker, dashotv/scry, gordonpn/hot-flag-deals: 3 owners, none against).
    const fyneMod = tidyGoMod("github.com/example/stamp", "1.21", ["fyne.io/fyne/v2 v2.4.4"], [
      "github.com/davecgh/go-spew v1.1.1",
      "github.com/pmezard/go-difflib v1.0.0",
      "github.com/stretchr/testify v1.8.4",
      "golang.org/x/image v0.11.0",
    ]);
    const document = await scanned({ "go.mod": fyneMod, "cmd/stamp/main.go": 'package main\n\nimport "fyne.io/fyne/v2/app"\n\nfunc main() { app.New() }\n' });
    const testify = document.tools.find((t) => t.name === "Testify");
    expect(testify).toBeDefined();
    expect(testify!.detection_source).toBe("go.mod");
    // Still no testify package entry (test/go-testify-no-package.test.ts).
    expect(document.tools.find((t) => t.package_url === "https://pkg.go.dev/github.com/stretchr/testify")).toBeUndefined();
  });

  it("google.golang.org/grpc names gRPC when only `// indirect` (a Docker SDK client)", async () => {
    // A CLI sampling container stats through the Docker Engine SDK: grpc and OpenTelemetry come in
    // only through the SDK. The site names gRPC from such a go.mod (held-out Eldius/docker-profiler,
    // sonrhq/identity's tests/go.mod: 2 owners, none against).
    const dockerMod = tidyGoMod("github.com/example/container-profiler", "1.22.1", ["github.com/docker/docker v26.0.0+incompatible", "gonum.org/v1/plot v0.14.0"], [
      "github.com/docker/go-connections v0.5.0",
      "go.opentelemetry.io/otel v1.24.0",
      "go.uber.org/zap v1.27.0",
      "google.golang.org/grpc v1.62.1",
      "google.golang.org/protobuf v1.33.0",
    ]);
    const document = await scanned({ "go.mod": dockerMod, "cmd/cli/main.go": "package main\n\nfunc main() {}\n" });
    const grpc = document.tools.find((t) => t.name === "gRPC" && !t.package_url);
    expect(grpc).toMatchObject({ detection_source: "go.mod", sub_category: "Remote Procedure Call (RPC)" });
    const tools = named(document.tools);
    expect(tools).toContain("Protobuf");
    // Other indirect modules still name nothing.
    expect(tools).not.toContain("OpenTelemetry");
    expect(tools).not.toContain("Zap");
  });

  it("go.opencensus.io names OpenCensus when only `// indirect` (a release tool uploading through the Go CDK)", async () => {
    // A release CLI that uploads artifacts to buckets through gocloud.dev: OpenCensus, the cloud
    // storage clients and the AWS SDK come in only through the Go CDK. The site names OpenCensus
    // from such a go.mod (held-out watain666/goreleaser, ramzimalhas/weaviate and 2lambda123's
    // volvo-cars/lingon: 3 owners, none against in the corpora), while the indirect
    // cloud.google.com/go/storage beside it names Google Cloud Storage alone
    // (test/go-indirect-cloud-storage.test.ts): no Google Cloud Platform on the site from an
    // indirect cloud module.
    const releaseMod = tidyGoMod("github.com/example/shipit", "1.18", ["github.com/spf13/cobra v1.5.0", "gocloud.dev v0.24.0"], [
      "cloud.google.com/go v0.94.0",
      "cloud.google.com/go/storage v1.16.1",
      "github.com/aws/aws-sdk-go v1.40.34",
      "go.opencensus.io v0.23.0",
      "google.golang.org/api v0.56.0",
    ]);
    const main = 'package main\n\nimport (\n\t"github.com/spf13/cobra"\n\t"gocloud.dev/blob"\n)\n\nfunc main() { _ = blob.OpenBucket; _ = cobra.Command{} }\n';
    const document = await scanned({ "go.mod": releaseMod, "main.go": main });
    const opencensus = document.tools.find((t) => t.name === "OpenCensus" && !t.package_url);
    // The sub-category as both stack files write it (the dataset had "Monitoring Tools").
    expect(opencensus).toMatchObject({ detection_source: "go.mod", category: "Monitoring", sub_category: "Performance Monitoring" });
    const tools = named(document.tools);
    expect(tools).toContain("Google Cloud Storage");
    expect(tools).not.toContain("Google Cloud Platform");
    expect(tools).not.toContain("Amazon S3");
  });
});
